import { Field, Input, Slider, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useId } from "react";
import { PARAMETERTEKST, type Parameter, type Skala } from "../effekt/hvaom";

const useStyles = makeStyles({
  // Side by side in a wide pane; in Excel's narrow pane the number field wraps below the slider.
  rad: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  glider: { flex: "1 1 14rem", minWidth: 0 },
  tall: { flex: "0 1 9rem", minWidth: "6rem" },
  slider: { width: "100%" },
  felt: { minWidth: 0, width: "100%" },
});

interface Props {
  parameter: Parameter;
  skala: Skala;
  /** Slider position (justering in whole percent). */
  verdi: number;
  /** Text in the number field (what the user typed, or the current value). */
  tekst: string;
  feil: string | null;
  /** A slider move: a number. Stable across renders (the field is memoised). */
  vedSlider: (parameter: Parameter, verdi: number) => void;
  /** Typed text: the core reads it (Norwegian numbers, "25 %"). */
  vedTekst: (parameter: Parameter, tekst: string) => void;
}

/** One what-if parameter: a slider and a number field that both update the sector at once. */
export const Hvaomfelt = memo(function Hvaomfelt({ parameter, skala, verdi, tekst, feil, vedSlider, vedTekst }: Props) {
  const stil = useStyles();
  const t = PARAMETERTEKST[parameter];
  const hjelpId = useId();
  return (
    <div className={stil.rad}>
      <Field className={stil.glider} label={`${t.navn} (${t.enhet})`} hint={t.hjelp}>
        <Slider
          className={stil.slider}
          min={skala.min}
          max={skala.max}
          // The step on the native input only: Fluent draws a mark per step when given `step`, unreadable for 20 000 steps.
          input={{ step: skala.steg }}
          value={Math.min(skala.max, Math.max(skala.min, verdi))}
          onChange={(_, d) => vedSlider(parameter, d.value)}
          data-parameter={parameter}
        />
      </Field>
      <Field className={stil.tall} label={`${t.navn}, tall`} validationMessage={feil ?? undefined} validationState={feil ? "error" : "none"}>
        <Input className={stil.felt} value={tekst} onChange={(_, d) => vedTekst(parameter, d.value)} inputMode="decimal" aria-describedby={hjelpId} />
      </Field>
      <span id={hjelpId} hidden>{`Skriv ${t.navn.toLowerCase()} med norsk desimalkomma`}</span>
    </div>
  );
});
