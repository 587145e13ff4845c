import { makeStyles, tokens } from "@fluentui/react-components";
import { BRED } from "./brytepunkt";

/**
 * Vanlige HTML-tabeller stilt som Fluents lille Table, for Effekt-fanen: de tegnes på nytt ved hvert hva-om-flytt,
 * og Fluents Table-komponenter koster flere ganger mer per celle (målt med scripts/bench/35-hvaom.mjs).
 * Tall (data-tall) er høyrejustert sammen med overskriftene; caption er tabellens tilgjengelige navn.
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
