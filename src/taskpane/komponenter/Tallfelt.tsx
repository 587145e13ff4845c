import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { useUtsatt } from "../utsatt";

const useStyles = makeStyles({
  inndata: { width: "100%", minWidth: 0 },
});

interface Props {
  /** Visible label; without one, `navn` is the accessible name. */
  etikett?: string;
  navn?: string;
  verdi: string;
  endre: (tekst: string) => void;
  /** The core's sentence for the field (lesTall's `felt`), or undefined when the text is valid. */
  feil?: string | null;
  hint?: string;
  plassholder?: string;
  etter?: string;
  heltall?: boolean;
  className?: string;
  beskrevetAv?: string;
}

/**
 * A number field whose error waits while the user is typing: it shows once the field is left, or after a short
 * pause (SKRIVEPAUSE_MS), so "1." on the way to "1,5" is not called wrong. A value already there when the field
 * appears (a saved form) shows its error at once.
 */
export function Tallfelt({ etikett, navn, verdi, endre, feil, hint, plassholder, etter, heltall, className, beskrevetAv }: Props) {
  const stil = useStyles();
  const [forlatt, setForlatt] = useState(verdi);
  const ventet = useUtsatt(verdi);
  const vis = feil && (forlatt === verdi || ventet === verdi) ? feil : undefined;
  return (
    <Field label={etikett} hint={hint} className={className} validationMessage={vis} validationState={vis ? "error" : "none"}>
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
