/**
 * Arket Budsjett: økonomiplanen år for år og kvartal for kvartal som vanlige formler, med de samme reglene som
 * `fikspris budsjett` (kjernens beregnBudsjett). Første år, befolkningsvekst, prisjustering, oppstart og
 * betalingskvartalene er gule celler; prisene leser matriseverdiene i arket Kalkulator (som leser Prismatrise),
 * SvarUt og Digifin, så endringer der følger med. Hvert år har kolonnene Årspris, Kvartaler (i bruk), Beløp og K1–K4.
 */
import { type Befolkningsar, type Kundetype, type Kvartal, type Matrisekundetype, TALLKRAV } from "../core";
import { DIGIFINARK, type Digifinoppslag } from "./digifinark";
import { vekstfaktorformel } from "./eksaktvekst";
import { abs, ref } from "../ark/adresser";
import { forsteMelding, halvOpp, halvOppRelativ, streng } from "./formler";
import { KALKULATORARK, KALKULATORINNDATA, type kalkulatorlinje } from "./kalkulatorark";
import type { Avsnitt } from "./lesmeg";
import { type Ark, Arkbygger, type Celle, tekst } from "../ark/modell";
import { planinnbyggere, type Planbefolkningsoppsett } from "./planinnbyggere";
import { PRISMATRISEARK } from "./prismatriseark";
import { type SvarUtOppslag } from "./svarutark";
import { tallkrav } from "../ark/valideringer";
import { FORMAT } from "../ark/tallformat";

export const BUDSJETTARK = "Budsjett";

/** Hvordan en linje prises: modell 1 fra matrisen, fastpris (statlige) eller SvarUt etter volumene. */
export type Prisform = "modell" | "fast" | "svarut";

export interface Budsjettlinjeoppsett {
  tjeneste: string;
  /** Navnet i tabellen, fra kjernens budsjettabellvisning: «Fiks Digiorden (vurderes)» for en tjeneste som vurderes. */
  navn: string;
  type: "grunnfinansiering" | "tjeneste" | "tillegg";
  /** Kalkulatorlinjen tjenesten står på: matriseverdiene prisene leses fra. */
  kalkulator: ReturnType<typeof kalkulatorlinje>;
  prisform: Prisform;
  /** Oppstarten i scenariet; null = fra første kvartal i planen. */
  oppstart: Kvartal | null;
}

export interface Digifinlinjeoppsett {
  /** Linjenavnet slik kjernen skriver det: «Digifin-avgift Digihelse med medlemskap». */
  tjeneste: string;
  /** Løsningens navn slik det står i arket Digifin. */
  losning: string;
  medlemskap: boolean;
  kvartal: Kvartal;
}

/**
 * Hvor planens innbyggertall kommer fra, som i kjernen (budsjettbefolkning): SSB-tallene for organisasjonen etter
 * kalenderen (årene er kolonnene i arket Innbyggere, `navn` organisasjonen), eller innbyggertallet i Kalkulator som
 * planens første år.
 */
export type Budsjettarkbefolkning = { type: "kjent"; ar: readonly Befolkningsar[]; navn: string } | { type: "oppgitt" };

export interface Budsjettarkoppsett {
  navn: string;
  kundetype: Kundetype;
  fra: number;
  antallAr: number;
  /** Prismatrisens prisår: prisene justeres fra det til hvert år i planen. */
  prisar: number;
  /** Per år som andel (0,01 = 1 %), slik cellene lagrer en prosent. */
  vekstandel: number;
  justeringsandel: number;
  linjer: Budsjettlinjeoppsett[];
  digifin: Digifinlinjeoppsett[];
  befolkning: Budsjettarkbefolkning;
}

export interface Budsjettoppslag {
  referanse: Record<Matrisekundetype, string>;
  svarut: SvarUtOppslag;
  /** null når planen ikke har Digifin-avgifter (da har boken ikke arket Digifin). */
  digifin: Digifinoppslag | null;
  /** Organisasjonens navn og årskolonnene i arket Innbyggere (innbyggeroppslag); null når innbyggertallet er oppgitt. */
  innbyggere: { navn: string; tabell: string } | null;
}

