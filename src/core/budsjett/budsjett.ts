import { eksaktArspris, justertArspris, prisjusteringsar } from "../okonomi/arspris";
import { rundHalvOpp } from "../modell/avrunding";
import type { Budsjettvalg, Digifinvalg, Oppstartsvalg } from "./budsjettvalg";
import { Decimal } from "../modell/desimal";
import { digifinAvgift, type Digifintabell, type Medlemskapssatser } from "../modell/digifin";
import { PrisFeil } from "../modell/feil";
import { prisjusteringsfaktor } from "./framskriving";
import { type Heltallsbrok, heltall } from "../modell/heltallsbrok";
import {
  type Befolkningsgrunnlag, befolkningsarAdvarsel, type Planinnbyggerkilde, planinnbyggerkildetekst, planensInnbyggertall,
} from "./planbefolkning";
import type { Kalkulatorinput } from "../okonomi/kalkulator";
import { aktiveKvartaler, arsbelop, fordelPaKvartaler, type Kvartal, type Kvartalsbelop } from "./kvartaler";
import type { Kundetype } from "../modell/kundetype";
import { GRUNNFINANSIERING, type Prismatrise } from "../modell/prismatrise";
import { type Scenariotjeneste, scenariotjenester, svarUtVolum } from "../innlesing/scenariotjenester";
import { norskTall } from "../visning/tallformat";
import type { SvarUtTabell, SvarUtVolum } from "../modell/svarut";
import { gjenkjennTjeneste } from "../modell/tjenester";
import { tjenestenokkel } from "../modell/tjenestenokkel";

export type Budsjettlinjetype = "grunnfinansiering" | "tjeneste" | "tillegg" | "digifin";

/** Én tjeneste (eller én Digifin-avgift) i ett av planens år. Alle beløp er hele kroner. */
export interface Budsjettlinje {
  tjeneste: string;
  type: Budsjettlinjetype;
  /** Årsprisen dette året etter befolkningsvekst og prisjustering; null for en Digifin-avgift (engangsbeløp). */
  arspris: number | null;
  /** Kvartaler med beløp dette året (0–4). */
  aktiveKvartaler: number;
  /** Det første kvartalet med beløp dette året (1–4); null når linjen ikke har beløp i år. */
  forsteKvartal: 1 | 2 | 3 | 4 | null;
  /** Oppstarten scenariet oppgir for tjenesten (null: hele planen); for en Digifin-avgift kvartalet den betales i. */
  oppstart: Kvartal | null;
  /** For en Digifin-avgift: løsningen og om medlemskapet er med; ellers null. */
  digifin: { losning: string; medlemskap: boolean } | null;
  belop: number;
  kvartal: Kvartalsbelop;
}

export interface Budsjettar {
  ar: number;
  /** Innbyggertallet prisene dette året regnes med. */
  innbyggere: number;
  /** Hvor innbyggertallet kommer fra: 1. januar året før, framskrevet fra det siste kjente året, eller oppgitt. */
  innbyggerkilde: Planinnbyggerkilde;
  /** Antall år prisene er justert fra matrisens prisår: året − prisåret. */
  prisjusteringsar: number;
  sum: number;
  /** Summen delt i tjenestene og Digifin-avgiftene (engangsbeløp). */
  tjenestesum: number;
  digifinsum: number;
  kvartal: Kvartalsbelop;
  linjer: Budsjettlinje[];
}

export interface Budsjett {
  fra: number;
  antallAr: number;
  /** Prosent per år, som i scenariet. */
  befolkningsvekst: Decimal;
  prisjustering: Decimal;
  /** Året prisene i matrisen gjelder; hvert år justeres prisene fra det. */
  prisar: number;
  ar: Budsjettar[];
  /** Summen av alle årene. */
  sum: number;
  /** Hver linjes sum over hele planen, i linjenes rekkefølge (den samme i hvert år). */
  linjesummer: number[];
  /** Tjenester i scenariet uten ny pris (Min kommune): ikke med i planen. */
  utenNyPris: string[];
  /** Det brukeren bør vite om grunnlaget, f.eks. et befolkningsår i scenariet som ikke passer planen. */
  advarsler: string[];
}

