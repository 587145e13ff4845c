import { Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Befolkningsar, type Kunde, type Prismatrise, TabellFeil } from "../../core";
import { kunderFraCeller } from "../effekt/analyse";
import { useArbeidsbok } from "../tilstand";
import { Arkhandling, type Utfall } from "./Arkhandling";
import { problemliste } from "./Prismatrisevisning";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  ark: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXXL },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

export type Kildetype = "alle" | "ark";
export interface Arkliste {
  adresse: string;
  kunder: Kunde[];
}

interface Props {
  kildetype: Kildetype;
  settKildetype: (k: Kildetype) => void;
  arkliste: Arkliste | null;
  settArkliste: (a: Arkliste | null) => void;
  matrise: Prismatrise;
  ar: Befolkningsar;
}

/** Where the customers come from: all kommuner and fylkeskommuner in the shipped data, or a list in the workbook. */
export function Kundekilde({ kildetype, settKildetype, arkliste, settArkliste, matrise, ar }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();

  const les = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    settArkliste(null);
    const utvalg = await arbeidsbok.lesKundeliste(fremdrift);
    fremdrift("Kontrollerer kundelisten …");
    try {
      const kunder = kunderFraCeller(utvalg.verdier, matrise, ar);
      settArkliste({ adresse: utvalg.adresse, kunder });
      const medPris = kunder.filter((k) => k.prisIDag !== null).length;
      return { type: "ok", melding: `Leste ${kunder.length} ${kunder.length === 1 ? "kunde" : "kunder"} fra ${utvalg.adresse}; ${medPris} har «Pris i dag». Velg «Kjør analysen».` };
    } catch (feil) {
      if (!(feil instanceof TabellFeil)) throw feil;
      const liste = problemliste(feil, utvalg.adresse);
      return {
        type: "feil",
        tittel: `Kundelisten i ${utvalg.adresse} har ${liste.length} feil; rett dem i arket og les på nytt`,
        melding: <ul className={stil.liste}>{liste.map((l) => <li key={l}>{l}</li>)}</ul>,
      };
    }
  };

  return (
    <div className={stil.rot}>
      <RadioGroup value={kildetype} onChange={(_, d) => settKildetype(d.value as Kildetype)} aria-label="Kunder i analysen">
        <Radio value="alle" label={`Alle kommuner og fylkeskommuner (SSB, 1. januar ${ar}; alle tjenester)`} />
        <Radio value="ark" label="Bruk kundeliste fra arket" />
      </RadioGroup>
      {kildetype === "alle" && (
        <Text size={200} className={stil.forklaring}>
          Dataene har ikke dagens pris per kunde: endringen måles mot en prismatrise (se «Sammenlign med»), og hva-om-endringene vises som endring i båndene.
        </Text>
      )}
      {kildetype === "ark" && (
        <div className={stil.ark}>
          <Text size={200} className={stil.forklaring}>
            Merk kundelisten med overskriftsraden, eller én celle i den. Kolonner: Kunde (navn eller nummer), og valgfritt Kundetype,
            Innbyggere, Pris i dag, Tjenester («alle», «ingen» eller en liste), Altinn, Forsendelser, SvarInn.
          </Text>
          <Arkhandling tekst="Les kundelisten fra arket" utfor={les} appearance="secondary" />
          {arkliste && <Text size={200}>I bruk: {arkliste.kunder.length} kunder fra {arkliste.adresse}.</Text>}
        </div>
      )}
    </div>
  );
}
