/**
 * Budsjettarket, beskrevet én gang for begge mål: arket oppgaveruten setter inn (Office.js, levende KS.*-formler) og
 * arket Budsjett i den frittstående arbeidsboken (exceljs, vanlige formler). Her står blokkene, radene, etikettene,
 * tallformatene, stilene, breddene og valideringene: inndataene øverst (første år, vekst, prisjustering, innbyggere,
 * antall år, prisår), årstall, innbyggere, kilden og prisfaktoren over hvert år, tabellen med én linje per tjeneste og
 * Digifin-avgift (hvert år: Årspris, Kvartaler i bruk, Beløp, K1–K4; så Merknad), sumraden og oversikten «Sum per år».
 * Målet velger formellaget: innbyggertallet og kilden per år, årsprisen, beløpet og kvartalene, Digifin-avgiften, sine
 * egne inndatarader og forklaringer, og hjelperadene under oversikten som formlene bruker.
 */
import { type Kvartal, TALLKRAV } from "../core";
import { abs, ref } from "./adresser";
import { forsteMelding, streng } from "./formelbiter";
import { type Ark, Arkbygger, type Celle, tekst } from "./modell";
import { FORMAT } from "./tallformat";
import { tallkrav } from "./valideringer";

/** Radene (fra 0) i arket når målet har `ekstra` egne inndatarader etter prisåret. */
export function budsjettrader(ekstra = 0) {
  const ar = 9 + ekstra;
  return {
    fra: 3, vekst: 4, justering: 5, innbyggere: 6, antall: 7, prisar: 8, ekstra: 9,
    ar, befolkning: ar + 1, kilde: ar + 2, prisfaktor: ar + 3, overskrift: ar + 4,
  } as const;
}
export type Budsjettrader = ReturnType<typeof budsjettrader>;

/** Kolonnene i hvert år, fra årets første kolonne. */
export const AARSKOLONNER = ["Årspris", "Kvartaler i bruk", "Beløp", "K1", "K2", "K3", "K4"] as const;
const AK = { arspris: 0, kvartaler: 1, belop: 2, k1: 3 } as const;
/** Kolonnene i et år som summeres: Beløp og K1–K4. */
const SUMKOLONNER = [AK.belop, AK.k1, AK.k1 + 1, AK.k1 + 2, AK.k1 + 3];
/** Første årskolonne: etter Tjeneste, år og kvartal. */
export const FORSTE_ARSKOLONNE = 3;
/** Kolonnen (fra 0) der år nr. n begynner; år nr. antallAr er Merknad. */
export const arskolonne = (n: number) => FORSTE_ARSKOLONNE + n * AARSKOLONNER.length;

const GRENSER = { arMin: 2025, arMaks: 2099 } as const;

/** Cellene formellaget bruker (absolutte adresser). */
export interface Budsjettceller {
  rader: Budsjettrader;
  fra: string;
  vekst: string;
  justering: string;
  /** Innbyggere første år (B7). */
  innbyggere: string;
  prisar: string;
  /** Årstallet, innbyggertallet og prisfaktoren (1 + prisjustering)^(år − prisår) i år nr. n. */
  ar: (n: number) => string;
  befolkning: (n: number) => string;
  prisfaktor: (n: number) => string;
}

/** Cellene på en linje i ett år (relative adresser): oppstarten i B og C, årstallet, årsprisen, kvartalene i bruk og beløpet. */
export interface Linjeceller {
  oppstartAr: string;
  oppstartKvartal: string;
  ar: string;
  pris: string;
  aktive: string;
  belop: string;
}

/** Verdicellen (kolonne B) og forklaringen ved siden av (kolonne C) i én inndatarad. */
export type Inndatarad = [verdi: Celle, forklaring: Celle | null];

