import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
});

/** A list of problems (cell-addressed, from the core), under a title that says what could not be done. */
export function Feilliste({ tittel, liste }: { tittel: string; liste: string[] }) {
  const stil = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{tittel}</MessageBarTitle>
        <Punktliste liste={liste} className={stil.liste} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** The items of a problem list ("Prismatrise!D7: …"), for a message. */
export function Punktliste({ liste, className }: { liste: string[]; className?: string }) {
  return <ul className={className}>{liste.map((l) => <li key={l}>{l}</li>)}</ul>;
}
