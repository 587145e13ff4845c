import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { type AktivMatrise, kortMatrisenavn, matrisenavn } from "../felles/tilstand";

const useStyles = makeStyles({
  rot: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Fluents Badge (tint, middels, rund) uten Badge-komponenten, som bare trengs her i den første bunten; teksten brytes.
  merke: {
    display: "inline-flex", boxSizing: "border-box", alignItems: "center", justifyContent: "center", position: "relative",
    fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase200,
    minWidth: "20px", minHeight: "20px", maxWidth: "100%", padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular, whiteSpace: "normal", textAlign: "left",
    "::after": {
      content: '""', position: "absolute", top: 0, left: 0, bottom: 0, right: 0,
      ...shorthands.borderStyle("solid"), ...shorthands.borderColor("inherit"), ...shorthands.borderWidth(tokens.strokeWidthThin), borderRadius: "inherit",
    },
  },
  standard: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  annen: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
});

interface Props {
  aktiv: AktivMatrise;
  tilbakestill: () => void;
}

/** Hvilken matrise alle fanene regner med, og veien tilbake til den publiserte matrisen for 2025. */
export function Matrisemerke({ aktiv, tilbakestill }: Props) {
  const stil = useStyles();
  const standard = aktiv.kilde.type === "standard" && !aktiv.endret;
  return (
    <div className={stil.rot}>
      <div className={mergeClasses(stil.merke, standard ? stil.standard : stil.annen)} title={matrisenavn(aktiv)}>
        Prismatrise: {kortMatrisenavn(aktiv)}
      </div>
      {!standard && <Button size="small" appearance="secondary" onClick={tilbakestill}>Tilbakestill til 2025</Button>}
    </div>
  );
}
