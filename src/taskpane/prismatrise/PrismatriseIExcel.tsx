import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { STANDARD_SVARUT, TabellFeil, tolkPrismatrise } from "../../core";
import { arkreferanse, prismatriseark } from "../felles/arkoppsett";
import { problemliste } from "../felles/problemliste";
import { type AktivMatrise, matrisenavn, useArbeidsbok } from "../felles/tilstand";
import { Arkhandling, type Utfall } from "../felles/Arkhandling";
import { Punktliste } from "../felles/Feilliste";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface Props {
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
}

const klokkeslett = () => new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" });

/** Matrisen som Excel-tabell i et nytt ark, og en matrise lest tilbake fra utvalget. */
export function PrismatriseIExcel({ aktiv, settAktiv }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();

  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const plan = prismatriseark(aktiv.matrise, STANDARD_SVARUT, matrisenavn(aktiv));
    const { ark } = await arbeidsbok.skrivArk(plan, fremdrift);
    // En matrise endret i ruten ligger nå i arket: kalkulatorens formler kan vise til den der.
    if (aktiv.endret) settAktiv({ matrise: aktiv.matrise, kilde: { type: "ark", adresse: `${arkreferanse(ark)}!${plan.tabeller[0].omrade}`, lest: klokkeslett() }, endret: false });
    return { type: "ok", melding: `Prismatrisen og SvarUt-tabellen er satt inn i det nye arket «${ark}» som Excel-tabeller. Endre tallene, merk en celle i prismatrisen og velg «Bruk prismatrise fra arket».` };
  };

  const brukFraArk = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const utvalg = await arbeidsbok.lesUtvalg(fremdrift);
    fremdrift("Kontrollerer prismatrisen …");
    try {
      const matrise = tolkPrismatrise(utvalg.verdier);
      settAktiv({ matrise, kilde: { type: "ark", adresse: utvalg.adresse, lest: klokkeslett() }, endret: false });
      return { type: "ok", melding: `Alle fanene bruker nå prismatrisen fra ${utvalg.adresse} (${matrise.tjenester.length} tjenester).` };
    } catch (feil) {
      if (!(feil instanceof TabellFeil)) throw feil;
      const liste = problemliste(feil, utvalg.adresse);
      return { type: "feil", tittel: `Prismatrisen i ${utvalg.adresse} har ${liste.length} feil; den er ikke tatt i bruk`, melding: <Punktliste liste={liste} className={stil.liste} /> };
    }
  };

  return (
    <div className={stil.rot}>
      {!arbeidsbok.tilgjengelig && <Text size={200}>{arbeidsbok.grunn}</Text>}
      <Text size={200}>Sett inn prismatrisen som Excel-tabell i et nytt ark for å endre den der:</Text>
      <Arkhandling tekst="Sett inn prismatrise" utfor={settInn} visGrunn={false} />
      <Text size={200}>Merk prismatrisen (eller én celle i tabellen) i arket først:</Text>
      <Arkhandling tekst="Bruk prismatrise fra arket" utfor={brukFraArk} appearance="secondary" visGrunn={false} />
    </div>
  );
}
