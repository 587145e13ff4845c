import { makeStyles, tokens } from "@fluentui/react-components";
import { BRED } from "../brytepunkt";

/**
 * Plain HTML tables styled like Fluent's small Table, for the Effekt view: they re-render on every what-if move,
 * and Fluent's Table components cost several times more per cell (measured with scripts/bench/35-hvaom.mjs).
 * Numbers (data-tall) are right-aligned with their headers; the caption is the table's accessible name.
 */
export const useTabellstil = makeStyles({
  tabell: {
    borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "left", verticalAlign: "bottom", [BRED]: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
    "& tbody th": { fontWeight: tokens.fontWeightRegular },
    "& caption": { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: tokens.spacingVerticalXS },
    "& [data-tall]": { textAlign: "right", fontVariantNumeric: "tabular-nums" },
    "& td[data-tall]": { whiteSpace: "nowrap" },
  },
  sum: { fontWeight: tokens.fontWeightSemibold, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  na: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});
