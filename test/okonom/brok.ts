/**
 * Uavhengig eksakt regning for testene: brøker av BigInt, laget fra desimalstrenger.
 * Deler med vilje ingenting med kjernen (ingen decimal.js), så forventningene regnes på en annen måte.
 */
export interface Brok {
  t: bigint;
  n: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function brok(t: bigint, n = 1n): Brok {
  if (n < 0n) [t, n] = [-t, -n];
  const g = gcd(t, n) || 1n;
  return { t: t / g, n: n / g };
}

/** "0,636", "6.345", "30 %", 717710 → eksakt brøk. */
export function fra(verdi: string | number): Brok {
  let s = String(verdi).replace(/\s/g, "").replace(",", ".");
  let skala = 1n;
  if (s.endsWith("%")) {
    s = s.slice(0, -1);
    skala = 100n;
  }
  const [hel, des = ""] = s.split(".");
  return brok(BigInt(hel + des), 10n ** BigInt(des.length) * skala);
}

export const pluss = (a: Brok, b: Brok) => brok(a.t * b.n + b.t * a.n, a.n * b.n);
export const minus = (a: Brok, b: Brok) => brok(a.t * b.n - b.t * a.n, a.n * b.n);
export const gange = (a: Brok, b: Brok) => brok(a.t * b.t, a.n * b.n);
export const dele = (a: Brok, b: Brok) => brok(a.t * b.n, a.n * b.t);

/** Halvt opp til hele kroner (bort fra null ved ,5), som bigint. */
export function rund(a: Brok): bigint {
  const neg = a.t < 0n;
  const t = neg ? -a.t : a.t;
  const r = (2n * t + a.n) / (2n * a.n);
  return neg ? -r : r;
}

/** Modell 1: f + r·P·(1 − a·P/Pref), eksakt. */
export function modell(f: string, r: string, a: string, p: number, pref: number): Brok {
  const P = brok(BigInt(p));
  const faktor = minus(brok(1n), dele(gange(fra(a), P), brok(BigInt(pref))));
  return pluss(fra(f), gange(gange(fra(r), P), faktor));
}

/** Sammenligner eksakt med en desimalstreng (Decimal.toFixed()). */
export function somDesimal(a: Brok, desimaler: number): string {
  const skala = 10n ** BigInt(desimaler);
  const v = rund(gange(a, brok(skala)));
  const neg = v < 0n;
  const s = (neg ? -v : v).toString().padStart(desimaler + 1, "0");
  return (neg ? "-" : "") + (desimaler ? `${s.slice(0, -desimaler)}.${s.slice(-desimaler)}` : s);
}
