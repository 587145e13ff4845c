import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Budsjett, Decimal } from "../../core";
import { heltall, kr } from "../felles/format";

const TJENESTER = "#0f6cbd";
const DIGIFIN = "#8764b8";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "40rem" },
  soyler: { display: "flex", alignItems: "stretch", gap: tokens.spacingHorizontalXS, height: "180px", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  kolonne: { flex: "1 1 0", minWidth: 0, display: "flex", flexDirection: "column", justifyContent: "flex-end", alignItems: "center" },
  verdi: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  soyle: { width: "min(100%, 56px)", display: "flex", flexDirection: "column", justifyContent: "flex-end" },
  ar: { display: "flex", gap: tokens.spacingHorizontalXS },
  arstall: { flex: "1 1 0", minWidth: 0, textAlign: "center", fontSize: tokens.fontSizeBase100, fontVariantNumeric: "tabular-nums" },
  forklaring: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  merke: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS, borderRadius: "2px" },
});

/** Hele tusen kroner over søylene, så tallene får plass også i en smal rute: 797 827 → «798». */
const tusen = (belop: number) => heltall(Math.round(belop / 1000));

/**
 * Søylediagram over summen per år, delt i tjenestene og Digifin-avgiftene. Tegnet med vanlige elementer (ingen
 * lerretsflate), så det skalerer med ruten; tallene står også i årene under, og beskrivelsen har dem alle.
 */
export function Budsjettdiagram({ budsjett }: { budsjett: Budsjett }) {
  const stil = useStyles();
  const ar = budsjett.ar.map((a) => {
    const digifin = a.linjer.filter((l) => l.type === "digifin").reduce((s, l) => s + l.belop, 0);
    return { ar: a.ar, sum: a.sum, digifin, tjenester: a.sum - digifin };
  });
  const topp = Math.max(1, ...ar.map((a) => a.sum));
  const harDigifin = ar.some((a) => a.digifin > 0);
  const beskrivelse = `Søylediagram, sum per år: ${ar.map((a) => `${a.ar} ${kr(new Decimal(a.sum))}`).join(", ")}.`;
  return (
    <div className={stil.rot}>
      <div className={stil.soyler} role="img" aria-label={beskrivelse}>
        {ar.map((a) => (
          <div key={a.ar} className={stil.kolonne}>
            <span className={stil.verdi}>{tusen(a.sum)}</span>
            <div className={stil.soyle} style={{ height: `${(a.sum / topp) * 85}%` }}>
              {a.digifin > 0 && <div style={{ flexGrow: a.digifin, backgroundColor: DIGIFIN }} />}
              <div style={{ flexGrow: a.tjenester, backgroundColor: TJENESTER }} />
            </div>
          </div>
        ))}
      </div>
      <div className={stil.ar} aria-hidden="true">
        {ar.map((a) => <span key={a.ar} className={stil.arstall}>{a.ar}</span>)}
      </div>
      <Text className={stil.forklaring} aria-hidden="true">
        <span><span className={stil.merke} style={{ backgroundColor: TJENESTER }} />Tjenester</span>
        {harDigifin && <span><span className={stil.merke} style={{ backgroundColor: DIGIFIN }} />Digifin-avgifter</span>}
        <span>Tall i tusen kroner</span>
      </Text>
    </div>
  );
}