/** Radene øverst (fra 0). */
const R = { fra: 3, vekst: 4, justering: 5, innbyggere: 6, antall: 7, prisar: 8, ar: 9, befolkning: 10, kilde: 11, prisfaktor: 12, overskrift: 13 } as const;
/** Kolonnene i hvert år, fra årets første kolonne. */
const AARSKOLONNER = ["Årspris", "Kvartaler i bruk", "Beløp", "K1", "K2", "K3", "K4"] as const;
const AK = { arspris: 0, kvartaler: 1, belop: 2, k1: 3 } as const;
/** Kolonnene i et år som summeres: Beløp og K1–K4. */
const SUMKOLONNER = [AK.belop, AK.k1, AK.k1 + 1, AK.k1 + 2, AK.k1 + 3];
/** Første årskolonne: etter Tjeneste, år og kvartal. */
const FORSTE_ARSKOLONNE = 3;
const arskolonne = (n: number) => FORSTE_ARSKOLONNE + n * AARSKOLONNER.length;

const FRA = abs(R.fra, 1);
const VEKST = abs(R.vekst, 1);
const JUSTERING = abs(R.justering, 1);
const P0 = abs(R.innbyggere, 1);
const PRISAR = abs(R.prisar, 1);
/** Årstallet, innbyggertallet og prisfaktoren (1 + prisjustering)^n i år nr. n. */
const AR = (n: number) => abs(R.ar, arskolonne(n));
const INNBYGGERE = (n: number) => abs(R.befolkning, arskolonne(n));
const PRISFAKTOR = (n: number) => abs(R.prisfaktor, arskolonne(n));

const GRENSER = { arMin: 2025, arMaks: 2099 } as const;

/** Et gyldig første år, som kommandolinjen krever det (TALLKRAV.budsjettar): et helt årstall fra 2025 til 2099. */
const gyldigFra = `AND(ISNUMBER(${FRA}),${FRA}=INT(${FRA}),${FRA}>=${GRENSER.arMin},${FRA}<=${GRENSER.arMaks})`;

const kr = (formel: string, stil?: Celle["stil"]): Celle => ({ formel, format: FORMAT.kroner, stil });
const forklaring = (t: string) => tekst(t, "forklaring");
const erTall = (...celler: string[]) => (celler.length === 1 ? `ISNUMBER(${celler[0]})` : `AND(${celler.map((c) => `ISNUMBER(${c})`).join(",")})`);
/** Vilkåret for en gyldig prosentsats (et tall fra −10 % til 20 %), brukt av prisfaktoren og noten ved inndatacellen. */
const gyldigProsent = (celle: string) => `AND(ISNUMBER(${celle}),${celle}>=-0.1,${celle}<=0.2)`;

/** Merknaden ved en prosentcelle: hva som er galt, eller hvordan den regnes. */
function prosentnote(celle: string): string {
  const milliondeler = `${celle}*1000000`;
  return `IF(NOT(ISNUMBER(${celle})),"Skriv en prosent, f.eks. 1 %.",IF(NOT(${gyldigProsent(celle)}),"Må være fra −10 % til 20 % per år: ` +
    `tallene som bruker den, viser «na.».",IF(ROUND(${milliondeler},6)<>ROUND(${milliondeler},0),"Regnes med fire desimaler: "&FIXED(ROUND(${milliondeler},0)/10000,4)&" %.",` +
    `"Per år, fra −10 % til 20 % (høyst fire desimaler).")))`;
}

/**
 * Årsprisen i år nr. n før avrunding: den eksakte prisen med årets innbyggertall ganget med prisfaktoren, som kjernens
 * justertArspris (avrundingen skjer i cellen Årspris). Samme rekkefølge på regneoperasjonene som i arket Kalkulator.
 */
