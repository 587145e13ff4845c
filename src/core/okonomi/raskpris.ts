import { rundHalvOpp } from "../modell/avrunding";
import type { Decimal } from "../modell/desimal";
import { modellpris, prisregel } from "../modell/innbyggerpris";
import type { Kundetype } from "../modell/kundetype";
import type { Matrisetjeneste, Prismatrise } from "../modell/prismatrise";
import { HURTIGLAGER, type Hurtiglager, type Prisledd } from "../modell/prisledd";
import { finnMatrisetjeneste } from "../modell/tjenester";

/**
 * Eksakt hurtigsti for modell 1 med sikre heltall (ingen BigInt, ingen Decimal per kall).
 *
 * Med f = fn/10^df, r = rn/10^dr, a = an/10^da (eksakte desimalbrøker fra matrisen) og
 * T = P·(Pref·10^da − an·P):
 *
 *   pris·10^d = fn·10^d / 10^df  +  rn·10^(df+d)·T / D,   D = 10^(df+dr+da)·Pref
 *             = (A + m·T) / D    med A = fn·10^(d+dr+da)·Pref, m = rn·10^(df+d)
 *
 * A / D er konstant per (ledd, Pref, d) og regnes ut på forhånd som kvotient + rest; m·T / D regnes som
 * kvotient + rest med hvert mellomresultat kontrollert ≤ 2^53 − 1 (et flyttallsprodukt av heltall som holder
 * seg innenfor den grensen, er eksakt). Så avrunding halvt opp fra resten: 2·rest ≥ D runder opp.
 * Alt utenfor disse grensene (eller en faktor ≤ 0, P som ikke er heltall, …) går gjennom Decimal-veien
 * (modellpris), så resultater og feilmeldinger er nøyaktig kjernens egne.
 */
const MAKS = Number.MAX_SAFE_INTEGER;

interface Skalert {
  n: number;
  d: number;
}

interface Konstanter { D: number; m: number; aq: number; ar: number; skala: number }

interface Forberedt {
  fn: number; df: number;
  rn: number; dr: number;
  an: number; da: number;
  pref: number;
  /** Pref·10^da. */
  k: number;
  /** Per antall desimaler: D, m og A = aq·D + ar. null: utenfor de sikre heltallene → Decimal-veien. */
  perDesimaler: (Konstanter | null)[];
}

function skaler(verdi: Decimal): Skalert | null {
  const d = verdi.decimalPlaces();
  if (d > 15) return null;
  const n = verdi.times(10 ** d).toNumber();
  return Number.isSafeInteger(n) && n >= 0 ? { n, d } : null;
}

function trygg(x: number): boolean {
  return x <= MAKS && x >= -MAKS;
}

// Resultatene av kvotientRest/mulDivRest (registre på modulnivå: ingen allokering per pris).
let kv = 0;
let rs = 0;

/** kv = floor(x·m / D), rs = resten, eksakt, for sikre heltall x, m ≥ 0 og D > 0; false når det ikke er sikkert. */
function mulDivRest(x: number, m: number, D: number): boolean {
  const p = x * m;
  if (p + D <= MAKS) {
    kvotientRest(p, D);
    return true;
  }
  // x = xq·D + xr  ⇒  x·m = xq·m·D + xr·m, med xr·m < D·m.
  if (D * m > MAKS || x + D > MAKS) return false;
  kvotientRest(x, D);
  const hoy = kv * m;
  if (hoy > MAKS) return false;
  kvotientRest(rs * m, D);
  kv += hoy;
  return kv <= MAKS;
}

/** Eksakt heltallsdivisjon (nedover) av et sikkert heltall p ≥ 0 med D > 0 (p + D ≤ 2^53 − 1): flyttallsgjetning, rettet. */
function kvotientRest(p: number, D: number): void {
  let q = Math.floor(p / D);
  let r = p - q * D;
  while (r < 0) { q -= 1; r += D; }
  while (r >= D) { q += 1; r -= D; }
  kv = q;
  rs = r;
}

const MAKS_DESIMALER = 10;

