import { arkkunde } from "../felles/arkkunde";
import type { Beregning } from "../felles/beregning";
import type { Skjema, Tolket } from "../felles/skjema";
import { type AktivMatrise, useArbeidsbok } from "../felles/tilstand";
import { Arkhandling, type Utfall } from "../felles/Arkhandling";

interface Props {
  skjema: Skjema;
  tolket: Tolket;
  beregning: Beregning;
  aktiv: AktivMatrise;
}

/** Hvorfor kalkulatoren ikke kan settes inn ennå, eller null. Formlene i arket skal regne ut det ruten viser. */
function sperre({ tolket, beregning, aktiv }: Props): string | null {
  if (beregning.type !== "ok") return "Velg kunde og tjenester først.";
  if (Object.keys(tolket.feltfeil).length > 0) return "Rett feltene merket med rødt først.";
  if (aktiv.endret) return "Prismatrisen er endret i ruten: sett den inn i et ark under «Prismatrise» først, så bruker formlene den.";
  return null;
}

/** «Sett inn i arket»: kalkulatoren som et ark med KS.*-formler på de samme inndataene. */
export function SettInnKalkulator(props: Props) {
  const { skjema, tolket, beregning, aktiv } = props;
  const arbeidsbok = useArbeidsbok();

  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    if (beregning.type !== "ok" || !tolket.input || tolket.innbyggere === null) throw new Error("Ingen beregning å sette inn ennå.");
    // Arkoppsettet (og skriveren) hentes første gang noe settes inn: ruten trenger dem ikke for å bli klar.
    const { kalkulatorark } = await import(/* webpackChunkName: "arkoppsett" */ "../felles/arkoppsett");
    const plan = kalkulatorark({ ...arkkunde(skjema, tolket, tolket.input.kundetype, tolket.innbyggere, aktiv), rader: beregning.resultat.rader });
    const { ark } = await arbeidsbok.skrivArk(plan, fremdrift);
    return { type: "ok", melding: `Kalkulatoren er satt inn i det nye arket «${ark}». Prisene er formler som regner på nytt når du endrer de gule cellene.` };
  };

  return <Arkhandling tekst="Sett inn i arket" utfor={settInn} sperret={sperre(props)} />;
}
