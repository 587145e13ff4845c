import {
  Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import type { Effektsammendrag, Fordeling } from "../../core";
import { BANDKOLONNER, INNTEKTSKOLONNER, bandtittel } from "../effekt/effektark";
import { heltall, kr, prosent } from "../format";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))", gap: tokens.spacingHorizontalL },
  ramme: { overflowX: "auto", maxWidth: "100%" },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  na: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/** The displayed rows of a band table: band, range, count, share (whole percent); "na." rows without a baseline. */
export function bandrader(f: Fordeling, enhet: "prosent" | "kroner"): string[][] {
  const rader = f.band.map((b) => [b.navn, b.etikett, heltall(b.antall), b.andel === null ? "na." : prosent(b.andel.times(100))]);
  if (f.utenGrunnlag > 0) {
    rader.push(["Uten grunnlag (na.)", enhet === "prosent" ? "ingen pris i dag > 0" : "ingen pris i dag", heltall(f.utenGrunnlag), ""]);
  }
  return rader;
}

function Bandtabell({ fordeling, enhet }: { fordeling: Fordeling; enhet: "prosent" | "kroner" }) {
  const stil = useStyles();
  const tittel = bandtittel(fordeling, enhet);
  const rader = bandrader(fordeling, enhet);
  return (
    <div className={stil.ramme} role="region" aria-label={tittel} tabIndex={0}>
      <Table size="extra-small" aria-label={tittel}>
        <TableHeader>
          <TableRow>
            {BANDKOLONNER.map((k, i) => <TableHeaderCell key={k} scope="col" className={i > 1 ? stil.tall : undefined}>{k}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rader.map((r) => (
            <TableRow key={r[0]} className={r[3] === "" ? stil.na : undefined}>
              {r.map((c, i) => <TableCell key={i} className={i > 1 ? stil.tall : undefined}>{c}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum}>
            <TableCell>Sum</TableCell>
            <TableCell />
            <TableCell className={stil.tall}>{heltall(fordeling.antallKunder)}</TableCell>
            <TableCell className={stil.tall}>{fordeling.medGrunnlag > 0 ? "100 %" : ""}</TableCell>
          </TableRow>
        </tfoot>
      </Table>
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
        <Table size="extra-small" aria-label="Inntekt per tjeneste">
          <TableHeader>
            <TableRow>
              {INNTEKTSKOLONNER.map((k, i) => <TableHeaderCell key={k} scope="col" className={i > 0 ? stil.tall : undefined}>{k}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sammendrag.tjenester.map((s) => (
              <TableRow key={s.tjeneste}>
                <TableCell>{s.tjeneste}</TableCell>
                <TableCell className={stil.tall}>{heltall(s.antallKunder)}</TableCell>
                <TableCell className={stil.tall}>{kr(s.inntekt)}</TableCell>
                <TableCell className={stil.tall}>{kr(s.inntektEksakt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <tfoot>
            <TableRow className={stil.sum}>
              <TableCell>Sum ny inntekt</TableCell>
              <TableCell className={stil.tall}>{heltall(sammendrag.antallKunder)}</TableCell>
              <TableCell className={stil.tall}>{kr(t.ny)}</TableCell>
              <TableCell className={stil.tall}>{kr(t.nyEksakt)}</TableCell>
            </TableRow>
          </tfoot>
        </Table>
      </div>
      <div className={stil.ramme} role="region" aria-label="Gammelt mot nytt" tabIndex={0}>
        <Table size="extra-small" aria-label="Gammelt mot nytt">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kunder med grunnlag</TableHeaderCell>
              <TableHeaderCell scope="col" className={stil.tall}>Gammelt ({grunnlinje})</TableHeaderCell>
              <TableHeaderCell scope="col" className={stil.tall}>Nytt</TableHeaderCell>
              <TableHeaderCell scope="col" className={stil.tall}>Endring kr</TableHeaderCell>
              <TableHeaderCell scope="col" className={stil.tall}>Endring %</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell className={mergeClasses(stil.tall)}>{heltall(t.medGrunnlag)} av {heltall(sammendrag.antallKunder)}</TableCell>
              <TableCell className={stil.tall}>{kr(t.gammel)}</TableCell>
              <TableCell className={stil.tall}>{kr(t.nyMedGrunnlag)}</TableCell>
              <TableCell className={stil.tall}>{kr(t.endringKr)}</TableCell>
              <TableCell className={stil.tall}>{prosent(t.endringProsent)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {t.medGrunnlag < sammendrag.antallKunder && (
        <Text size={200}>{heltall(sammendrag.antallKunder - t.medGrunnlag)} kunder har ikke noe grunnlag (ingen pris i dag) og er holdt utenfor «gammelt mot nytt» og båndene.</Text>
      )}
    </div>
  );
});
