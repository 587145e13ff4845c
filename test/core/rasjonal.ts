/**
 * Test-only exact arithmetic with BigInt, independent of decimal.js and of the core: the reference
 * the core's prices are checked against.
 */

/** "0.636" → [636n, 1000n]; "-5" → [-5n, 1n]. */
export function brok(tekst: string): [bigint, bigint] {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(tekst);
  if (!m) throw new Error(`ikke et desimaltall: ${tekst}`);
  const desimaler = m[3] ?? "";
  const teller = BigInt(m[2] + desimaler) * (m[1] ? -1n : 1n);
  return [teller, 10n ** BigInt(desimaler.length)];
}

/** Half-up (away from zero at exactly half) rounding of teller/nevner to `d` decimals, as a decimal string. */
export function rundHalvOppTekst(teller: bigint, nevner: bigint, d: number): string {
  if (nevner < 0n) return rundHalvOppTekst(-teller, -nevner, d);
  const negativ = teller < 0n;
  const abs = negativ ? -teller : teller;
  const skala = 10n ** BigInt(d);
  // floor(x · 10^d + 1/2) = floor((2 · abs · 10^d + nevner) / (2 · nevner))
  const q = (2n * abs * skala + nevner) / (2n * nevner);
  const siffer = q.toString().padStart(d + 1, "0");
  const tekst = d === 0 ? siffer : `${siffer.slice(0, -d)}.${siffer.slice(-d)}`;
  return negativ && q !== 0n ? `-${tekst}` : tekst;
}

/** fastpris + r · P · (1 − a · P / Pref) as an exact fraction [teller, nevner]. */
export function modell1Brok(fastpris: string, r: string, a: string, p: number, pref: number): [bigint, bigint] {
  const [fn, fd] = brok(fastpris);
  const [rn, rd] = brok(r);
  const [an, ad] = brok(a);
  const P = BigInt(p);
  const Pref = BigInt(pref);
  // f + (rn/rd) · P · (ad·Pref − an·P) / (ad·Pref), over the common denominator fd·rd·ad·Pref
  const teller = fn * rd * ad * Pref + fd * rn * P * (ad * Pref - an * P);
  return [teller, fd * rd * ad * Pref];
}
