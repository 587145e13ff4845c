import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Matriseadvarsel } from "../../core";

const useStyles = makeStyles({
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The core's matrix warnings (falling prices, missing prices, too small reference), as they are worded there. */
export const Matriseadvarsler = memo(function Matriseadvarsler({ advarsler, tittel }: { advarsler: Matriseadvarsel[]; tittel: string }) {
  const stil = useStyles();
  if (advarsler.length === 0) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody><MessageBarTitle>{tittel}</MessageBarTitle>Ingen advarsler: prisene stiger med innbyggertallet, og alle kunder har pris.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{tittel} ({advarsler.length})</MessageBarTitle>
        <ul className={stil.liste}>
          {advarsler.map((a) => <li key={a.type + a.kundetype + (a.tjeneste ?? "")}>{a.melding}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
});
