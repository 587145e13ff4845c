/**
 * Arket Budsjett: økonomiplanen år for år og kvartal for kvartal som vanlige formler, med de samme reglene som
 * `fikspris budsjett` (kjernens beregnBudsjett). Første år, befolkningsvekst, prisjustering, oppstart og
 * betalingskvartalene er gule celler; prisene leser matriseverdiene i arket Kalkulator (som leser Prismatrise),
 * SvarUt og Digifin, så endringer der følger med. Hvert år har kolonnene Årspris, Kvartaler (i bruk), Beløp og K1–K4.
 */
import { type Befolkningsar, type Kundetype, type Kvartal, type Matrisekundetype } from "../core";
import { DIGIFINARK, type Digifinoppslag } from "./digifinark";
import { vekstfaktorformel } from "./eksaktvekst";
import { abs, ref } from "../ark/adresser";
import {
  arsoverskrift, type Budsjettceller, type Budsjettformellag, budsjettoppsett, erTall, FORSTE_ARSKOLONNE,
} from "../ark/budsjettoppsett";
import { halvOpp, halvOppRelativ, streng } from "./formler";
import { KALKULATORARK, KALKULATORINNDATA, type kalkulatorlinje } from "./kalkulatorark";
import type { Avsnitt } from "./lesmeg";
import { type Ark, type Arkbygger, type Celle, tekst } from "../ark/modell";
import { planinnbyggere, type Planbefolkningsoppsett } from "./planinnbyggere";
import { PRISMATRISEARK } from "./prismatriseark";
import { type SvarUtOppslag } from "./svarutark";
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

const kr = (formel: string): Celle => ({ formel, format: FORMAT.kroner });
const forklaring = (t: string) => tekst(t, "forklaring");

/**
 * Årsprisen i år nr. n før avrunding: den eksakte prisen med årets innbyggertall ganget med prisfaktoren, som kjernens
 * justertArspris (avrundingen skjer i cellen Årspris). Samme rekkefølge på regneoperasjonene som i arket Kalkulator.
 */
