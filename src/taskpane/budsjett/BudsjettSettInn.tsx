import { budsjettark } from "./budsjettark";
import type { Budsjettsvar } from "./budsjettberegning";
import { arkkunde } from "../felles/arkkunde";
import { budsjettarkoppsett } from "./budsjettoppsett";
import type { Skjema } from "../felles/skjema";
import { type AktivMatrise, useArbeidsbok } from "../felles/tilstand";
import { Arkhandling, type Utfall } from "../felles/Arkhandling";

interface Props {
  skjema: Skjema;
  svar: Budsjettsvar;
  aktiv: AktivMatrise;
}

/** Hvorfor planen ikke kan settes inn ennå, eller null. Arkets formler skal regne det samme som ruten viser. */
function sperre({ svar, aktiv }: Props): string | null {
  if (svar.beregning.type !== "ok") return "Lag en plan først: velg kunde og tjenester i Kalkulator-fanen og planens første år.";
  if (Object.keys(svar.tolket.feltfeil).length > 0) return "Rett feltene merket med rødt i Kalkulator-fanen først.";
  if (Object.keys(svar.budsjett?.feltfeil ?? {}).length > 0) return "Rett feltene merket med rødt først.";
  if (aktiv.endret) return "Prismatrisen er endret i ruten: sett den inn i et ark under «Prismatrise» først, så bruker formlene den.";
  return null;
}

/** «Sett inn i arket»: planen som et nytt ark med KS-formler der vekst, prisjustering, oppstart og Digifin er celler. */
export function BudsjettSettInn(props: Props) {
  const { skjema, svar, aktiv } = props;
  const arbeidsbok = useArbeidsbok();
  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const { beregning, tolket } = svar;
    if (beregning.type !== "ok" || !tolket.input) throw new Error("Ingen plan å sette inn ennå.");
    const kunde = arkkunde(skjema, tolket, tolket.input.kundetype, tolket.input.innbyggere, aktiv);
    const { ark } = await arbeidsbok.skrivArk(budsjettark(budsjettarkoppsett(kunde, beregning.budsjett, beregning.valg)), fremdrift);
    return {
      type: "ok",
      melding: `Budsjettet er satt inn i det nye arket «${ark}». Tallene er formler: endre vekst, prisjustering, første år, oppstart eller Digifin-avgiftene i de gule cellene, så følger hvert tall med.`,
    };
  };
  return <Arkhandling tekst="Sett inn i arket" utfor={settInn} sperret={sperre(props)} />;
}
