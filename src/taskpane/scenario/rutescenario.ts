/**
 * Rutens scenario som kjernens scenariofil, og tilbake: det «Lagre scenario» laster ned, det «Åpne scenario» leser, og
 * det ruten husker i arbeidsboken eller nettleseren. Formatet og feilene er kjernens (tolkScenario, skrivScenario),
 * så en fil fra ruten gir de samme tallene i `fikspris kalkulator --scenario` og `fikspris budsjett --scenario`, og en
 * fil skrevet for kommandolinjen åpnes i ruten. Bare omforming her.
 */
import {
  type Budsjettvalg, Decimal, type Folketall, type Kalkulatorinput, type Prismatrise, type Scenario, type Scenarioinnhold, STANDARD_DIGIFIN,
  STANDARD_SVARUT, SVARUT, type Tjenestevalg, beregnKalkulator, digifinlosninger, gjenkjennTjeneste,
  kvartalstekst, lesFolketallsfil, norskTall, prismatriseTilTekstceller, scenariobudsjett, skrivScenario, sokenokkel, tolkPrismatrise, tolkScenario,
} from "../../core";
import { beregn } from "../felles/beregning";
import { type Budsjettskjema, TOMT_BUDSJETTSKJEMA, oppstartstjenester, standardFra, tolkBudsjettskjema } from "../budsjett/budsjettskjema";
import { type Skjema, TOMT_SKJEMA, tolkSkjema } from "../felles/skjema";
import { type AktivMatrise, type Matrisekilde, STANDARD } from "../felles/tilstand";
import { folketallSomCsv } from "./folketallstekst";

/** Alt et scenario i ruten består av: kalkulatorens og budsjettets skjema og matrisen i bruk. */
export interface Rutescenario {
  skjema: Skjema;
  budsjett: Budsjettskjema;
  aktiv: AktivMatrise;
}

export const TOMT_SCENARIO: Rutescenario = { skjema: TOMT_SKJEMA, budsjett: TOMT_BUDSJETTSKJEMA, aktiv: STANDARD };

/** Om brukeren har endret noe i Budsjett-fanen: bare da får scenariofilen «budsjett». */
export function budsjettErSatt(budsjett: Budsjettskjema): boolean {
  return JSON.stringify(budsjett) !== JSON.stringify(TOMT_BUDSJETTSKJEMA);
}

/**
 * Scenariet slik ruten regner det nå: kunden, tjenestene med dagens priser og SvarUts antall, og budsjettet når det er
 * satt. Et felt ruten avviser, er ikke med (som i beregningen). null før det finnes en kunde.
 */
export function scenarioinnhold({ skjema, budsjett, aktiv }: Rutescenario): Scenarioinnhold | null {
  const tolket = tolkSkjema(skjema, aktiv.matrise);
  if (!tolket.input || !tolket.grunnlag) return null;
  // Budsjettvalgene slik Budsjett-fanen leser dem (uten å regne planen): bare når kalkulatorens scenario kan regnes.
  const plan = budsjettErSatt(budsjett) && beregn(skjema, aktiv).beregning.type === "ok"
    ? tolkBudsjettskjema(budsjett, skjema.ar, oppstartstjenester(tolket.input, aktiv.matrise)).valg
    : null;
  const { tjenester, vurder } = tolket.input;
  const somValg = (t: string | Tjenestevalg): Tjenestevalg => (typeof t === "string" ? { tjeneste: t } : t);
  return { kunde: tolket.grunnlag, ar: skjema.ar, tjenester: tjenester.map(somValg), vurder: vurder.map(somValg), budsjett: plan };
}

/** Scenariofilen for «Lagre scenario», eller null før det finnes en kunde. */
export function scenariofil(scenario: Rutescenario): string | null {
  const innhold = scenarioinnhold(scenario);
  return innhold ? skrivScenario(innhold) : null;
}

