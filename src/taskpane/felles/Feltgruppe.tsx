import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  gruppe: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  tittel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginBottom: tokens.spacingVerticalS, padding: 0 },
});

/** Et fieldset med legend som liten overskrift: gruppens tilgjengelige navn. */
export function Feltgruppe({ tittel, children }: { tittel: string; children: ReactNode }) {
  const stil = useStyles();
  return (
    <fieldset className={stil.gruppe}>
      <legend className={stil.tittel}>{tittel}</legend>
      {children}
    </fieldset>
  );
}
