/**
 * Eksakt regning med BigInt bare for testene, uavhengig av decimal.js og av kjernen: fasiten
 * kjernens priser kontrolleres mot.
 */

/** "0.636" → [636n, 1000n]; "-5" → [-5n, 1n]. */
export function brok(tekst: string): [bigint, bigint] {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(tekst);
  if (!m) throw new Error(`ikke et desimaltall: ${tekst}`);
  const desimaler = m[3] ?? "";
  const teller = BigInt(m[2] + desimaler) * (m[1] ? -1n : 1n);
  return [teller, 10n ** BigInt(desimaler.length)];
}

/** Avrunding halvt opp (bort fra null ved nøyaktig en halv) av teller/nevner til `d` desimaler, som desimalstreng. */
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

/** fastpris + r · P · (1 − a · P / Pref) som eksakt brøk [teller, nevner]. */
export function modell1Brok(fastpris: string, r: string, a: string, p: number, pref: number): [bigint, bigint] {
  const [fn, fd] = brok(fastpris);
  const [rn, rd] = brok(r);
  const [an, ad] = brok(a);
  const P = BigInt(p);
  const Pref = BigInt(pref);
  // f + (rn/rd) · P · (ad·Pref − an·P) / (ad·Pref), over fellesnevneren fd·rd·ad·Pref
  const teller = fn * rd * ad * Pref + fd * rn * P * (ad * Pref - an * P);
  return [teller, fd * rd * ad * Pref];
}
