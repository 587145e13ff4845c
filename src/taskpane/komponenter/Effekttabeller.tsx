import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { type Effektsammendrag, type Fordeling, UTEN_GRUNNLAG } from "../../core";
import { BANDKOLONNER, INNTEKTSKOLONNER, bandtittel } from "../effekt/effektark";
import { heltall, kr, prosent } from "../format";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))", gap: tokens.spacingHorizontalL },
  ramme: { overflowX: "auto", maxWidth: "100%" },
  // Plain HTML tables styled like Fluent's small Table: they re-render on every what-if move, and Fluent's Table
  // components cost several times more per cell (measured with scripts/bench/35-hvaom.mjs).
  tabell: {
    borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "left" },
    "& th": { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom" },
    "& caption": { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: tokens.spacingVerticalXS },
    "& [data-tall]": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
    "& td[data-tall]": { whiteSpace: "nowrap" },
  },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  na: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/** The displayed rows of a band table: band, range, count, share (whole percent); "na." rows without a baseline. */
export function bandrader(f: Fordeling, enhet: "prosent" | "kroner"): string[][] {
  // Non-breaking spaces: "under 0 %" and "over 40 000–100 000 kr" wrap only at the dash.
  const rader = f.band.map((b) => [b.navn, b.etikett.replace(/ /g, "\u00a0"), heltall(b.antall), b.andel === null ? "na." : prosent(b.andel.times(100))]);
  if (f.utenGrunnlag > 0) {
    rader.push([UTEN_GRUNNLAG.navn, UTEN_GRUNNLAG.etikett[enhet], heltall(f.utenGrunnlag), ""]);
  }
  return rader;
}

function Bandtabell({ fordeling, enhet }: { fordeling: Fordeling; enhet: "prosent" | "kroner" }) {
  const stil = useStyles();
  const tittel = bandtittel(fordeling, enhet);
  const rader = bandrader(fordeling, enhet);
  return (
    <div className={stil.ramme} role="region" aria-label={tittel} tabIndex={0}>
      <table className={stil.tabell}>
        <caption>{tittel}</caption>
        <thead>
          <tr>
            {BANDKOLONNER.map((k, i) => <th key={k} scope="col" data-tall={i > 1 || undefined}>{k}</th>)}
          </tr>
        </thead>
        <tbody>
          {rader.map((r) => (
            <tr key={r[0]} className={r[3] === "" ? stil.na : undefined}>
              {r.map((c, i) => <td key={i} data-tall={i > 1 || undefined}>{c}</td>)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={stil.sum}>
            <td>Sum</td>
            <td />
            <td data-tall>{heltall(fordeling.antallKunder)}</td>
            <td data-tall>{fordeling.medGrunnlag > 0 ? "100 %" : ""}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** KS's published tables: one per kundetype, by % and by kr. Memoised: re-renders only when the summary changes. */
export const Bandtabeller = memo(function Bandtabeller({ sammendrag }: { sammendrag: Effektsammendrag }) {
  const stil = useStyles();
  return (
    <div className={stil.rot}>
      <Subtitle2 as="h3">Endring i prosent</Subtitle2>
      <div className={stil.rutenett}>
        {sammendrag.prosentfordeling.map((f) => <Bandtabell key={f.kundetype} fordeling={f} enhet="prosent" />)}
      </div>
      <Subtitle2 as="h3">Endring i kroner</Subtitle2>
      <div className={stil.rutenett}>
        {sammendrag.kronefordeling.map((f) => <Bandtabell key={f.kundetype} fordeling={f} enhet="kroner" />)}
      </div>
    </div>
  );
});

/** Revenue per service, then the totals old vs new (customers with a baseline only, as the core defines it). */
export const Inntektstabell = memo(function Inntektstabell({ sammendrag }: { sammendrag: Effektsammendrag }) {
  const stil = useStyles();
  const t = sammendrag.total;
  const grunnlinje = sammendrag.grunnlinje === "dagens_pris" ? "dagens pris" : "sammenligningsmatrisen";
  return (
    <div className={stil.rot}>
      <div className={stil.ramme} role="region" aria-label="Inntekt per tjeneste" tabIndex={0}>
        <table className={stil.tabell} aria-label="Inntekt per tjeneste">
          <thead>
            <tr>
              {INNTEKTSKOLONNER.map((k, i) => <th key={k} scope="col" data-tall={i > 0 || undefined}>{k}</th>)}
            </tr>
          </thead>
          <tbody>
            {sammendrag.tjenester.map((s) => (
              <tr key={s.tjeneste}>
                <td>{s.tjeneste}</td>
                <td data-tall>{heltall(s.antallKunder)}</td>
                <td data-tall>{kr(s.inntekt)}</td>
                <td data-tall>{kr(s.inntektEksakt)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={stil.sum}>
              <td>Sum ny inntekt</td>
              <td data-tall>{heltall(sammendrag.antallKunder)}</td>
              <td data-tall>{kr(t.ny)}</td>
              <td data-tall>{kr(t.nyEksakt)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className={stil.ramme} role="region" aria-label="Gammelt mot nytt" tabIndex={0}>
        <table className={stil.tabell} aria-label="Gammelt mot nytt">
          <thead>
            <tr>
              <th scope="col">Kunder med grunnlag</th>
              <th scope="col" data-tall>Gammelt ({grunnlinje})</th>
              <th scope="col" data-tall>Nytt</th>
              <th scope="col" data-tall>Endring kr</th>
              <th scope="col" data-tall>Endring %</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td data-tall>{heltall(t.medGrunnlag)} av {heltall(sammendrag.antallKunder)}</td>
              <td data-tall>{kr(t.gammel)}</td>
              <td data-tall>{kr(t.nyMedGrunnlag)}</td>
              <td data-tall>{kr(t.endringKr)}</td>
              <td data-tall>{prosent(t.endringProsent)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {t.medGrunnlag < sammendrag.antallKunder && (
        <Text size={200}>{heltall(sammendrag.antallKunder - t.medGrunnlag)} kunder har ikke noe grunnlag (ingen pris i dag) og er holdt utenfor «gammelt mot nytt» og båndene.</Text>
      )}
    </div>
  );
});
