import {
  Card, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { type Kundetype, type Prismatrise, fiksPrisTall, gjenkjennTjeneste } from "../../core";
import { useBeregning } from "../beregning";
import { desimaltall, heltall } from "../format";
import type { Skjema } from "../skjema";
import type { AktivMatrise } from "../tilstand";
import { type Dataserie, Linjediagram } from "./Linjediagram";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  ramme: { overflowX: "auto" },
  tabell: { width: "100%", tableLayout: "auto" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, "& > div": { justifyContent: "flex-end", textAlign: "right" } },
});

/**
 * Service lines: the Okabe–Ito palette (told apart with the common colour vision deficiencies; its yellow is left out,
 * too pale on white, and its black is the sum line), six colours × three line styles = 18 distinct lines, more
 * than the matrix has services. The customer is a white ring on the sum line.
 */
const FARGER = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"];
const STREKER: number[][] = [[], [7, 4], [2, 3]];
const SUM = "#242424";
export const linjestil = (i: number) => ({ farge: FARGER[i % FARGER.length], strek: STREKER[Math.floor(i / FARGER.length) % STREKER.length] });
const PUNKTER = 160;

export interface Grafdata {
  x: number[];
  /** Annual price per service in whole kroner (the core's exact line price, rounded half-up like the calculator). */
  tjenester: { navn: string; verdier: number[] }[];
  total: number[];
  perInnbygger: (number | null)[];
  referanse: number;
  /** Index of the chosen customer's population in x, or null. */
  kundeIndeks: number | null;
}

/**
 * Price as a function of population, 0 … Pref, for the given services, each point priced by the core
 * (fiksPrisTall: exact, whole kroner). The total is the sum of those lines, as in the calculator (whole
 * numbers, so the sum is exact); only the per-inhabitant figure is a display division.
 * The customer's own population is inserted as an exact point.
 */
export function grafdata(matrise: Prismatrise, kundetype: "KOMMUNE" | "FYLKESKOMMUNE", navn: string[], innbyggere: number | null): Grafdata {
  const referanse = matrise.referanse[kundetype];
  const topp = Math.max(referanse, innbyggere ?? 0);
  const punkter = Array.from({ length: PUNKTER + 1 }, (_, i) => Math.round((topp * i) / PUNKTER));
  if (innbyggere !== null && !punkter.includes(innbyggere)) punkter.push(innbyggere);
  const x = [...new Set(punkter)].sort((a, b) => a - b);
  const tjenester = navn.flatMap((n) => {
    const gjenkjent = gjenkjennTjeneste(matrise, n);
    if (gjenkjent.type !== "matrise") return [];
    return [{ navn: gjenkjent.tjeneste.navn, verdier: x.map((p) => fiksPrisTall(matrise, gjenkjent.tjeneste, p, kundetype)) }];
  });
  const total = x.map((_, i) => tjenester.reduce((s, t) => s + t.verdier[i], 0));
  return {
    x, tjenester, total, referanse,
    perInnbygger: x.map((p, i) => (p > 0 ? total[i] / p : null)),
    kundeIndeks: innbyggere === null ? null : x.indexOf(innbyggere),
  };
}

const kroner = (v: number) => `${heltall(v)} kr`;
const kronerPerInnbygger = (v: number) => `${desimaltall(v, 2)} kr`;
/** Axis ticks, short enough for a 320 px pane (the unit is in the axis title): "350 000", "1,5 mill.". */
export const aksekroner = (v: number) => (Math.abs(v) >= 1_000_000 ? `${desimaltall(v / 1_000_000, 1)} mill.` : heltall(v));
const aksedesimaler = (v: number) => desimaltall(v, 2);

interface Props {
  skjema: Skjema;
  aktiv: AktivMatrise;
}

