import { Text, makeStyles, tokens } from "@fluentui/react-components";
// Bare versjonen brukes; webpack tar ikke med resten av package.json i bunten.
import paket from "../../../package.json";

/** Versjonen i package.json: den samme som i manifestene og hjelpesiden (test/tillegg/versjon.test.ts). */
export const VERSJON: string = paket.version;

const useStyles = makeStyles({
  om: { color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalS },
});

/** En diskret linje nederst i ruten: hvilken versjon som kjører, så brukerstøtte og IT vet hva de ser. */
export function Om() {
  const stil = useStyles();
  return (
    <footer className={stil.om}>
      <Text size={100}>KS prisverktøy {VERSJON}</Text>
    </footer>
  );
}