/** Formlene som bruker hjelperadene (målet skriver dem under oversikten). */
export interface Budsjettformler {
  /** Innbyggertallet i år nr. n (raden Innbyggere over årene). */
  innbyggere: string[];
  /** Hvor innbyggertallet i år nr. n kommer fra (raden Innbyggertall fra). */
  kilde: Celle[];
  /** Årsprisen for tjenestelinjen nr. i (på arkraden r) i år nr. n, avrundet til hele kroner eller «na.». */
  arspris(i: number, n: number, r: number): string;
  /** Årets beløp og kvartal nr. k (1–4) for tjenestelinjen nr. i. */
  belop(i: number, c: Linjeceller): string;
  kvartal(i: number, k: number, c: Linjeceller): string;
  /** Digifin-avgift nr. d med innbyggertallet i år nr. n (arkraden r): beløpet det året den betales. */
  digifinavgift(d: number, n: number, r: number): string;
  /** Merknader om tjenestelinjen nr. i før årsprisens (betingelse, melding). */
  prismerknader(i: number): [string, string][];
  /** Meldingen når en Digifin-avgift ikke kan beregnes. */
  digifinmerknad: string;
}

/** Det ett mål velger: formlene og det som følger av dem (forklaringene, egne inndatarader, hjelperadene). */
export interface Budsjettformellag {
  /** Forklaringen under tittelen. */
  forklaring: string;
  /** Hvor prisene står, i forklaringen ved prisåret: «Prismatrise» (arket) eller «prismatrisen». */
  matrise: string;
  /** Forklaringen ved antall år: hvordan en plan med flere eller færre år lages. */
  antallForklaring: string;
  /** Raden «Innbyggere første år»: verdien (en formel eller en gul celle) og forklaringen. */
  innbyggere(c: Budsjettceller): Inndatarad;
  /** Målets egne inndatarader etter prisåret (ruten: organisasjon, kundetype, SvarUt-volumer, prismatrise). */
  ekstraInndata: { etikett: string; celler: Inndatarad }[];
  /** Skriver hjelperadene fra raden `rad` og nedover og gir formlene som bruker dem. */
  hjelperader(b: Arkbygger, rad: number, c: Budsjettceller): Budsjettformler;
  /** Valideringer utover første år, vekst, prisjustering og oppstartene. */
  valideringer?: Ark["valideringer"];
}

export interface Budsjettarklinje {
  /** Navnet i tabellen, fra kjernens budsjettabellvisning: «Fiks Digiorden (vurderes)» for en tjeneste som vurderes. */
  navn: string;
  type: "grunnfinansiering" | "tjeneste" | "tillegg";
  /** Oppstarten i scenariet; null = fra første kvartal i planen. */
  oppstart: Kvartal | null;
}

export interface Budsjettarkvalg {
  arknavn: string;
  /** Navnet i tittelen: «Budsjett og økonomiplan – Bodø». */
  kundenavn: string;
  fra: number;
  antallAr: number;
  /** Prismatrisens prisår: prisene justeres fra det til hvert år i planen. */
  prisar: number;
  /** Per år som andel (0,01 = 1 %), slik cellene lagrer en prosent. */
  vekstandel: number;
  justeringsandel: number;
  linjer: readonly Budsjettarklinje[];
  /** Digifin-avgiftene: linjenavnet («Digifin-avgift Digihelse med medlemskap») og kvartalet den betales. */
  digifin: readonly { tjeneste: string; kvartal: Kvartal }[];
  formler: Budsjettformellag;
}

export const erTall = (...celler: string[]) => (celler.length === 1 ? `ISNUMBER(${celler[0]})` : `AND(${celler.map((c) => `ISNUMBER(${c})`).join(",")})`);
const kr = (formel: string, stil?: Celle["stil"]): Celle => ({ formel, format: FORMAT.kroner, stil });
const forklaring = (t: string) => tekst(t, "forklaring");
/** Vilkåret for en gyldig prosentsats (et tall fra −10 % til 20 %), brukt av prisfaktoren og noten ved inndatacellen. */
const gyldigProsent = (celle: string) => `AND(ISNUMBER(${celle}),${celle}>=-0.1,${celle}<=0.2)`;
/** Et gyldig kvartal i cellene år (B) og kvartal (C): heltall, kvartal 1–4. */
export const gyldigKvartal = (ar: string, kv: string) => `AND(${erTall(ar, kv)},${ar}=INT(${ar}),${kv}=INT(${kv}),${kv}>=1,${kv}<=4)`;
/** Summen av en kolonne, eller «na.» når en linje er «na.» (så en sum aldri mangler en linje uten å si det). */
const sumformel = (omrade: string) => `IF(COUNTIF(${omrade},"na.")>0,"na.",SUM(${omrade}))`;

