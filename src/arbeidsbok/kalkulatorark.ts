/**
 * Arket Kalkulator: de samme radene og kolonnene som `fikspris kalkulator`, der hver ny pris, endring og sum er en
 * vanlig formel som leser arkene Prismatrise og SvarUt, innbyggercellen og volumene. Til høyre for de sju
 * kalkulatorkolonnene: Merknad (hvorfor en celle viser «na.») og matriseverdiene hver linje bruker.
 */
import { BEFOLKNINGSAR, type Kalkulatorrad, KUNDETYPENAVN, ORGANISASJONER, type Kundetype, type SvarUtVolum, SVARUT } from "../core";
import {
  INNDATABLOKK, type Inndatarad, KALKULATORKOLONNE, type Kalkulatorformellag, kalkulatoroppsett, KALKULATOROVERSKRIFT,
} from "../ark/kalkulatoroppsett";
import { abs, arkcelle, ref } from "../ark/adresser";
import { forsteMelding, halvOpp, oppslagsnokkel, streng, tomBlirTom } from "./formler";
import { type Ark, type Celle, tekst } from "../ark/modell";
import { innbyggeroppslag } from "./innbyggerark";
import { type Matriseoppslag, PRISMATRISEARK } from "./prismatriseark";
import { SVARUTARK, type SvarUtOppslag } from "./svarutark";
import { FORMAT } from "../ark/tallformat";

export const KALKULATORARK = "Kalkulator";

export interface Kalkulatorarkoppsett {
  /** «Bodø», eller null for en kunde som bare er gitt ved kundetype og innbyggertall. */
  kundenavn: string | null;
  nummer: string | null;
  kundetype: Kundetype;
  innbyggere: number;
  /** Hvor innbyggertallet kommer fra, f.eks. «SSB tabell 07459, 1. januar 2024». */
  innbyggerkilde: string;
  volum: SvarUtVolum;
  /** Kjernens rader i kjernens rekkefølge. */
  rader: readonly Kalkulatorrad[];
}

/** Kolonnene (fra 0): kalkulatorens sju, så Merknad og hjelpekolonnene. */
const K = { ...KALKULATORKOLONNE, merknad: 7, rad: 8, fastpris: 9, innbyggerpris: 10, justering: 11, faktor: 12 } as const;

const I = INNDATABLOKK;
/** Inndataradene (fra 0): B4 organisasjon … B9 SvarInn, felles med oppgaverutens kalkulatorark. */
const R = {
  organisasjon: I.organisasjon.rad, kundetype: I.kundetype.rad, innbyggere: I.innbyggere.rad, altinn: I.altinn.rad,
  forsendelser: I.forsendelser.rad, svarinn: I.svarinn.rad, prismatrise: I.prismatrise.rad, overskrift: KALKULATOROVERSKRIFT,
} as const;

const KALKULATORCELLER = {
  innbyggere: abs(R.innbyggere, 1),
  altinn: abs(R.altinn, 1),
  forsendelser: abs(R.forsendelser, 1),
  svarinn: abs(R.svarinn, 1),
  /** Raden (fra 0) til første kalkulatorlinje. */
  forsteLinje: R.overskrift + 1,
} as const;

const P = KALKULATORCELLER.innbyggere;

/** Inndatacellene sett fra et annet ark i boken (arket Budsjett): "Kalkulator!$B$6" osv. */
export const KALKULATORINNDATA = {
  organisasjon: arkcelle(KALKULATORARK, R.organisasjon, 1),
  innbyggere: arkcelle(KALKULATORARK, R.innbyggere, 1),
  altinn: arkcelle(KALKULATORARK, R.altinn, 1),
  forsendelser: arkcelle(KALKULATORARK, R.forsendelser, 1),
  svarinn: arkcelle(KALKULATORARK, R.svarinn, 1),
} as const;

/**
 * Cellene et annet ark leser for kalkulatorlinje nr. `i` (fra 0, i kjernens rekkefølge): prisen (Ny pris, eller
 * tilleggskolonnen for en tjeneste som vurderes) og hjelpekolonnene med raden i Prismatrise/SvarUt og matriseverdiene.
 */
export function kalkulatorlinje(i: number, tillegg: boolean) {
  const r = KALKULATORCELLER.forsteLinje + i;
  const celle = (k: number) => arkcelle(KALKULATORARK, r, k);
  return {
    pris: celle(tillegg ? K.tillegg : K.ny),
    rad: celle(K.rad),
    fastpris: celle(K.fastpris),
    innbyggerpris: celle(K.innbyggerpris),
    justering: celle(K.justering),
  };
}

const celle = (rad: number, kolonne: number) => ref(rad, kolonne);

