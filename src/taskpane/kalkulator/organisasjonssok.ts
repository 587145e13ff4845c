import { distance } from "fastest-levenshtein";
import { type Kundetype, ORGANISASJONER, type Organisasjon, sokenokkel } from "../../core";

const MAKS_TREFF = 60;
const MAKS_FORSLAG = 5;
const SOKEINDEKS = ORGANISASJONER.map((o) => ({ org: o, nokkel: sokenokkel(o.navn) }));

/**
 * Ordene for kundetypen i et søk («Lillestrøm kommune», «Nordland fylkeskommune»): de er ikke en del av navnet,
 * men sier hvilken av to like navn (Oslo kommune og Oslo fylkeskommune) som menes.
 */
const TYPEORD: readonly [RegExp, Kundetype][] = [
  [/\b(fylkeskommunen?|fylke[t]?)\b/g, "FYLKESKOMMUNE"],
  [/\b(kommunen?)\b/g, "KOMMUNE"],
];

function utenTypeord(tekst: string): { navn: string; kundetype: Kundetype | null } {
  let navn = sokenokkel(tekst);
  let kundetype: Kundetype | null = null;
  for (const [ord, type] of TYPEORD) {
    const uten = navn.replace(ord, " ").replace(/\s+/g, " ").trim();
    if (uten !== navn && kundetype === null) kundetype = type;
    navn = uten;
  }
  return { navn, kundetype };
}

/** Kundetypen som ble nevnt, først (den andre står likevel i listen). */
const typeForst = (treff: Organisasjon[], kundetype: Kundetype | null) =>
  kundetype === null ? treff : [...treff.filter((o) => o.kundetype === kundetype), ...treff.filter((o) => o.kundetype !== kundetype)];

export interface Sokesvar {
  treff: Organisasjon[];
  /** Ingen navn passet: treffene er de nærmeste skrivemåtene («Mente du …»). */
  menteDu: boolean;
}

/**
 * Treff på starten av nummeret eller på navnet uten hensyn til aksenter (treff i starten først); ordene
 * «kommune» og «fylkeskommune» godtas. Uten treff: navnene som ligger nærmest (redigeringsavstand), som forslag.
 */
export function sokOrganisasjoner(sok: string): Sokesvar {
  const tekst = sok.trim();
  if (tekst === "") return { treff: ORGANISASJONER.slice(0, MAKS_TREFF), menteDu: false };
  if (/^\d+$/.test(tekst)) {
    return { treff: ORGANISASJONER.filter((o) => o.nummer.startsWith(tekst) || o.nummer.replace(/^0/, "").startsWith(tekst)).slice(0, MAKS_TREFF), menteDu: false };
  }
  const { navn: n, kundetype } = utenTypeord(tekst);
  if (n === "") {
    return { treff: ORGANISASJONER.filter((o) => kundetype === null || o.kundetype === kundetype).slice(0, MAKS_TREFF), menteDu: false };
  }
  const forst = SOKEINDEKS.filter((i) => i.nokkel.startsWith(n) || i.nokkel.split(" ").some((d) => d.startsWith(n)));
  const ellers = SOKEINDEKS.filter((i) => !forst.includes(i) && i.nokkel.includes(n));
  const treff = [...forst, ...ellers].map((i) => i.org);
  if (treff.length > 0) return { treff: typeForst(treff, kundetype).slice(0, MAKS_TREFF), menteDu: false };
  return { treff: typeForst(forslag(n), kundetype), menteDu: true };
}

/**
 * Navnene nærmest det som ble skrevet: høyst to feil for korte ord, ellers høyst en fjerdedel av lengden
 * («Lilestrøm» → Lillestrøm). Sammenlignet med hele navnet og med starten av navnet i samme lengde.
 */
function forslag(n: string): Organisasjon[] {
  const grense = Math.max(2, Math.floor(n.length / 4));
  return SOKEINDEKS
    // Starten av et langt navn teller én mer enn hele navnet, så «Bdoø» foreslår Bodø før Bjørnafjorden.
    .map((i) => ({ org: i.org, avstand: Math.min(distance(n, i.nokkel), distance(n, i.nokkel.slice(0, n.length)) + 1) }))
    .filter((f) => f.avstand <= grense && n.length >= 3)
    .sort((a, b) => a.avstand - b.avstand || a.org.navn.localeCompare(b.org.navn, "nb"))
    .slice(0, MAKS_FORSLAG)
    .map((f) => f.org);
}

/** «Bodø (1804)»: teksten i søkefeltet når en organisasjon er valgt. */
export const visningsnavn = (o: Organisasjon) => `${o.navn} (${o.nummer})`;
