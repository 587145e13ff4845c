import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Budsjettfeil, type Budsjettskjema, type Digifinrad, budsjettfelt } from "./budsjettskjema";
import { Budsjettkvartal } from "./Budsjettkvartal";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  rad: {
    display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))", alignItems: "end", width: "100%",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  felt: { minWidth: 0 },
  handlinger: { gridColumn: "1 / -1", display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap" },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  skjema: Budsjettskjema;
  endre: (endring: Partial<Budsjettskjema>) => void;
  feltfeil: Budsjettfeil;
  kvartaler: string[];
  /** Løsningene i Digifin-tabellen. */
  losninger: string[];
}

/**
 * Digifin-avgiftene: én rad per løsning med kvartalet den betales i. Hver løsning kan velges én gang, og medlemskapet
 * (et engangsbeløp) kan krysses av på én rad: å krysse av på en annen rad flytter det dit.
 */
export function Budsjettdigifin({ skjema, endre, feltfeil, kvartaler, losninger }: Props) {
  const stil = useStyles();
  const rader = skjema.digifin;
  const brukt = new Set(rader.map((r) => r.losning));
  const ledig = losninger.filter((l) => !brukt.has(l));
  const sett = (i: number, endring: Partial<Digifinrad>) => {
    const medlemskapFlyttes = endring.medlemskap === true;
    endre({ digifin: rader.map((r, j) => (j === i ? { ...r, ...endring } : medlemskapFlyttes ? { ...r, medlemskap: false } : r)) });
  };
  return (
    <div className={stil.rot}>
      {rader.length === 0 && <Text className={stil.forklaring}>Ingen Digifin-avgifter. En avgift betales én gang, i kvartalet dere slutter dere til løsningen.</Text>}
      {rader.map((r, i) => (
        <div key={i} className={stil.rad} role="group" aria-label={`Digifin-avgift ${i + 1}`}>
          <Field label="Løsning" className={stil.felt}>
            <Select value={r.losning} onChange={(_, d) => sett(i, { losning: d.value })}>
              {losninger.filter((l) => l === r.losning || !brukt.has(l)).map((l) => <option key={l} value={l}>{l}</option>)}
            </Select>
          </Field>
          <Field label="Betales i kvartal" className={stil.felt} validationMessage={feltfeil[budsjettfelt.digifin(i)]}>
            <Budsjettkvartal verdi={r.kvartal} kvartaler={kvartaler} endre={(v) => sett(i, { kvartal: v })} />
          </Field>
          <div className={stil.handlinger}>
            <Checkbox label="Med medlemskap i Digifin" checked={r.medlemskap} onChange={(_, d) => sett(i, { medlemskap: d.checked === true })} />
            <Button appearance="subtle" aria-label={`Fjern Digifin-avgift ${i + 1} (${r.losning})`} onClick={() => endre({ digifin: rader.filter((_, j) => j !== i) })}>
              Fjern
            </Button>
          </div>
        </div>
      ))}
      <Button
        disabled={ledig.length === 0}
        onClick={() => endre({ digifin: [...rader, { losning: ledig[0], kvartal: kvartaler[0], medlemskap: false }] })}
      >
        Legg til Digifin-avgift
      </Button>
    </div>
  );
}