function uavrundetArspris(l: Budsjettlinjeoppsett, n: number, kundetype: Kundetype, o: Budsjettoppslag): string {
  const [p, g] = [INNBYGGERE(n), PRISFAKTOR(n)];
  const { fastpris: f, innbyggerpris: i, justering: a, rad } = l.kalkulator;
  if (l.prisform === "fast") return `IF(${erTall(g, f)},${f}*${g},"na.")`;
  if (l.prisform === "svarut") {
    const sats = (k: "altinn" | "forsendelse" | "svarinn") => `INDEX(${o.svarut.kolonne(k)},${rad})`;
    const { altinn, forsendelser, svarinn } = KALKULATORINNDATA;
    return `IFERROR(IF(${erTall(rad, g)},(${f}+${altinn}*${sats("altinn")}+${forsendelser}*${sats("forsendelse")}+${svarinn}*${sats("svarinn")})*${g},"na."),"na.")`;
  }
  const pref = o.referanse[kundetype === "FYLKESKOMMUNE" ? "FYLKESKOMMUNE" : "KOMMUNE"];
  const faktor = `1-${a}*${p}/${pref}`;
  return `IF(${erTall(p, g, f, i, a)},IFERROR(IF(${faktor}>0,(${f}+${i}*${p}*(${faktor}))*${g},"na."),"na."),"na.")`;
}

/** Kvartal nr. k (1–4) av årets beløp: ⌊beløp / aktive⌋ i hvert aktive kvartal, og resten med 1 kr på de siste (som fordelPaKvartaler). */
function kvartalformel(belop: string, aktive: string, k: number): string {
  const hvert = `INT(${belop}/${aktive})`;
  return `IF(${erTall(belop, aktive)},IF(${k}<=4-${aktive},0,${hvert}+IF(${k}>4-(${belop}-${aktive}*${hvert}),1,0)),"na.")`;
}

/** Årets beløp: årspris × aktive kvartaler / 4, avrundet halvt opp. Produktet er et helt tall, så /4 er eksakt (x,25, x,5 eller x,75). */
const belopformel = (arspris: string, aktive: string) => `IF(${erTall(arspris, aktive)},ROUND(${arspris}*${aktive}/4,0),"na.")`;

/** Et gyldig kvartal i cellene år (B) og kvartal (C): heltall, kvartal 1–4. */
const gyldigKvartal = (ar: string, kv: string) => `AND(${erTall(ar, kv)},${ar}=INT(${ar}),${kv}=INT(${kv}),${kv}>=1,${kv}<=4)`;

/**
 * En tjenestelinje på rad r: år og kvartal for oppstart (gule, tomme = fra start), og hvert år. `uavrundet` er cellene
 * med årsprisen før avrunding, ett per år (hjelperadene).
 */
function tjenestelinje(b: Arkbygger, r: number, l: Budsjettlinjeoppsett, v: Budsjettarkoppsett, uavrundet: string[]): void {
  const [ar, kv] = [ref(r, 1, true), ref(r, 2, true)];
  const sisteAr = AR(v.antallAr - 1);
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
    const [pris, aktive, belop] = [ref(r, k0 + AK.arspris), ref(r, k0 + AK.kvartaler), ref(r, k0 + AK.belop)];
    const y = AR(n);
    const aktiveformel = grunnfinansiering
      ? `IF(${erTall(y)},4,"na.")`
      : `IF(NOT(${erTall(y)}),"na.",IF(AND(${ar}="",${kv}=""),4,IF(${gyldigKvartal(ar, kv)},IF(${y}<${ar},0,IF(${y}=${ar},5-${kv},4)),"na.")))`;
    priser.push(pris);
    b.rad(r, k0, [
      kr(`IF(${erTall(uavrundet[n])},${halvOppRelativ(uavrundet[n])},"na.")`),
      { formel: aktiveformel, format: "0" },
      kr(belopformel(pris, aktive)),
      ...[1, 2, 3, 4].map((k) => kr(kvartalformel(belop, aktive, k))),
    ]);
  }
  const merknader: [string, string][] = grunnfinansiering ? [] : [
    [`OR(AND(${ar}<>"",${kv}=""),AND(${ar}="",${kv}<>""))`, "Oppgi både år (kolonne B) og kvartal (kolonne C) for oppstarten, eller la begge stå tomme."],
    [`AND(${ar}<>"",NOT(${gyldigKvartal(ar, kv)}))`, "Oppstarten må være et årstall og et kvartal fra 1 til 4."],
  ];
  merknader.push(
    [`NOT(${erTall(l.kalkulator.pris)})`, `Prisen kan ikke beregnes: se Merknad i arket ${KALKULATORARK}.`],
    [`OR(${priser.map((p) => `NOT(${erTall(p)})`).join(",")})`,
      "Årsprisen kan ikke beregnes for alle årene: kontroller første år, vekst og prisjustering, og størrelsesfaktoren med innbyggertallet det året."],
  );
  if (!grunnfinansiering) {
    merknader.push(
      [`AND(${erTall(ar, sisteAr)},${ar}>${sisteAr})`, "Oppstart etter planens siste år: tjenesten er ikke med i planen."],
      [`AND(${erTall(ar, FRA)},${ar}<${FRA})`, "Oppstart før planens første år: tjenesten er med hele planen."],
    );
  }
  b.sett(r, arskolonne(v.antallAr), { formel: forsteMelding(merknader), bryt: true });
}

