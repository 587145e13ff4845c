import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { antall } from "./format";

const useStyles = makeStyles({
  apne: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  liste: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Kjernens matriseadvarsler (hele setninger) som et antall; listen (den kan være lang) åpnes på forespørsel. */
export function Advarselsliste({ advarsler }: { advarsler: string[] }) {
  const stil = useStyles();
  if (advarsler.length === 0) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>Ingen advarsler om prismatrisen: prisene stiger med innbyggertallet, og alle kunder har pris.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{antall(advarsler.length, "advarsel", "advarsler")} om prismatrisen</MessageBarTitle>
        <details>
          <summary className={stil.apne}>Vis {advarsler.length === 1 ? "advarselen" : "advarslene"}</summary>
          <ul className={stil.liste}>
            {advarsler.map((a) => <li key={a}>{a}</li>)}
          </ul>
        </details>
      </MessageBarBody>
    </MessageBar>
  );
}
