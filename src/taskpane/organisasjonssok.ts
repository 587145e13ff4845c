import { ORGANISASJONER, type Organisasjon, sokenokkel } from "../core";

const MAKS_TREFF = 60;
const SOKEINDEKS = ORGANISASJONER.map((o) => ({ org: o, nokkel: sokenokkel(o.navn) }));

/** Treff på starten av nummeret eller på navnet uten hensyn til aksenter (treff i starten først). */
export function sokOrganisasjoner(sok: string): Organisasjon[] {
  const tekst = sok.trim();
  if (tekst === "") return ORGANISASJONER.slice(0, MAKS_TREFF);
  if (/^\d+$/.test(tekst)) return ORGANISASJONER.filter((o) => o.nummer.startsWith(tekst) || o.nummer.replace(/^0/, "").startsWith(tekst)).slice(0, MAKS_TREFF);
  const n = sokenokkel(tekst);
  const forst = SOKEINDEKS.filter((i) => i.nokkel.startsWith(n) || i.nokkel.split(" ").some((d) => d.startsWith(n)));
  const ellers = SOKEINDEKS.filter((i) => !forst.includes(i) && i.nokkel.includes(n));
  return [...forst, ...ellers].slice(0, MAKS_TREFF).map((i) => i.org);
}

/** «Bodø (1804)»: teksten i søkefeltet når en organisasjon er valgt. */
export const visningsnavn = (o: Organisasjon) => `${o.navn} (${o.nummer})`;