/** En Digifin-avgift på rad r: betales én gang, i kvartalet i B/C, med avgiften for det årets innbyggertall (hjelperadene). */
function digifinlinje(b: Arkbygger, r: number, d: Digifinlinjeoppsett, avgifter: string[], v: Budsjettarkoppsett): void {
  const [ar, kv] = [ref(r, 1, true), ref(r, 2, true)];
  const gyldig = gyldigKvartal(ar, kv);
  b.sett(r, 0, tekst(d.tjeneste));
  b.rad(r, 1, [
    { verdi: d.kvartal.ar, stil: "inndata", format: "0" },
    { verdi: d.kvartal.kvartal, stil: "inndata", format: "0" },
  ]);
  const belopene: string[] = [];
  for (let n = 0; n < v.antallAr; n++) {
    const k0 = arskolonne(n);
    const [aktive, belop] = [ref(r, k0 + AK.kvartaler), ref(r, k0 + AK.belop)];
    const iAr = `${AR(n)}=${ar}`;
    belopene.push(belop);
    b.rad(r, k0, [
      tekst("engangs"),
      { formel: `IF(AND(${gyldig},${erTall(AR(n))}),IF(${iAr},1,0),"na.")`, format: "0" },
      kr(`IF(${erTall(aktive)},IF(${aktive}=1,${avgifter[n]},0),"na.")`),
      ...[1, 2, 3, 4].map((k) => kr(`IF(${erTall(belop)},IF(AND(${aktive}=1,${kv}=${k}),${belop},0),"na.")`)),
    ]);
  }
  b.sett(r, arskolonne(v.antallAr), {
    formel: forsteMelding([
      [`NOT(${gyldig})`, "Oppgi året (kolonne B) og kvartalet 1–4 (kolonne C) avgiften betales."],
      [`OR(${belopene.map((a) => `NOT(${erTall(a)})`).join(",")})`,
        `Avgiften kan ikke beregnes: kontroller løsningen og trinnene i arket ${DIGIFINARK}.`],
      [`OR(${ar}<${FRA},${ar}>${AR(v.antallAr - 1)})`, "Betales utenfor planens år: ikke med i planen."],
    ]),
  });
}

/** Summen av en kolonne, eller «na.» når en linje er «na.» (så en sum aldri mangler en linje uten å si det). */
const sumformel = (omrade: string) => `IF(COUNTIF(${omrade},"na.")>0,"na.",SUM(${omrade}))`;

/** En overskriftsrad i hjelperadene: teksten i A og årstallene i kolonnene fra D (ett år per kolonne). */
function arsoverskrift(b: Arkbygger, rad: number, overskrift: string, antallAr: number): void {
  b.rad(rad, 0, [tekst(overskrift, "overskrift"), null, null,
    ...Array.from({ length: antallAr }, (_, n) => ({ formel: AR(n), format: "0", stil: "overskrift" as const }))]);
}

/** Hjelperadene med årsprisen før avrunding: én rad per tjeneste, ett år per kolonne fra D. Gir cellene per linje og år. */
function uavrundedePriser(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Budsjettoppslag): string[][] {
  arsoverskrift(b, rad, "Årspris før avrunding", v.antallAr);
  return v.linjer.map((l, i) => {
    b.sett(rad + 1 + i, 0, tekst(l.tjeneste));
    return Array.from({ length: v.antallAr }, (_, n) => {
      b.sett(rad + 1 + i, FORSTE_ARSKOLONNE + n, { formel: uavrundetArspris(l, n, v.kundetype, o), format: "#,##0.0000" });
      return abs(rad + 1 + i, FORSTE_ARSKOLONNE + n);
    });
  });
}