/** Innbyggertallene planen bygger på, og befolkningsåret scenariet oppgir (null: ikke oppgitt) til advarselen. */
export interface Budsjettbefolkning {
  grunnlag: Befolkningsgrunnlag;
  scenarioar: number | null;
}

/** Tabellene planen prises med. */
export interface Budsjettabeller {
  matrise: Prismatrise;
  svarut: SvarUtTabell;
  digifin: Digifintabell;
  medlemskap: Medlemskapssatser;
}

/** En prisbar tjeneste med sin oppstart og SvarUt-volumene lest én gang. */
interface Plantjeneste {
  linje: Scenariotjeneste;
  type: Exclude<Budsjettlinjetype, "digifin">;
  /** Oppstarten slik scenariet oppgir den; null = fra planens første kvartal. */
  oppstart: Kvartal | null;
  volum: SvarUtVolum;
}

/** En feil fra kjernen med feltet eller året den gjelder foran. */
function medSted<T>(sted: string, kropp: () => T): T {
  try {
    return kropp();
  } catch (feil) {
    if (feil instanceof PrisFeil) throw new PrisFeil(`${sted}: ${feil.message}`, feil.type);
    throw feil;
  }
}

/**
 * Kobler hver oppstart til sin tjeneste i scenariet. Beslutninger: tjenesten må stå i scenariet (i bruk eller
 * vurdert); grunnfinansieringen løper hele planen (alle kommuner og fylkeskommuner betaler den fra 2025, den
 * tas ikke i bruk) og kan ikke ha oppstart; Min kommune har ingen ny pris; samme tjeneste to ganger er en feil.
 */
function oppstartPerTjeneste(oppstart: Oppstartsvalg[], linjer: Scenariotjeneste[], matrise: Prismatrise): Map<Scenariotjeneste, Kvartal> {
  const kart = new Map<Scenariotjeneste, Kvartal>();
  const felt = new Map<Scenariotjeneste, string>();
  for (const o of oppstart) {
    const gjenkjent = medSted(o.felt, () => gjenkjennTjeneste(matrise, o.tjeneste, o.felt));
    const navn = gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : o.tjeneste;
    const linje = linjer.find((l) => tjenestenokkel(l.navn) === tjenestenokkel(navn));
    if (!linje) {
      throw new PrisFeil(`${o.felt}: ${navn} er ikke med i scenariet. Før den opp i «tjenester» eller «vurder», eller fjern oppstarten.`);
    }
    if (linje.navn === GRUNNFINANSIERING) {
      throw new PrisFeil(`${o.felt}: grunnfinansieringen betales hele året av alle kommuner og fylkeskommuner fra 2025 og kan ikke ha egen oppstart.`);
    }
    if (linje.gjenkjent.type === "utgatt") {
      throw new PrisFeil(`${o.felt}: ${linje.navn} har ingen ny pris (den inngår i grunnfinansieringen fra 2025), så den har ingen oppstart i planen.`);
    }
    const tidligere = felt.get(linje);
    if (tidligere) throw new PrisFeil(`${o.felt}: ${linje.navn} har allerede oppstart i ${tidligere}.`);
    felt.set(linje, o.felt);
    kart.set(linje, o.kvartal);
  }
  return kart;
}

function plantjenester(linjer: Scenariotjeneste[], valg: Budsjettvalg, matrise: Prismatrise): Plantjeneste[] {
  const oppstart = oppstartPerTjeneste(valg.oppstart, linjer, matrise);
  return linjer.flatMap((linje): Plantjeneste[] => {
    if (linje.type === "utgatt") return [];
    const volum = linje.gjenkjent.type === "svarut" ? svarUtVolum(linje.valg, linje.navn) : { altinn: 0, forsendelser: 0, svarinn: 0 };
    return [{ linje, type: linje.type, oppstart: oppstart.get(linje) ?? null, volum }];
  });
}