export function Graf({ skjema, aktiv }: Props) {
  const stil = useStyles();
  const { tolket, beregning } = useBeregning(skjema, aktiv);
  const kundetype = tolket.kundetype;
  const modelltype = kundetype === "KOMMUNE" || kundetype === "FYLKESKOMMUNE" ? (kundetype as Extract<Kundetype, "KOMMUNE" | "FYLKESKOMMUNE">) : null;
  const navn = useMemo(
    () => (beregning.type === "ok" ? beregning.resultat.rader.filter((r) => r.type !== "utgatt" && r.tjeneste !== "SvarUt").map((r) => r.tjeneste) : []),
    [beregning],
  );
  const data = useMemo(
    () => (modelltype && navn.length > 0 ? grafdata(aktiv.matrise, modelltype, navn, tolket.innbyggere) : null),
    [aktiv.matrise, modelltype, navn, tolket.innbyggere],
  );
  const kunde = tolket.kundenavn ?? "Kunden";
  const serierPris = useMemo<Dataserie[]>(() => {
    if (!data) return [];
    const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.total[i] : null));
    return [
      { navn: "Sum valgte tjenester", verdier: data.total, farge: SUM, bredde: 3 },
      ...data.tjenester.map((t, i) => ({ navn: t.navn, verdier: t.verdier, ...linjestil(i) })),
      ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUM, punkt: true }] : []),
    ];
  }, [data, kunde]);
  const serierPerInnbygger = useMemo<Dataserie[]>(() => {
    if (!data) return [];
    const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.perInnbygger[i] : null));
    return [
      { navn: "Sum per innbygger", verdier: data.perInnbygger, farge: SUM, bredde: 3 },
      ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUM, punkt: true }] : []),
    ];
  }, [data, kunde]);

  if (beregning.type !== "ok") {
    return <MessageBar intent={beregning.type === "feil" ? "error" : "info"}><MessageBarBody>{beregning.melding}</MessageBarBody></MessageBar>;
  }
  if (!modelltype || !data) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          Grafen viser pris etter innbyggertall for kommuner og fylkeskommuner med innbyggerprisede tjenester. Andre kundetyper har faste priser.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const tabellpunkter = [...Array.from({ length: 11 }, (_, i) => Math.round((data.referanse * i) / 10)), ...(tolket.innbyggere !== null ? [tolket.innbyggere] : [])]
    .sort((a, b) => a - b)
    .map((p) => data.x.reduce((beste, v, i) => (Math.abs(v - p) < Math.abs(data.x[beste] - p) ? i : beste), 0));
  const kundeTekst = tolket.innbyggere !== null && data.kundeIndeks !== null
    ? `${kunde} (${heltall(tolket.innbyggere)} innbyggere) betaler ${kroner(data.total[data.kundeIndeks])} per år for disse tjenestene, ${kronerPerInnbygger(data.perInnbygger[data.kundeIndeks] ?? 0)} per innbygger.`
    : "";

  return (
    <div className={stil.rot}>
      <Text>
        {`Pris for ${navn.join(", ")} som funksjon av innbyggertallet, fra 0 til referanseinnbyggertallet ${heltall(data.referanse)} `}
        {`(${modelltype === "KOMMUNE" ? "kommuner" : "fylkeskommuner"}). SvarUt prises etter volum og er ikke med. ${kundeTekst}`}
      </Text>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Årlig pris</Subtitle2>
        <Linjediagram x={data.x} serier={serierPris} xEtikett="Innbyggere" yEtikett="kr per år" yFormat={kroner} yAkse={aksekroner}
          beskrivelse={`Linjediagram: årlig pris etter innbyggertall. ${kundeTekst}`} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Effektiv pris per innbygger</Subtitle2>
        <Linjediagram x={data.x} serier={serierPerInnbygger} xEtikett="Innbyggere" yEtikett="kr per innbygger" yFormat={kronerPerInnbygger} yAkse={aksedesimaler}
          hoyde={240} beskrivelse="Linjediagram: samlet pris delt på innbyggertallet, etter innbyggertall." />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Tallene bak grafen</Subtitle2>
        <div className={stil.ramme} role="region" aria-label="Tallene bak grafen" tabIndex={0}>
          <Table size="extra-small" aria-label="Tallene bak grafen" className={stil.tabell}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className={stil.overskrift}>Innbyggere</TableHeaderCell>
                <TableHeaderCell scope="col" className={stil.overskrift}>Sum per år</TableHeaderCell>
                <TableHeaderCell scope="col" className={stil.overskrift}>Per innbygger</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...new Set(tabellpunkter)].map((i) => (
                <TableRow key={i} aria-current={i === data.kundeIndeks ? "true" : undefined}>
                  <TableCell className={stil.tall}>{heltall(data.x[i])}{i === data.kundeIndeks ? ` (${kunde})` : ""}</TableCell>
                  <TableCell className={stil.tall}>{kroner(data.total[i])}</TableCell>
                  <TableCell className={stil.tall}>{data.perInnbygger[i] === null ? "–" : kronerPerInnbygger(data.perInnbygger[i]!)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Card>
    </div>
  );
}
