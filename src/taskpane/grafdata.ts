import { type Prismatrise, fiksPrisTall, gjenkjennTjeneste } from "../core";
import { desimaltall, heltall } from "./format";
import type { Dataserie } from "./komponenter/Linjediagram";

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

/** The rows of the data table: Pref/10 steps and the customer's own population (indices into x). */
export function tabellpunkter(data: Grafdata, innbyggere: number | null): number[] {
  const onsket = [...Array.from({ length: 11 }, (_, i) => Math.round((data.referanse * i) / 10)), ...(innbyggere !== null ? [innbyggere] : [])];
  const naermest = (p: number) => data.x.reduce((beste, v, i) => (Math.abs(v - p) < Math.abs(data.x[beste] - p) ? i : beste), 0);
  return [...new Set(onsket.sort((a, b) => a - b).map(naermest))];
}

export const kroner = (v: number) => `${heltall(v)} kr`;
export const kronerPerInnbygger = (v: number) => `${desimaltall(v, 2)} kr`;
/** Axis ticks, short enough for a 320 px pane (the unit is in the axis title): "350 000", "1,5 mill.". */
export const aksekroner = (v: number) => (Math.abs(v) >= 1_000_000 ? `${desimaltall(v / 1_000_000, 1)} mill.` : heltall(v));
export const aksedesimaler = (v: number) => desimaltall(v, 2);

/**
 * Service lines: the Okabe–Ito palette (told apart with the common colour vision deficiencies; its yellow is left out,
 * too pale on white, and its black is the sum line), six colours × three line styles = 18 distinct lines, more
 * than the matrix has services. The customer is a white ring on the sum line.
 */
const FARGER = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"];
const STREKER: number[][] = [[], [7, 4], [2, 3]];
export const SUMFARGE = "#242424";
export const linjestil = (i: number) => ({ farge: FARGER[i % FARGER.length], strek: STREKER[Math.floor(i / FARGER.length) % STREKER.length] });

/** The annual-price chart's series: the sum, one line per service, and the customer as a point on the sum. */
export function prisserier(data: Grafdata, kunde: string): Dataserie[] {
  const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.total[i] : null));
  return [
    { navn: "Sum valgte tjenester", verdier: data.total, farge: SUMFARGE, bredde: 3 },
    ...data.tjenester.map((t, i) => ({ navn: t.navn, verdier: t.verdier, ...linjestil(i) })),
    ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUMFARGE, punkt: true }] : []),
  ];
}

/** The per-inhabitant chart's series: the sum divided by the population, and the customer. */
export function perInnbyggerserier(data: Grafdata, kunde: string): Dataserie[] {
  const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.perInnbygger[i] : null));
  return [
    { navn: "Sum per innbygger", verdier: data.perInnbygger, farge: SUMFARGE, bredde: 3 },
    ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUMFARGE, punkt: true }] : []),
  ];
}
