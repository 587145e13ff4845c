import { PrisFeil } from "../modell/feil";

/** Beløpene i årets fire kvartaler (K1–K4), hele kroner. */
export type Kvartalsbelop = [number, number, number, number];

/** Et kvartal i planen, f.eks. 2026-K3. */
export interface Kvartal {
  ar: number;
  kvartal: 1 | 2 | 3 | 4;
}

export function kvartalstekst(k: Kvartal): string {
  return `${k.ar}-K${k.kvartal}`;
}

function sjekkHeleKroner(belop: number, hva: string): void {
  if (!Number.isSafeInteger(belop) || belop < 0) {
    throw new PrisFeil(`${hva} må være et helt kronebeløp ≥ 0, fikk ${belop}.`);
  }
}

function sjekkAktive(aktive: number): void {
  if (!Number.isInteger(aktive) || aktive < 0 || aktive > 4) {
    throw new PrisFeil(`Antall aktive kvartaler må være et heltall fra 0 til 4, fikk ${aktive}.`);
  }
}

/**
 * Årets beløp for en tjeneste som er i bruk de `aktive` siste kvartalene av året: årspris × aktive / 4,
 * avrundet halvt opp til hele kroner. Årsprisen er hele kroner, så brøkdelen er 0, ¼, ½ eller ¾.
 * Regnet som aktive·⌊A/4⌋ + (aktive·(A mod 4))/4, så ingen mellomregning går over de sikre heltallene.
 */
export function arsbelop(arspris: number, aktive: number): number {
  sjekkHeleKroner(arspris, "Årsprisen");
  sjekkAktive(aktive);
  const fjerdedel = Math.floor(arspris / 4);
  const rest = arspris - 4 * fjerdedel;
  return aktive * fjerdedel + Math.floor((aktive * rest + 2) / 4);
}

/**
 * Fordeler årets beløp på de `aktive` siste kvartalene (en tjeneste løper ut året fra oppstart).
 * Hvert aktivt kvartal får ⌊beløp / aktive⌋ hele kroner; resten (færre kroner enn aktive kvartaler)
 * legges til med 1 kr hver på de siste aktive kvartalene. Kvartalene summerer dermed nøyaktig til
 * årets beløp og skiller seg aldri med mer enn 1 kr. Eksempel: 11 kr på fire kvartaler → 2, 3, 3, 3.
 */
export function fordelPaKvartaler(belop: number, aktive: number): Kvartalsbelop {
  sjekkHeleKroner(belop, "Årets beløp");
  sjekkAktive(aktive);
  if (aktive === 0) {
    if (belop !== 0) throw new PrisFeil(`Et beløp på ${belop} kr kan ikke fordeles på null aktive kvartaler.`);
    return [0, 0, 0, 0];
  }
  let hvert = Math.floor(belop / aktive);
  let rest = belop - hvert * aktive;
  // Flyttallskvotienten av store heltall kan bomme med én: rett den opp.
  if (rest < 0) [hvert, rest] = [hvert - 1, rest + aktive];
  else if (rest >= aktive) [hvert, rest] = [hvert + 1, rest - aktive];
  const kvartaler: Kvartalsbelop = [0, 0, 0, 0];
  for (let i = 4 - aktive; i < 4; i++) kvartaler[i] = hvert + (i >= 4 - rest ? 1 : 0);
  return kvartaler;
}

/** Antall aktive kvartaler i år `ar` for en tjeneste som starter i kvartalet `oppstart`. */
export function aktiveKvartaler(ar: number, oppstart: Kvartal): number {
  if (ar < oppstart.ar) return 0;
  return ar === oppstart.ar ? 5 - oppstart.kvartal : 4;
}

/** Årets beløp i år `ar` for en tjeneste med oppstart i kvartalet `oppstart` (null: i bruk hele året). */
export function arsbelopIAr(arspris: number, ar: number, oppstart: Kvartal | null): number {
  return arsbelop(arspris, oppstart ? aktiveKvartaler(ar, oppstart) : 4);
}

/** Beløpet i ett kvartal (1–4) av år `ar`: årets beløp fordelt som fordelPaKvartaler gjør det. */
export function kvartalsbelop(arspris: number, ar: number, kvartal: number, oppstart: Kvartal | null): number {
  if (!Number.isInteger(kvartal) || kvartal < 1 || kvartal > 4) throw new PrisFeil(`Kvartalet må være et heltall fra 1 til 4, fikk ${kvartal}.`);
  const aktive = oppstart ? aktiveKvartaler(ar, oppstart) : 4;
  return fordelPaKvartaler(arsbelop(arspris, aktive), aktive)[kvartal - 1];
}