/** Formlene som priser én linje: hjelpekolonnene I–M, selve prisen og Merknad. */
interface Linjeformler {
  hjelp: (Celle | null)[];
  pris: string;
  merknad: [string, string][];
}

function modellinje(r: number, navn: string, m: Matriseoppslag, kundetype: "KOMMUNE" | "FYLKESKOMMUNE"): Linjeformler {
  const c = (k: number) => celle(r, k);
  const kol = kundetype === "KOMMUNE"
    ? { f: m.kolonne("fastprisKommune"), i: m.kolonne("innbyggerprisKommune"), a: m.kolonne("justeringKommune") }
    : { f: m.kolonne("fastprisFylke"), i: m.kolonne("innbyggerprisFylke"), a: m.kolonne("justeringFylke") };
  const rad = c(K.rad);
  const slaOpp = (omrade: string) => `INDEX(${omrade},${rad})`;
  const [f, i, a, faktor] = [c(K.fastpris), c(K.innbyggerpris), c(K.justering), c(K.faktor)];
  const hvem = kundetype === "KOMMUNE" ? "kommuner" : "fylkeskommuner";
  return {
    hjelp: [
      { formel: `IFERROR(MATCH(${oppslagsnokkel(`$A${r + 1}`, navn)},${m.navn},0),"")` },
      { formel: `IF(ISNUMBER(${rad}),${tomBlirTom(slaOpp(kol.f))},"")`, format: FORMAT.kroner },
      { formel: `IF(ISNUMBER(${rad}),${tomBlirTom(slaOpp(kol.i))},"")`, format: "0.000###" },
      // En tom størrelsesjustering betyr 0 % (som i kjernen).
      { formel: `IF(ISNUMBER(${rad}),IF(${slaOpp(kol.a)}="",0,${slaOpp(kol.a)}),"")`, format: FORMAT.prosent },
      { formel: `IFERROR(1-${a}*${P}/${m.referanse[kundetype]},"")`, format: "0.000000" },
    ],
    pris: `IF(AND(ISNUMBER(${P}),${P}>=0,ISNUMBER(${f}),ISNUMBER(${i}),ISNUMBER(${faktor})),IF(${faktor}>0,${halvOpp(`${f}+${i}*${P}*${faktor}`)},"na."),"na.")`,
    merknad: [
      [`NOT(ISNUMBER(${P}))`, `Innbyggere (${P.replace(/\$/g, "")}) mangler eller er ikke et tall.`],
      [`${P}<0`, "Innbyggere kan ikke være negativt."],
      [`NOT(ISNUMBER(${rad}))`, `Tjenesten finnes ikke i arket ${PRISMATRISEARK}.`],
      [`NOT(AND(ISNUMBER(${f}),ISNUMBER(${i})))`, `Arket ${PRISMATRISEARK} har ingen pris for ${hvem} (NA eller tom celle).`],
      [`NOT(AND(ISNUMBER(${m.referanse[kundetype]}),${m.referanse[kundetype]}>0))`,
        `Referanseinnbyggertallet for ${hvem} i arket ${PRISMATRISEARK} må være større enn 0.`],
      [`NOT(ISNUMBER(${faktor}))`, `Størrelsesjusteringen eller referanseinnbyggertallet i arket ${PRISMATRISEARK} er ikke et tall.`],
      [`${faktor}<=0`, `Størrelsesfaktoren er 0 eller mindre: kontroller referanseinnbyggertallet i arket ${PRISMATRISEARK}.`],
    ],
  };
}

function fastprislinje(r: number, navn: string, m: Matriseoppslag): Linjeformler {
  const [rad, f] = [celle(r, K.rad), celle(r, K.fastpris)];
  return {
    hjelp: [
      { formel: `IFERROR(MATCH(${oppslagsnokkel(`$A${r + 1}`, navn)},${m.navn},0),"")` },
      { formel: `IF(ISNUMBER(${rad}),${tomBlirTom(`INDEX(${m.kolonne("statligFastpris")},${rad})`)},"")`, format: FORMAT.kroner },
    ],
    pris: `IF(ISNUMBER(${f}),${halvOpp(f)},"na.")`,
    merknad: [
      [`NOT(ISNUMBER(${rad}))`, `Tjenesten finnes ikke i arket ${PRISMATRISEARK}.`],
      [`NOT(ISNUMBER(${f}))`, `Arket ${PRISMATRISEARK} har ingen fast pris for statlige virksomheter.`],
    ],
  };
}

