import {
  beregnKalkulator, type Budsjettbefolkning, type Folketall, finnOrganisasjon, medFolketall, KUNDETYPENAVN, type Kalkulatorrad, type Kundetype, PrisFeil,
  prisgrunnlag, STANDARD_SVARUT, type Prismatrise, tolkBefolkningsar, tolkInnbyggere, tolkKundetype, type Tjenestevalg,
} from "../../core";
import {
  antall, type Argumenter, type Kommando, jsonTall, kr, lesFolketall, lesMatrise, lesTekstfil, filadvarsler, pakrevd, prosent, tekstTabell, valgfri, valg } from "../felles";

// «budsjett» leses av «fikspris budsjett»; kalkulatoren lar den ligge.
const SCENARIONOKLER = ["organisasjon", "ar", "innbyggere", "kundetype", "tjenester", "vurder", "budsjett"];
const TJENESTENOKLER = ["tjeneste", "eksisterende", "altinn", "forsendelser", "svarinn"];

export interface Kunde {
  nummer: string | null;
  navn: string | null;
  kundetype: Kundetype;
  ar: number | null;
  innbyggere: number;
}

function feil(fil: string, melding: string): PrisFeil {
  return new PrisFeil(`Scenariofilen «${fil}»: ${melding}`);
}

function erObjekt(verdi: unknown): verdi is Record<string, unknown> {
  return typeof verdi === "object" && verdi !== null && !Array.isArray(verdi);
}

function sjekkNokler(objekt: Record<string, unknown>, gyldige: string[], hvor: string, fil: string): void {
  const ukjent = Object.keys(objekt).filter((k) => !gyldige.includes(k));
  if (ukjent.length > 0) {
    throw feil(fil, `ukjent felt «${ukjent[0]}» ${hvor}. Gyldige felt: ${gyldige.join(", ")}.`);
  }
}

/** Én oppføring i "tjenester"/"vurder": et tjenestenavn eller et objekt; beløp må være JSON-tall. */
function tolkTjenestevalg(verdi: unknown, hvor: string, fil: string): Tjenestevalg {
  if (typeof verdi === "string") return { tjeneste: verdi };
  if (!erObjekt(verdi)) throw feil(fil, `${hvor} må være et tjenestenavn eller et objekt med «tjeneste».`);
  sjekkNokler(verdi, TJENESTENOKLER, `i ${hvor}`, fil);
  if (typeof verdi.tjeneste !== "string") throw feil(fil, `${hvor} mangler «tjeneste» (tjenestenavnet som tekst).`);
  for (const k of TJENESTENOKLER.slice(1)) {
    const v = verdi[k];
    if (v !== undefined && v !== null && (typeof v !== "number" || !Number.isFinite(v))) {
      throw feil(fil, `«${k}» i ${hvor} (${verdi.tjeneste}) må være et tall, fikk ${JSON.stringify(v)}.`);
    }
  }
  return verdi as unknown as Tjenestevalg;
}

function tolkKunde(s: Record<string, unknown>, fil: string, folketall: Folketall | null): Kunde {
  const ar = tolkBefolkningsar(s.ar, "ar", folketall?.ar);
  if (s.organisasjon !== undefined && s.organisasjon !== null) {
    const org = finnOrganisasjon(s.organisasjon);
    if (s.kundetype !== undefined && tolkKundetype(s.kundetype) !== org.kundetype) {
      throw feil(fil, `«kundetype» ${String(s.kundetype)} passer ikke med ${org.navn}, som er ${org.kundetype}. Fjern feltet.`);
    }
    const innbyggere = s.innbyggere === undefined ? medFolketall(org.innbyggere, org.nummer, folketall)[ar] : tolkInnbyggere(s.innbyggere, "innbyggere");
    return { nummer: org.nummer, navn: org.navn, kundetype: org.kundetype, ar, innbyggere };
  }
  if (s.innbyggere === undefined || s.kundetype === undefined) {
    throw feil(fil, "oppgi «organisasjon» (navn eller nummer), eller «innbyggere» og «kundetype».");
  }
  return {
    nummer: null, navn: null,
    kundetype: tolkKundetype(s.kundetype, "kundetype"),
    ar: null,
    innbyggere: tolkInnbyggere(s.innbyggere, "innbyggere"),
  };
}

