import Papa from "papaparse";
import { distance } from "fastest-levenshtein";
import folkemengdeCsv from "../../../data/ssb-folkemengde.csv";
import { PrisFeil } from "./feil";
import type { Kundetype } from "./kundetype";
import { sokenokkel } from "../innlesing/normaliser";
import { tolkNorskTall } from "../innlesing/norsktall";

/** Et befolkningsår: folkemengden 1. januar det året (SSB-tabell 07459). Prisene for år Y bruker året Y − 1. */
export type Befolkningsar = number;

export const KILDE = "Kilde: Statistisk sentralbyrå (SSB), tabell 07459 (NLOD 2.0)";

export interface Organisasjon {
  nummer: string;
  navn: string;
  kundetype: Extract<Kundetype, "KOMMUNE" | "FYLKESKOMMUNE">;
  /** Folkemengden 1. januar per befolkningsår som følger med. */
  innbyggere: Readonly<Record<Befolkningsar, number>>;
}

type SsbRad = Record<string, string>;

/** Årskolonnene i de medfølgende dataene: innbyggere_2024, innbyggere_2025, … (så mange som filen har). */
const ARSKOLONNE = /^innbyggere_(\d{4})$/;

// Oslo kommune løser fylkets oppgaver og faktureres én gang, som KOMMUNE: fylkesraden 03 er bare data.
const OSLO_FYLKE = "03";

function lesOrganisasjoner(): { ar: Befolkningsar[]; organisasjoner: Organisasjon[] } {
  const tolket = Papa.parse<SsbRad>(folkemengdeCsv.trim(), { header: true, skipEmptyLines: true });
  const ar = (tolket.meta.fields ?? []).flatMap((f) => {
    const treff = ARSKOLONNE.exec(f);
    return treff ? [Number(treff[1])] : [];
  }).sort((a, b) => a - b);
  const organisasjoner = tolket.data
    .filter((r) => r.kommunenummer !== OSLO_FYLKE)
    .map((r): Organisasjon => ({
      nummer: r.kommunenummer,
      navn: r.navn,
      kundetype: r.kundetype === "FYLKESKOMMUNE" ? "FYLKESKOMMUNE" : "KOMMUNE",
      innbyggere: Object.freeze(Object.fromEntries(ar.map((a) => [a, Number(r[`innbyggere_${a}`])]))),
    }));
  return { ar, organisasjoner };
}

const DATA = lesOrganisasjoner();

/** Hver kunde i de medfølgende dataene: 357 kommuner og 14 fylkeskommuner. */
export const ORGANISASJONER: readonly Organisasjon[] = DATA.organisasjoner;

/** Befolkningsårene som følger med (SSB-tabell 07459, 1. januar), eldste først: 2024, 2025, 2026. */
export const BEFOLKNINGSAR: readonly Befolkningsar[] = Object.freeze(DATA.ar);

/** Det siste befolkningsåret som følger med (i dag 1. januar 2026): standard i oppgaveruten. */
export const SISTE_BEFOLKNINGSAR: Befolkningsar = BEFOLKNINGSAR[BEFOLKNINGSAR.length - 1];

/**
 * Befolkningsåret KS' publiserte tabell for 2025 bygger på (1. januar 2024): standard for funksjonene, kommandolinjen
 * og prismatrisen uten referanserad, så KS' kalkulatortabell gjenskapes på kronen når året er utelatt.
 */
export const STANDARD_BEFOLKNINGSAR: Befolkningsar = 2024;

/** Søkenøklene til én organisasjon: hele navnet, hver halvdel av et tospråklig navn, navnet uten "(fylke)". */
function nokler(org: Organisasjon): { hel: string; deler: string[] } {
  const hel = sokenokkel(org.navn);
  const utenParentes = org.navn.replace(/\s*\(.*\)\s*$/, "");
  const deler = utenParentes.split(/\s+-\s+/).map(sokenokkel);
  return { hel, deler: [...new Set([sokenokkel(utenParentes), ...deler])] };
}

const INDEKS = ORGANISASJONER.map((org) => ({ org, ...nokler(org) }));

/** «2024, 2025 eller 2026». */
export function arliste(ar: readonly number[]): string {
  return ar.length === 1 ? String(ar[0]) : `${ar.slice(0, -1).join(", ")} eller ${ar[ar.length - 1]}`;
}

