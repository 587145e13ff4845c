import {
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import { KALKULATORKOLONNER, type Visningslinje } from "../../core";
import { SMAL } from "../felles/brytepunkt";
import { celle, celleverdi } from "../felles/format";
import { useFortegnsfarge } from "../felles/Nokkeltall";

const useStyles = makeStyles({
  // flexShrink 0: kortet rundt er en flex-kolonne med begrenset høyde; tabellen skal ikke klemmes til en egen rullboks.
  ramme: { overflowX: "auto", maxWidth: "100%", flexShrink: 0, [SMAL]: { display: "none" } },
  tall: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal", lineHeight: tokens.lineHeightBase200 },
  overskriftTall: { textAlign: "right", "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" } },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  navn: { minWidth: "150px" },
  merknad: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tillegg: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** Hele tabellen med sju kolonner (KS' kalkulator og det innsatte arket), fra omtrent 700 px: kjernens visning. */
export function Resultattabell({ linjer, sum, bildetekst }: { linjer: Visningslinje[]; sum: Visningslinje; bildetekst: string }) {
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
          {linjer.map((linje) => (
            <TableRow key={linje.tjeneste} className={linje.type === "tillegg" ? stil.tillegg : undefined} data-radtype={linje.type}>
              <TableCell className={stil.navn}>
                {linje.tjeneste}
                {/* Bare det tabellen ikke sier selv: at SvarUt uten volumer er priset med fastprisen alene. */}
                {linje.bareFastpris && <span className={stil.merknad} data-merknad>{linje.merknad}</span>}
              </TableCell>
              {linje.celler.map((c, i) => (
                <TableCell key={i} className={mergeClasses(stil.tall, (i === 2 || i === 3) && farge(celleverdi(c)))} title={c.type === "na" ? c.grunn : undefined}>{celle(c)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        <tfoot>
          <TableRow className={stil.sum} data-radtype="sum">
            <TableCell>{sum.tjeneste}</TableCell>
            {sum.celler.map((c, i) => <TableCell key={i} className={stil.tall}>{celle(c)}</TableCell>)}
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