function svarutlinje(r: number, prisKolonne: number, s: SvarUtOppslag, kundetype: Kundetype): Linjeformler {
  const [rad, f] = [celle(r, K.rad), celle(r, K.fastpris)];
  const sats = (k: "altinn" | "forsendelse" | "svarinn") => `INDEX(${s.kolonne(k)},${rad})`;
  const { altinn, forsendelser, svarinn } = KALKULATORCELLER;
  return {
    hjelp: [
      { formel: `IFERROR(MATCH(${streng(kundetype)},${s.kolonne("kundetype")},0),"")` },
      { formel: `IF(ISNUMBER(${rad}),INDEX(${s.kolonne("fastpris")},${rad}),"")`, format: FORMAT.kroner },
    ],
    pris: `IFERROR(IF(ISNUMBER(${rad}),${halvOpp(`${f}+${altinn}*${sats("altinn")}+${forsendelser}*${sats("forsendelse")}+${svarinn}*${sats("svarinn")}`)},"na."),"na.")`,
    merknad: [
      [`NOT(ISNUMBER(${rad}))`, `Kundetypen ${kundetype} finnes ikke i arket ${SVARUTARK}.`],
      [`NOT(ISNUMBER(${celle(r, prisKolonne)}))`, `Prisene i arket ${SVARUTARK} og antallene i B7:B9 må være tall.`],
      // Som kommandolinjen: en SvarUt-linje uten volumer er priset med bare fastprisen.
      [`AND(${altinn}=0,${forsendelser}=0,${svarinn}=0)`, "Uten volum: bare fastpris (antallene i B7:B9 er 0)."],
    ],
  };
}

function linjeformlerFor(r: number, navn: string, prisKolonne: number, o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag): Linjeformler {
  if (navn === SVARUT) return svarutlinje(r, prisKolonne, s, o.kundetype);
  if (o.kundetype === "STATLIG_VIRKSOMHET") return fastprislinje(r, navn, m);
  return modellinje(r, navn, m, o.kundetype === "FYLKESKOMMUNE" ? "FYLKESKOMMUNE" : "KOMMUNE");
}

/** Merknaden for en linje med pris: hvorfor den viser «na.», eller hva som er spesielt. */
function merknad(r: number, rad: Kalkulatorrad, formler: Linjeformler): Celle {
  const eks = celle(r, K.eksisterende);
  const eksisterendeFeil: [string, string] = [`AND(${eks}<>"",NOT(ISNUMBER(${eks})))`, "Eksisterende pris (kolonne B) må være et tall."];
  return { formel: forsteMelding(rad.type === "tillegg" ? formler.merknad : [...formler.merknad, eksisterendeFeil]), bryt: true };
}

/** Inndatablokkens organisasjon og innbyggere: en organisasjon fra arket Innbyggere velges fra en liste. */
function inndatarader(o: Kalkulatorarkoppsett, navn: string): Pick<Kalkulatorformellag, "valideringer"> & Record<"organisasjon" | "innbyggere", Inndatarad> {
  const forklaring = (t: string) => tekst(t, "forklaring");
  const oppslag = ORGANISASJONER.some((x) => x.nummer === o.nummer && x.navn === o.kundenavn && x.kundetype === o.kundetype)
    ? innbyggeroppslag(o.kundetype)
    : null;
  // Et SSB-tall fra et år som følger med (arket Innbyggere har en kolonne for hvert av dem) slås opp i arket.
  const ssbAr = [Number(/^SSB.* (\d{4})$/.exec(o.innbyggerkilde)?.[1])].find((a) => BEFOLKNINGSAR.includes(a));
  const innbyggerforklaring = forklaring(`${o.innbyggerkilde}. Se arket Innbyggere.`);
  const skrevet: Inndatarad = [{ verdi: o.innbyggere, format: FORMAT.heltall, stil: "inndata" }, innbyggerforklaring];
  if (!oppslag) {
    return { organisasjon: [tekst(o.nummer ? `${navn} (${o.nummer})` : navn), null], innbyggere: skrevet };
  }
  // En organisasjon fra arket Innbyggere: velges fra en liste, og innbyggertallet slås opp (SSB-tall) når det kom derfra.
  const org = ref(R.organisasjon, 1);
  const funnet = `MATCH(${org},${oppslag.navn},0)`;
  return {
    organisasjon: [{ verdi: navn, stil: "inndata" }, {
      formel: `IFERROR("Nummer "&INDEX(${oppslag.nummer},${funnet})&". Velg en annen ${KUNDETYPENAVN[o.kundetype].toLowerCase()} i listen` +
        `${ssbAr ? ": innbyggertallet følger" : ""}.","Finnes ikke i arket Innbyggere: velg fra listen.")`,
      stil: "forklaring",
    }],
    innbyggere: ssbAr
      ? [{
        formel: `IFERROR(INDEX(${oppslag.innbyggere(ssbAr)},${funnet}),${o.innbyggere})`,
        format: FORMAT.heltall, stil: "inndata",
      }, innbyggerforklaring]
      : skrevet,
    valideringer: [{
      omrade: org, type: "liste", kilde: oppslag.navn,
      melding: `Velg en ${KUNDETYPENAVN[o.kundetype].toLowerCase()} fra listen (arket Innbyggere).`,
      inndatamelding: `Organisasjonen: velg fra listen (arket Innbyggere)${ssbAr ? "; innbyggertallet i B6 slås opp" : ""}.`,
    }],
  };
}