function forbered(ledd: Prisledd, referanse: number): Forberedt | null {
  const f = skaler(ledd.fastpris);
  const r = skaler(ledd.innbyggerpris);
  const a = skaler(ledd.justering);
  if (!f || !r || !a || !Number.isSafeInteger(referanse) || referanse <= 0) return null;
  const k = referanse * 10 ** a.d;
  if (!trygg(k)) return null;
  const perDesimaler: Forberedt["perDesimaler"] = [];
  for (let d = 0; d <= MAKS_DESIMALER; d++) {
    const D = 10 ** (f.d + r.d + a.d) * referanse;
    const m = r.n * 10 ** (f.d + d);
    // A = fn·10^(d+dr+da)·Pref; delt opp som fn·10^(d+dr+da) ganger Pref via mulDivRest.
    const fSkalert = f.n * 10 ** (d + r.d + a.d);
    // 2·D må holde seg sikker: to rester < D legges sammen, og 2·rest sammenlignes med D.
    const delt = 2 * D <= MAKS && trygg(m) && trygg(fSkalert) && mulDivRest(fSkalert, referanse, D);
    perDesimaler.push(delt ? { D, m, aq: kv, ar: rs, skala: 10 ** d } : null);
  }
  return { fn: f.n, df: f.d, rn: r.n, dr: r.d, an: a.n, da: a.d, pref: referanse, k, perDesimaler };
}

// De forberedte konstantene til en prisrad: i radens egen minnecelle når den ble laget av lagPrisledd (å lese en
// egenskap er flere ganger billigere enn et oppslag i en WeakMap), ellers i en WeakMap. Regnes på nytt for en annen Pref.
const forberedte = new WeakMap<Prisledd, Forberedt>();

function forberedt(ledd: Prisledd, referanse: number): Forberedt | null {
  const lager = (ledd as Prisledd & { [HURTIGLAGER]?: Hurtiglager })[HURTIGLAGER];
  const lagret = (lager?.verdi as Forberedt | null | undefined) ?? forberedte.get(ledd);
  if (lagret && lagret.pref === referanse) return lagret;
  const f = forbered(ledd, referanse);
  if (f && lager) lager.verdi = f;
  else if (f) forberedte.set(ledd, f);
  return f;
}

/** Hurtigstien for ett sett konstanter; null når P faller utenfor den. */
function beregn(f: Forberedt, konst: Konstanter, innbyggere: number): number | null {
  if (!(innbyggere >= 0 && innbyggere <= MAKS && Math.floor(innbyggere) === innbyggere)) return null;
  const aP = f.an * innbyggere;
  if (aP > MAKS) return null;
  const rest = f.k - aP;
  // Faktor 1 − a·P/Pref ≤ 0: Decimal-veien melder feilen.
  if (rest <= 0) return null;
  const T = innbyggere * rest;
  if (T > MAKS) return null;
  const D = konst.D;
  let q: number;
  let r: number;
  const produkt = T * konst.m;
  if (produkt + D <= MAKS) {
    // Det vanlige tilfellet, direkte: flyttallskvotienten av sikre heltall bommer med høyst én; rett den opp.
    q = Math.floor(produkt / D);
    r = produkt - q * D;
    if (r < 0) { q -= 1; r += D; } else if (r >= D) { q += 1; r -= D; }
  } else {
    if (!mulDivRest(T, konst.m, D)) return null;
    q = kv;
    r = rs;
  }
  q += konst.aq;
  // q kan fortsatt vokse med 2 nedenfor; hold hvert steg eksakt.
  if (q > MAKS - 2) return null;
  r += konst.ar;
  if (r >= D) { q += 1; r -= D; }
  if (2 * r >= D) q += 1;
  return konst.skala === 1 ? q : q / konst.skala;
}

/**
 * Den eksakte prisen etter modell 1, avrundet halvt opp til `desimaler`, som number — eller null når
 * argumentene faller utenfor hurtigstien med sikre heltall (kalleren bruker da Decimal-veien).
 */
export function raskModellpris(ledd: Prisledd, referanse: number, innbyggere: number, desimaler: number): number | null {
  const f = forberedt(ledd, referanse);
  // perDesimaler har bare oppføringer for 0–10: enhver annen verdi (negativ, ikke heltall, NaN) gir undefined.
  const konst = f === null ? undefined : f.perDesimaler[desimaler];
  return konst ? beregn(f as Forberedt, konst, innbyggere) : null;
}

