import { Checkbox } from "@fluentui/react-components";
import { type Skjema, erVurdert } from "../felles/skjema";
import { Feltgruppe } from "../felles/Feltgruppe";

interface Props {
  /** Tjenester kunden kan kjøpe og ikke bruker i dag. */
  nye: string[];
  skjema: Skjema;
  endre: (vurder: Record<string, boolean>) => void;
}

/** Tjenester å vurdere («Ny tjenestepris tillegg»). */
export function Nyetjenester({ nye, skjema, endre }: Props) {
  return (
    <Feltgruppe tittel="Vurder nye tjenester">
      {nye.map((navn) => (
        <Checkbox key={navn} label={navn} checked={erVurdert(skjema, navn)} onChange={(_, d) => endre({ ...skjema.vurder, [navn]: d.checked === true })} />
      ))}
    </Feltgruppe>
  );
}
