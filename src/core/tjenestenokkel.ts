import aliasCsv from "../../data/tjenestealiaser.csv";
import { csvTilCeller } from "./csv";
import { TabellFeil } from "./feil";
import { sokenokkel } from "./normaliser";
import { finnKolonner } from "./tabell";

/**
 * Grunnformen av et tjenestenavn: søkenøkkelen (store/små bokstaver, aksenter, bindestreker og mellomrom
 * likegyldig, æ/ø/å som ae/o/a) uten «fiks »-prefikset, og med ASCII-stavemåtene oe → o og aa → a,
 * så «Kjoeretoeyregister» og «Kjøretøyregister» gir samme nøkkel.
 */
export function grunnform(navn: string): string {
  return sokenokkel(navn).replace(/^fiks /, "").replace(/oe/g, "o").replace(/aa/g, "a");
}

export interface Tjenestealias {
  alias: string;
  tjeneste: string;
}

/** Andre navn på tjenestene (data/tjenestealiaser.csv): navn KS selv skriver, entall, tidligere navn. */
export const TJENESTEALIASER: readonly Tjenestealias[] = lesAliaser(aliasCsv);

function lesAliaser(tekst: string): Tjenestealias[] {
  const celler = csvTilCeller(tekst);
  const problemer: { celle: string; melding: string }[] = [];
  const kol = finnKolonner(celler[0] ?? [], { alias: ["Alias"], tjeneste: ["Tjeneste"] }, problemer);
  if (problemer.length > 0) throw new TabellFeil("aliastabell", problemer);
  return celler.slice(1).map((rad) => ({ alias: rad[kol.alias].trim(), tjeneste: rad[kol.tjeneste].trim() }));
}

// Et Map: «constructor» og «__proto__» er ukjente navn som alle andre, ikke egenskaper fra Object.prototype.
const ALIASER = new Map(TJENESTEALIASER.map((a) => [grunnform(a.alias), grunnform(a.tjeneste)]));

/**
 * Search key of a service name as people type it: case-insensitive, with or without the "Fiks "
 * prefix, hyphens and extra spaces ignored, ASCII spellings of æ/ø/å accepted, known aliases folded.
 * "Fiks Skatte og inntektsopplysninger" and "Skatte- og inntektsopplysninger" give the same key.
 */
export function tjenestenokkel(navn: string): string {
  let nokkel = husket.get(navn);
  if (nokkel === undefined) {
    const ren = grunnform(navn);
    nokkel = ALIASER.get(ren) ?? ren;
    // Memoised (normalising costs µs and every lookup normalises each matrix name); bounded.
    if (husket.size >= 10_000) husket.clear();
    husket.set(navn, nokkel);
  }
  return nokkel;
}

const husket = new Map<string, string>();