/** Navnet en tjeneste har i ruten (matrisens navn, SvarUt, Min kommune); et ukjent navn gir kjernens feil med forslag. */
function rutenavn(matrise: Prismatrise, navn: string): string {
  const gjenkjent = gjenkjennTjeneste(matrise, navn);
  return gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : gjenkjent.type === "svarut" ? SVARUT : gjenkjent.navn;
}

const tekst = (tall: number | null | undefined) => (tall === null || tall === undefined ? "" : norskTall(new Decimal(tall)));

/**
 * En prosentsats slik Budsjett-feltet (med «%» etter feltet) leser den: «1», «−1,25»; 0 er tomt felt. Mellom 0 og 1
 * står «%» i teksten, for «0,3» alene er tvetydig (0,3 % eller 30 % som andel) og avvises av feltet.
 */
const prosenttekst = (prosent: Decimal) =>
  prosent.isZero() ? "" : prosent.gt(0) && prosent.lt(1) ? `${norskTall(prosent)} %` : norskTall(prosent);

const LOSNINGER = digifinlosninger(STANDARD_DIGIFIN);

function budsjettskjema(valg: Budsjettvalg | null, befolkningsar: number, matrise: Prismatrise): Budsjettskjema {
  if (!valg) return TOMT_BUDSJETTSKJEMA;
  return {
    fra: valg.fra === standardFra(befolkningsar) ? null : String(valg.fra),
    ar: valg.ar,
    befolkningsvekst: prosenttekst(valg.befolkningsvekst),
    prisjustering: prosenttekst(valg.prisjustering),
    oppstart: Object.fromEntries(valg.oppstart.map((o) => [rutenavn(matrise, o.tjeneste), kvartalstekst(o.kvartal)])),
    digifin: valg.digifin.map((d) => ({
      losning: LOSNINGER.find((l) => sokenokkel(l) === sokenokkel(d.losning)) ?? d.losning,
      kvartal: kvartalstekst(d.kvartal),
      medlemskap: d.medlemskap,
    })),
  };
}

/** Skjemaene for et tolket scenario: tallene skrevet på norsk, tjenestene med rutens navn. */
function tilSkjema(s: Scenario, valg: Budsjettvalg | null, matrise: Prismatrise): Pick<Rutescenario, "skjema" | "budsjett"> {
  const { kunde } = s;
  const svarut = [...s.tjenester, ...s.vurder].find((t) => rutenavn(matrise, t.tjeneste) === SVARUT);
  const skjema: Skjema = {
    ...TOMT_SKJEMA,
    ar: s.ar,
    modus: kunde.organisasjon ? "organisasjon" : "manuell",
    organisasjon: kunde.organisasjon,
    overstyrInnbyggere: kunde.kilde.type === "overstyrt" ? tekst(kunde.innbyggere) : "",
    kundetype: kunde.kundetype,
    innbyggere: kunde.kilde.type === "oppgitt" ? tekst(kunde.innbyggere) : "",
    brukte: Object.fromEntries(s.tjenester.map((t: Tjenestevalg) => [rutenavn(matrise, t.tjeneste), { valgt: true, eksisterende: tekst(t.eksisterende) }])),
    vurder: Object.fromEntries(s.vurder.map((t) => [rutenavn(matrise, t.tjeneste), true])),
    volum: { altinn: tekst(svarut?.altinn), forsendelser: tekst(svarut?.forsendelser), svarinn: tekst(svarut?.svarinn) },
  };
  return { skjema, budsjett: budsjettskjema(valg, s.ar, matrise) };
}

/** En scenariofil lest til rutens skjemaer, med kalkulatorens inndata og budsjettvalgene (til sjekken ved åpning). */
interface LestScenario {
  skjemaer: Pick<Rutescenario, "skjema" | "budsjett">;
  input: Kalkulatorinput;
  valg: Budsjettvalg | null;
}