/** Formellaget: vanlige regnearkformler som leser Prismatrise, SvarUt og inndataene, med Merknad og hjelpekolonnene I–M. */
function formellag(o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag, matrisebeskrivelse: string, navn: string): Kalkulatorformellag {
  const linjeformler = (r: number, rad: Kalkulatorrad) =>
    linjeformlerFor(r, rad.tjeneste, rad.type === "tillegg" ? K.tillegg : K.ny, o, m, s);
  const { organisasjon, innbyggere, valideringer } = inndatarader(o, navn);
  const kundetype: Inndatarad = [
    tekst(KUNDETYPENAVN[o.kundetype]),
    tekst(`${o.kundetype}: prisene bruker kundetypens kolonner i Prismatrise og raden i SvarUt. Lag en ny arbeidsbok for en annen kundetype.`, "forklaring"),
  ];
  return {
    forklaring: "Laget med KS prisverktøy. Alle priser er vanlige regnearkformler: endre de gule cellene her, i Prismatrise eller i SvarUt, " +
      "så regnes prisene ut på nytt. Hver linje avrundes halvt opp til hele kroner; summene er summer av linjene. Se arket «Les meg».",
    inndata: { organisasjon, kundetype, innbyggere, prismatrise: [tekst(`Arket ${PRISMATRISEARK} (${matrisebeskrivelse})`), null] },
    valideringer,
    ekstrakolonner: [
      { navn: "Merknad", bredde: 44 }, { navn: "Rad i Prismatrise/SvarUt", bredde: 12 }, { navn: "Fastpris", bredde: 12 },
      { navn: "Innbyggerpris", bredde: 14 }, { navn: "Størrelsesjustering", bredde: 16 }, { navn: "Størrelsesfaktor", bredde: 14 },
    ],
    pris: (r, rad) => linjeformler(r, rad).pris,
    endringProsent: (r) => {
      const [eks, ny] = [celle(r, K.eksisterende), celle(r, K.ny)];
      return `IF(AND(ISNUMBER(${eks}),ISNUMBER(${ny})),IF(${eks}=0,"na.",(${ny}-${eks})/${eks}),"na.")`;
    },
    endringKr: (r, rad) => {
      const [eks, ny] = [celle(r, K.eksisterende), celle(r, K.ny)];
      return rad.type === "grunnfinansiering"
        // Grunnfinansiering er ny for alle: uten eksisterende pris er endringen hele det nye beløpet.
        ? `IF(ISNUMBER(${ny}),IF(${eks}="",${ny},IF(ISNUMBER(${eks}),${ny}-${eks},"na.")),"na.")`
        : `IF(AND(ISNUMBER(${eks}),ISNUMBER(${ny})),${ny}-${eks},"na.")`;
    },
    ekstra: (r, rad) => {
      if (rad.type === "utgatt") return [tekst("Har ingen egen pris fra 2025: inngår i grunnfinansieringen.")];
      const formler = linjeformler(r, rad);
      return [merknad(r, rad, formler), ...formler.hjelp];
    },
    sumEndringProsent: (r) => {
      const [eks, ny] = [celle(r, K.eksisterende), celle(r, K.ny)];
      return `IF(${eks}=0,"na.",(${ny}-${eks})/${eks})`;
    },
    sumEkstra: (r, rader) => {
      const [forste, siste] = [KALKULATORCELLER.forsteLinje, r - 1];
      const utgatte = rader.filter((x) => x.type === "utgatt").length;
      const naTeller = rader.length === 0 ? "0"
        : `COUNTIF(${celle(forste, K.ny)}:${celle(siste, K.ny)},"na.")+COUNTIF(${celle(forste, K.tillegg)}:${celle(siste, K.tillegg)},"na.")`;
      // Utgåtte tjenester (Min kommune) har «na.» som ny pris med vilje; en annen «na.» er en linje summene mangler.
      return [{ formel: `IF(${naTeller}>${utgatte},"Summene mangler linjer som ikke kan beregnes: se Merknad.","")`, stil: "sum" }];
    },
  };
}

export function kalkulatorark(o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag, matrisebeskrivelse: string): Ark {
  const navn = o.kundenavn ?? KUNDETYPENAVN[o.kundetype];
  return kalkulatoroppsett({ arknavn: KALKULATORARK, kundenavn: navn, volum: o.volum, rader: o.rader, formler: formellag(o, m, s, matrisebeskrivelse, navn) });
}
