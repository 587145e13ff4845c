import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataserie } from "./Linjediagram";

const useStyles = makeStyles({
  apne: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  valg: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 13rem), 1fr))", columnGap: tokens.spacingHorizontalM },
  knapper: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  merke: { display: "inline-block", width: "1.5em", height: 0, borderTopWidth: "3px", verticalAlign: "middle", marginRight: tokens.spacingHorizontalXS },
});

interface Props {
  /** Linjene som kan velges (sumlinjen først, så tjenestene). */
  serier: Dataserie[];
  skjult: ReadonlySet<string>;
  settSkjult: (skjult: ReadonlySet<string>) => void;
}

/**
 * Hvilke linjer årsprisgrafen viser: med mange tjenester ligger de små langs bunnen under sumlinjen; slått av
 * tilpasses aksen til linjene som er igjen, så hver tjeneste kan leses.
 */
export function Graflinjevalg({ serier, skjult, settSkjult }: Props) {
  const stil = useStyles();
  const viste = serier.filter((s) => !skjult.has(s.navn)).length;
  const veksle = (navn: string, vis: boolean) => {
    const ny = new Set(skjult);
    if (vis) ny.delete(navn);
    else ny.add(navn);
    settSkjult(ny);
  };
  return (
    <details>
      <summary className={stil.apne}>Velg linjer ({viste} av {serier.length} vises)</summary>
      <div className={stil.valg} role="group" aria-label="Linjer i grafen">
        {serier.map((s) => (
          <Checkbox
            key={s.navn}
            checked={!skjult.has(s.navn)}
            onChange={(_, d) => veksle(s.navn, d.checked === true)}
            label={<><span aria-hidden className={stil.merke} style={{ borderTopStyle: !s.strek?.length ? "solid" : s.strek[0] > 3 ? "dashed" : "dotted", borderTopColor: s.farge }} />{s.navn}</>}
          />
        ))}
      </div>
      <div className={stil.knapper}>
        <Button size="small" onClick={() => settSkjult(new Set())}>Vis alle</Button>
        <Button size="small" onClick={() => settSkjult(new Set([serier[0]?.navn ?? ""]))}>Bare tjenestene</Button>
      </div>
    </details>
  );
}
