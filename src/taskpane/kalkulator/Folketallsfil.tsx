import { Button, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type Folketall, PrisFeil, lesFolketallsfil } from "../../core";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  apne: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  rad: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  fil: { maxWidth: "100%" },
  fakta: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  folketall: Folketall | null;
  /** Kalles med den godtatte filen (eller null når den fjernes). */
  bruk: (folketall: Folketall | null) => void;
}

/** Filens tekst; FileReader finnes både i Office-ruten og i jsdom. */
function lesTekst(fil: File): Promise<string> {
  return new Promise((ok, feil) => {
    const leser = new FileReader();
    leser.onload = () => ok(String(leser.result));
    leser.onerror = () => feil(new PrisFeil(`Kunne ikke lese filen «${fil.name}».`));
    leser.readAsText(fil, "utf-8");
  });
}

/**
 * «Les inn folketall»: en folketallsfil for år som ikke følger med (det medfølgende CSV-oppsettet, SSBs JSON-stat2
 * eller Statistikkbankens CSV for tabell 07459; docs/folketall.md). Filens år kommer i årslisten; en avvist fil gir
 * kjernens melding med fil, linje og kode.
 */
export function Folketallsfil({ folketall, bruk }: Props) {
  const stil = useStyles();
  const [feil, setFeil] = useState<string | null>(null);
  const velg = async (fil: File | undefined) => {
    if (!fil) return;
    try {
      const lest = lesFolketallsfil(await lesTekst(fil), fil.name);
      setFeil(null);
      bruk(lest);
    } catch (e) {
      if (!(e instanceof PrisFeil)) throw e;
      setFeil(e.message);
    }
  };
  // Foldet til én linje til den brukes, så kalkulatorens felt ikke skyves ned; åpen med en fil eller en feil.
  return (
    <details className={stil.rot} open={folketall !== null || feil !== null}>
      <summary className={stil.apne}>Les inn folketall for senere år (fil fra SSB)</summary>
      <Field
        label="Les inn folketall (valgfritt)" validationMessage={feil ?? undefined} validationState={feil ? "error" : "none"}
        hint="En fil fra SSB (tabell 07459) for et år som ikke følger med, f.eks. 1. januar 2027."
      >
        {(felt) => <input {...felt} className={stil.fil} type="file" accept=".csv,.json,.txt" onChange={(e) => void velg(e.target.files?.[0])} />}
      </Field>
      {folketall && (
        <div className={stil.rad}>
          <Text className={stil.fakta} aria-live="polite">
            Lest inn: «{folketall.fil}» (1. januar {folketall.ar.join(", ")})
          </Text>
          <Button size="small" appearance="subtle" onClick={() => bruk(null)}>Fjern folketallsfilen</Button>
        </div>
      )}
    </details>
  );
}