function tolkListe(verdi: unknown, felt: string, fil: string): Tjenestevalg[] {
  if (verdi === undefined) return [];
  if (!Array.isArray(verdi)) throw feil(fil, `«${felt}» må være en liste.`);
  return verdi.map((v, i) => tolkTjenestevalg(v, `${felt}[${i}]`, fil));
}

/** Hvor JSON.parse stoppet, på norsk: dens egen melding er engelsk («Unexpected token … at position 48»). */
function hvorJsonFeiler(tekst: string, e: unknown): string {
  const posisjon = /position (\d+)/.exec(e instanceof Error ? e.message : "");
  if (!posisjon) return "filen slutter før JSON-en er ferdig";
  const for_ = tekst.slice(0, Number(posisjon[1]));
  const linje = for_.split("\n").length;
  return `feil ved linje ${linje}, tegn ${for_.length - for_.lastIndexOf("\n")}`;
}

/**
 * En organisasjon uten eget innbyggertall har kjente tall per år (budsjettet tar 1. januar året før hvert planår);
 * et oppgitt innbyggertall er planens første år. «ar» i filen er befolkningsåret brukeren valgte (til advarselen).
 */
function budsjettbefolkning(data: Record<string, unknown>, kunde: Kunde, folketall: Folketall | null): Budsjettbefolkning {
  const oppgittAr = data.ar === undefined || data.ar === null ? null : kunde.ar;
  if (kunde.nummer !== null && data.innbyggere === undefined) {
    const tall = medFolketall(finnOrganisasjon(kunde.nummer).innbyggere, kunde.nummer, folketall);
    return { grunnlag: { type: "kjent", tall }, scenarioar: oppgittAr };
  }
  return { grunnlag: { type: "oppgitt", innbyggere: kunde.innbyggere }, scenarioar: null };
}

/** «Prismatrise 2025 · innbyggere 1.1.2024» for kalkulatoren, eller «… · innbyggere oppgitt». */
export function kalkulatorgrunnlag(scenario: Scenario, matrise: Prismatrise): string {
  return prisgrunnlag(matrise.prisar, scenario.befolkning.grunnlag.type === "kjent" ? scenario.kunde.ar : null);
}

export interface Scenario {
  kunde: Kunde;
  /** Innbyggertallene et budsjett bygger på: organisasjonens kjente år, eller det oppgitte tallet. */
  befolkning: Budsjettbefolkning;
  tjenester: Tjenestevalg[];
  vurder: Tjenestevalg[];
  /** Budsjettseksjonen som den står i filen (tolkes av kjernens tolkBudsjett). */
  budsjett: unknown;
}

/** Scenariofilen; med en folketallsfil (--innbyggerfil) kan «ar» være filens år, og budsjettet kjenner de årene. */
export function lesScenario(fil: string, folketall: Folketall | null = null): Scenario {
  const tekst = lesTekstfil(fil, "--scenario");
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch (e) {
    throw feil(fil, `ikke gyldig JSON (${hvorJsonFeiler(tekst, e)}).`);
  }
  if (!erObjekt(data)) throw feil(fil, "forventet et JSON-objekt med «organisasjon» og «tjenester».");
  sjekkNokler(data, SCENARIONOKLER, "i scenariet", fil);
  const kunde = tolkKunde(data, fil, folketall);
  return {
    kunde,
    befolkning: budsjettbefolkning(data, kunde, folketall),
    tjenester: tolkListe(data.tjenester, "tjenester", fil),
    vurder: tolkListe(data.vurder, "vurder", fil),
    budsjett: data.budsjett,
  };
}

/** --scenario og --matrise slik kommandoene som leser et scenario tar dem; advarslene gjelder en egen matrise. */
export function lesScenarioOgMatrise(a: Argumenter): { fil: string; matrise: Prismatrise; advarsler: string[]; scenario: Scenario } {
  const fil = pakrevd(a, "scenario");
  const matrisesti = valgfri(a, "matrise");
  const matrise = lesMatrise(matrisesti);
  return { fil, matrise, advarsler: filadvarsler(matrise, matrisesti), scenario: lesScenario(fil, lesFolketall(a)) };
}

/** «Bodø (1804), kommune, 53 712 innbyggere», eller kundetypen og innbyggertallet for en kunde uten navn. */
export function kundebeskrivelse(kunde: Kunde): string {
  return kunde.navn
    ? `${kunde.navn} (${kunde.nummer}), ${KUNDETYPENAVN[kunde.kundetype].toLowerCase()}, ${antall(kunde.innbyggere)} innbyggere`
    : `${KUNDETYPENAVN[kunde.kundetype]}, ${antall(kunde.innbyggere)} innbyggere`;
}

