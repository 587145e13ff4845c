import { Field, Slider, makeStyles, tokens } from "@fluentui/react-components";
import type { Prisledd } from "../../core";
import { PARAMETERTEKST, type Parameter, type Skala, parameterregel, sliderverdi } from "./hvaom";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  // Side om side i en bred rute; i Excels smale rute brytes tallfeltet ned under glidebryteren.
  rad: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  glider: { flex: "1 1 14rem", minWidth: 0 },
  tall: { flex: "1 1 9rem", minWidth: "8rem" },
  slider: { width: "100%" },
});

interface Props {
  parameter: Parameter;
  skala: Skala;
  ledd: Prisledd;
  /** Teksten i tallfeltet (det brukeren skrev, eller verdien nå). */
  tekst: string;
  feil: string | undefined;
  flytt: (parameter: Parameter, posisjon: number) => void;
  /** Godtatt tekst (parameterregel); returnerer kjernens feil når den ikke tar verdien. */
  skriv: (parameter: Parameter, tekst: string) => string | null;
}

/**
 * Én hva-om-parameter: en glidebryter som flytter sektoren med en gang, og et tallfelt etter feltregelen (bare en
 * godtatt verdi flytter den, etter en pause i skrivingen eller når feltet forlates).
 */
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
          // Steget bare på det innebygde feltet: Fluent tegner et merke per steg når den får `step`, uleselig for 20 000 steg.
          input={{ step: skala.steg }}
          value={Math.min(skala.max, Math.max(skala.min, sliderverdi(parameter, ledd)))}
          onChange={(_, d) => flytt(parameter, d.value)}
          data-parameter={parameter}
        />
      </Field>
      <Tallfelt className={stil.tall} etikett={`${t.navn}, tall`} hint={t.hjelp} verdi={tekst} regel={parameterregel(parameter)} endre={(ny) => skriv(parameter, ny)} feil={feil} />
    </div>
  );
}