/**
 * Hjelperadene for Digifin (to rader per avgift, ett år per kolonne fra D): trinnets rad i arket Digifin og avgiften.
 * Trinnet er det siste av løsningens trinn som starter på eller under innbyggertallet (trinnene står sortert); over
 * trinnets øvre grense gir «na.». Kriteriet i COUNTIFS og nøkkelen i MATCH har ~ foran jokertegn, og kriteriet «=»
 * foran, så navnet sammenlignes som tekst. Avgiften har hele kroner og heltall i standardtabellen, så halvOpp er eksakt.
 */
function digifinavgifter(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Digifinoppslag): string[][] {
  arsoverskrift(b, rad, "Digifin per år", v.antallAr);
  const sats = `INDEX(${o.medlemskapSats},MATCH(${streng(v.kundetype)},${o.medlemskapKundetype},0))`;
  return v.digifin.map((d, i) => {
    const [trinnrad, avgiftrad] = [rad + 1 + 2 * i, rad + 2 + 2 * i];
    const navn = d.losning.replace(/[~*?]/g, "~$&");
    b.sett(trinnrad, 0, tekst(`${d.losning}: trinnets rad i ${DIGIFINARK}`));
    b.sett(avgiftrad, 0, tekst(`${d.losning}: avgift${d.medlemskap ? " med medlemskap" : ""}`));
    return Array.from({ length: v.antallAr }, (_, n) => {
      const k = FORSTE_ARSKOLONNE + n;
      const [t, p] = [ref(trinnrad, k), INNBYGGERE(n)];
      const til = `INDEX(${o.til},${t})`;
      b.sett(trinnrad, k, {
        formel: `IFERROR(IF(${erTall(p)},MATCH(${streng(navn)},${o.losning},0)+COUNTIFS(${o.losning},${streng(`=${navn}`)},${o.fra},"<="&${p})-1,"na."),"na.")`,
        format: "0",
      });
      const ledd = `INDEX(${o.fastledd},${t})+(INDEX(${o.variabelledd},${t})${d.medlemskap ? `+${sats}` : ""})*${p}`;
      b.sett(avgiftrad, k, kr(`IFERROR(IF(OR(${til}="",${til}>=${p}),${halvOpp(ledd)},"na."),"na.")`));
      return abs(avgiftrad, k);
    });
  });
}