/** modellpris avrundet halvt opp til hele kroner, som number: hurtigstien, ellers Decimal-veien (og feilene dens). */
export function avrundetModellpris(ledd: Prisledd, innbyggere: number, pref: number): number {
  return raskModellpris(ledd, pref, innbyggere, 0) ?? rundHalvOpp(modellpris(ledd, innbyggere, pref)).toNumber();
}

/**
 * En forhåndskompilert eksakt prisfunksjon for én (matrise, tjeneste, kundetype, desimaler): oppslaget og
 * konstantene gjøres én gang, deretter er hvert kall noen få operasjoner på sikre heltall. Gir nøyaktig
 * fiksPris(...).toNumber(); utenfor hurtigstien brukes Decimal-veien (og feilene dens).
 * Kaster med en gang, som fiksPris, når tjenesten er ukjent eller ikke tilbys kundetypen.
 */
export function raskPrisfunksjon(
  matrise: Prismatrise,
  tjeneste: string | Matrisetjeneste,
  kundetype: Kundetype,
  desimaler = 0,
): (innbyggere: number) => number {
  const rad = typeof tjeneste === "string" ? finnMatrisetjeneste(matrise, tjeneste) : tjeneste;
  const regel = prisregel(matrise, rad, kundetype);
  if (regel.type === "fast") {
    const pris = rundHalvOpp(regel.pris, desimaler).toNumber();
    return () => pris;
  }
  const sakte = (p: number) => rundHalvOpp(modellpris(regel.ledd, p, regel.referanse), desimaler).toNumber();
  const f = forberedt(regel.ledd, regel.referanse);
  const konst = f && Number.isInteger(desimaler) ? f.perDesimaler[desimaler] : undefined;
  if (!f || !konst) return sakte;
  return (p) => beregn(f, konst, p) ?? sakte(p);
}

const tjenesteoppslag = new WeakMap<Prismatrise, Map<string, Matrisetjeneste>>();

// Det siste oppslaget: en kolonne med priser for én tjeneste spør etter det samme navnet igjen og igjen.
let sisteMatrise: Prismatrise | null = null;
let sisteNavn = "";
let sisteTjeneste: Matrisetjeneste | null = null;

function slaOpp(matrise: Prismatrise, navn: string): Matrisetjeneste {
  if (navn === sisteNavn && matrise === sisteMatrise && sisteTjeneste) return sisteTjeneste;
  let kart = tjenesteoppslag.get(matrise);
  if (!kart) {
    kart = new Map();
    tjenesteoppslag.set(matrise, kart);
  }
  let tjeneste = kart.get(navn);
  if (!tjeneste) {
    tjeneste = finnMatrisetjeneste(matrise, navn);
    kart.set(navn, tjeneste);
  }
  [sisteMatrise, sisteNavn, sisteTjeneste] = [matrise, navn, tjeneste];
  return tjeneste;
}

/**
 * fiksPris(...).toNumber(), raskt: årsprisen til en tjeneste (navn eller matriserad) avrundet halvt opp til
 * `desimaler`, eksakt. Modell 1 går gjennom veien med sikre heltall; fastpriser og alt utenfor den går
 * gjennom Decimal-veien, som også gir feilene (ukjent tjeneste, tilbys ikke, faktor ≤ 0).
 */
export function fiksPrisTall(
  matrise: Prismatrise,
  tjeneste: string | Matrisetjeneste,
  innbyggere: number,
  kundetype: Kundetype,
  desimaler = 0,
): number {
  const rad = typeof tjeneste === "string" ? slaOpp(matrise, tjeneste) : tjeneste;
  // Rene egenskapslesinger (ingen oppslag med nøkkel) på den varme stien.
  const kommune = kundetype === "KOMMUNE";
  const ledd = kommune ? rad.kommune : kundetype === "FYLKESKOMMUNE" ? rad.fylkeskommune : null;
  if (ledd) {
    const rask = raskModellpris(ledd, kommune ? matrise.referanse.KOMMUNE : matrise.referanse.FYLKESKOMMUNE, innbyggere, desimaler);
    if (rask !== null) return rask;
  }
  const regel = prisregel(matrise, rad, kundetype);
  const eksakt = regel.type === "fast" ? regel.pris : modellpris(regel.ledd, innbyggere, regel.referanse);
  return rundHalvOpp(eksakt, desimaler).toNumber();
}
