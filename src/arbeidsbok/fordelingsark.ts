/**
 * The Fordeling sheet of the sector workbook: the band tables per kundetype, by percent and by kroner, as COUNTIFS
 * formulas over the customers' change in the Kunder sheet, with the band limits as editable cells. The edge rule is
 * the core's (src/core/baand.ts): the first band is strictly below the first limit; the second runs from that limit up
 * to and including its own; every later band from above the previous limit up to and including its own; the last band
 * is everything above the last limit.
 */
import { type Bandsett, KUNDETYPENAVN, type Kundetype, UTEN_GRUNNLAG } from "../core";
import { abs, ref, streng } from "./formler";
import { type Ark, Arkbygger, tekst } from "./plan";
import { KUNDEARK, type Kundeoppslag } from "./kundeark";
import { FORMAT, prosentformat } from "./tallformat";

export const FORDELINGSARK = "Fordeling";

const GRENSERAD = { prosent: 3, kroner: 4 } as const;
const FORSTE_TABELL = 7;

/** A limit as text in a band label: percent limits are fractions in the cells (29 % = 0,29). */
function grensetekst(enhet: Bandsett["enhet"], celle: string): string {
  return enhet === "prosent" ? `ROUND(${celle}*100,10)` : `FIXED(${celle},0)`;
}

/** "under 0 %", "0–29 %", "over 29–60 %", "over 100 %" from the limit cells, as the core labels the bands. */
function etikettformel(enhet: Bandsett["enhet"], grenser: string[], k: number): string {
  const tegn = enhet === "prosent" ? '" %"' : '" kr"';
  if (k === 0) return `"under "&${grensetekst(enhet, grenser[0])}&${tegn}`;
  if (k === grenser.length) return `"over "&${grensetekst(enhet, grenser[k - 1])}&${tegn}`;
  return `${k > 1 ? '"over "&' : ""}${grensetekst(enhet, grenser[k - 1])}&"–"&${grensetekst(enhet, grenser[k])}&${tegn}`;
}

/**
 * COUNTIFS over one kundetype's changes for band k. A limit that is inklusiv belongs to the band below it
 * (band k ends with "<=" and band k + 1 starts with ">"); the first limit is not (a change of exactly 0 is in band 1).
 */
function antallformel(typeomrade: string, kundetype: Kundetype, verdier: string, grenser: Bandsett["grenser"], celler: string[], k: number): string {
  const vilkar = [`${typeomrade},${streng(kundetype)}`];
  if (k > 0) vilkar.push(`${verdier},"${grenser[k - 1].inklusiv ? ">" : ">="}"&${celler[k - 1]}`);
  if (k < grenser.length) vilkar.push(`${verdier},"${grenser[k].inklusiv ? "<=" : "<"}"&${celler[k]}`);
  return `COUNTIFS(${vilkar.join(",")})`;
}

export interface Fordelingsoppsett {
  prosentband: Bandsett;
  kroneband: Bandsett;
  /** The kundetyper present among the customers, in the core's order. */
  kundetyper: readonly Kundetype[];
}

export function fordelingsark(o: Fordelingsoppsett, kunder: Kundeoppslag): Ark {
  const b = new Arkbygger(FORDELINGSARK);
  b.sett(0, 0, tekst("Fordeling av prisendringen per kundetype", "tittel"));
  b.sett(1, 0, tekst(
    `Endringen er «Ny pris i alt» mot «Pris i dag» i arket ${KUNDEARK}. Endre bandgrensene i de gule cellene. Første bånd er under ` +
    "første grense; hvert av de neste går fra over forrige grense til og med sin egen (29 % hører til «Opp til snittet»).",
    "forklaring",
  ));
  const grenseceller: Record<Bandsett["enhet"], string[]> = { prosent: [], kroner: [] };
  for (const bandsett of [o.prosentband, o.kroneband]) {
    const rad = GRENSERAD[bandsett.enhet];
    b.sett(rad, 0, tekst(bandsett.enhet === "prosent" ? "Grenser i prosent" : "Grenser i kroner"));
    bandsett.grenser.forEach((g, k) => {
      const verdi = bandsett.enhet === "prosent" ? g.verdi.div(100).toNumber() : g.verdi.toNumber();
      b.sett(rad, 1 + k, { verdi, format: bandsett.enhet === "prosent" ? prosentformat(verdi) : FORMAT.kroner, stil: "inndata" });
      grenseceller[bandsett.enhet].push(abs(rad, 1 + k));
    });
  }

  let r = FORSTE_TABELL;
  for (const bandsett of [o.prosentband, o.kroneband]) {
    const grenser = grenseceller[bandsett.enhet];
    const verdier = bandsett.enhet === "prosent" ? kunder.endringProsent : kunder.endringKr;
    for (const kundetype of o.kundetyper) {
      const tittel = `Endring i ${bandsett.enhet === "prosent" ? "prosent" : "kroner"} – ${KUNDETYPENAVN[kundetype]}`;
      b.sett(r++, 0, tekst(tittel, "overskrift"));
      b.rad(r++, 0, ["Bånd", "Endring", "Antall", "Andel"].map((t) => tekst(t, "overskrift")));
      const forste = r;
      const utenRad = forste + bandsett.band.length;
      const sumRad = utenRad + 1;
      const medGrunnlag = `(${abs(sumRad, 2)}-${abs(utenRad, 2)})`;
      bandsett.band.forEach((band, k) => {
        const antall = ref(r, 2);
        b.rad(r++, 0, [
          tekst(band.navn),
          { formel: etikettformel(bandsett.enhet, grenser, k) },
          { formel: antallformel(kunder.kundetype, kundetype, verdier, bandsett.grenser, grenser, k), format: FORMAT.heltall },
          { formel: `IF(${medGrunnlag}>0,${antall}/${medGrunnlag},"na.")`, format: FORMAT.prosent },
        ]);
      });
      b.rad(r++, 0, [
        tekst(UTEN_GRUNNLAG.navn),
        tekst(`${UTEN_GRUNNLAG.etikett[bandsett.enhet]}, eller «na.»`),
        { formel: `COUNTIFS(${kunder.kundetype},${streng(kundetype)},${verdier},"na.")`, format: FORMAT.heltall },
      ]);
      b.rad(r++, 0, [
        tekst("Sum", "sum"), tekst("", "sum"),
        { formel: `COUNTIF(${kunder.kundetype},${streng(kundetype)})`, format: FORMAT.heltall, stil: "sum" },
        { formel: `IF(${medGrunnlag}>0,SUM(${ref(forste, 3)}:${ref(utenRad - 1, 3)}),"na.")`, format: FORMAT.prosent, stil: "sum" },
      ]);
      r++;
    }
  }
  return b.bygg([34, 22, 12, 12, 12], { rader: GRENSERAD.kroner + 1, kolonner: 0 });
}
