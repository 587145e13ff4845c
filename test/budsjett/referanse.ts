/**
 * Uavhengig fasit for budsjettet: brøker av BigInt (test/okonom/brok.ts), uten decimal.js og uten kjernens kode.
 * En prosentsats gis som heltall i ti-tusendeler av en prosent (12 345 = 1,2345 %), så fasiten aldri leser et flyttall.
 */
import { type Brok, brok, fra, gange, modell, pluss, rund } from "../okonom/brok";

export const TITUSENDELER = 10_000;

function potens(b: Brok, n: number): Brok {
  let p = brok(1n);
  for (let i = 0; i < n; i++) p = gange(p, b);
  return p;
}

/** (1 + prosent/100)^n med prosenten i ti-tusendeler. */
export function vekstfaktor(titusendeler: number, n: number): Brok {
  return potens(pluss(brok(1n), brok(BigInt(titusendeler), BigInt(100 * TITUSENDELER))), n);
}

/** round-half-up(P · (1 + v)^n). */
export function innbyggereFasit(p: number, titusendeler: number, n: number): number {
  return Number(rund(gange(brok(BigInt(p)), vekstfaktor(titusendeler, n))));
}

/** Årsprisen i hele kroner: round-half-up(eksakt pris · (1 + d)^n). */
export function arsprisFasit(eksakt: Brok, titusendeler: number, n: number): number {
  return Number(rund(gange(eksakt, vekstfaktor(titusendeler, n))));
}

/** Årets beløp: round-half-up(årspris · q / 4). */
export function arsbelopFasit(arspris: number, aktive: number): number {
  return Number(rund(brok(BigInt(arspris) * BigInt(aktive), 4n)));
}

/** Den publiserte prismatrisen for 2025 (data/prismatrise-2025.csv), skrevet inn på nytt for hånd: [fastpris, innbyggerpris, justering]. */
type Ledd = [string, string, string];
const PUBLISERT: Record<string, { kommune: Ledd | null; fylkeskommune: Ledd | null; statlig: string | null }> = {
  Grunnfinansiering: { kommune: ["16500", "6.345", "0.10"], fylkeskommune: ["150000", "1.05", "0.60"], statlig: null },
  "Fiks Digisos": { kommune: ["3000", "0.636", "0.30"], fylkeskommune: null, statlig: null },
  "Fiks Bekymringsmelding": { kommune: ["3000", "0.636", "0.30"], fylkeskommune: null, statlig: null },
  "Digitalt ledsagerbevis": { kommune: ["3000", "1.2", "0.30"], fylkeskommune: null, statlig: null },
  "KS Læring": { kommune: ["18000", "1.56", "0.30"], fylkeskommune: ["18000", "0.39", "0.30"], statlig: "54000" },
  "Fiks Digiorden": { kommune: ["6000", "2.04", "0.30"], fylkeskommune: ["6000", "0.51", "0.30"], statlig: null },
  "Fiks Smittevern": { kommune: ["18000", "1.2", "0.30"], fylkeskommune: null, statlig: null },
  "Fiks Folkeregister": { kommune: ["9000", "0.84", "0.30"], fylkeskommune: ["9000", "0.21", "0.30"], statlig: null },
  "Fiks Kjøretøyregister": { kommune: ["9000", "0.24", "0.30"], fylkeskommune: null, statlig: null },
  "Skatte- og inntektsopplysninger": { kommune: ["9000", "0.54", "0.30"], fylkeskommune: null, statlig: null },
  "Fiks Melding": { kommune: ["9000", "0", "0"], fylkeskommune: ["9000", "0", "0"], statlig: null },
  "Fiks Protokoller": { kommune: ["18000", "0.48", "0.30"], fylkeskommune: ["18000", "0.12", "0.30"], statlig: "60000" },
};
/** Referanseinnbyggertallene 1. januar 2024: Oslo og Akershus. */
const PREF = { KOMMUNE: 717_710, FYLKESKOMMUNE: 728_803 } as const;

export type Fasitkundetype = "KOMMUNE" | "FYLKESKOMMUNE" | "STATLIG_VIRKSOMHET";

/** Tjenestene en kundetype kan kjøpe etter den publiserte matrisen (uten grunnfinansiering). */
export function tilbudt(kundetype: Fasitkundetype): string[] {
  return Object.entries(PUBLISERT)
    .filter(([navn, p]) => navn !== "Grunnfinansiering" && (kundetype === "KOMMUNE" ? p.kommune : kundetype === "FYLKESKOMMUNE" ? p.fylkeskommune : p.statlig))
    .map(([navn]) => navn);
}

/** Den eksakte årsprisen til en matrisetjeneste. */
export function matriseprisFasit(tjeneste: string, kundetype: Fasitkundetype, p: number): Brok {
  const rad = PUBLISERT[tjeneste];
  if (kundetype === "STATLIG_VIRKSOMHET") return fra(rad.statlig as string);
  const [f, r, a] = (kundetype === "KOMMUNE" ? rad.kommune : rad.fylkeskommune) as Ledd;
  return modell(f, r, a, p, PREF[kundetype]);
}

/** SvarUt: 3 000 + altinn · 1,05 + forsendelser · 0,50 (statlige 1,30) + svarinn · 1,10 (statlige 1,20). */
export function svarutFasit(kundetype: Fasitkundetype, altinn: number, forsendelser: number, svarinn: number): Brok {
  const statlig = kundetype === "STATLIG_VIRKSOMHET";
  return [
    fra("3000"),
    gange(fra("1.05"), brok(BigInt(altinn))),
    gange(fra(statlig ? "1.30" : "0.50"), brok(BigInt(forsendelser))),
    gange(fra(statlig ? "1.20" : "1.10"), brok(BigInt(svarinn))),
  ].reduce(pluss);
}

/**
 * Digifin-avgiften etter den publiserte teksten: Digihelse 25 000 kr under 5 000 innbyggere og ellers 40 000 kr,
 * pluss 4 kr per innbygger; Digiorden 25 000 / 40 000 (5 000–10 000) / 60 000 kr; medlemskap 20 kr (kommuner)
 * eller 5 kr (fylkeskommuner) per innbygger.
 */
export function digifinFasit(losning: "Digihelse" | "Digiorden", kundetype: Fasitkundetype, p: number, medlemskap: boolean): number {
  const fast = losning === "Digihelse" ? (p < 5000 ? 25_000 : 40_000) : p < 5000 ? 25_000 : p <= 10_000 ? 40_000 : 60_000;
  const variabel = losning === "Digihelse" ? 4 * p : 0;
  return fast + variabel + (medlemskap ? (kundetype === "KOMMUNE" ? 20 : 5) * p : 0);
}
