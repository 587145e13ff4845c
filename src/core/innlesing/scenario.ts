/**
 * Scenariofilen (docs/eksempel-scenario.json, med «budsjett» som i docs/eksempel-budsjett.json): tolkScenario leser
 * den og skrivScenario skriver den, i kjernen, så kommandolinjen og oppgaveruten leser og skriver det samme formatet
 * med de samme norske feilene. Kommandolinjen gjør bare fil-I/O; ruten lagrer og åpner filer og lagrer scenariet i
 * arbeidsboken.
 */
import { type Budsjettvalg, tolkBudsjett } from "../budsjett/budsjettvalg";
import { PrisFeil } from "../modell/feil";
import { tolkInnbyggere } from "../modell/innbyggere";
import type { Tjenestevalg } from "../okonomi/kalkulator";
import { budsjettbefolkning, type Kundegrunnlag, oppgittGrunnlag, organisasjonsgrunnlag } from "../okonomi/kundegrunnlag";
import { tolkKundetype } from "../modell/kundetype";
import { kvartalstekst } from "../budsjett/kvartaler";
import { type Befolkningsar, finnOrganisasjon, tolkBefolkningsar } from "../modell/organisasjoner";
import type { Budsjettbefolkning } from "../budsjett/budsjett";
import { type Folketall, medFolketall } from "./folketallsfil";

// «budsjett» leses av budsjettet (scenariobudsjett); kalkulatoren lar den ligge.
const SCENARIONOKLER = ["organisasjon", "ar", "innbyggere", "kundetype", "tjenester", "vurder", "budsjett"];
const TJENESTENOKLER = ["tjeneste", "eksisterende", "altinn", "forsendelser", "svarinn"];

export interface Scenario {
  kunde: Kundegrunnlag;
  /** Befolkningsåret («ar»; 2024 når feltet mangler). */
  ar: Befolkningsar;
  /** Innbyggertallene et budsjett bygger på: organisasjonens kjente år, eller det oppgitte tallet. */
  befolkning: Budsjettbefolkning;
  tjenester: Tjenestevalg[];
  vurder: Tjenestevalg[];
  /** «budsjett» slik den står i filen: tolkes først når budsjettet brukes (scenariobudsjett). */
  budsjett: unknown;
}

