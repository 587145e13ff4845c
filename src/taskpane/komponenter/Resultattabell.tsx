import {
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import type { Kalkulatorrad, Kalkulatorresultat, Kalkulatorsum } from "../../core";
import { kr, prosent } from "../format";
import { KALKULATORKOLONNER } from "../arkoppsett";

const useStyles = makeStyles({
  ramme: { overflowX: "auto", maxWidth: "100%" },
  tabell: { minWidth: "760px", tableLayout: "auto" },
  tall: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal", lineHeight: tokens.lineHeightBase200 },
  overskriftTall: { textAlign: "right", "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" } },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  navn: { minWidth: "170px" },
  tillegg: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  okning: { color: tokens.colorPaletteRedForeground1 },
  reduksjon: { color: tokens.colorPaletteGreenForeground1 },
});

type Celler = [string, string, string, string, string, string, string];

/** The displayed cells of one line: "na." only in change columns of used services, as the core says. */
export function radceller(rad: Kalkulatorrad): Celler {
  const endring = rad.type === "tillegg";
  return [
    rad.tjeneste,
    kr(rad.eksisterende),
    kr(rad.ny),
    endring ? "" : prosent(rad.endringProsent),
    endring ? "" : rad.endringKr === null ? "na." : kr(rad.endringKr),
    kr(rad.tillegg),
    kr(rad.totalNy),
  ];
}

export function sumceller(sum: Kalkulatorsum): Celler {
  return ["Sum", kr(sum.eksisterende), kr(sum.ny), prosent(sum.endringProsent), sum.endringKr === null ? "na." : kr(sum.endringKr), kr(sum.tillegg), kr(sum.totalNy)];
}

export function Resultattabell({ resultat, bildetekst }: { resultat: Kalkulatorresultat; bildetekst: string }) {
  const stil = useStyles();
  const fortegn = (d: { isNegative(): boolean; isZero(): boolean } | null) =>
    d === null || d.isZero() ? undefined : d.isNegative() ? stil.reduksjon : stil.okning;
  return (
    <div className={stil.ramme} role="region" aria-label="Resultattabell" tabIndex={0}>
      <Table className={stil.tabell} size="small" aria-label={bildetekst}>
        <TableHeader>
          <TableRow>
            {KALKULATORKOLONNER.map((k, i) => (
              <TableHeaderCell key={k} scope="col" className={mergeClasses(stil.overskrift, i > 0 && stil.overskriftTall)}>{k}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {resultat.rader.map((rad) => {
            const celler = radceller(rad);
            return (
              <TableRow key={rad.tjeneste} className={rad.type === "tillegg" ? stil.tillegg : undefined} data-radtype={rad.type}>
                <TableCell className={stil.navn}>{celler[0]}</TableCell>
                {celler.slice(1).map((c, i) => (
                  <TableCell key={i} className={mergeClasses(stil.tall, (i === 2 || i === 3) && fortegn(i === 2 ? rad.endringProsent : rad.endringKr))}>{c}</TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum} data-radtype="sum">
            {sumceller(resultat.sum).map((c, i) => (
              <TableCell key={i} className={i > 0 ? stil.tall : undefined}>{c}</TableCell>
            ))}
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