type Radverdier = Omit<Kalkulatorrad, "tjeneste" | "type">;

function radJson(tjeneste: string, r: Radverdier) {
  return {
    tjeneste,
    eksisterende: jsonTall(r.eksisterende),
    ny: jsonTall(r.ny),
    endringProsent: jsonTall(r.endringProsent),
    endringKr: jsonTall(r.endringKr),
    tillegg: jsonTall(r.tillegg),
    totalNy: jsonTall(r.totalNy),
  };
}

/** Tekstceller: "na." der kalkulatoren ikke har noen verdi; tomt der en kolonne ikke gjelder raden. */
function radTekst(tjeneste: string, r: Radverdier, tillegg: boolean): string[] {
  const belop = (v: Radverdier[keyof Radverdier], tomErNa: boolean) => (v === null ? (tomErNa ? "na." : "") : kr(v));
  return [
    tjeneste,
    belop(r.eksisterende, false),
    belop(r.ny, !tillegg),
    r.endringProsent === null ? (tillegg ? "" : "na.") : prosent(r.endringProsent),
    belop(r.endringKr, !tillegg),
    belop(r.tillegg, false),
    belop(r.totalNy, true),
  ];
}

export const kalkulator: Kommando = {
  navn: "kalkulator",
  sammendrag: "Priskalkulatoren: eksisterende mot ny pris for én organisasjon",
  hjelp: `Bruk: fikspris kalkulator --scenario FIL.json [--matrise FIL] [--json]

Sammenligner det organisasjonen betaler i dag med nye priser (grunnfinansiering + tjenestepriser), og
viser prisen på tjenester den vurderer («tillegg»). Grunnfinansiering legges til automatisk for kommuner og
fylkeskommuner. Linjene avrundes halvt opp til hele kroner; summene er summer av linjene.

Scenariofilen (JSON):
  {"organisasjon": "Bodø", "ar": 2024,
   "tjenester": [{"tjeneste": "Fiks Digisos", "eksisterende": 41000},
                 {"tjeneste": "SvarUt", "eksisterende": 190000, "altinn": 1000, "forsendelser": 50000, "svarinn": 200},
                 {"tjeneste": "Min Kommune", "eksisterende": 80000}],
   "vurder": ["Digitalt ledsagerbevis"]}
  «organisasjon» (navn eller nummer) kan byttes med «innbyggere» og «kundetype»; «innbyggere» sammen med
  «organisasjon» overstyrer SSB-tallet. «ar» er befolkningsåret (2024 standard, 2025 eller 2026).

Valg:
  --scenario FIL    scenariofilen (påkrevd)
  --matrise FIL     egen prismatrise som CSV (samme oppsett som «fikspris matrise --csv»)
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); «ar» kan da være filens år
  --json            maskinlesbart svar: {"organisasjon":{…},"rader":[…],"sum":{…}}; null = «na.»/tom celle,
                    endringProsent i prosent, uavrundet

Eksempel:
  fikspris kalkulator --scenario docs/eksempel-scenario.json`,
  valg: valg(["scenario", "matrise", "innbyggerfil"]),
  kjor(a) {
    const { matrise, advarsler, scenario } = lesScenarioOgMatrise(a);
    const { kunde, tjenester, vurder } = scenario;
    const resultat = beregnKalkulator(
      { kundetype: kunde.kundetype, innbyggere: kunde.innbyggere, tjenester, vurder }, matrise, STANDARD_SVARUT,
    );
    const hvem = kundebeskrivelse(kunde);
    const overskrift = ["Tjeneste", "Eksisterende", "Ny pris", "Prisendring %", "Prisendring kr", "Tillegg", "Total ny"];
    const rader = [
      ...resultat.rader.map((r) => radTekst(r.tjeneste, r, r.type === "tillegg")),
      radTekst("Sum", resultat.sum, false),
    ];
    return {
      json: {
        organisasjon: kunde,
        rader: resultat.rader.map((r) => radJson(r.tjeneste, r)),
        sum: radJson("Sum", resultat.sum),
      },
      tekst: `${hvem}\n${kalkulatorgrunnlag(scenario, matrise)}\n\n${tekstTabell(overskrift, rader, overskrift.map((_, k) => k > 0))}`,
      advarsler,
    };
  },
};
