import { Field, Input, makeStyles, mergeClasses } from "@fluentui/react-components";
import { type Feltregel, udeleligeTall, useFeltregel } from "./feltregel";

const useStyles = makeStyles({
  // I et rutenett ville feltet ellers strekkes til radens høyde når nabofeltet har en lang feilmelding.
  // minWidth 0 og maxWidth 100 %: en lang tekst (40 sifre) gjør aldri feltet bredere enn ruten.
  felt: { alignSelf: "start", minWidth: 0, maxWidth: "100%" },
  inndata: { width: "100%", minWidth: 0, maxWidth: "100%", "& > input": { minWidth: 0, width: "100%", textOverflow: "ellipsis" } },
  melding: { overflowWrap: "anywhere" },
});

interface Props {
  /** Synlig etikett; uten den er `navn` det tilgjengelige navnet. */
  etikett?: string;
  navn?: string;
  /** Verdien modellen bruker nå (godtatt tekst). */
  verdi: string;
  /** Hva feltet godtar (feltregel.ts). */
  regel: Feltregel;
  /** Får bare godtatte verdier; kan returnere en feil når modellen likevel ikke tar verdien. */
  endre: (tekst: string) => string | null | void;
  /** Modellens feil for verdien som står (f.eks. et lagret skjema), eller undefined. */
  feil?: string | null;
  hint?: string;
  plassholder?: string;
  etter?: string;
  heltall?: boolean;
  className?: string;
  beskrevetAv?: string;
}

/**
 * Et tallfelt etter feltregelen (feltregel.ts): det brukeren skriver, når modellen bare når feltet godtar det, etter
 * en pause i skrivingen eller når feltet forlates; en avvist verdi endrer ingenting og vises med feilen.
 */
export function Tallfelt({ etikett, navn, verdi, regel, endre, feil, hint, plassholder, etter, heltall, className, beskrevetAv }: Props) {
  const stil = useStyles();
  const f = useFeltregel({ verdi, regel, endre });
  const vis = f.feil ?? (f.tekst === verdi && feil ? { melding: feil, beholdt: null } : null);
  return (
    <Field
      label={etikett} hint={hint} className={mergeClasses(stil.felt, className)}
      validationMessage={vis ? (
        <span className={stil.melding}>
          <span>{udeleligeTall(vis.melding)}</span>{vis.beholdt && <> <span>{udeleligeTall(vis.beholdt)}</span></>}
        </span>
      ) : undefined}
      validationState={vis ? "error" : "none"}
    >
      <Input
        className={stil.inndata}
        aria-label={etikett ? undefined : navn}
        aria-describedby={beskrevetAv}
        inputMode={heltall ? "numeric" : "decimal"}
        placeholder={plassholder}
        contentAfter={etter}
        value={f.tekst}
        onChange={(_, d) => f.skriv(d.value)}
        onFocus={f.fokus}
        onBlur={f.forlat}
      />
    </Field>
  );
}