/** Det første kvartalet en linje har beløp i et år der de `aktive` siste kvartalene er i bruk. */
function forsteAktive(aktive: number): Budsjettlinje["forsteKvartal"] {
  return aktive === 0 ? null : ((5 - aktive) as 1 | 2 | 3 | 4);
}

function tjenestelinje(t: Plantjeneste, ar: number, fra: number, arspris: number): Budsjettlinje {
  const aktive = aktiveKvartaler(ar, t.oppstart ?? { ar: fra, kvartal: 1 });
  const belop = arsbelop(arspris, aktive);
  return {
    tjeneste: t.linje.navn, type: t.type, arspris, aktiveKvartaler: aktive, forsteKvartal: forsteAktive(aktive), oppstart: t.oppstart,
    digifin: null, belop, kvartal: fordelPaKvartaler(belop, aktive),
  };
}

/** Digifin-avgiftene: hver betales én gang, i sitt kvartal, med innbyggertallet det året (uten prisjustering). */
function digifinlinjer(
  valg: Digifinvalg[], innbyggere: (ar: number) => number, kundetype: Kundetype, tabeller: Budsjettabeller,
): { kvartal: Kvartal; linje: Omit<Budsjettlinje, "aktiveKvartaler" | "forsteKvartal" | "belop" | "kvartal">; belop: number }[] {
  const sett = new Map<string, string>();
  return valg.map((d) => {
    const avgift = medSted(d.felt, () =>
      digifinAvgift(tabeller.digifin, tabeller.medlemskap, innbyggere(d.kvartal.ar), d.losning, kundetype, d.medlemskap));
    const tidligere = sett.get(avgift.losning);
    if (tidligere) throw new PrisFeil(`${d.felt}: Digifin-avgiften for ${avgift.losning} betales én gang; den står allerede i ${tidligere}.`);
    sett.set(avgift.losning, d.felt);
    return {
      kvartal: d.kvartal,
      linje: {
        tjeneste: `Digifin-avgift ${avgift.losning}${d.medlemskap ? " med medlemskap" : ""}`, type: "digifin" as const, arspris: null,
        oppstart: d.kvartal, digifin: { losning: avgift.losning, medlemskap: d.medlemskap },
      },
      belop: heltall(BigInt(rundHalvOpp(avgift.pris).toFixed(0)), "Digifin-avgiften blir urimelig stor"),
    };
  });
}

/** En sum av hele kroner; over de sikre heltallene ville den bli unøyaktig, og det er en feil. */
function sikkerSum(tall: number[], hva: string): number {
  const sum = tall.reduce((s, x) => s + x, 0);
  if (!Number.isSafeInteger(sum)) throw new PrisFeil(`${hva} blir urimelig stor: kontroller innbyggertall, vekst og prisjustering.`);
  return sum;
}

function summerKvartaler(linjer: Budsjettlinje[], ar: number): Kvartalsbelop {
  const kvartal = (k: number) => sikkerSum(linjer.map((l) => l.kvartal[k]), `Summen for ${ar}-K${k + 1}`);
  return [kvartal(0), kvartal(1), kvartal(2), kvartal(3)];
}

/**
 * Budsjett og økonomiplan for scenariet, år for år og kvartal for kvartal. Regler:
 * - planåret Y bruker folkemengden 1. januar Y − 1 når den er kjent, ellers det siste kjente året framskrevet med
 *   veksten (se planinnbyggertall); et oppgitt innbyggertall gjelder første år og framskrives derfra;
 * - prisene ganges med (1 + prisjustering)^(Y − matrisens prisår) før hver linje avrundes halvt opp til hele kroner
 *   (årsprisen); referanseinnbyggertallet er matrisens og ligger fast;
 * - hver tjeneste i scenariet (i bruk og vurdert) løper fra første kvartal av «fra», eller fra sin oppstart;
 *   årets beløp er årsprisen × aktive kvartaler / 4, avrundet halvt opp, fordelt på kvartalene (se fordelPaKvartaler);
 * - grunnfinansieringen legges til for kommuner og fylkeskommuner som i kalkulatoren; Min kommune har ingen ny pris;
 * - en Digifin-avgift betales én gang, i sitt kvartal, med det årets innbyggertall og uten prisjustering
 *   (avgiften følger Digifins egen tabell, ikke KS DIFs prisliste).
 * Uten vekst, prisjustering, oppstart og Digifin er hvert års sum kalkulatorens «Total ny tjenestepris».
 */
