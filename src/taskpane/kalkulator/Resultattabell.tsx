import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KALKULATORKOLONNER, type Visningslinje } from "../../core";
import { SMAL } from "../felles/brytepunkt";
import { celle, celleverdi } from "../felles/format";
import { useFortegnsfarge } from "../felles/Nokkeltall";

const useStyles = makeStyles({
  // En vanlig HTML-tabell med stilene til Fluents lille Table (Table trekker med seg utvalgs- og handlingscellene inn i
  // den første bunten): fast oppsett over hele bredden, 34 px høye celler, en strek under hver rad, grå ved pekeren.
  tabell: { display: "table", verticalAlign: "middle", width: "100%", tableLayout: "fixed", borderCollapse: "collapse", backgroundColor: tokens.colorSubtleBackground },
  gruppe: { display: "table-row-group" },
  rad: { color: tokens.colorNeutralForeground1, boxSizing: "border-box", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  aktivRad: {
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1Hover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground1Pressed },
  },
  celle: { display: "table-cell", verticalAlign: "middle", position: "relative", padding: `0px ${tokens.spacingHorizontalS}`, height: "34px" },
  hodecelle: { display: "table-cell", verticalAlign: "middle", position: "relative", padding: `0px ${tokens.spacingHorizontalS}`, fontWeight: tokens.fontWeightRegular },
  hodeinnhold: {
    position: "relative", width: "100%", height: "100%", minHeight: "32px", display: "flex", flex: "1 1 0px", alignItems: "center",
    gap: tokens.spacingHorizontalXS, boxSizing: "content-box", lineHeight: "normal", overflow: "visible", padding: "0", textAlign: "unset",
  },
  // flexShrink 0: kortet rundt er en flex-kolonne med begrenset høyde; tabellen skal ikke klemmes til en egen rullboks.
  ramme: { overflowX: "auto", maxWidth: "100%", flexShrink: 0, [SMAL]: { display: "none" } },
  tall: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, verticalAlign: "bottom", whiteSpace: "normal", lineHeight: tokens.lineHeightBase200 },
  overskriftTall: { textAlign: "right", "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" } },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  navn: { minWidth: "150px" },
  // Fast oppsett deler bredden likt etter første rad: tjenestenavnet får mer, så «Fiks Bekymringsmelding» står på én linje.
  navnHode: { width: "22%" },
  merknad: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tillegg: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** Hele tabellen med sju kolonner (KS' kalkulator og det innsatte arket), fra omtrent 700 px: kjernens visning. */
export function Resultattabell({ linjer, sum, bildetekst }: { linjer: Visningslinje[]; sum: Visningslinje; bildetekst: string }) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  return (
    <div className={stil.ramme} role="region" aria-label="Resultattabell" tabIndex={0}>
      <table className={stil.tabell} aria-label={bildetekst}>
        <thead className={stil.gruppe}>
          <tr className={stil.rad}>
            {KALKULATORKOLONNER.map((k, i) => (
              <th key={k} scope="col" className={mergeClasses(stil.hodecelle, stil.overskrift, i === 0 ? stil.navnHode : stil.overskriftTall)}><div className={stil.hodeinnhold}>{k}</div></th>
            ))}
          </tr>
        </thead>
        <tbody className={stil.gruppe}>
          {linjer.map((linje) => (
            <tr key={linje.tjeneste} className={mergeClasses(stil.rad, stil.aktivRad, linje.type === "tillegg" && stil.tillegg)} data-radtype={linje.type}>
              <td className={mergeClasses(stil.celle, stil.navn)}>
                {linje.tjeneste}
                {/* Bare det tabellen ikke sier selv: at SvarUt uten volumer er priset med fastprisen alene. */}
                {linje.bareFastpris && <span className={stil.merknad} data-merknad>{linje.merknad}</span>}
              </td>
              {linje.celler.map((c, i) => (
                <td key={i} className={mergeClasses(stil.celle, stil.tall, (i === 2 || i === 3) && farge(celleverdi(c)))} title={c.type === "na" ? c.grunn : undefined}>{celle(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={mergeClasses(stil.rad, stil.aktivRad, stil.sum)} data-radtype="sum">
            <td className={stil.celle}>{sum.tjeneste}</td>
            {sum.celler.map((c, i) => <td key={i} className={mergeClasses(stil.celle, stil.tall)}>{celle(c)}</td>)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