/** Merknaden ved en prosentcelle: hva som er galt, eller hvordan den regnes. */
function prosentnote(celle: string): string {
  const milliondeler = `${celle}*1000000`;
  return `IF(NOT(ISNUMBER(${celle})),"Skriv en prosent, f.eks. 1 %.",IF(NOT(${gyldigProsent(celle)}),"Må være fra −10 % til 20 % per år: ` +
    `tallene som bruker den, viser «na.».",IF(ROUND(${milliondeler},6)<>ROUND(${milliondeler},0),"Regnes med fire desimaler: "&FIXED(ROUND(${milliondeler},0)/10000,4)&" %.",` +
    `"Per år, fra −10 % til 20 % (høyst fire desimaler).")))`;
}

/** Cellene formellaget bruker, for radene `R`. */
function budsjettceller(R: Budsjettrader): Budsjettceller {
  return {
    rader: R, fra: abs(R.fra, 1), vekst: abs(R.vekst, 1), justering: abs(R.justering, 1), innbyggere: abs(R.innbyggere, 1), prisar: abs(R.prisar, 1),
    ar: (n) => abs(R.ar, arskolonne(n)), befolkning: (n) => abs(R.befolkning, arskolonne(n)), prisfaktor: (n) => abs(R.prisfaktor, arskolonne(n)),
  };
}

/** En overskriftsrad i hjelperadene: teksten i A og årstallene i kolonnene fra D (ett år per kolonne). */
export function arsoverskrift(b: Arkbygger, rad: number, overskrift: string, antallAr: number, c: Budsjettceller): void {
  b.rad(rad, 0, [tekst(overskrift, "overskrift"), null, null,
    ...Array.from({ length: antallAr }, (_, n) => ({ formel: c.ar(n), format: "0", stil: "overskrift" as const }))]);
}

/** Inndataene øverst: første år, vekst og prisjustering (gule), innbyggertallet, antall år, prisåret og målets egne rader. */
function inndata(b: Arkbygger, v: Budsjettarkvalg, c: Budsjettceller): void {
  const R = c.rader;
  const gyldigFra = `AND(ISNUMBER(${c.fra}),${c.fra}=INT(${c.fra}),${c.fra}>=${GRENSER.arMin},${c.fra}<=${GRENSER.arMaks})`;
  const prosentcelle = (andel: number): Celle => ({ verdi: andel, format: "0.00## %", stil: "inndata" });
  b.rad(R.fra, 0, [tekst("Første år"), { verdi: v.fra, format: "0", stil: "inndata" },
    { formel: `IF(${gyldigFra},${streng(`Planens første år (${GRENSER.arMin}–${GRENSER.arMaks}); årstallene under følger.`)},` +
      `${streng(`Første år må være ${TALLKRAV.budsjettar.hva} (${TALLKRAV.budsjettar.regel}): planen viser «na.».`)})`, stil: "forklaring" }]);
  b.rad(R.vekst, 0, [tekst("Befolkningsvekst per år"), prosentcelle(v.vekstandel), { formel: prosentnote(c.vekst), stil: "forklaring" }]);
  b.rad(R.justering, 0, [tekst("Prisjustering per år"), prosentcelle(v.justeringsandel), { formel: prosentnote(c.justering), stil: "forklaring" }]);
  b.rad(R.innbyggere, 0, [tekst("Innbyggere første år"), ...v.formler.innbyggere(c)]);
  b.rad(R.antall, 0, [tekst("Antall år"), { verdi: v.antallAr, format: "0" }, forklaring(v.formler.antallForklaring)]);
  b.rad(R.prisar, 0, [tekst("Prismatrisens prisår"), { verdi: v.prisar, format: "0" },
    forklaring(`Prisene i ${v.formler.matrise} gjelder ${v.prisar}; år Y ganges de med (1 + prisjustering)^(Y − ${v.prisar}).`)]);
  v.formler.ekstraInndata.forEach((e, i) => b.rad(R.ekstra + i, 0, [tekst(e.etikett), ...e.celler]));
  b.valider({ omrade: ref(R.fra, 1), ...tallkrav("Første år", TALLKRAV.budsjettar) });
  b.valider({ omrade: ref(R.vekst, 1), ...tallkrav("Befolkningsveksten", TALLKRAV.arligEndring) });
  b.valider({ omrade: ref(R.justering, 1), ...tallkrav("Prisjusteringen", TALLKRAV.arligEndring) });
  for (let n = 0; n < v.antallAr; n++) {
    b.sett(R.ar, arskolonne(n), { formel: `IF(${gyldigFra},${c.fra}+${n},"na.")`, format: "0", stil: "overskrift" });
  }
}

