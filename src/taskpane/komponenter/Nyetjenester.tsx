import { Checkbox } from "@fluentui/react-components";
import { type Skjema, erVurdert } from "../skjema";
import { Feltgruppe } from "./Feltgruppe";

interface Props {
  /** Services the customer can buy and does not use today. */
  nye: string[];
  skjema: Skjema;
  endre: (vurder: Record<string, boolean>) => void;
}

/** Services to consider ("Ny tjenestepris tillegg"). */
export function Nyetjenester({ nye, skjema, endre }: Props) {
  return (
    <Feltgruppe tittel="Vurder nye tjenester">
      {nye.map((navn) => (
        <Checkbox key={navn} label={navn} checked={erVurdert(skjema, navn)} onChange={(_, d) => endre({ ...skjema.vurder, [navn]: d.checked === true })} />
      ))}
    </Feltgruppe>
  );
}