/** Inndataene øverst: første år, vekst og prisjustering (gule), innbyggertallet fra Kalkulator og antall år. */
function inndata(b: Arkbygger, v: Budsjettarkoppsett): void {
  const prosentcelle = (andel: number): Celle => ({ verdi: andel, format: "0.00## %", stil: "inndata" });
  b.rad(R.fra, 0, [tekst("Første år"), { verdi: v.fra, format: "0", stil: "inndata" },
    { formel: `IF(${gyldigFra},${streng(`Planens første år (${GRENSER.arMin}–${GRENSER.arMaks}); årstallene under følger.`)},` +
      `${streng(`Første år må være ${TALLKRAV.budsjettar.hva} (${TALLKRAV.budsjettar.regel}): planen viser «na.».`)})`, stil: "forklaring" }]);
  b.rad(R.vekst, 0, [tekst("Befolkningsvekst per år"), prosentcelle(v.vekstandel), { formel: prosentnote(VEKST), stil: "forklaring" }]);
  b.rad(R.justering, 0, [tekst("Prisjustering per år"), prosentcelle(v.justeringsandel), { formel: prosentnote(JUSTERING), stil: "forklaring" }]);
  b.rad(R.innbyggere, 0, v.befolkning.type === "kjent"
    ? [
      tekst("Innbyggere første år"),
      { formel: INNBYGGERE(0), format: FORMAT.heltall },
      forklaring(
        `SSB (arket Innbyggere) for organisasjonen i ${KALKULATORARK} (B4): år Y bruker folkemengden 1. januar Y − 1; etter det siste ` +
        `kjente året (1.1.${Math.max(...v.befolkning.ar)}) framskrives den med veksten, avrundet halvt opp. Innbyggertallet i ${KALKULATORARK} (B6) brukes ikke her.`,
      ),
    ]
    : [
      tekst("Innbyggere første år"),
      { formel: `IF(ISNUMBER(${KALKULATORINNDATA.innbyggere}),${KALKULATORINNDATA.innbyggere},"na.")`, format: FORMAT.heltall },
      forklaring(`Oppgitt i arket ${KALKULATORARK} (B6): endre innbyggertallet der. År nr. n bruker innbyggere × (1 + vekst)^n, avrundet halvt opp.`),
    ]);
  b.rad(R.antall, 0, [tekst("Antall år"), { verdi: v.antallAr, format: "0" }, forklaring("Lag en ny arbeidsbok for en plan med flere eller færre år.")]);
  b.rad(R.prisar, 0, [tekst("Prismatrisens prisår"), { verdi: v.prisar, format: "0" },
    forklaring(`Prisene i ${PRISMATRISEARK} gjelder ${v.prisar}; år Y ganges de med (1 + prisjustering)^(Y − ${v.prisar}).`)]);
  b.valider({ omrade: FRA.replace(/\$/g, ""), ...tallkrav("Første år", TALLKRAV.budsjettar) });
  for (const [celle, hva] of [[VEKST, "Befolkningsveksten"], [JUSTERING, "Prisjusteringen"]] as const) {
    b.valider({ omrade: celle.replace(/\$/g, ""), ...tallkrav(hva, TALLKRAV.arligEndring) });
  }
}

/** Over hvert år: årstallet, innbyggertallet (fra sifergruppene) og prisfaktoren; så kolonneoverskriftene. */
function arsoverskrifter(b: Arkbygger, N: number, befolkning: string[], kilde: Celle[]): void {
  b.rad(R.ar, 0, [tekst("År", "overskrift"), null, null]);
  b.rad(R.befolkning, 0, [tekst("Innbyggere", "overskrift"), null, null]);
  b.rad(R.kilde, 0, [tekst("Innbyggertall fra", "overskrift"), null, null]);
  b.rad(R.prisfaktor, 0, [tekst("Prisfaktor (1 + prisjustering)^(år − prisår)", "overskrift"), null, null]);
  for (let n = 0; n < N; n++) {
    const k0 = arskolonne(n);
    b.sett(R.ar, k0, { formel: `IF(${gyldigFra},${FRA}+${n},"na.")`, format: "0", stil: "overskrift" });
    b.sett(R.befolkning, k0, { formel: befolkning[n], format: FORMAT.heltall, stil: "overskrift" });
    b.sett(R.kilde, k0, { ...kilde[n], stil: "overskrift", justering: "hoyre" });
    // Et år før prisåret har ingen pris å justere fra: «na.», som kjernens feil.
    b.sett(R.prisfaktor, k0, {
      formel: `IF(AND(${gyldigProsent(JUSTERING)},${erTall(AR(n))},${AR(n)}>=${PRISAR}),(1+ROUND(${JUSTERING}*1000000,0)/1000000)^(${AR(n)}-${PRISAR}),"na.")`,
      format: "0.000000", stil: "overskrift",
    });
  }
  b.rad(R.overskrift, 0, [
    tekst("Tjeneste", "overskrift"), tekst("Oppstart/betaling år", "overskrift"), tekst("Kvartal", "overskrift"),
    ...Array.from({ length: N }, () => AARSKOLONNER.map((t) => tekst(t, "overskrift"))).flat(),
    tekst("Merknad", "overskrift"),
  ]);
}

/** Sumraden (beløp og kvartaler per år, med Merknad) og oversikten «Sum per år» med summen for planen. */
function summer(b: Arkbygger, N: number, forsteLinje: number, sumrad: number, oversikt: number): void {
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
      { formel: AR(n), format: "0" },
      { formel: INNBYGGERE(n), format: FORMAT.heltall },
      ...SUMKOLONNER.map((a) => kr(abs(sumrad, arskolonne(n) + a))),
    ]);
  }
  b.rad(oversikt + 2 + N, 0, [tekst("Sum for planen", "sum"), null, kr(sumformel(`${ref(oversikt + 2, 2)}:${ref(oversikt + 1 + N, 2)}`), "sum")]);
}

