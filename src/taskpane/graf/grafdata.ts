import { type Prismatrise, fiksPrisTall, gjenkjennTjeneste } from "../../core";
import { desimaltall, heltall } from "../felles/format";
import type { Dataserie } from "./Linjediagram";

const PUNKTER = 160;

export interface Grafdata {
  x: number[];
  /** Årspris per tjeneste i hele kroner (kjernens eksakte linjepris, avrundet halvt opp som i kalkulatoren). */
  tjenester: { navn: string; verdier: number[] }[];
  total: number[];
  perInnbygger: (number | null)[];
  referanse: number;
  /** Indeksen til kundens innbyggertall i x, eller null. */
  kundeIndeks: number | null;
}

/**
 * Pris som funksjon av innbyggertallet, 0 … Pref, for de gitte tjenestene, hvert punkt priset av kjernen
 * (fiksPrisTall: eksakt, hele kroner). Totalen er summen av linjene, som i kalkulatoren (heltall, så summen er
 * eksakt); bare tallet per innbygger er en divisjon for visning. Kundens eget innbyggertall settes inn som et
 * eksakt punkt.
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

/** Radene i tabellen bak grafen: steg på Pref/10 og kundens eget innbyggertall (indekser i x). */
export function tabellpunkter(data: Grafdata, innbyggere: number | null): number[] {
  const onsket = [...Array.from({ length: 11 }, (_, i) => Math.round((data.referanse * i) / 10)), ...(innbyggere !== null ? [innbyggere] : [])];
  const naermest = (p: number) => data.x.reduce((beste, v, i) => (Math.abs(v - p) < Math.abs(data.x[beste] - p) ? i : beste), 0);
  return [...new Set(onsket.sort((a, b) => a - b).map(naermest))];
}

export const kroner = (v: number) => `${heltall(v)} kr`;
export const kronerPerInnbygger = (v: number) => `${desimaltall(v, 2)} kr`;
/** Aksetall, korte nok for en 320 px rute (enheten står i aksetittelen): «350 000», «1,5 mill.». */
export const aksekroner = (v: number) => (Math.abs(v) >= 1_000_000 ? `${desimaltall(v / 1_000_000, 1)} mill.` : heltall(v));
export const aksedesimaler = (v: number) => desimaltall(v, 2);

/**
 * Tjenestelinjene: Okabe–Ito-paletten (skilles også med de vanlige formene for fargesvakt syn; gult er utelatt,
 * for blekt på hvitt, og svart er sumlinjen), seks farger × tre strektyper = 18 ulike linjer, flere enn matrisen
 * har tjenester. Kunden er en hvit ring på sumlinjen.
 */
const FARGER = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"];
const STREKER: number[][] = [[], [7, 4], [2, 3]];
export const SUMFARGE = "#242424";
export const linjestil = (i: number) => ({ farge: FARGER[i % FARGER.length], strek: STREKER[Math.floor(i / FARGER.length) % STREKER.length] });

/** Seriene i årsprisgrafen: summen, én linje per tjeneste, og kunden som et punkt på summen. */
export function prisserier(data: Grafdata, kunde: string): Dataserie[] {
  const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.total[i] : null));
  return [
    { navn: "Sum valgte tjenester", verdier: data.total, farge: SUMFARGE, bredde: 3 },
    ...data.tjenester.map((t, i) => ({ navn: t.navn, verdier: t.verdier, ...linjestil(i) })),
    ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUMFARGE, punkt: true }] : []),
  ];
}

/** Seriene i grafen per innbygger: summen delt på innbyggertallet, og kunden. */
export function perInnbyggerserier(data: Grafdata, kunde: string): Dataserie[] {
  const markering = data.x.map((_, i) => (i === data.kundeIndeks ? data.perInnbygger[i] : null));
  return [
    { navn: "Sum per innbygger", verdier: data.perInnbygger, farge: SUMFARGE, bredde: 3 },
    ...(data.kundeIndeks !== null ? [{ navn: kunde, verdier: markering, farge: SUMFARGE, punkt: true }] : []),
  ];
}
