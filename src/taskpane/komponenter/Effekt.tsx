import {
  Button, Card, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Subtitle2, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type Befolkningsar, type Effektsammendrag, TabellFeil, formaterProblem } from "../../core";
import { type Analyse, type Kundekilde as Kilde, SAMMENLIGNINGSTEKST, type Sammenligning, kjorAnalyse, standardSammenligning } from "../effekt/analyse";
import { effektark } from "../effekt/effektark";
import { desimaltall, heltall, kr, prosent } from "../format";
import { type AktivMatrise, matrisenavn, useArbeidsbok } from "../tilstand";
import { Arkhandling, type Utfall } from "./Arkhandling";
import { Effektdiagram } from "./Effektdiagram";
import { Bandtabeller, Inntektstabell } from "./Effekttabeller";
import { Hvaom } from "./Hvaom";
import { type Arkliste, type Kildetype, Kundekilde } from "./Kundekilde";
import { problemliste } from "./Prismatrisevisning";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  nokkeltall: { display: "flex", gap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  tall: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

const SAMMENLIGNINGER: readonly Sammenligning[] = ["dagens_pris", "startmatrise", "standard"];

type Feil = { tittel: string; liste: string[] };

interface Props {
  aktiv: AktivMatrise;
  ar: Befolkningsar;
}

/** The Effekt view: customers → analysis with progress → distribution, tables, what-if and "Sett inn i arket". */
export function Effekt({ aktiv, ar }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  const [kildetype, setKildetype] = useState<Kildetype>("alle");
  const [arkliste, setArkliste] = useState<Arkliste | null>(null);
  const [valgt, setValgt] = useState<Sammenligning | null>(null);
  const [kjoring, setKjoring] = useState<{ andel: number; melding: string } | null>(null);
  const [feil, setFeil] = useState<Feil | null>(null);
  const [analyse, setAnalyse] = useState<Analyse | null>(null);
  const [sammendrag, setSammendrag] = useState<Effektsammendrag | null>(null);
  const [visning, setVisning] = useState<"prosent" | "kroner">("prosent");
  const [nr, setNr] = useState(0);

  // A new matrix or population year makes the analysis stale.
  useEffect(() => {
    setAnalyse(null);
    setSammendrag(null);
  }, [aktiv.matrise, ar]);

  const kilde: Kilde | null = kildetype === "alle" ? { type: "alle" } : arkliste ? { type: "ark", ...arkliste } : null;
  const gyldigValg = valgt !== null && !(valgt === "dagens_pris" && kilde?.type !== "ark");
  const sammenligning: Sammenligning = gyldigValg ? valgt : kilde ? standardSammenligning(kilde, aktiv.kilde.type === "ark") : "startmatrise";

  const kjor = async () => {
    if (!kilde) return;
    setAnalyse(null);
    setSammendrag(null);
    setFeil(null);
    setKjoring({ andel: 0, melding: "Starter …" });
    try {
      const a = await kjorAnalyse(kilde, aktiv.matrise, ar, sammenligning, (andel, melding) => setKjoring({ andel, melding }));
      setAnalyse(a);
      setSammendrag(a.sammendrag);
      setNr((n) => n + 1);
    } catch (e) {
      if (e instanceof TabellFeil) {
        const liste = kilde.type === "ark" ? problemliste(e, kilde.adresse) : e.problemer.map((p) => (kilde.type === "alle" ? p.melding : formaterProblem(p)));
        setFeil({ tittel: `Analysen kan ikke kjøres: ${liste.length} ${liste.length === 1 ? "kunde kan" : "kunder kan"} ikke prises med ${matrisenavn(aktiv).toLowerCase()}`, liste });
      } else {
        setFeil({ tittel: "Analysen feilet", liste: [e instanceof Error ? e.message : String(e)] });
      }
    } finally {
      setKjoring(null);
    }
  };

  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    if (!analyse) throw new Error("Kjør analysen først.");
    fremdrift("Samler tabellene …");
    const plan = effektark({
      kildetekst: analyse.kildetekst,
      matrisenavn: matrisenavn(aktiv),
      sammenligning: SAMMENLIGNINGSTEKST[analyse.sammenligning],
      hvaom: analyse.sektor.matrise !== aktiv.matrise,
      resultat: analyse.sektor.resultat(),
      tidspunkt: new Date().toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" }),
    });
    const { ark, tabeller } = await arbeidsbok.skrivArk(plan, fremdrift);
    return { type: "ok", melding: `Effektanalysen er satt inn i det nye arket «${ark}» (${tabeller.length} Excel-tabeller: inntekt, bånd per kundetype og alle kunder).` };
  };

  const fordelinger = sammendrag ? (visning === "prosent" ? sammendrag.prosentfordeling : sammendrag.kronefordeling) : [];

  return (
    <div className={stil.rot}>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Kunder</Subtitle2>
        <Kundekilde kildetype={kildetype} settKildetype={setKildetype} arkliste={arkliste} settArkliste={setArkliste} matrise={aktiv.matrise} ar={ar} />
        <Field label="Sammenlign med">
          <RadioGroup value={sammenligning} onChange={(_, d) => setValgt(d.value as Sammenligning)}>
            {SAMMENLIGNINGER.map((s) => (
              <Radio key={s} value={s} label={SAMMENLIGNINGSTEKST[s]} disabled={s === "dagens_pris" && kilde?.type !== "ark"} />
            ))}
          </RadioGroup>
        </Field>
        <div>
          <Button appearance="primary" onClick={kjor} disabled={!kilde || kjoring !== null}>Kjør analysen</Button>
        </div>
        {!kilde && <Text size={200} className={stil.forklaring}>Les en kundeliste fra arket først, eller velg alle kommuner og fylkeskommuner.</Text>}
        {kjoring && (
          <Field validationMessage={kjoring.melding} validationState="none">
            <ProgressBar value={kjoring.andel} max={1} aria-label="Fremdrift for effektanalysen" />
          </Field>
        )}
        {feil && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{feil.tittel}</MessageBarTitle>
              <ul className={stil.liste}>{feil.liste.map((l) => <li key={l}>{l}</li>)}</ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </Card>

      {analyse && sammendrag && (
        <>
          <Card className={stil.kort}>
            <Subtitle2 as="h2">Fordeling</Subtitle2>
            <Text size={200} className={stil.forklaring}>
              {analyse.kildetekst}. {matrisenavn(aktiv)}, sammenlignet med: {SAMMENLIGNINGSTEKST[analyse.sammenligning].toLowerCase()}. Analysen tok {desimaltall(analyse.millisekunder, 0)} ms.
            </Text>
            <div className={stil.nokkeltall} aria-live="polite">
              <div><Text block size={200}>Ny inntekt, alle kunder</Text><Text className={stil.tall}>{kr(sammendrag.total.ny)}</Text></div>
              <div><Text block size={200}>Gammelt ({heltall(sammendrag.total.medGrunnlag)} med grunnlag)</Text><Text className={stil.tall}>{kr(sammendrag.total.gammel)}</Text></div>
              <div><Text block size={200}>Endring</Text><Text className={stil.tall}>{kr(sammendrag.total.endringKr)} ({prosent(sammendrag.total.endringProsent)})</Text></div>
            </div>
            <RadioGroup layout="horizontal" value={visning} onChange={(_, d) => setVisning(d.value as "prosent" | "kroner")} aria-label="Vis fordelingen etter">
              <Radio value="prosent" label="Endring i prosent" />
              <Radio value="kroner" label="Endring i kroner" />
            </RadioGroup>
            <Effektdiagram fordelinger={fordelinger} tittel={`Fordeling av kundene etter endring i ${visning}`} />
          </Card>
          <Card className={stil.kort}>
            <Subtitle2 as="h2">Hva om?</Subtitle2>
            <Hvaom
              key={nr}
              sektor={analyse.sektor}
              kunder={analyse.kunder}
              startmatrise={aktiv.matrise}
              sammendrag={sammendrag}
              settSammendrag={setSammendrag}
              startadvarsler={analyse.advarsler}
            />
          </Card>
          <Card className={stil.kort}>
            <Subtitle2 as="h2">Bånd per kundetype</Subtitle2>
            <Bandtabeller sammendrag={sammendrag} />
          </Card>
          <Card className={stil.kort}>
            <Subtitle2 as="h2">Inntekt, gammelt mot nytt</Subtitle2>
            <Inntektstabell sammendrag={sammendrag} />
          </Card>
          <Card className={stil.kort}>
            <Subtitle2 as="h2">Til Excel</Subtitle2>
            <Arkhandling tekst="Sett inn i arket" utfor={settInn} />
          </Card>
        </>
      )}
    </div>
  );
}