/** Over hvert år: innbyggertallet, kilden og prisfaktoren (årstallet står alt); så kolonneoverskriftene. */
function arsoverskrifter(b: Arkbygger, N: number, f: Budsjettformler, c: Budsjettceller): void {
  const R = c.rader;
  b.rad(R.ar, 0, [tekst("År", "overskrift"), null, null]);
  b.rad(R.befolkning, 0, [tekst("Innbyggere", "overskrift"), null, null]);
  b.rad(R.kilde, 0, [tekst("Innbyggertall fra", "overskrift"), null, null]);
  b.rad(R.prisfaktor, 0, [tekst("Prisfaktor (1 + prisjustering)^(år − prisår)", "overskrift"), null, null]);
  for (let n = 0; n < N; n++) {
    const k0 = arskolonne(n);
    b.sett(R.befolkning, k0, { formel: f.innbyggere[n], format: FORMAT.heltall, stil: "overskrift" });
    b.sett(R.kilde, k0, { ...f.kilde[n], stil: "overskrift", justering: "hoyre" });
    // Et år før prisåret har ingen pris å justere fra: «na.», som kjernens feil.
    b.sett(R.prisfaktor, k0, {
      formel: `IF(AND(${gyldigProsent(c.justering)},${erTall(c.ar(n))},${c.ar(n)}>=${c.prisar}),(1+ROUND(${c.justering}*1000000,0)/1000000)^(${c.ar(n)}-${c.prisar}),"na.")`,
      format: "0.000000", stil: "overskrift",
    });
  }
  b.rad(R.overskrift, 0, [
    tekst("Tjeneste", "overskrift"), tekst("Oppstart/betaling år", "overskrift"), tekst("Kvartal", "overskrift"),
    ...Array.from({ length: N }, () => AARSKOLONNER.map((t) => tekst(t, "overskrift"))).flat(),
    tekst("Merknad", "overskrift"),
  ]);
}

/** En tjenestelinje (nr. i) på rad r: år og kvartal for oppstart (gule, tomme = fra start), og hvert år. */
function tjenestelinje(b: Arkbygger, r: number, i: number, v: Budsjettarkvalg, f: Budsjettformler, c: Budsjettceller): void {
  const l = v.linjer[i];
  const [ar, kv] = [ref(r, 1, true), ref(r, 2, true)];
  const sisteAr = c.ar(v.antallAr - 1);
  const grunnfinansiering = l.type === "grunnfinansiering";
  b.sett(r, 0, tekst(l.navn));
  if (grunnfinansiering) {
    b.rad(r, 1, [tekst("hele planen"), null]);
  } else {
    const inndata = (verdi: number | undefined): Celle => (verdi === undefined ? { stil: "inndata", format: "0" } : { verdi, stil: "inndata", format: "0" });
    b.rad(r, 1, [inndata(l.oppstart?.ar), inndata(l.oppstart?.kvartal)]);
  }
  const priser: string[] = [];
  for (let n = 0; n < v.antallAr; n++) {
    const k0 = arskolonne(n);
    const y = c.ar(n);
    const celler: Linjeceller = {
      oppstartAr: ar, oppstartKvartal: kv, ar: y, pris: ref(r, k0 + AK.arspris), aktive: ref(r, k0 + AK.kvartaler), belop: ref(r, k0 + AK.belop),
    };
    const aktiveformel = grunnfinansiering
      ? `IF(${erTall(y)},4,"na.")`
      : `IF(NOT(${erTall(y)}),"na.",IF(AND(${ar}="",${kv}=""),4,IF(${gyldigKvartal(ar, kv)},IF(${y}<${ar},0,IF(${y}=${ar},5-${kv},4)),"na.")))`;
    priser.push(celler.pris);
    b.rad(r, k0, [
      kr(f.arspris(i, n, r)),
      { formel: aktiveformel, format: "0" },
      kr(f.belop(i, celler)),
      ...[1, 2, 3, 4].map((k) => kr(f.kvartal(i, k, celler))),
    ]);
  }
  const merknader: [string, string][] = grunnfinansiering ? [] : [
    [`OR(AND(${ar}<>"",${kv}=""),AND(${ar}="",${kv}<>""))`, "Oppgi både år (kolonne B) og kvartal (kolonne C) for oppstarten, eller la begge stå tomme."],
    [`AND(${ar}<>"",NOT(${gyldigKvartal(ar, kv)}))`, "Oppstarten må være et årstall og et kvartal fra 1 til 4."],
  ];
  merknader.push(
    ...f.prismerknader(i),
    [`OR(${priser.map((p) => `NOT(${erTall(p)})`).join(",")})`,
      "Årsprisen kan ikke beregnes for alle årene: kontroller første år, vekst og prisjustering, og størrelsesfaktoren med innbyggertallet det året."],
  );
  if (!grunnfinansiering) {
    merknader.push(
      [`AND(${erTall(ar, sisteAr)},${ar}>${sisteAr})`, "Oppstart etter planens siste år: tjenesten er ikke med i planen."],
      [`AND(${erTall(ar, c.fra)},${ar}<${c.fra})`, "Oppstart før planens første år: tjenesten er med hele planen."],
    );
  }
  b.sett(r, arskolonne(v.antallAr), { formel: forsteMelding(merknader), bryt: true });
}

