import {
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { KALKULATORKOLONNER } from "../arkoppsett";
import type { Visningsresultat } from "../beregning";
import { SMAL } from "../brytepunkt";
import { radceller, sumceller } from "../naregel";
import { useFortegnsfarge } from "./Nokkeltall";

const useStyles = makeStyles({
  ramme: { overflowX: "auto", maxWidth: "100%", [SMAL]: { display: "none" } },
  tall: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal", lineHeight: tokens.lineHeightBase200 },
  overskriftTall: { textAlign: "right", "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" } },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  navn: { minWidth: "150px" },
  tillegg: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** Hele tabellen med sju kolonner (KS' kalkulator og det innsatte arket), fra omtrent 700 px. */
export function Resultattabell({ resultat, bildetekst }: { resultat: Visningsresultat; bildetekst: string }) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  return (
    <div className={stil.ramme} role="region" aria-label="Resultattabell" tabIndex={0}>
      <Table size="small" aria-label={bildetekst}>
        <TableHeader>
          <TableRow>
            {KALKULATORKOLONNER.map((k, i) => (
              <TableHeaderCell key={k} scope="col" className={mergeClasses(stil.overskrift, i > 0 && stil.overskriftTall)}>{k}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {resultat.rader.map((rad) => (
            <TableRow key={rad.tjeneste} className={rad.type === "tillegg" ? stil.tillegg : undefined} data-radtype={rad.type}>
              {radceller(rad).map((c, i) => (
                <TableCell key={i} className={i === 0 ? stil.navn : mergeClasses(stil.tall, i === 3 && farge(rad.endringProsent), i === 4 && farge(rad.endringKr))}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum} data-radtype="sum">
            {sumceller(resultat.sum).map((c, i) => <TableCell key={i} className={i > 0 ? stil.tall : undefined}>{c}</TableCell>)}
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
