import {
  Button, Card, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Subtitle2, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type Befolkningsar, TabellFeil, formaterProblem } from "../../core";
import { type Analyse, type Kundekilde as Kilde, SAMMENLIGNINGSTEKST, type Sammenligning, kjorAnalyse, standardSammenligning } from "../effekt/analyse";
import { hentAnalyse, huskAnalyse } from "../effekt/minne";
import { type AktivMatrise, matrisenavn } from "../tilstand";
import { Effektresultat } from "./Effektresultat";
import { type Arkliste, type Kildetype, Kundekilde } from "./Kundekilde";
import { problemliste } from "./Prismatrisevisning";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: "16rem", overflowY: "auto" },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

const SAMMENLIGNINGER: readonly Sammenligning[] = ["dagens_pris", "startmatrise", "standard"];

type Feil = { tittel: string; liste: string[] };

interface Props {
  aktiv: AktivMatrise;
  ar: Befolkningsar;
}

/** The Effekt view: customers → analysis with progress → the results (Effektresultat, re-rendered alone on what-if). */
export function Effekt({ aktiv, ar }: Props) {
  const stil = useStyles();
  const [kildetype, setKildetype] = useState<Kildetype>("alle");
  const [arkliste, setArkliste] = useState<Arkliste | null>(null);
  const [valgt, setValgt] = useState<Sammenligning | null>(null);
  const [kjoring, setKjoring] = useState<{ andel: number; melding: string } | null>(null);
  const [feil, setFeil] = useState<Feil | null>(null);
  const [analyse, setAnalyse] = useState<Analyse | null>(() => hentAnalyse(aktiv.matrise, ar));
  const [nr, setNr] = useState(0);

  // A new matrix or population year makes the analysis stale.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- to be replaced by app-owned state (issue 12)
    if (hentAnalyse(aktiv.matrise, ar) === null) setAnalyse(null);
  }, [aktiv.matrise, ar]);

  const kilde: Kilde | null = kildetype === "alle" ? { type: "alle" } : arkliste ? { type: "ark", ...arkliste } : null;
  const gyldigValg = valgt !== null && !(valgt === "dagens_pris" && kilde?.type !== "ark");
  const sammenligning: Sammenligning = gyldigValg ? valgt : kilde ? standardSammenligning(kilde, aktiv.kilde.type === "ark") : "startmatrise";

  const kjor = async () => {
    if (!kilde) return;
    setAnalyse(null);
    setFeil(null);
    setKjoring({ andel: 0, melding: "Starter …" });
    try {
      const a = await kjorAnalyse(kilde, aktiv.matrise, ar, sammenligning, (andel, melding) => setKjoring({ andel, melding }));
      huskAnalyse(aktiv.matrise, ar, a);
      setAnalyse(a);
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

      {analyse && <Effektresultat key={nr} analyse={analyse} aktiv={aktiv} />}
    </div>
  );
}
