import { type Analyse, SAMMENLIGNINGSTEKST } from "./analyse";
import { effektark } from "./effektark";
import { type AktivMatrise, matrisenavn, useArbeidsbok } from "../felles/tilstand";
import { Arkhandling, type Utfall } from "../felles/Arkhandling";

/** «Sett inn i arket»: analysen som verdier i et nytt ark (summer, båndtabeller, hver kunde). */
export function SettInnEffekt({ analyse, aktiv }: { analyse: Analyse; aktiv: AktivMatrise }) {
  const arbeidsbok = useArbeidsbok();
  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    fremdrift("Samler tabellene …");
    const plan = effektark({
      kildetekst: analyse.kildetekst,
      matrisenavn: matrisenavn(aktiv),
      sammenligning: SAMMENLIGNINGSTEKST[analyse.sammenligning],
      hvaom: analyse.sektor.matrise !== analyse.start.matrise,
      resultat: analyse.sektor.resultat(),
      tidspunkt: new Date().toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" }),
    });
    const { ark, tabeller } = await arbeidsbok.skrivArk(plan, fremdrift);
    return { type: "ok", melding: `Effektanalysen er satt inn i det nye arket «${ark}» (${tabeller.length} Excel-tabeller: inntekt, bånd per kundetype og alle kunder).` };
  };
  return <Arkhandling tekst="Sett inn i arket" utfor={settInn} />;
}
