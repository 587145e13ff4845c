import { Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Befolkningsar, type Prismatrise, TabellFeil } from "../../core";
import { type Befolkning, kunderFraCeller } from "./analyse";
import { problemliste } from "../felles/problemliste";
import type { Effektvalg } from "./minne";
import { antall } from "../felles/format";
import { useArbeidsbok } from "../felles/tilstand";
import { Befolkningsarvalg } from "../felles/Befolkningsarvalg";
import { Arkhandling, type Utfall } from "../felles/Arkhandling";
import { Punktliste } from "../felles/Feilliste";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  ark: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
  forklaring: { color: tokens.colorNeutralForeground2 },
  ar: { maxWidth: "20rem" },
});

interface Props {
  valg: Effektvalg;
  settValg: (valg: Effektvalg) => void;
  matrise: Prismatrise;
  befolkning: Befolkning;
  velgAr: (ar: Befolkningsar) => void;
}

/** Hvor kundene kommer fra: alle kommuner og fylkeskommuner i de medfølgende dataene, eller en liste i arbeidsboken. */
export function Kundekilde({ valg, settValg, matrise, befolkning, velgAr }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  const { ar, folketall } = befolkning;

  const les = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const utvalg = await arbeidsbok.lesKundeliste(fremdrift);
    fremdrift("Kontrollerer kundelisten …");
    try {
      const kunder = kunderFraCeller(utvalg.verdier, matrise, befolkning);
      settValg({ ...valg, kildetype: "ark", ark: { type: "ark", adresse: utvalg.adresse, kunder }, sammenligning: null });
      const medPris = kunder.filter((k) => k.prisIDag !== null).length;
      return { type: "ok", melding: `Leste ${antall(kunder.length, "kunde", "kunder")} fra ${utvalg.adresse}; ${medPris} har «Pris i dag».` };
    } catch (feil) {
      if (!(feil instanceof TabellFeil)) throw feil;
      const liste = problemliste(feil, utvalg.adresse);
      return { type: "feil", tittel: `Kundelisten i ${utvalg.adresse} har ${liste.length} feil; rett dem i arket og les på nytt`, melding: <Punktliste liste={liste} className={stil.liste} /> };
    }
  };

  return (
    <div className={stil.rot}>
      <RadioGroup value={valg.kildetype} onChange={(_, d) => settValg({ ...valg, kildetype: d.value as Effektvalg["kildetype"] })} aria-label="Kunder i analysen">
        {/* Filnavnet står i Kalkulatoren og i arket; her er det for langt for en smal rute. */}
        <Radio value="alle" label={`Alle kommuner og fylkeskommuner (${folketall?.tall.has(ar) ? "folketallsfilen" : "SSB"}, 1. januar ${ar}; alle tjenester)`} />
        <Radio value="ark" label="Kundeliste fra arket" />
      </RadioGroup>
      <Befolkningsarvalg
        ar={ar} folketall={folketall} velg={velgAr} className={stil.ar}
        hint={valg.kildetype === "alle"
          ? "Det samme året som i Kalkulatoren. År som ikke følger med, leses inn der («Les inn folketall»)."
          : "Kunder uten Innbyggere i listen slås opp for dette året når listen leses: les den på nytt etter å ha byttet år."}
      />
      {valg.kildetype === "ark" && (
        <div className={stil.ark}>
          <Text size={200} className={stil.forklaring}>
            Merk kundelisten med overskriftsraden, eller én celle i den. Kolonner: Kunde (navn eller nummer), og valgfritt Kundetype,
            Innbyggere, Pris i dag, Tjenester («alle», «ingen» eller en liste), Altinn, Forsendelser, SvarInn.
          </Text>
          <Arkhandling tekst="Les kundelisten fra arket" utfor={les} appearance="secondary" />
          {valg.ark && <Text size={200}>I bruk: {antall(valg.ark.kunder.length, "kunde", "kunder")} fra {valg.ark.adresse}.</Text>}
        </div>
      )}
    </div>
  );
}
