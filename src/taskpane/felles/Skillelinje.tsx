import { makeStyles, tokens } from "@fluentui/react-components";

/** En vannrett strek som Fluents Divider uten tekst (1 px, colorNeutralStroke2), uten Divider-komponenten. */
const useStyles = makeStyles({
  linje: { boxSizing: "border-box", flexGrow: 1, width: "100%", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function Skillelinje() {
  return <div role="separator" aria-orientation="horizontal" className={useStyles().linje} />;
}