function uavrundetArspris(l: Budsjettlinjeoppsett, n: number, kundetype: Kundetype, o: Budsjettoppslag, c: Budsjettceller): string {
  const [p, g] = [c.befolkning(n), c.prisfaktor(n)];
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

/** Hjelperadene med årsprisen før avrunding: én rad per tjeneste, ett år per kolonne fra D. Gir cellene per linje og år. */
function uavrundedePriser(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Budsjettoppslag, c: Budsjettceller): string[][] {
  arsoverskrift(b, rad, "Årspris før avrunding", v.antallAr, c);
  return v.linjer.map((l, i) => {
    b.sett(rad + 1 + i, 0, tekst(l.tjeneste));
    return Array.from({ length: v.antallAr }, (_, n) => {
      b.sett(rad + 1 + i, FORSTE_ARSKOLONNE + n, { formel: uavrundetArspris(l, n, v.kundetype, o, c), format: "#,##0.0000" });
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
function digifinavgifter(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Digifinoppslag, c: Budsjettceller): string[][] {
  arsoverskrift(b, rad, "Digifin per år", v.antallAr, c);
  const sats = `INDEX(${o.medlemskapSats},MATCH(${streng(v.kundetype)},${o.medlemskapKundetype},0))`;
  return v.digifin.map((d, i) => {
    const [trinnrad, avgiftrad] = [rad + 1 + 2 * i, rad + 2 + 2 * i];
    const navn = d.losning.replace(/[~*?]/g, "~$&");
    b.sett(trinnrad, 0, tekst(`${d.losning}: trinnets rad i ${DIGIFINARK}`));
    b.sett(avgiftrad, 0, tekst(`${d.losning}: avgift${d.medlemskap ? " med medlemskap" : ""}`));
    return Array.from({ length: v.antallAr }, (_, n) => {
      const k = FORSTE_ARSKOLONNE + n;
      const [t, p] = [ref(trinnrad, k), c.befolkning(n)];
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

/**
 * Hjelperadene for innbyggertallet: vekstfaktoren, så planinnbyggere (SSB-tallene etter kalenderen eller det oppgitte
 * tallet, eksakt i sifergrupper). Gir innbyggertallet og kilden per år, og raden etter hjelperadene.
 */
function innbyggerhjelp(b: Arkbygger, rad: number, v: Budsjettarkoppsett, o: Budsjettoppslag, c: Budsjettceller): ReturnType<typeof planinnbyggere> {
  b.sett(rad, 0, tekst("Hjelperader (regnes ut: ikke endre)", "tittel"));
  b.sett(rad + 1, 0, forklaring(
    "Innbyggertallet regnes eksakt: innbyggere × (1 000 000 + vekst i milliondeler)^n skrives i grupper på seks sifre (gruppe j er verdt " +
    "1 000 000^j), så avrundingen blir nøyaktig som i KS-tillegget. Hver celle er gruppen (de seks nederste sifrene) med menten til neste gruppe foran. " +
    "Tallet n år fram er gruppe n og n + 1, pluss 1 når gruppe n − 1 ≥ 500 000.",
  ));
  const vekstfaktor = abs(rad + 2, 1);
  b.rad(rad + 2, 0, [tekst("Vekstfaktor i milliondeler (1 000 000 + vekst)"), { formel: vekstfaktorformel(c.vekst), format: "0" }]);
  if ((v.befolkning.type === "kjent") !== (o.innbyggere !== null)) throw new Error("Budsjettarket: SSB-tallene trenger oppslaget i arket Innbyggere.");
  const oppsett: Planbefolkningsoppsett = v.befolkning.type === "kjent" && o.innbyggere
    ? { type: "kjent", ar: v.befolkning.ar, navn: v.befolkning.navn, organisasjon: KALKULATORINNDATA.organisasjon, navneomrade: o.innbyggere.navn, tabell: o.innbyggere.tabell }
    : { type: "oppgitt", innbyggere: c.innbyggere };
  return planinnbyggere(b, rad + 3, FORSTE_ARSKOLONNE, v.antallAr, c.ar, vekstfaktor, oppsett, v.fra);
}

/**
 * Formellaget i arbeidsboken: vanlige formler. Innbyggertallet per år kommer fra hjelperadene (SSB-tallene i arket
 * Innbyggere etter kalenderen, eller innbyggertallet i Kalkulator), årsprisen fra matriseverdiene i Kalkulator (som
 * leser Prismatrise) og SvarUt, avrundet fra hjelperaden med prisen før avrunding, og Digifin-avgiftene fra arket Digifin.
 */
function arbeidsbokformler(v: Budsjettarkoppsett, o: Budsjettoppslag): Budsjettformellag {
  const kjent = v.befolkning.type === "kjent";
  return {
    forklaring:
      "Beløpene per år og kvartal (KS fakturerer kvartalsvis), med befolkningsvekst og prisjustering. Endre de gule cellene her, " +
      `i ${KALKULATORARK} (${kjent ? "organisasjon" : "innbyggere"}, SvarUt-volumer), ${PRISMATRISEARK}${o.digifin ? ` eller ${DIGIFINARK}` : ""}, så følger alle tallene. ` +
      "Kolonne B og C: kvartalet en tjeneste starter (tomt = fra første kvartal i planen) eller kvartalet en Digifin-avgift betales. Se «Les meg».",
    matrise: PRISMATRISEARK,
    antallForklaring: "Lag en ny arbeidsbok for en plan med flere eller færre år.",
    innbyggere: (c) => (v.befolkning.type === "kjent"
      ? [
        { formel: c.befolkning(0), format: FORMAT.heltall },
        forklaring(
          `SSB (arket Innbyggere) for organisasjonen i ${KALKULATORARK} (B4): år Y bruker folkemengden 1. januar Y − 1; etter det siste ` +
          `kjente året (1.1.${Math.max(...v.befolkning.ar)}) framskrives den med veksten, avrundet halvt opp. Innbyggertallet i ${KALKULATORARK} (B6) brukes ikke her.`,
        ),
      ]
      : [
        { formel: `IF(ISNUMBER(${KALKULATORINNDATA.innbyggere}),${KALKULATORINNDATA.innbyggere},"na.")`, format: FORMAT.heltall },
        forklaring(`Oppgitt i arket ${KALKULATORARK} (B6): endre innbyggertallet der. År nr. n bruker innbyggere × (1 + vekst)^n, avrundet halvt opp.`),
      ]),
    ekstraInndata: [],
    hjelperader: (b, rad, c) => {
      const befolkning = innbyggerhjelp(b, rad, v, o, c);
      const prisrader = befolkning.nesteRad + 1;
      const uavrundet = uavrundedePriser(b, prisrader, v, o, c);
      const avgifter = v.digifin.length > 0 && o.digifin ? digifinavgifter(b, prisrader + v.linjer.length + 2, v, o.digifin, c) : [];
      return {
        innbyggere: befolkning.innbyggere,
        kilde: befolkning.kilde,
        arspris: (i, n) => `IF(${erTall(uavrundet[i][n])},${halvOppRelativ(uavrundet[i][n])},"na.")`,
        belop: (_, x) => belopformel(x.pris, x.aktive),
        kvartal: (_, k, x) => kvartalformel(x.belop, x.aktive, k),
        digifinavgift: (d, n) => avgifter[d][n],
        prismerknader: (i) => [[`NOT(${erTall(v.linjer[i].kalkulator.pris)})`, `Prisen kan ikke beregnes: se Merknad i arket ${KALKULATORARK}.`]],
        digifinmerknad: `Avgiften kan ikke beregnes: kontroller løsningen og trinnene i arket ${DIGIFINARK}.`,
      };
    },
  };
}

/**
 * Arket Budsjett: arkmodellens budsjettoppsett (src/ark/budsjettoppsett.ts, det samme som arket oppgaveruten setter
 * inn) med arbeidsbokens formellag, og hjelperadene nederst (innbyggertallet i sifergrupper, årsprisen før avrunding,
 * Digifin-trinn og -avgifter).
 */
export function budsjettark(v: Budsjettarkoppsett, o: Budsjettoppslag): Ark {
  return budsjettoppsett({
    arknavn: BUDSJETTARK, kundenavn: v.navn, fra: v.fra, antallAr: v.antallAr, prisar: v.prisar, vekstandel: v.vekstandel,
    justeringsandel: v.justeringsandel, linjer: v.linjer, digifin: v.digifin, formler: arbeidsbokformler(v, o),
  });
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
