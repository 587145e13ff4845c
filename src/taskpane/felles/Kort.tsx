import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * Et kort som ser ut som Fluents Card (fylt, middels, loddrett, ikke klikkbart), uten Card-komponenten: den drar med
 * seg fokusgruppene (tabster) og kortets underdeler, og kalkulatoren bruker bare rammen (målt i scripts/bench/30-oppgaverute.mjs).
 * Stilene er Cards egne: 12 px marg og avstand, middels hjørner, skygge 4 og en gjennomsiktig kant for høy kontrast.
 */
const useStyles = makeStyles({
  kort: {
    display: "flex", flexDirection: "column", position: "relative", boxSizing: "border-box", overflow: "hidden",
    padding: "12px", gap: "12px", borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4,
    "::after": {
      content: '""', position: "absolute", top: 0, left: 0, right: 0, bottom: 0, pointerEvents: "none",
      ...shorthands.borderStyle("solid"), ...shorthands.borderWidth(tokens.strokeWidthThin), ...shorthands.borderColor(tokens.colorTransparentStroke),
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

/** Som Card: en gruppe (role="group") med innholdet under hverandre; className legges over (marg, avstand). */
export function Kort({ className, children }: { className?: string; children: ReactNode }) {
  const stil = useStyles();
  return <div role="group" className={mergeClasses(stil.kort, className)}>{children}</div>;
}