/** Digifin-avgift nr. d på rad r: betales én gang, i kvartalet i B/C, med avgiften for det årets innbyggertall. */
function digifinlinje(b: Arkbygger, r: number, d: number, v: Budsjettarkvalg, f: Budsjettformler, c: Budsjettceller): void {
  const linje = v.digifin[d];
  const [ar, kv] = [ref(r, 1, true), ref(r, 2, true)];
  const gyldig = gyldigKvartal(ar, kv);
  b.sett(r, 0, tekst(linje.tjeneste));
  b.rad(r, 1, [
    { verdi: linje.kvartal.ar, stil: "inndata", format: "0" },
    { verdi: linje.kvartal.kvartal, stil: "inndata", format: "0" },
  ]);
  const belopene: string[] = [];
  for (let n = 0; n < v.antallAr; n++) {
    const k0 = arskolonne(n);
    const [aktive, belop] = [ref(r, k0 + AK.kvartaler), ref(r, k0 + AK.belop)];
    belopene.push(belop);
    b.rad(r, k0, [
      // Til høyre som tallene i kolonnen (ellers står teksten inntil beløpet til venstre i utskriften).
      { ...tekst("engangs"), justering: "hoyre" },
      { formel: `IF(AND(${gyldig},${erTall(c.ar(n))}),IF(${c.ar(n)}=${ar},1,0),"na.")`, format: "0" },
      kr(`IF(${erTall(aktive)},IF(${aktive}=1,${f.digifinavgift(d, n, r)},0),"na.")`),
      ...[1, 2, 3, 4].map((k) => kr(`IF(${erTall(belop)},IF(AND(${aktive}=1,${kv}=${k}),${belop},0),"na.")`)),
    ]);
  }
  b.sett(r, arskolonne(v.antallAr), {
    formel: forsteMelding([
      [`NOT(${gyldig})`, "Oppgi året (kolonne B) og kvartalet 1–4 (kolonne C) avgiften betales."],
      [`OR(${belopene.map((a) => `NOT(${erTall(a)})`).join(",")})`, f.digifinmerknad],
      [`OR(${ar}<${c.fra},${ar}>${c.ar(v.antallAr - 1)})`, "Betales utenfor planens år: ikke med i planen."],
    ]),
  });
}

