import { rundHalvOpp } from "./avrunding";
import type { Decimal } from "./desimal";
import { modellpris, prisregel } from "./innbyggerpris";
import type { Kundetype } from "./kundetype";
import type { Matrisetjeneste, Prismatrise } from "./prismatrise";
import { HURTIGLAGER, type Hurtiglager, type Prisledd } from "./prisledd";
import { finnMatrisetjeneste } from "./tjenester";

/**
 * Exact fast path for model 1 on safe integers (no BigInt, no Decimal per call).
 *
 * With f = fn/10^df, r = rn/10^dr, a = an/10^da (exact decimal fractions from the matrix) and
 * T = P·(Pref·10^da − an·P):
 *
 *   pris·10^d = fn·10^d / 10^df  +  rn·10^(df+d)·T / D,   D = 10^(df+dr+da)·Pref
 *             = (A + m·T) / D    with A = fn·10^(d+dr+da)·Pref, m = rn·10^(df+d)
 *
 * A / D is constant per (ledd, Pref, d) and precomputed as quotient + remainder; m·T / D is computed
 * as quotient + remainder with every intermediate checked ≤ 2^53 − 1 (a float product of integers that
 * stays within that bound is exact). Then half-up rounding from the remainder: 2·rest ≥ D rounds up.
 * Anything outside those bounds (or a factor ≤ 0, non-integer P, …) goes through the Decimal path
 * (modellpris), so results and error messages are exactly the core's own.
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
  /** Per number of decimals: D, m, and A = aq·D + ar. null: outside safe integers → Decimal path. */
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

// Results of kvotientRest/mulDivRest (module-level registers: no allocation per price).
let kv = 0;
let rs = 0;

/** kv = floor(x·m / D), rs = the remainder, exact, for safe integers x, m ≥ 0 and D > 0; false when not safe. */
function mulDivRest(x: number, m: number, D: number): boolean {
  const p = x * m;
  if (p + D <= MAKS) {
    kvotientRest(p, D);
    return true;
  }
  // x = xq·D + xr  ⇒  x·m = xq·m·D + xr·m, with xr·m < D·m.
  if (D * m > MAKS || x + D > MAKS) return false;
  kvotientRest(x, D);
  const hoy = kv * m;
  if (hoy > MAKS) return false;
  kvotientRest(rs * m, D);
  kv += hoy;
  return kv <= MAKS;
}

/** Exact floor division of a safe integer p ≥ 0 by D > 0 (p + D ≤ 2^53 − 1): float guess, corrected. */
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
    // A = fn·10^(d+dr+da)·Pref; split as fn·10^(d+dr+da) times Pref via mulDivRest.
    const fSkalert = f.n * 10 ** (d + r.d + a.d);
    // 2·D must stay safe: two remainders < D are added, and 2·rest is compared with D.
    const delt = 2 * D <= MAKS && trygg(m) && trygg(fSkalert) && mulDivRest(fSkalert, referanse, D);
    perDesimaler.push(delt ? { D, m, aq: kv, ar: rs, skala: 10 ** d } : null);
  }
  return { fn: f.n, df: f.d, rn: r.n, dr: r.d, an: a.n, da: a.d, pref: referanse, k, perDesimaler };
}

// The prepared constants of a price row: in the row's own memo cell when it was made by lagPrisledd (a property
// read is several times cheaper than a WeakMap lookup), else in a WeakMap. Recomputed for another Pref.
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

/** The fast path for one set of constants; null when P falls outside it. */
function beregn(f: Forberedt, konst: Konstanter, innbyggere: number): number | null {
  if (!(innbyggere >= 0 && innbyggere <= MAKS && Math.floor(innbyggere) === innbyggere)) return null;
  const aP = f.an * innbyggere;
  if (aP > MAKS) return null;
  const rest = f.k - aP;
  // Factor 1 − a·P/Pref ≤ 0: the Decimal path reports the error.
  if (rest <= 0) return null;
  const T = innbyggere * rest;
  if (T > MAKS) return null;
  const D = konst.D;
  let q: number;
  let r: number;
  const produkt = T * konst.m;
  if (produkt + D <= MAKS) {
    // Common case, inline: the float quotient of safe integers is off by at most one; correct it.
    q = Math.floor(produkt / D);
    r = produkt - q * D;
    if (r < 0) { q -= 1; r += D; } else if (r >= D) { q += 1; r -= D; }
  } else {
    if (!mulDivRest(T, konst.m, D)) return null;
    q = kv;
    r = rs;
  }
  q += konst.aq;
  // q may still grow by 2 below; keep every step exact.
  if (q > MAKS - 2) return null;
  r += konst.ar;
  if (r >= D) { q += 1; r -= D; }
  if (2 * r >= D) q += 1;
  return konst.skala === 1 ? q : q / konst.skala;
}

/**
 * The exact price of model 1, rounded half-up to `desimaler`, as a number — or null when the
 * arguments fall outside the safe-integer fast path (the caller then uses the Decimal path).
 */
export function raskModellpris(ledd: Prisledd, referanse: number, innbyggere: number, desimaler: number): number | null {
  const f = forberedt(ledd, referanse);
  // perDesimaler has entries 0–10 only: any other value (negative, fractional, NaN) gives undefined.
  const konst = f === null ? undefined : f.perDesimaler[desimaler];
  return konst ? beregn(f as Forberedt, konst, innbyggere) : null;
}

/** modellpris rounded half-up to whole kroner, as a number: the fast path, else the Decimal path (and its errors). */
export function avrundetModellpris(ledd: Prisledd, innbyggere: number, pref: number): number {
  return raskModellpris(ledd, pref, innbyggere, 0) ?? rundHalvOpp(modellpris(ledd, innbyggere, pref)).toNumber();
}

/**
 * A precompiled exact price function for one (matrix, service, kundetype, decimals): the lookup and the
 * constants are done once, then each call is a few safe-integer operations. Gives exactly
 * fiksPris(...).toNumber(); outside the fast path it uses the Decimal path (and its errors).
 * Throws at once, like fiksPris, when the service is unknown or not offered to the kundetype.
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

// The last lookup: a column of prices for one service asks for the same name again and again.
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
 * fiksPris(...).toNumber(), fast: the annual price of a service (name or matrix row) rounded half-up to
 * `desimaler`, exact. Model 1 goes through the safe-integer path; fixed prices and everything outside
 * it go through the Decimal path, which also gives the errors (unknown service, not offered, factor ≤ 0).
 */
export function fiksPrisTall(
  matrise: Prismatrise,
  tjeneste: string | Matrisetjeneste,
  innbyggere: number,
  kundetype: Kundetype,
  desimaler = 0,
): number {
  const rad = typeof tjeneste === "string" ? slaOpp(matrise, tjeneste) : tjeneste;
  // Plain property reads (no keyed lookup) on the hot path.
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
