/**
 * Biter av vanlige regnearkformler som begge målene bruker (kanonisk engelsk syntaks, komma mellom argumentene): tekst
 * i en formel og merknadene ved siden av tabellene.
 */

/** En tekstkonstant: anførselstegn doblet. */
export const streng = (tekst: string) => `"${tekst.replace(/"/g, '""')}"`;

/** Nestede IF som gir meldingen til første sanne betingelse, ellers "" (Merknad-kolonnene). */
export function forsteMelding(par: readonly [betingelse: string, melding: string][]): string {
  return par.reduceRight((resten, [betingelse, melding]) => `IF(${betingelse},${streng(melding)},${resten})`, '""');
}
