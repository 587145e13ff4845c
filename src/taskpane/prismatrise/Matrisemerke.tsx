import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { type AktivMatrise, kortMatrisenavn, matrisenavn } from "../felles/tilstand";

const useStyles = makeStyles({
  rot: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  merke: { maxWidth: "100%", whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "left" },
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
      <Badge className={stil.merke} appearance="tint" color={standard ? "brand" : "warning"} title={matrisenavn(aktiv)}>
        Prismatrise: {kortMatrisenavn(aktiv)}
      </Badge>
      {!standard && <Button size="small" appearance="secondary" onClick={tilbakestill}>Tilbakestill til 2025</Button>}
    </div>
  );
}
