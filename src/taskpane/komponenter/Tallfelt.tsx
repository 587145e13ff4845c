import { Field, Input, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import { useUtsatt } from "../utsatt";

const useStyles = makeStyles({
  // I et rutenett ville feltet ellers strekkes til radens høyde når nabofeltet har en lang feilmelding.
  felt: { alignSelf: "start" },
  inndata: { width: "100%", minWidth: 0 },
});

interface Props {
  /** Synlig etikett; uten den er `navn` det tilgjengelige navnet. */
  etikett?: string;
  navn?: string;
  verdi: string;
  endre: (tekst: string) => void;
  /** Kjernens setning for feltet (`felt` fra lesTall), eller undefined når teksten er gyldig. */
  feil?: string | null;
  hint?: string;
  plassholder?: string;
  etter?: string;
  heltall?: boolean;
  className?: string;
  beskrevetAv?: string;
}

/**
 * Et tallfelt der feilen venter mens brukeren skriver: den vises når feltet forlates, eller etter en kort pause
 * (SKRIVEPAUSE_MS), så «1.» på vei til «1,5» ikke kalles feil. En verdi som allerede står der når feltet vises
 * (et lagret skjema), viser feilen med en gang.
 */
export function Tallfelt({ etikett, navn, verdi, endre, feil, hint, plassholder, etter, heltall, className, beskrevetAv }: Props) {
  const stil = useStyles();
  const [forlatt, setForlatt] = useState(verdi);
  const ventet = useUtsatt(verdi);
  const vis = feil && (forlatt === verdi || ventet === verdi) ? feil : undefined;
  return (
    <Field label={etikett} hint={hint} className={mergeClasses(stil.felt, className)} validationMessage={vis} validationState={vis ? "error" : "none"}>
      <Input
        className={stil.inndata}
        aria-label={etikett ? undefined : navn}
        aria-describedby={beskrevetAv}
        inputMode={heltall ? "numeric" : "decimal"}
        placeholder={plassholder}
        contentAfter={etter}
        value={verdi}
        onChange={(_, d) => endre(d.value)}
        onBlur={() => setForlatt(verdi)}
      />
    </Field>
  );
}
