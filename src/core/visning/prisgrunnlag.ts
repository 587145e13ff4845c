/**
 * Hva et tall hviler på, slik ruten og kommandolinjen viser det: «Prismatrise 2025 · innbyggere 1.1.2026». Et tall
 * kalles «2027-pris» bare der det er en pris for 2027: fra en matrise for 2027, eller budsjettets justerte pris.
 */

/** «Prismatrise 2025 · innbyggere 1.1.2026»; `innbyggere` er null for et innbyggertall brukeren har skrevet. */
export function prisgrunnlag(prisar: number, befolkningsar: number | null): string {
  return `Prismatrise ${prisar} · innbyggere ${befolkningsar === null ? "oppgitt" : `1.1.${befolkningsar}`}`;
}

/** «2027-pris». */
export function prisnavn(ar: number): string {
  return `${ar}-pris`;
}
