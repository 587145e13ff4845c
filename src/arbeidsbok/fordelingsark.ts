/**
 * Arket Fordeling i sektorarbeidsboken: båndtabellene per kundetype, i prosent og i kroner, som COUNTIFS-formler
 * over kundenes endring i arket Kunder, med bandgrensene i redigerbare celler. Grenseregelen er kjernens
 * (src/core/modell/baand.ts): første bånd er under første grense; det andre går fra og med den grensen til og med sin egen;
 * hvert av de neste fra over forrige grense til og med sin egen; siste bånd er alt over siste grense.
 */
import { type Bandsett, type Kundetype, UTEN_GRUNNLAG } from "../core";
import { abs, omrade, ref } from "../ark/adresser";
import { type Bandtabelloppsett, bandtabelloppsett } from "../ark/bandtabelloppsett";
import { forsteMelding, streng } from "./formler";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { KUNDEARK, type Kundeoppslag } from "./kundeark";
import { FORMAT, prosentformat } from "../ark/tallformat";

export const FORDELINGSARK = "Fordeling";

const GRENSERAD = { prosent: 3, kroner: 4 } as const;
const FORSTE_TABELL = 7;

/** En grense som tekst i en båndetikett: prosentgrensene står som andeler i cellene (29 % = 0,29). */
function grensetekst(enhet: Bandsett["enhet"], celle: string): string {
  return enhet === "prosent" ? `ROUND(${celle}*100,10)` : `FIXED(${celle},0)`;
}

/** «under 0 %», «0–29 %», «over 29–60 %», «over 100 %» fra grensecellene, slik kjernen merker båndene. */
function etikettformel(enhet: Bandsett["enhet"], grenser: string[], k: number): string {
  const tegn = enhet === "prosent" ? '" %"' : '" kr"';
  if (k === 0) return `"under "&${grensetekst(enhet, grenser[0])}&${tegn}`;
  if (k === grenser.length) return `"over "&${grensetekst(enhet, grenser[k - 1])}&${tegn}`;
  return `${k > 1 ? '"over "&' : ""}${grensetekst(enhet, grenser[k - 1])}&"–"&${grensetekst(enhet, grenser[k])}&${tegn}`;
}

/**
 * COUNTIFS over én kundetypes endringer for bånd k. En grense som er inklusiv, hører til båndet under seg (bånd k
 * slutter med «<=» og bånd k + 1 begynner med «>»); det gjør ikke første grense (en endring på nøyaktig 0 er i bånd 1).
 */
function antallformel(typeomrade: string, kundetype: Kundetype, verdier: string, grenser: Bandsett["grenser"], celler: string[], k: number): string {
  const vilkar = [`${typeomrade},${streng(kundetype)}`];
  if (k > 0) vilkar.push(`${verdier},"${grenser[k - 1].inklusiv ? ">" : ">="}"&${celler[k - 1]}`);
  if (k < grenser.length) vilkar.push(`${verdier},"${grenser[k].inklusiv ? "<=" : "<"}"&${celler[k]}`);
  return `COUNTIFS(${vilkar.join(",")})`;
}

/** Merknaden ved en rad med bandgrenser, med kjernens ordlyd (src/core/modell/baand.ts): tekst i en grense, eller grenser som ikke øker. */
function grensemerknad(celler: string[]): string {
  return forsteMelding([
    ...celler.map((c, k): [string, string] => [`NOT(ISNUMBER(${c}))`, `Bandgrense nr. ${k + 1} må være et tall: båndene teller feil.`]),
    ...celler.slice(1).map((c, k): [string, string] => [`${c}<=${celler[k]}`, `Bandgrensene må øke: nr. ${k + 2} må være større enn nr. ${k + 1}.`]),
  ]);
}

/**
 * Formlene i én båndtabell: etiketten fra grensecellene, COUNTIFS over kundenes endringer i arket Kunder, og andelen av
 * kundene med grunnlag («na.» når ingen har det); «Uten grunnlag» teller kundene med «na.» som endring.
 */
function bandformler(bandsett: Bandsett, kundetype: Kundetype, grenser: string[], kunder: Kundeoppslag): Bandtabelloppsett {
  const verdier = bandsett.enhet === "prosent" ? kunder.endringProsent : kunder.endringKr;
  const n = bandsett.band.length;
  return {
    kundetype, enhet: bandsett.enhet, band: bandsett.band.map((x) => x.navn),
    rad: (i, r) => {
      const forste = r - i;
      const [utenRad, sumRad] = [forste + n, forste + n + 1];
      const medGrunnlag = `(${abs(sumRad, 2)}-${abs(utenRad, 2)})`;
      if (i < n) {
        return {
          intervall: { formel: etikettformel(bandsett.enhet, grenser, i) },
          antall: { formel: antallformel(kunder.kundetype, kundetype, verdier, bandsett.grenser, grenser, i) },
          andel: { formel: `IF(${medGrunnlag}>0,${ref(r, 2)}/${medGrunnlag},"na.")` },
        };
      }
      if (i === n) {
        return {
          intervall: { verdi: UTEN_GRUNNLAG.etikett[bandsett.enhet] },
          antall: { formel: `COUNTIFS(${kunder.kundetype},${streng(kundetype)},${verdier},"na.")` },
          andel: { verdi: "na." },
        };
      }
      return {
        intervall: { verdi: "" },
        antall: { formel: `COUNTIF(${kunder.kundetype},${streng(kundetype)})` },
        andel: { formel: `IF(${medGrunnlag}>0,SUM(${ref(forste, 3)}:${ref(utenRad - 1, 3)}),"")` },
      };
    },
  };
}

export interface Fordelingsoppsett {
  prosentband: Bandsett;
  kroneband: Bandsett;
  /** Kundetypene som finnes blant kundene, i kjernens rekkefølge. */
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
    const n = bandsett.grenser.length;
    b.sett(rad, 1 + n, { formel: grensemerknad(grenseceller[bandsett.enhet]), stil: "forklaring" });
    b.valider({
      omrade: omrade(rad, 1, rad, n), type: "desimal", min: -1e10, max: 1e10,
      melding: "Bandgrensen må være et tall, og grensene må øke mot høyre.",
      inndatamelding: bandsett.enhet === "prosent"
        ? "Bandgrense i prosent (29 % skrives 29 %). Grensene må øke mot høyre."
        : "Bandgrense i kroner (40 000). Grensene må øke mot høyre.",
    });
  }

  let r = FORSTE_TABELL;
  for (const bandsett of [o.prosentband, o.kroneband]) {
    for (const kundetype of o.kundetyper) r = bandtabelloppsett(b, r, bandformler(bandsett, kundetype, grenseceller[bandsett.enhet], kunder)).neste;
  }
  return b.bygg([34, 22, 12, 12, 12], { rader: GRENSERAD.kroner + 1, kolonner: 0 });
}
