import aliasCsv from "../../../data/tjenestealiaser.csv";
import { csvTilCeller } from "../innlesing/csv";
import { TabellFeil } from "./feil";
import { sokenokkel } from "../innlesing/normaliser";
import { finnKolonner } from "../innlesing/tabell";

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
 * Søkenøkkelen til et tjenestenavn slik folk skriver det: store/små bokstaver likegyldig, med eller uten
 * prefikset "Fiks ", bindestreker og ekstra mellomrom oversett, ASCII-stavemåter av æ/ø/å godtatt, kjente
 * alias slått sammen. "Fiks Skatte og inntektsopplysninger" og "Skatte- og inntektsopplysninger" gir samme nøkkel.
 */
export function tjenestenokkel(navn: string): string {
  let nokkel = husket.get(navn);
  if (nokkel === undefined) {
    const ren = grunnform(navn);
    nokkel = ALIASER.get(ren) ?? ren;
    // Huskes (normalisering koster mikrosekunder, og hvert oppslag normaliserer hvert matrisenavn); begrenset.
    if (husket.size >= 10_000) husket.clear();
    husket.set(navn, nokkel);
  }
  return nokkel;
}

const husket = new Map<string, string>();
