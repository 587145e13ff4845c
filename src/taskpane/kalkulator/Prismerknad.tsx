import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Kortet rundt er en flex-kolonne med begrenset høyde: uten flexShrink 0 klemmes merknaden og flyter over tabellen.
  rot: { flexShrink: 0 },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Overskriftens merknader fra kjernens visning, i hele setninger: tjenester uten dagens pris (som teller fullt i den
 * nye summen, men ikke i dagens), grunnfinansieringen som er ny for alle, Min kommune, SvarUt uten volumer.
 */
export function Prismerknad({ merknader }: { merknader: string[] }) {
  const stil = useStyles();
  if (merknader.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="merknader" className={stil.rot}>
      <MessageBarBody>
        <MessageBarTitle>Dette bør du vite om tallene</MessageBarTitle>
        <ul className={stil.liste}>{merknader.map((m) => <li key={m}>{m}</li>)}</ul>
      </MessageBarBody>
    </MessageBar>
  );
}