/**
 * Hjelperadene for innbyggertallet: vekstfaktoren, så planinnbyggere (SSB-tallene etter kalenderen eller det oppgitte
 * tallet, eksakt i sifergrupper). Gir innbyggertallet og kilden per år, og raden etter hjelperadene.
 */
function innbyggerhjelp(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Budsjettoppslag): ReturnType<typeof planinnbyggere> {
  b.sett(rad, 0, tekst("Hjelperader (regnes ut: ikke endre)", "tittel"));
  b.sett(rad + 1, 0, forklaring(
    "Innbyggertallet regnes eksakt: innbyggere × (1 000 000 + vekst i milliondeler)^n skrives i grupper på seks sifre (gruppe j er verdt " +
    "1 000 000^j), så avrundingen blir nøyaktig som i KS-tillegget. Hver celle er gruppen (de seks nederste sifrene) med menten til neste gruppe foran. " +
    "Tallet n år fram er gruppe n og n + 1, pluss 1 når gruppe n − 1 ≥ 500 000.",
  ));
  const c = abs(rad + 2, 1);
  b.rad(rad + 2, 0, [tekst("Vekstfaktor i milliondeler (1 000 000 + vekst)"), { formel: vekstfaktorformel(VEKST), format: "0" }]);
  if ((v.befolkning.type === "kjent") !== (o.innbyggere !== null)) throw new Error("Budsjettarket: SSB-tallene trenger oppslaget i arket Innbyggere.");
  const oppsett: Planbefolkningsoppsett = v.befolkning.type === "kjent" && o.innbyggere
    ? { type: "kjent", ar: v.befolkning.ar, navn: v.befolkning.navn, organisasjon: KALKULATORINNDATA.organisasjon, navneomrade: o.innbyggere.navn, tabell: o.innbyggere.tabell }
    : { type: "oppgitt", innbyggere: P0 };
  return planinnbyggere(b, rad + 3, FORSTE_ARSKOLONNE, v.antallAr, AR, c, oppsett, v.fra);
}

/**
 * Oppsettet, ovenfra: inndata (rad 4–8), årstall, innbyggere og prisfaktor over hvert år (rad 10–12), tabellen med
 * én linje per tjeneste og Digifin-avgift og sumraden, oversikten «Sum per år», og hjelperadene (innbyggertallet i
 * sifergrupper, årsprisen før avrunding, Digifin-trinn og -avgifter).
 */
export function budsjettark(v: Budsjettarkoppsett, o: Budsjettoppslag): Ark {
  const b = new Arkbygger(BUDSJETTARK);
  const N = v.antallAr;
  b.sett(0, 0, tekst(`Budsjett og økonomiplan – ${v.navn}`, "tittel"));
  b.sett(1, 0, forklaring(
    "Beløpene per år og kvartal (KS fakturerer kvartalsvis), med befolkningsvekst og prisjustering. Endre de gule cellene her, " +
    `i ${KALKULATORARK} (${v.befolkning.type === "kjent" ? "organisasjon" : "innbyggere"}, SvarUt-volumer), ${PRISMATRISEARK}${o.digifin ? ` eller ${DIGIFINARK}` : ""}, så følger alle tallene. ` +
    "Kolonne B og C: kvartalet en tjeneste starter (tomt = fra første kvartal i planen) eller kvartalet en Digifin-avgift betales. Se «Les meg».",
  ));
  inndata(b, v);

  const forsteLinje = R.overskrift + 1;
  const sumrad = forsteLinje + v.linjer.length + v.digifin.length;
  const oversikt = sumrad + 2;
  const hjelp = oversikt + N + 5;
  const befolkning = innbyggerhjelp(b, hjelp, v, o);
  const prisrader = befolkning.nesteRad + 1;
  const digifinrader = prisrader + v.linjer.length + 2;

  arsoverskrifter(b, N, befolkning.innbyggere, befolkning.kilde);
  const uavrundet = uavrundedePriser(b, prisrader, v, o);
  v.linjer.forEach((l, i) => tjenestelinje(b, forsteLinje + i, l, v, uavrundet[i]));
  if (v.digifin.length > 0 && o.digifin) {
    const avgifter = digifinavgifter(b, digifinrader, v, o.digifin);
    v.digifin.forEach((d, i) => digifinlinje(b, forsteLinje + v.linjer.length + i, d, avgifter[i], v));
  }
  summer(b, N, forsteLinje, sumrad, oversikt);

  for (let r = forsteLinje; r < sumrad; r++) {
    if (r - forsteLinje < v.linjer.length && v.linjer[r - forsteLinje].type === "grunnfinansiering") continue;
    b.valider({ omrade: ref(r, 1), ...tallkrav("Året", TALLKRAV.budsjettar) });
    b.valider({ omrade: ref(r, 2), ...tallkrav("Kvartalet", TALLKRAV.kvartal) });
  }
  // B og C er brede nok for oversiktens innbyggertall og summer, som står i de samme kolonnene.
  const bredder = [40, 14, 14, ...Array.from({ length: N }, () => [13, 9, 13, 13, 13, 13, 13]).flat(), 60];
  return b.bygg(bredder, { rader: R.overskrift + 1, kolonner: 1 });
}