/** Filens egne feil (tolkScenario) og kalkulatorens (som `fikspris kalkulator` for den samme filen og matrisen). */
function lesScenario(innhold: string, fil: string, matrise: Prismatrise, folketall: Folketall | null): LestScenario {
  const s = tolkScenario(innhold, fil, folketall);
  const input = { kundetype: s.kunde.kundetype, innbyggere: s.kunde.innbyggere, tjenester: s.tjenester, vurder: s.vurder };
  beregnKalkulator(input, matrise, STANDARD_SVARUT);
  const valg = scenariobudsjett(s, fil);
  const skjemaer = tilSkjema(s, valg, matrise);
  return { skjemaer: { ...skjemaer, skjema: { ...skjemaer.skjema, folketall } }, input, valg };
}

/**
 * «Åpne scenario»: en scenariofil til rutens skjemaer med kommandolinjens feil, også dem `fikspris budsjett` gir for en
 * fil med «budsjett». Budsjettets kjerne hentes første gang en slik fil åpnes (den er ikke i den første bunten).
 */
export async function apneScenario(
  innhold: string, fil: string, matrise: Prismatrise, folketall: Folketall | null = null,
): Promise<Pick<Rutescenario, "skjema" | "budsjett">> {
  const { skjemaer, input, valg } = lesScenario(innhold, fil, matrise, folketall);
  if (valg) {
    const { sjekkScenariobudsjett } = await import(/* webpackChunkName: "budsjettsjekk" */ "./budsjettsjekk");
    sjekkScenariobudsjett(fil, input, valg, matrise);
  }
  return skjemaer;
}

// ---- det ruten husker mellom øktene ----

/** Hvor det huskede scenariet står i feilmeldinger. */
export const HUSKET = "husket av oppgaveruten";

interface Husket {
  versjon: 1;
  /** Scenariofilen (kjernens format), eller null før det finnes en kunde. */
  scenario: string | null;
  /** En matrise som ikke er standardmatrisen (lest fra arket eller endret i ruten), som celler i CSV-oppsettet. */
  matrise: { celler: string[][]; kilde: Matrisekilde; endret: boolean } | null;
  /** En innlest folketallsfil («Les inn folketall») i det medfølgende CSV-oppsettet; mangler i eldre husket tekst. */
  folketall?: { fil: string; csv: string } | null;
}

/** Det ruten husker: scenariofilen og matrisen i bruk når den ikke er standardmatrisen (med endringer og hva-om). */
export function huskTekst(scenario: Rutescenario): string {
  const { aktiv } = scenario;
  const husket: Husket = {
    versjon: 1,
    scenario: scenariofil(scenario),
    matrise: aktiv === STANDARD ? null : { celler: prismatriseTilTekstceller(aktiv.matrise), kilde: aktiv.kilde, endret: aktiv.endret },
    // Bare med en innlest fil, så det som huskes uten den er som før.
    ...(scenario.skjema.folketall ? { folketall: { fil: scenario.skjema.folketall.fil, csv: folketallSomCsv(scenario.skjema.folketall) } } : {}),
  };
  return JSON.stringify(husket);
}

/** Det huskede scenariet tilbake; en matrise eller fil som ikke kan leses, gir kjernens feil. */
export function fraHusket(tekst: string): Rutescenario {
  const husket = JSON.parse(tekst) as Husket;
  if (husket?.versjon !== 1) throw new Error("Det huskede scenariet er fra en annen versjon av oppgaveruten.");
  const aktiv: AktivMatrise = husket.matrise
    ? { matrise: tolkPrismatrise(husket.matrise.celler), kilde: husket.matrise.kilde, endret: husket.matrise.endret }
    : STANDARD;
  const folketall = husket.folketall ? lesFolketallsfil(husket.folketall.csv, husket.folketall.fil) : null;
  const skjemaer = husket.scenario === null
    ? { skjema: { ...TOMT_SKJEMA, folketall }, budsjett: TOMT_BUDSJETTSKJEMA }
    // Det ruten selv husket: en plan som ikke kan regnes, vises med sin feil i Budsjett-fanen i stedet for å gå tapt.
    : lesScenario(husket.scenario, HUSKET, aktiv.matrise, folketall).skjemaer;
  return { ...skjemaer, aktiv };
}
