import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
});

/** En liste med feil (med celleadresser, fra kjernen), under en tittel som sier hva som ikke kunne gjøres. */
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

/** Punktene i en feilliste («Prismatrise!D7: …»), til en melding. */
export function Punktliste({ liste, className }: { liste: string[]; className?: string }) {
  return <ul className={className}>{liste.map((l) => <li key={l}>{l}</li>)}</ul>;
}