/** Avsnittet om budsjettet i arket Les meg. */
export function budsjettavsnitt(medDigifin: boolean, ssb: boolean): Avsnitt {
  return ["Budsjett og økonomiplan", [
    `Arket ${BUDSJETTARK} viser beløpene per år og kvartal med de samme reglene som «fikspris budsjett» i KS prisverktøy.`,
    `Du kan endre: første år (B4), befolkningsvekst (B5) og prisjustering (B6) per år, og i kolonne B og C kvartalet hver tjeneste starter ` +
      `(tomt = fra første kvartal i planen)${medDigifin ? " og kvartalet hver Digifin-avgift betales" : ""}.`,
    ssb
      ? `Innbyggere: år Y bruker folkemengden 1. januar Y − 1 fra arket Innbyggere for organisasjonen i ${KALKULATORARK} (som KS priser). ` +
        "Er den ikke kjent, framskrives det siste kjente året før med veksten: tallet × (1 + vekst)^år, avrundet halvt opp, regnet fra det " +
        "kjente tallet (ikke fra fjorårets avrundede tall). Framskrivingen regnes eksakt i hjelperadene nederst, i grupper på seks sifre."
      : `Innbyggere: innbyggertallet i ${KALKULATORARK} er oppgitt (ikke SSBs) og gjelder første år; år nr. n bruker det × (1 + vekst)^n, ` +
        "avrundet halvt opp, regnet fra første års tall hvert år (ikke fra fjorårets avrundede tall). Det regnes eksakt i hjelperadene nederst, i grupper på seks sifre.",
    "Årspris: prisen med årets innbyggertall, ganget med (1 + prisjustering)^(år − prismatrisens prisår) og avrundet halvt opp til hele kroner: " +
      "2027-prisen er 2025-prisen justert to år. For SvarUt justeres " +
      "fastprisen og transaksjonsprisene, mens volumene står. Referanseinnbyggertallet ligger fast.",
    "Årets beløp: årspris × kvartaler i bruk / 4, avrundet halvt opp. Kvartalene: beløpet delt likt i hele kroner (rundet ned); kronene som " +
      "blir til overs, legges med 1 kr hver på de siste kvartalene i bruk, så kvartalene summerer nøyaktig til året.",
    ...(medDigifin
      ? [`Digifin: avgiften fra arket ${DIGIFINARK} med innbyggertallet det året den betales, én gang, i sitt kvartal, uten prisjustering.`]
      : []),
    "Grunnfinansieringen løper hele planen. Min kommune har ingen ny pris og er ikke med. Summene er summer av linjene; " +
      "«na.» i en sum betyr at minst én linje ikke kan beregnes (se Merknad).",
    "Tjenestene, Digifin-avgiftene og antall år ligger fast: lag en ny arbeidsbok («fikspris arbeidsbok» med «budsjett» i scenariofilen) for å endre dem.",
  ]];
}
