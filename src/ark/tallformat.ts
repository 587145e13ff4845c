/**
 * Tallformatene i arkene, i Excels språkuavhengige (engelske) syntaks: Excel og LibreOffice viser dem med brukerens
 * skilletegn ('#,##0 "kr"' er «1 471 753 kr» i norsk Excel). Og formater som viser alle desimalene en matriseverdi har,
 * så en endret 12,5 % ikke vises som 13 %.
 */

export const FORMAT = {
  kroner: '#,##0 "kr";-#,##0 "kr"',
  prosent: "0 %",
  heltall: "#,##0",
  sats: "0.000",
  tekst: "@",
  generelt: "General",
} as const;

/** Antall desimaler som trengs for å vise et tall nøyaktig (høyst 6). */
function desimaler(verdi: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(verdi * 10 ** d) - verdi * 10 ** d) < 1e-9) return d;
  return 6;
}

/** "0 %" for 30 %, "0.0 %" for 12,5 %. */
export function prosentformat(andel: number): string {
  const d = desimaler(andel * 100);
  return d === 0 ? FORMAT.prosent : `0.${"0".repeat(d)} %`;
}

/** En enhetspris: minst `minst` desimaler («0,636»), flere når verdien har det. */
export function satsformat(verdi: number, minst = 3): string {
  return `0.${"0".repeat(Math.max(minst, desimaler(verdi)))}`;
}
