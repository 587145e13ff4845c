import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { prisgrunnlag } from "../../core";
import type { Beregning } from "../felles/beregning";
import { iSetning } from "../felles/format";
import type { Skjema, Tolket } from "../felles/skjema";
import { type AktivMatrise, matrisenavn } from "../felles/tilstand";
import { useUtsatt } from "../felles/utsatt";
import { Kort } from "../felles/Kort";
import { LastNedArbeidsbok } from "../felles/LastNedArbeidsbok";
import { Nokkeltall } from "../felles/Nokkeltall";
import { Prismerknad } from "./Prismerknad";
import { Resultatliste } from "./Resultatliste";
import { Resultattabell } from "./Resultattabell";
import { Skillelinje } from "../felles/Skillelinje";
import { SettInnKalkulator } from "./SettInnKalkulator";

const useStyles = makeStyles({
  // Ingen egen rulleboks: hele tabellen med Sum-raden nås ved å rulle siden (sammendraget står i Sammendragslinje).
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM, minWidth: 0 },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

/** «Prismatrise 2025 · innbyggere 1.1.2026», eller «… · innbyggere oppgitt» når tallet er skrevet eller overstyrt. */
function grunnlag(aktiv: AktivMatrise, skjema: Skjema, tolket: Tolket): string {
  // «ssb» også for en innlest folketallsfil: tallet er 1. januar i det valgte året, ikke skrevet av brukeren.
  return prisgrunnlag(aktiv.matrise.prisar, tolket.grunnlag?.kilde.type === "ssb" ? skjema.ar : null);
}

interface Props {
  skjema: Skjema;
  tolket: Tolket;
  beregning: Beregning;
  aktiv: AktivMatrise;
}

/** Svaret: overskrift, merknaden om manglende priser, linjene (tolinjet liste eller hel tabell) og «Sett inn i arket». */
export function Kalkulatorresultat({ skjema, tolket, beregning, aktiv }: Props) {
  const stil = useStyles();
  const antallFeil = Object.keys(tolket.feltfeil).length;
  // Advarselen venter til skrivingen stopper (som feltenes egne meldinger), men forsvinner straks alt er riktig.
  const visFeil = Math.min(antallFeil, useUtsatt(antallFeil)) > 0;
  const bildetekst = `Prisberegning for ${tolket.kundenavn}`;
  return (
    <Kort className={stil.kort}>
      <Subtitle2 as="h2">Resultat</Subtitle2>
      {visFeil && (
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
          <Nokkeltall overskrift={beregning.resultat.visning.overskrift} />
          <Prismerknad merknader={beregning.resultat.visning.overskrift.merknader} />
          <Resultatliste linjer={beregning.resultat.visning.linjer} bildetekst={bildetekst} />
          <Resultattabell linjer={beregning.resultat.visning.linjer} sum={beregning.resultat.visning.sum} bildetekst={bildetekst} />
          <Text size={200} className={stil.forklaring}>
            {grunnlag(aktiv, skjema, tolket)}. Hele kroner (hver linje avrundet); {iSetning(matrisenavn(aktiv))}. «na.» = kan ikke beregnes (mangler ny pris eller dagens pris).
          </Text>
        </>
      )}
      <Skillelinje />
      <SettInnKalkulator skjema={skjema} tolket={tolket} beregning={beregning} aktiv={aktiv} />
      <LastNedArbeidsbok aktiv={aktiv} />
    </Kort>
  );
}
