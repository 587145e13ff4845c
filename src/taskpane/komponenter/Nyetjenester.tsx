import { Checkbox } from "@fluentui/react-components";
import { Feltgruppe } from "./Feltgruppe";

interface Props {
  /** Services the customer can buy and does not use today. */
  nye: string[];
  vurder: Record<string, boolean>;
  endre: (vurder: Record<string, boolean>) => void;
}

/** Services to consider ("Ny tjenestepris tillegg"). */
export function Nyetjenester({ nye, vurder, endre }: Props) {
  return (
    <Feltgruppe tittel="Vurder nye tjenester">
      {nye.map((navn) => (
        <Checkbox key={navn} label={navn} checked={!!vurder[navn]} onChange={(_, d) => endre({ ...vurder, [navn]: d.checked === true })} />
      ))}
    </Feltgruppe>
  );
}
