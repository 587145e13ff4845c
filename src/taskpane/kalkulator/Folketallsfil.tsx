import { Button, Field, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ChangeEvent, useRef, useState } from "react";
import { type Folketall, PrisFeil, dekodTekst, lesFolketallsfil } from "../../core";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  apne: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  innhold: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  rad: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  // Filnavn fra SSB er lange ord uten mellomrom: de brytes hvor som helst heller enn å skyve ruten bredere.
  brytes: { overflowWrap: "anywhere", minWidth: 0 },
  fakta: { color: tokens.colorNeutralForeground2 },
  skjult: { display: "none" },
});

interface Props {
  folketall: Folketall | null;
  /** Kalles med den godtatte filen (eller null når den fjernes). */
  bruk: (folketall: Folketall | null) => void;
}

/** Filens bytes; FileReader finnes både i Office-ruten og i jsdom (som mangler Blob.arrayBuffer). */
function lesBytes(fil: File): Promise<Uint8Array> {
  return new Promise((ok, feil) => {
    const leser = new FileReader();
    leser.onload = () => ok(new Uint8Array(leser.result as ArrayBuffer));
    leser.onerror = () => feil(new PrisFeil(`Kunne ikke lese filen «${fil.name}».`));
    leser.readAsArrayBuffer(fil);
  });
}

/**
 * «Les inn folketall»: en folketallsfil for år som ikke følger med (det medfølgende CSV-oppsettet, SSBs JSON-stat2
 * eller Statistikkbankens CSV for tabell 07459; docs/folketall.md). Filens år kommer i årslisten; en avvist fil gir
 * kjernens melding med fil, linje og kode. Filen leses med de samme tegnkodingene som kommandolinjen (UTF-8, UTF-16
 * med BOM, Windows-1252), og knappen er rutens egen, så ingen engelsk «Choose File» fra nettleseren står i ruten.
 */
export function Folketallsfil({ folketall, bruk }: Props) {
  const stil = useStyles();
  const filvalg = useRef<HTMLInputElement>(null);
  const [feil, setFeil] = useState<string | null>(null);
  // Foldet til én linje til den brukes, så kalkulatorens felt ikke skyves ned; åpen når en fil er i bruk.
  const [apen, settApen] = useState(folketall !== null);
  const velg = async (e: ChangeEvent<HTMLInputElement>) => {
    const fil = e.target.files?.[0];
    // Samme fil kan velges igjen etter at den er rettet.
    e.target.value = "";
    if (!fil) return;
    try {
      const lest = lesFolketallsfil(dekodTekst(await lesBytes(fil)).tekst, fil.name);
      setFeil(null);
      bruk(lest);
    } catch (e) {
      if (!(e instanceof PrisFeil)) throw e;
      setFeil(e.message);
    }
  };
  const fjern = () => {
    setFeil(null);
    bruk(null);
  };
  const melding = feil && (folketall ? `${feil} Filen «${folketall.fil}» er fortsatt i bruk.` : feil);
  return (
    <details className={stil.rot} open={apen} onToggle={(e) => settApen(e.currentTarget.open)}>
      <summary className={stil.apne}>Les inn folketall for senere år (fil fra SSB)</summary>
      <div className={stil.innhold}>
        <Field
          validationMessage={melding ?? undefined} validationState={melding ? "error" : "none"} className={stil.brytes}
          hint="SSBs tabell 07459 for et år som ikke følger med, f.eks. 1. januar 2027: CSV fra Statistikkbanken, JSON-stat2 fra SSBs API eller verktøyets eget CSV-oppsett."
        >
          {(felt) => (
            <div className={stil.rad}>
              <Button {...felt} size="small" onClick={() => filvalg.current?.click()}>{folketall ? "Velg en annen fil …" : "Velg fil …"}</Button>
              <input ref={filvalg} className={stil.skjult} type="file" accept=".csv,.json,.txt" aria-label="Les inn folketall (CSV eller JSON)" onChange={(e) => void velg(e)} />
            </div>
          )}
        </Field>
        {folketall && (
          <div className={stil.rad}>
            <Text className={mergeClasses(stil.fakta, stil.brytes)} aria-live="polite">
              Lest inn: «{folketall.fil}» (1. januar {folketall.ar.join(", ")})
            </Text>
            <Button size="small" onClick={fjern}>Fjern folketallsfilen</Button>
          </div>
        )}
      </div>
    </details>
  );
}
