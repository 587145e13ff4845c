import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Decimal, Kalkulatoroverskrift } from "../../core";
import { BRED } from "./brytepunkt";
import { kr, prosent } from "./format";

const useStyles = makeStyles({
  rot: { display: "grid", gridTemplateColumns: "1fr", margin: 0, [BRED]: { gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: tokens.spacingHorizontalL } },
  tall: {
    display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    [BRED]: { flexDirection: "column", borderBottom: "none" },
  },
  etikett: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  verdi: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", textAlign: "right", [BRED]: { fontSize: tokens.fontSizeBase500, textAlign: "left" } },
  okning: { color: tokens.colorPaletteRedForeground1 },
  reduksjon: { color: tokens.colorPaletteGreenForeground1 },
});

/** Rødt for en økning, grønt for en reduksjon, som i resultatlinjene. */
export function useFortegnsfarge() {
  const stil = useStyles();
  return (d: Decimal | null) => (d === null || d.isZero() ? undefined : d.isNegative() ? stil.reduksjon : stil.okning);
}

/**
 * Overskriften fra kjernens visning: summen i dag, den nye summen og endringen i kr og %. Uten pris i dag er det
 * ingen prosent å vise; hva som mangler, sier merknadene under (Prismerknad), ikke en rød «(na.)».
 */
export function Nokkeltall({ overskrift: o }: { overskrift: Kalkulatoroverskrift }) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  const endring = o.endringProsent === null ? kr(o.endringKr) : `${kr(o.endringKr)} (${prosent(o.endringProsent)})`;
  const tall: [string, string, string | undefined][] = [
    ["I dag", kr(o.iDag), undefined],
    ["Ny pris", kr(o.ny), undefined],
    ["Endring", endring, farge(o.endringKr)],
    ...(o.medNyeTjenester === null ? [] : [["Med nye tjenester", kr(o.medNyeTjenester), undefined] as [string, string, undefined]]),
  ];
  return (
    <dl className={stil.rot} aria-label="Sammendrag" aria-live="polite">
      {tall.map(([etikett, verdi, klasse]) => (
        <div key={etikett} className={stil.tall}>
          <dt className={stil.etikett}>{etikett}</dt>
          <dd className={mergeClasses(stil.verdi, klasse)}>{verdi}</dd>
        </div>
      ))}
    </dl>
  );
}
