import type { Budsjett } from "../budsjett/budsjett";
import { norskTall } from "./tallformat";

/**
 * Budsjettets tabeller slik de vises: overskriften, forutsetningene og merknadene i ord, og regelen for beløpene
 * (0 vises som «–», som i regnskapstabeller). Ruten og kommandolinjen formaterer dette; de skriver det ikke selv.
 */
export interface Budsjettvisning {
  /** «Økonomiplan 2026–2029», eller «Budsjett 2026» for ett år. */
  tittel: string;
  /** «befolkningsvekst 1 % og prisjustering 3 % per år». */
  forutsetninger: string;
  /** Tjenester som ikke er med i planen, i hele setninger. */
  merknader: string[];
}

export function budsjettvisning(b: Pick<Budsjett, "fra" | "antallAr" | "befolkningsvekst" | "prisjustering" | "utenNyPris">): Budsjettvisning {
  const siste = b.fra + b.antallAr - 1;
  return {
    tittel: siste > b.fra ? `Økonomiplan ${b.fra}–${siste}` : `Budsjett ${b.fra}`,
    forutsetninger: `befolkningsvekst ${norskTall(b.befolkningsvekst)} % og prisjustering ${norskTall(b.prisjustering)} % per år`,
    merknader: b.utenNyPris.map((navn) => `${navn} har ingen ny pris (inngår i grunnfinansieringen fra 2025) og er ikke med i planen.`),
  };
}

/** Et beløp i planen som tekst: 0 er «–» (ingenting å betale det året eller kvartalet), ellers `tall` (hele kroner). */
export function budsjettbelop(belop: number, tall: (belop: number) => string): string {
  return belop === 0 ? "–" : tall(belop);
}