/** Sumraden (beløp og kvartaler per år, med Merknad) og oversikten «Sum per år» med summen for planen. */
function summer(b: Arkbygger, N: number, forsteLinje: number, sumrad: number, oversikt: number, c: Budsjettceller): void {
  const kolonnesum = (k: number): Celle => (sumrad === forsteLinje
    ? { verdi: 0, format: FORMAT.kroner, stil: "sum" }
    : kr(sumformel(`${ref(forsteLinje, k)}:${ref(sumrad - 1, k)}`), "sum"));
  b.rad(sumrad, 0, [tekst("Sum", "sum"), null, null]);
  for (let n = 0; n < N; n++) b.rad(sumrad, arskolonne(n) + AK.belop, SUMKOLONNER.map((a) => kolonnesum(arskolonne(n) + a)));
  const sumceller = Array.from({ length: N }, (_, n) => ref(sumrad, arskolonne(n) + AK.belop));
  b.sett(sumrad, arskolonne(N), {
    formel: `IF(OR(${sumceller.map((s) => `NOT(ISNUMBER(${s}))`).join(",")}),"Summen er «na.» der en linje ikke kan beregnes: se Merknad.","")`,
    stil: "sum",
  });
  b.sett(oversikt, 0, tekst("Sum per år", "tittel"));
  b.rad(oversikt + 1, 0, ["År", "Innbyggere", "Sum", "K1", "K2", "K3", "K4"].map((t) => tekst(t, "overskrift")));
  for (let n = 0; n < N; n++) {
    b.rad(oversikt + 2 + n, 0, [
      { formel: c.ar(n), format: "0" },
      { formel: c.befolkning(n), format: FORMAT.heltall },
      ...SUMKOLONNER.map((a) => kr(abs(sumrad, arskolonne(n) + a))),
    ]);
  }
  b.rad(oversikt + 2 + N, 0, [tekst("Sum for planen", "sum"), null, kr(sumformel(`${ref(oversikt + 2, 2)}:${ref(oversikt + 1 + N, 2)}`), "sum")]);
}

/** Hvor tabellens deler står (rader fra 0), til målene og testene. */
export function budsjettplassering(v: Pick<Budsjettarkvalg, "antallAr" | "linjer" | "digifin">, ekstra = 0) {
  const R = budsjettrader(ekstra);
  const forsteLinje = R.overskrift + 1;
  const sumrad = forsteLinje + v.linjer.length + v.digifin.length;
  const oversikt = sumrad + 2;
  return { ...R, forsteLinje, sumrad, oversikt, hjelp: oversikt + v.antallAr + 5 };
}

/**
 * Oppsettet, ovenfra: inndata (rad 4–9 og målets egne rader), årstall, innbyggere, kilde og prisfaktor over hvert år,
 * tabellen med én linje per tjeneste og Digifin-avgift og sumraden, oversikten «Sum per år», og målets hjelperader.
 */
export function budsjettoppsett(v: Budsjettarkvalg): Ark {
  const b = new Arkbygger(v.arknavn);
  const N = v.antallAr;
  const p = budsjettplassering(v, v.formler.ekstraInndata.length);
  const c = budsjettceller(budsjettrader(v.formler.ekstraInndata.length));
  b.sett(0, 0, tekst(`Budsjett og økonomiplan – ${v.kundenavn}`, "tittel"));
  b.sett(1, 0, forklaring(v.formler.forklaring));
  inndata(b, v, c);

  const f = v.formler.hjelperader(b, p.hjelp, c);
  arsoverskrifter(b, N, f, c);
  v.linjer.forEach((_, i) => tjenestelinje(b, p.forsteLinje + i, i, v, f, c));
  v.digifin.forEach((_, d) => digifinlinje(b, p.forsteLinje + v.linjer.length + d, d, v, f, c));
  summer(b, N, p.forsteLinje, p.sumrad, p.oversikt, c);

  for (let r = p.forsteLinje; r < p.sumrad; r++) {
    if (r - p.forsteLinje < v.linjer.length && v.linjer[r - p.forsteLinje].type === "grunnfinansiering") continue;
    b.valider({ omrade: ref(r, 1), ...tallkrav("Året", TALLKRAV.budsjettar) });
    b.valider({ omrade: ref(r, 2), ...tallkrav("Kvartalet", TALLKRAV.kvartal) });
  }
  for (const validering of v.formler.valideringer ?? []) b.valider(validering);
  // B og C er brede nok for oversiktens innbyggertall og summer, som står i de samme kolonnene.
  const bredder = [40, 14, 14, ...Array.from({ length: N }, () => [13, 9, 13, 13, 13, 13, 13]).flat(), 60];
  return b.bygg(bredder, { rader: p.overskrift + 1, kolonner: 1 });
}
