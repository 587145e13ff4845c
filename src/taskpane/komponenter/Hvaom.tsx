import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  type Decimal, type Effektsammendrag, type Kalibrering, type Kunde, type Matriseadvarsel, type Matrisekundetype, type Prisledd,
  type Prismatrise, type Sektor, KUNDETYPENAVN, PrisFeil, matriseadvarsler, norskTall, tolkNorskTall,
} from "../../core";
import {
  PARAMETERE, type Parameter, felttekst, fraSlider, justerbare, ore, prisledd, skala, sliderverdi,
} from "../effekt/hvaom";
import { desimaltall, kr } from "../format";
import { Hvaomfelt } from "./Hvaomfelt";
import { Matriseadvarsler } from "./Matriseadvarsler";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  valg: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))", gap: tokens.spacingHorizontalM },
  kalibrer: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  malt: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  nokkeltall: { display: "flex", gap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  tall: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

const MATRISETYPER: readonly Matrisekundetype[] = ["KOMMUNE", "FYLKESKOMMUNE"];
const TOMME_FEIL: Record<Parameter, string | null> = { justering: null, innbyggerpris: null, fastpris: null };
/** Target for one what-if update of the whole sector (issue 5). */
export const MAL_MS = 16;

interface Props {
  sektor: Sektor;
  kunder: readonly Kunde[];
  startmatrise: Prismatrise;
  sammendrag: Effektsammendrag;
  settSammendrag: (s: Effektsammendrag) => void;
  /** The warnings for the starting matrix (computed by the analysis run). */
  startadvarsler: Matriseadvarsel[];
}

const melding = (feil: unknown) => (feil instanceof PrisFeil ? feil.message : `Uventet feil: ${feil instanceof Error ? feil.message : String(feil)}`);

/**
 * What-if: sliders and fields for one service's price terms that recompute the whole sector through the core's
 * prepared Sektor (only the changed lines), with the measured update time, "Kalibrer" and the matrix warnings.
 */
export function Hvaom({ sektor, kunder, startmatrise, sammendrag, settSammendrag, startadvarsler }: Props) {
  const stil = useStyles();
  const typer = useMemo(() => MATRISETYPER.filter((t) => kunder.some((k) => k.kundetype === t)), [kunder]);
  const [kundetype, setKundetype] = useState<Matrisekundetype>(typer[0] ?? "KOMMUNE");
  const tjenester = useMemo(() => justerbare(startmatrise, kundetype), [startmatrise, kundetype]);
  const [tjeneste, setTjeneste] = useState<string>(tjenester[0] ?? "");
  const [ledd, setLedd] = useState<Prisledd | null>(() => prisledd(sektor.matrise, tjeneste, kundetype));
  const [start, setStart] = useState<Prisledd | null>(() => prisledd(startmatrise, tjeneste, kundetype));
  const [tekster, setTekster] = useState<Record<Parameter, string>>(() => lagTekster(ledd));
  const [feil, setFeil] = useState(TOMME_FEIL);
  const [kostnad, setKostnad] = useState("");
  const [kalibrering, setKalibrering] = useState<{ k: Kalibrering } | { feil: string } | null>(null);
  const [advarsler, setAdvarsler] = useState<Matriseadvarsel[]>(startadvarsler);
  // true once the matrix differs from the start (also when a kept run is shown again after a tab switch).
  const endret = useRef(sektor.matrise !== startmatrise);
  const maling = useRef<{ t0: number; kjerne: number } | null>(null);
  const maltRef = useRef<HTMLSpanElement>(null);

  // The update time: from the slider event to the committed DOM (core + React render of tables and chart).
  useLayoutEffect(() => {
    const m = maling.current;
    const el = maltRef.current;
    if (!m || !el) return;
    maling.current = null;
    const totalt = performance.now() - m.t0;
    el.dataset.ms = totalt.toFixed(2);
    el.dataset.kjerneMs = m.kjerne.toFixed(2);
    el.textContent = `Oppdatert på ${desimaltall(totalt, 1)} ms (kjernen ${desimaltall(m.kjerne, 1)} ms) for ${kunder.length} kunder – ${totalt < MAL_MS ? "innenfor" : "over"} målet på ${MAL_MS} ms.`;
  }, [sammendrag, kunder.length]);

  // Matrix warnings for the what-if matrix: a full check, so it waits until the sliders rest.
  useEffect(() => {
    if (!endret.current) return;
    const tidsur = setTimeout(() => {
      try {
        setAdvarsler(matriseadvarsler(sektor.matrise, kunder));
      } catch {
        // The what-if matrix is checked again on the next change.
      }
    }, 300);
    return () => clearTimeout(tidsur);
  }, [sammendrag, sektor, kunder]);

  const velg = (nyType: Matrisekundetype, nyTjeneste: string) => {
    const navn = justerbare(startmatrise, nyType).includes(nyTjeneste) ? nyTjeneste : justerbare(startmatrise, nyType)[0] ?? "";
    setKundetype(nyType);
    setTjeneste(navn);
    const naa = prisledd(sektor.matrise, navn, nyType);
    setLedd(naa);
    setStart(prisledd(startmatrise, navn, nyType));
    setTekster(lagTekster(naa));
    setFeil(TOMME_FEIL);
    setKalibrering(null);
  };

  // The latest selection for the stable handlers below (the fields are memoised and keep their callbacks).
  const siste = useRef({ ledd, tjeneste, kundetype });
  siste.current = { ledd, tjeneste, kundetype };

  /** One what-if change through the core; on a core error nothing changes and the field shows the message. */
  const bruk = useCallback((parameter: Parameter, verdi: Decimal | string, nyttLedd: Prisledd | null): boolean => {
    const t0 = performance.now();
    try {
      const s = sektor.oppdater({ tjeneste: siste.current.tjeneste, kundetype: siste.current.kundetype, [parameter]: verdi });
      maling.current = { t0, kjerne: performance.now() - t0 };
      endret.current = true;
      settSammendrag(s);
      if (nyttLedd) setLedd(nyttLedd);
      setFeil((f) => (f[parameter] === null ? f : { ...f, [parameter]: null }));
      return true;
    } catch (e) {
      setFeil((f) => ({ ...f, [parameter]: melding(e) }));
      return false;
    }
  }, [sektor, settSammendrag]);

  const vedSlider = useCallback((parameter: Parameter, posisjon: number) => {
    const { ledd: naa } = siste.current;
    if (!naa) return;
    const verdi = fraSlider(parameter, posisjon);
    const nytt = { ...naa, [parameter]: verdi };
    setKalibrering(null);
    if (bruk(parameter, verdi, nytt)) setTekster((t) => ({ ...t, [parameter]: felttekst(parameter, nytt) }));
  }, [bruk]);

  const vedTekst = useCallback((parameter: Parameter, tekst: string) => {
    setTekster((t) => ({ ...t, [parameter]: tekst }));
    const { ledd: naa } = siste.current;
    if (!naa) return;
    // The field is in percent: "25" means 25 %.
    const tilKjernen = parameter === "justering" && !tekst.includes("%") ? `${tekst} %` : tekst;
    const tall = tolkNorskTall(tilKjernen);
    const nytt = tall.type === "tall" ? { ...naa, [parameter]: tall.verdi } : null;
    setKalibrering(null);
    bruk(parameter, tilKjernen, nytt);
  }, [bruk]);

  const skalaer = useMemo(() => (start ? { justering: skala("justering", start), innbyggerpris: skala("innbyggerpris", start), fastpris: skala("fastpris", start) } : null), [start]);

  const kalibrer = () => {
    try {
      const k = sektor.kalibrer(tjeneste, kostnad, kundetype);
      if (!ledd) return;
      const nytt = { ...ledd, innbyggerpris: k.innbyggerpris };
      if (bruk("innbyggerpris", k.innbyggerpris, nytt)) {
        setTekster((t) => ({ ...t, innbyggerpris: felttekst("innbyggerpris", nytt) }));
        setKalibrering({ k });
      }
    } catch (e) {
      setKalibrering({ feil: melding(e) });
    }
  };

  const tilbakestill = () => {
    const t0 = performance.now();
    const s = sektor.tilbakestill();
    maling.current = { t0, kjerne: performance.now() - t0 };
    endret.current = true;
    settSammendrag(s);
    const naa = prisledd(startmatrise, tjeneste, kundetype);
    setLedd(naa);
    setTekster(lagTekster(naa));
    setFeil(TOMME_FEIL);
    setKalibrering(null);
  };

  if (typer.length === 0) {
    return <Text>Hva-om gjelder innbyggerprisene for kommuner og fylkeskommuner, og kundelisten har ingen av dem.</Text>;
  }
  const inntekt = sammendrag.tjenester.find((t) => t.tjeneste === tjeneste);
  const hvem = KUNDETYPENAVN[kundetype].toLowerCase();

  return (
    <div className={stil.rot}>
      <div className={stil.valg}>
        <Field label="Kundetype">
          <Select value={kundetype} onChange={(_, d) => velg(d.value as Matrisekundetype, tjeneste)}>
            {typer.map((t) => <option key={t} value={t}>{KUNDETYPENAVN[t]}</option>)}
          </Select>
        </Field>
        <Field label="Tjeneste">
          <Select value={tjeneste} onChange={(_, d) => velg(kundetype, d.value)}>
            {tjenester.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        </Field>
      </div>
      {ledd && skalaer && PARAMETERE.map((p) => (
        <Hvaomfelt
          key={`${tjeneste}|${kundetype}|${p}`}
          parameter={p}
          skala={skalaer[p]}
          verdi={sliderverdi(p, ledd)}
          tekst={tekster[p]}
          feil={feil[p]}
          vedSlider={vedSlider}
          vedTekst={vedTekst}
        />
      ))}
      <Text className={stil.malt} aria-live="off">
        <span ref={maltRef} data-testid="hvaom-tid">Flytt en glidebryter: hele sektoren regnes ut på nytt med én gang.</span>
      </Text>
      <div className={stil.nokkeltall} aria-live="polite">
        <div>
          <Text block size={200}>Inntekt fra {tjeneste} (fakturert)</Text>
          <Text className={stil.tall} data-testid="hvaom-inntekt">{inntekt ? kr(inntekt.inntekt) : "–"}</Text>
        </div>
        <div>
          <Text block size={200}>Eksakt (før avrunding)</Text>
          <Text className={stil.tall} data-testid="hvaom-eksakt">{inntekt ? ore(inntekt.inntektEksakt) : "–"}</Text>
        </div>
        <div>
          <Text block size={200}>Sum alle tjenester</Text>
          <Text className={stil.tall} data-testid="hvaom-total">{kr(sammendrag.total.ny)}</Text>
        </div>
      </div>
      <div className={stil.kalibrer}>
        <Field label={`Kostnad som skal dekkes for ${tjeneste} (kr)`} hint={`Gir innbyggerprisen for ${hvem} som gjør inntekten lik kostnaden (selvkost).`}>
          <Input value={kostnad} onChange={(_, d) => setKostnad(d.value)} inputMode="decimal" placeholder="f.eks. 5 000 000" />
        </Field>
        <Button onClick={kalibrer} disabled={kostnad.trim() === ""}>Kalibrer</Button>
        <Button appearance="subtle" onClick={tilbakestill}>Tilbakestill hva-om</Button>
      </div>
      {kalibrering && "feil" in kalibrering && (
        <MessageBar intent="error" role="alert"><MessageBarBody><MessageBarTitle>Kan ikke kalibrere</MessageBarTitle>{kalibrering.feil}</MessageBarBody></MessageBar>
      )}
      {kalibrering && "k" in kalibrering && <Kalibreringsmelding k={kalibrering.k} />}
      <Matriseadvarsler advarsler={advarsler} tittel="Advarsler for hva-om-matrisen" />
    </div>
  );
}

function lagTekster(ledd: Prisledd | null): Record<Parameter, string> {
  return {
    justering: ledd ? felttekst("justering", ledd) : "",
    innbyggerpris: ledd ? felttekst("innbyggerpris", ledd) : "",
    fastpris: ledd ? felttekst("fastpris", ledd) : "",
  };
}

function Kalibreringsmelding({ k }: { k: Kalibrering }) {
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Kalibrert: innbyggerpris {norskTall(k.innbyggerpris.toDecimalPlaces(6))} kr</MessageBarTitle>
        Inntekt {ore(k.inntekt.eksakt)} = kostnad {ore(k.kostnad)} ({k.antall} {KUNDETYPENAVN[k.kundetype].toLowerCase()}r betaler innbyggerprisen;
        fastpriser {ore(k.fastprisdel)}{k.andreKunder.isZero() ? "" : `, andre kundetyper ${ore(k.andreKunder)}`}).
        Fakturert med avrundede linjer: {ore(k.inntekt.avrundet)}. Eksakt innbyggerpris: {norskTall(k.innbyggerpris.toSignificantDigits(20))} kr.
      </MessageBarBody>
    </MessageBar>
  );
}