/** Befolkningsårene som kan brukes: de som følger med og `ekstraAr` (årene i en folketallsfil), stigende. */
export function kjenteBefolkningsar(ekstraAr: readonly Befolkningsar[] = []): Befolkningsar[] {
  return [...new Set([...BEFOLKNINGSAR, ...ekstraAr])].sort((a, b) => a - b);
}

/** Et befolkningsår som følger med, eller et av `ekstraAr` (årene i en folketallsfil). */
export function tolkBefolkningsar(verdi: unknown, argument = "år", ekstraAr: readonly Befolkningsar[] = []): Befolkningsar {
  if (verdi === null || verdi === undefined || verdi === "") return STANDARD_BEFOLKNINGSAR;
  // Tekst leses av kjernens ene tall-leser, som alle andre tall («2 024» og «2024» er det samme året).
  const tall = tolkNorskTall(verdi);
  const ar = tall.type === "tall" && !tall.prosent && !tall.kroner ? tall.verdi.toNumber() : verdi;
  const gyldige = kjenteBefolkningsar(ekstraAr);
  if (typeof ar === "number" && gyldige.includes(ar)) return ar;
  throw new PrisFeil(`Argumentet «${argument}» må være ${arliste(gyldige)} (befolkning 1. januar), fikk «${String(verdi)}».`);
}

/**
 * Finner en kommune eller fylkeskommune etter nummer ("3205", "0301", 301, "32") eller navn (store/små
 * bokstaver og aksenter likegyldig; hver halvdel av "Oslo - Oslove"). Tvetydige navn lister kandidatene.
 */
export function finnOrganisasjon(sok: unknown): Organisasjon {
  if (typeof sok === "number" && Number.isInteger(sok) && sok >= 0) return finnPaNummer(String(sok), String(sok));
  if (typeof sok !== "string" || sok.trim() === "") {
    throw new PrisFeil(`Forventet navn eller nummer på en kommune eller fylkeskommune, fikk «${String(sok ?? "")}».`);
  }
  const tekst = sok.trim();
  if (/^\d{1,4}$/.test(tekst)) return finnPaNummer(tekst, tekst);
  const nokkel = sokenokkel(tekst);
  const hele = INDEKS.filter((i) => i.hel === nokkel);
  if (hele.length === 1) return hele[0].org;
  const treff = hele.length > 1 ? hele : INDEKS.filter((i) => i.deler.includes(nokkel));
  if (treff.length === 1) return treff[0].org;
  if (treff.length > 1) {
    const liste = treff.map((t) => `${t.org.navn} (${t.org.nummer})`).join(", ");
    throw new PrisFeil(`«${tekst}» passer på flere organisasjoner: ${liste}. Bruk nummeret eller hele navnet.`);
  }
  const forslag = naermesteNavn(nokkel);
  throw new PrisFeil(
    `Fant ingen kommune eller fylkeskommune som heter «${tekst}».` + (forslag ? ` Mente du «${forslag}»?` : ""),
    "ikke_funnet",
  );
}

function finnPaNummer(tekst: string, original: string): Organisasjon {
  // Excel fjerner innledende nuller: 301 betyr 0301, 3 betyr 03.
  const nummer = tekst.length <= 2 ? tekst.padStart(2, "0") : tekst.padStart(4, "0");
  if (nummer === OSLO_FYLKE) {
    throw new PrisFeil("Oslo er ikke egen fylkeskommune-kunde: Oslo kommune (0301) faktureres én gang, som kommune.", "ikke_funnet");
  }
  const org = ORGANISASJONER.find((o) => o.nummer === nummer);
  if (!org) throw new PrisFeil(`Fant ingen kommune eller fylkeskommune med nummer «${original}».`, "ikke_funnet");
  return org;
}

function naermesteNavn(nokkel: string): string | null {
  let beste: { navn: string; avstand: number } | null = null;
  for (const i of INDEKS) {
    for (const kandidat of [i.hel, ...i.deler]) {
      const avstand = distance(nokkel, kandidat);
      if (!beste || avstand < beste.avstand) beste = { navn: i.org.navn, avstand };
    }
  }
  return beste && beste.avstand <= Math.max(2, Math.floor(nokkel.length / 3)) ? beste.navn : null;
}

/** Den største kunden av en kundetype i et befolkningsår: standard referanseinnbyggertall. */
export function storsteInnbyggertall(kundetype: "KOMMUNE" | "FYLKESKOMMUNE", ar: Befolkningsar): number {
  return Math.max(...ORGANISASJONER.filter((o) => o.kundetype === kundetype).map((o) => o.innbyggere[ar]));
}
