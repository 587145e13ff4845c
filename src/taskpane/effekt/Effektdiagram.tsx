import { makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { type Fordeling, KUNDETYPENAVN, NA } from "../../core";
import { heltall, prosent } from "../felles/format";

const FARGER = ["#107c10", "#0f6cbd", "#c19c00", "#ca5010", "#c50f1f"];

const useStyles = makeStyles({
  figur: { margin: 0, display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 280px), 1fr))", gap: tokens.spacingHorizontalXL },
  gruppe: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  rad: { display: "grid", gridTemplateColumns: "minmax(7rem, 9rem) minmax(2rem, 1fr) auto", alignItems: "center", gap: tokens.spacingHorizontalS },
  spor: { height: "16px", backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusSmall, overflow: "hidden" },
  stolpe: { height: "100%", borderRadius: tokens.borderRadiusSmall },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  tittel: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  tekst: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/**
 * Liggende stolper for fordelingen i bånd per kundetype. Vanlig HTML (billig å tegne på nytt ved hvert hva-om-flytt):
 * hver stolpes etikett og tall er tekst (skjermlesere leser dem i rekkefølge); de fargede stolpene er pynt.
 */
export const Effektdiagram = memo(function Effektdiagram({ fordelinger, tittel }: { fordelinger: Fordeling[]; tittel: string }) {
  const stil = useStyles();
  return (
    <figure className={stil.figur} aria-label={tittel}>
      {fordelinger.map((f) => (
        <div key={f.kundetype} className={stil.gruppe}>
          <span className={stil.tittel}>{KUNDETYPENAVN[f.kundetype]} ({heltall(f.medGrunnlag)} med grunnlag)</span>
          {f.band.map((b, i) => {
            const andel = b.andel === null ? 0 : b.andel.toNumber();
            return (
              <div key={b.navn} className={stil.rad} data-band={b.navn}>
                <span className={stil.tekst}>{b.navn}</span>
                <div className={stil.spor} aria-hidden="true">
                  <div className={stil.stolpe} style={{ width: `${(andel * 100).toFixed(2)}%`, backgroundColor: FARGER[i % FARGER.length] }} />
                </div>
                <span className={`${stil.tekst} ${stil.tall}`}>
                  {heltall(b.antall)} ({b.andel === null ? NA : prosent(b.andel.times(100))})
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </figure>
  );
});