export function beregnBudsjett(
  input: Kalkulatorinput, valg: Budsjettvalg, tabeller: Budsjettabeller,
  befolkning: Budsjettbefolkning = { grunnlag: { type: "oppgitt", innbyggere: input.innbyggere }, scenarioar: null },
): Budsjett {
  const { matrise, svarut } = tabeller;
  // Prisene justeres fra matrisens prisår; en plan som starter før det, har ingen priser å justere fra (en feil).
  prisjusteringsar(matrise.prisar, valg.fra, 0);
  const linjer = scenariotjenester(input, matrise);
  const tjenester = plantjenester(linjer, valg, matrise);
  const planinnbyggere = planensInnbyggertall(befolkning.grunnlag, valg.befolkningsvekst, valg.fra, valg.ar);
  const innbyggere = (ar: number) => planinnbyggere[ar - valg.fra].innbyggere;
  const digifin = digifinlinjer(valg.digifin, innbyggere, input.kundetype, tabeller);
  const advarsel = befolkningsarAdvarsel(befolkning.scenarioar, valg.fra, planinnbyggere[0]);

  const ar = planinnbyggere.map(({ innbyggere: p, kilde }, n): Budsjettar => {
    const aret = valg.fra + n;
    const m = prisjusteringsar(matrise.prisar, valg.fra, n);
    const faktor = prisjusteringsfaktor(valg.prisjustering, m);
    // Feil som bare oppstår med et annet innbyggertall enn kalkulatorens (f.eks. faktoren 1 − a·P/Pref ≤ 0) nevner året.
    const sted = `${aret} (${norskTall(new Decimal(p))} innbyggere, ${planinnbyggerkildetekst(kilde)})`;
    const prisDetteAret = (t: Plantjeneste) => {
      // Bare Min kommune er uten pris, og den er ikke blant plantjenestene.
      const eksakt = eksaktArspris(t.linje, p, input.kundetype, matrise, svarut, t.volum) as Heltallsbrok;
      return justertArspris(eksakt, faktor);
    };
    const arets = tjenester.map((t) => tjenestelinje(t, aret, valg.fra, p === input.innbyggere ? prisDetteAret(t) : medSted(sted, () => prisDetteAret(t))));
    for (const d of digifin) {
      const kvartal: Kvartalsbelop = [0, 0, 0, 0];
      const iAr = d.kvartal.ar === aret;
      if (iAr) kvartal[d.kvartal.kvartal - 1] = d.belop;
      arets.push({ ...d.linje, aktiveKvartaler: iAr ? 1 : 0, forsteKvartal: iAr ? d.kvartal.kvartal : null, belop: iAr ? d.belop : 0, kvartal });
    }
    const kvartal = summerKvartaler(arets, aret);
    const digifinsum = sikkerSum(arets.filter((l) => l.type === "digifin").map((l) => l.belop), `Digifin-summen for ${aret}`);
    const sum = sikkerSum(kvartal, `Summen for ${aret}`);
    return { ar: aret, innbyggere: p, innbyggerkilde: kilde, prisjusteringsar: m, sum, tjenestesum: sum - digifinsum, digifinsum, kvartal, linjer: arets };
  });
  return {
    fra: valg.fra,
    antallAr: valg.ar,
    befolkningsvekst: valg.befolkningsvekst,
    prisjustering: valg.prisjustering,
    prisar: matrise.prisar,
    ar,
    sum: sikkerSum(ar.map((a) => a.sum), "Summen for planen"),
    linjesummer: ar[0].linjer.map((l, j) => sikkerSum(ar.map((a) => a.linjer[j].belop), `Summen for ${l.tjeneste}`)),
    utenNyPris: linjer.filter((l) => l.gjenkjent.type === "utgatt").map((l) => l.navn),
    advarsler: advarsel ? [advarsel] : [],
  };
}
