import { Card, Divider, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useBeregning } from "../beregning";
import { kalkulatorark } from "../arkoppsett";
import { kr } from "../format";
import type { Skjema } from "../skjema";
import { type AktivMatrise, matrisenavn, useArbeidsbok } from "../tilstand";
import { Arkhandling } from "./Arkhandling";
import { LastNedArbeidsbok } from "./LastNedArbeidsbok";
import { Organisasjonsvalg } from "./Organisasjonsvalg";
import { Resultattabell } from "./Resultattabell";
import { Tjenestevalg } from "./Tjenestevalg";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  nokkeltall: { display: "flex", gap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  tall: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  aktiv: AktivMatrise;
}

export function Kalkulator({ skjema, endre, aktiv }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  const { tolket, beregning } = useBeregning(skjema, aktiv);

  const settInn = async (fremdrift: (m: string) => void) => {
    if (beregning.type !== "ok" || !tolket.input || tolket.innbyggere === null) throw new Error("Ingen beregning å sette inn ennå.");
    const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
    const overstyrt = org !== null && tolket.innbyggere !== org.innbyggere[skjema.ar];
    const plan = kalkulatorark({
      kundenavn: tolket.kundenavn ?? "Kunde",
      nummer: org?.nummer ?? null,
      kundetype: tolket.input.kundetype,
      innbyggere: tolket.innbyggere,
      innbyggerkilde: org ? (overstyrt ? "Overstyrt av brukeren" : `SSB tabell 07459, 1. januar ${skjema.ar}`) : "Oppgitt av brukeren",
      volum: tolket.volum,
      rader: beregning.resultat.rader,
      matriseomrade: aktiv.kilde.type === "ark" ? aktiv.kilde.adresse : null,
      matrisenavn: matrisenavn(aktiv),
    });
    const { ark } = await arbeidsbok.skrivArk(plan, fremdrift);
    return { type: "ok" as const, melding: `Kalkulatoren er satt inn i det nye arket «${ark}». Prisene er formler som regner på nytt når du endrer de gule cellene.` };
  };

  return (
    <div className={stil.rot}>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Kunde</Subtitle2>
        <Organisasjonsvalg skjema={skjema} endre={endre} feltfeil={tolket.feltfeil} innbyggere={tolket.innbyggere} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Tjenester</Subtitle2>
        <Tjenestevalg skjema={skjema} endre={endre} feltfeil={tolket.feltfeil} matrise={aktiv.matrise} kundetype={tolket.kundetype} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Resultat</Subtitle2>
        {Object.keys(tolket.feltfeil).length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>Noen felt har ugyldige verdier og er holdt utenfor beregningen. Se feltene merket med rødt.</MessageBarBody>
          </MessageBar>
        )}
        {beregning.type === "feil" && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody><MessageBarTitle>Kan ikke beregne</MessageBarTitle>{beregning.melding}</MessageBarBody>
          </MessageBar>
        )}
        {beregning.type === "tom" && <Text>{beregning.melding}</Text>}
        {beregning.type === "ok" && (
          <>
            <div className={stil.nokkeltall} aria-live="polite">
              <div><Text block size={200}>Eksisterende</Text><Text className={stil.tall}>{kr(beregning.resultat.sum.eksisterende)}</Text></div>
              <div><Text block size={200}>Ny pris (brukte tjenester)</Text><Text className={stil.tall}>{kr(beregning.resultat.sum.ny)}</Text></div>
              <div><Text block size={200}>Total ny tjenestepris</Text><Text className={stil.tall}>{kr(beregning.resultat.sum.totalNy)}</Text></div>
            </div>
            <Resultattabell resultat={beregning.resultat} bildetekst={`Prisberegning for ${tolket.kundenavn}`} />
            <Text size={200}>Beløp i hele kroner (hver linje avrundet); {matrisenavn(aktiv).toLowerCase()}. «na.» = kan ikke beregnes (mangler eksisterende eller ny pris).</Text>
          </>
        )}
        <Divider />
        <Arkhandling
          tekst="Sett inn i arket"
          utfor={settInn}
          sperret={beregning.type === "ok" ? null : "Velg kunde og tjenester først."}
        />
        <LastNedArbeidsbok skjema={skjema} aktiv={aktiv} />
      </Card>
    </div>
  );
}