/** Det skrivScenario skriver: som Scenario, med budsjettet tolket (utelatt når det ikke er satt). */
export interface Scenarioinnhold {
  kunde: Kundegrunnlag;
  ar: Befolkningsar;
  tjenester: readonly Tjenestevalg[];
  vurder: readonly Tjenestevalg[];
  budsjett?: Budsjettvalg | null;
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

function tolkKunde(s: Record<string, unknown>, ar: Befolkningsar, fil: string, folketall: Folketall | null): Kundegrunnlag {
  if (s.organisasjon !== undefined && s.organisasjon !== null) {
    const funnet = finnOrganisasjon(s.organisasjon);
    const org = folketall === null ? funnet : { ...funnet, innbyggere: medFolketall(funnet.innbyggere, funnet.nummer, folketall) };
    if (s.kundetype !== undefined && tolkKundetype(s.kundetype) !== org.kundetype) {
      throw feil(fil, `«kundetype» ${String(s.kundetype)} passer ikke med ${org.navn}, som er ${org.kundetype}. Fjern feltet.`);
    }
    return organisasjonsgrunnlag(org, ar, s.innbyggere === undefined ? null : tolkInnbyggere(s.innbyggere, "innbyggere"));
  }
  if (s.innbyggere === undefined || s.kundetype === undefined) {
    throw feil(fil, "oppgi «organisasjon» (navn eller nummer), eller «innbyggere» og «kundetype».");
  }
  return oppgittGrunnlag(tolkKundetype(s.kundetype, "kundetype"), tolkInnbyggere(s.innbyggere, "innbyggere"));
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
 * Leser scenariofilens tekst. `fil` er navnet feilene nevner («Scenariofilen «bodo.json»: ukjent felt …»). Budsjettet
 * tolkes ikke her (se scenariobudsjett): kalkulatoren godtar en fil der bare budsjettet er galt.
 * Med en folketallsfil (--innbyggerfil) kan «ar» være filens år, og budsjettet kjenner de årene.
 */
export function tolkScenario(tekst: string, fil: string, folketall: Folketall | null = null): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch (e) {
    throw feil(fil, `ikke gyldig JSON (${hvorJsonFeiler(tekst, e)}).`);
  }
  if (!erObjekt(data)) throw feil(fil, "forventet et JSON-objekt med «organisasjon» og «tjenester».");
  sjekkNokler(data, SCENARIONOKLER, "i scenariet", fil);
  const ar = tolkBefolkningsar(data.ar, "ar", folketall?.ar);
  const kunde = tolkKunde(data, ar, fil, folketall);
  return {
    kunde,
    ar,
    befolkning: budsjettbefolkning(kunde, data.ar === undefined || data.ar === null ? null : ar),
    tjenester: tolkListe(data.tjenester, "tjenester", fil),
    vurder: tolkListe(data.vurder, "vurder", fil),
    budsjett: data.budsjett,
  };
}

/** Feil i budsjettet gjelder scenariofilen: den nevnes foran feltet. */
export function iScenariofil<T>(fil: string, kropp: () => T): T {
  try {
    return kropp();
  } catch (e) {
    if (e instanceof PrisFeil) throw new PrisFeil(`Scenariofilen «${fil}»: ${e.message}`, e.type, e.henvisning);
    throw e;
  }
}

/** Budsjettseksjonen tolket (tolkBudsjett), med filen i feilene; null når scenariet ikke har noen. */
export function scenariobudsjett(scenario: Scenario, fil: string): Budsjettvalg | null {
  return scenario.budsjett === undefined ? null : iScenariofil(fil, () => tolkBudsjett(scenario.budsjett));
}

// ---- skriving: samme oppsett som docs/eksempel-scenario.json og docs/eksempel-budsjett.json ----

type Json = string | number | boolean | null | Json[] | { [nokkel: string]: Json };

/** JSON på én linje med mellomrom som i eksempelfilene: { "a": 1, "b": [2, 3] }. */
function kompakt(verdi: Json): string {
  if (Array.isArray(verdi)) return `[${verdi.map(kompakt).join(", ")}]`;
  if (verdi !== null && typeof verdi === "object") {
    const deler = Object.entries(verdi).map(([k, v]) => `${JSON.stringify(k)}: ${kompakt(v)}`);
    return deler.length === 0 ? "{}" : `{ ${deler.join(", ")} }`;
  }
  return JSON.stringify(verdi);
}

/** En tjeneste bare med navn skrives som tekst, ellers som objekt med feltene som er oppgitt. */
function tjenesteJson(t: Tjenestevalg): Json {
  const felt: { [nokkel: string]: Json } = { tjeneste: t.tjeneste };
  for (const k of ["eksisterende", "altinn", "forsendelser", "svarinn"] as const) {
    const v = t[k];
    if (v !== undefined && v !== null) felt[k] = v;
  }
  return Object.keys(felt).length === 1 ? t.tjeneste : felt;
}

/** Organisasjonen med navnet når navnet finner nettopp den igjen, ellers med nummeret. */
function organisasjonsnokkel(kunde: Kundegrunnlag): string {
  const org = kunde.organisasjon!;
  try {
    if (finnOrganisasjon(org.navn).nummer === org.nummer) return org.navn;
  } catch {
    // Et navn som passer flere: nummeret under.
  }
  return org.nummer;
}

function budsjettlinjer(b: Budsjettvalg): string[] {
  const linjer = [
    kompakt({ fra: b.fra, ar: b.ar, befolkningsvekst: b.befolkningsvekst.toNumber(), prisjustering: b.prisjustering.toNumber() }).slice(2, -2),
  ];
  if (b.oppstart.length > 0) {
    linjer.push(`"oppstart": ${kompakt(Object.fromEntries(b.oppstart.map((o) => [o.tjeneste, kvartalstekst(o.kvartal)])))}`);
  }
  if (b.digifin.length > 0) {
    linjer.push(`"digifin": ${kompakt(b.digifin.map((d) => ({ losning: d.losning, kvartal: kvartalstekst(d.kvartal), medlemskap: d.medlemskap })))}`);
  }
  return linjer;
}

/**
 * Scenariet som scenariofil, i samme oppsett som docs/eksempel-scenario.json: organisasjonen (navn eller nummer) med
 * «innbyggere» bare når tallet er skrevet over SSBs, eller «innbyggere» og «kundetype» for en kunde uten SSB-tall;
 * «budsjett» når det er satt. tolkScenario leser den tilbake til det samme.
 */
export function skrivScenario(s: Scenarioinnhold): string {
  const felt: string[] = [];
  const { kunde } = s;
  if (kunde.organisasjon) felt.push(`"organisasjon": ${JSON.stringify(organisasjonsnokkel(kunde))}`);
  felt.push(`"ar": ${s.ar}`);
  if (kunde.kilde.type !== "ssb") felt.push(`"innbyggere": ${kunde.innbyggere}`);
  if (!kunde.organisasjon) felt.push(`"kundetype": ${JSON.stringify(kunde.kundetype)}`);
  felt.push(
    s.tjenester.length === 0
      ? `"tjenester": []`
      : `"tjenester": [\n${s.tjenester.map((t) => `    ${kompakt(tjenesteJson(t))}`).join(",\n")}\n  ]`,
  );
  if (s.vurder.length > 0) felt.push(`"vurder": ${kompakt(s.vurder.map(tjenesteJson))}`);
  if (s.budsjett) felt.push(`"budsjett": {\n${budsjettlinjer(s.budsjett).map((l) => `    ${l}`).join(",\n")}\n  }`);
  return `{\n${felt.map((f) => `  ${f}`).join(",\n")}\n}\n`;
}
