import { Field, Slider, makeStyles, tokens } from "@fluentui/react-components";
import type { Prisledd } from "../../core";
import { PARAMETERTEKST, type Parameter, type Skala, sliderverdi } from "../effekt/hvaom";
import { Tallfelt } from "./Tallfelt";

const useStyles = makeStyles({
  // Side by side in a wide pane; in Excel's narrow pane the number field wraps below the slider.
  rad: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  glider: { flex: "1 1 14rem", minWidth: 0 },
  tall: { flex: "1 1 9rem", minWidth: "8rem" },
  slider: { width: "100%" },
});

interface Props {
  parameter: Parameter;
  skala: Skala;
  ledd: Prisledd;
  /** Text in the number field (what the user typed, or the current value). */
  tekst: string;
  feil: string | undefined;
  flytt: (parameter: Parameter, posisjon: number) => void;
  /** Typed text, read as the hint says (lesParameter). */
  skriv: (parameter: Parameter, tekst: string) => void;
}

/** One what-if parameter: a slider and a number field that both move the sector at once. */
export function Hvaomfelt({ parameter, skala, ledd, tekst, feil, flytt, skriv }: Props) {
  const stil = useStyles();
  const t = PARAMETERTEKST[parameter];
  return (
    <div className={stil.rad}>
      <Field className={stil.glider} label={`${t.navn} (${t.enhet})`}>
        <Slider
          className={stil.slider}
          min={skala.min}
          max={skala.max}
          // The step on the native input only: Fluent draws a mark per step when given `step`, unreadable for 20 000 steps.
          input={{ step: skala.steg }}
          value={Math.min(skala.max, Math.max(skala.min, sliderverdi(parameter, ledd)))}
          onChange={(_, d) => flytt(parameter, d.value)}
          data-parameter={parameter}
        />
      </Field>
      <Tallfelt className={stil.tall} etikett={`${t.navn}, tall`} hint={t.hjelp} verdi={tekst} endre={(ny) => skriv(parameter, ny)} feil={feil} />
    </div>
  );
}
