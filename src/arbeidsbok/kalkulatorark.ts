/**
 * Arket Kalkulator: de samme radene og kolonnene som `fikspris kalkulator`, der hver ny pris, endring og sum er en
 * vanlig formel som leser arkene Prismatrise og SvarUt, innbyggercellen og volumene. Til høyre for de sju
 * kalkulatorkolonnene: Merknad (hvorfor en celle viser «na.») og matriseverdiene hver linje bruker.
 */
import {
  type Kalkulatorrad, KUNDETYPENAVN, ORGANISASJONER, TALLKRAV, type Kundetype, type SvarUtVolum, SVARUT,
} from "../core";
import { KALKULATORKOLONNER } from "../core";
import { INNDATABLOKK, KALKULATOROVERSKRIFT } from "../ark/kalkulatorinndata";
import { abs, arkcelle, ref } from "../ark/adresser";
import { forsteMelding, halvOpp, oppslagsnokkel, streng, tomBlirTom } from "./formler";
import { type Ark, Arkbygger, type Celle, tekst } from "../ark/modell";
import { innbyggeroppslag } from "./innbyggerark";
import { type Matriseoppslag, PRISMATRISEARK } from "./prismatriseark";
import { SVARUTARK, type SvarUtOppslag } from "./svarutark";
import { FORMAT } from "../ark/tallformat";
import { belop, INNBYGGERE, VOLUM } from "./valideringer";

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
  /** Kjernens rader i kjernens rekkefølge (navn, type og de eksisterende prisene som er skrevet inn). */
  rader: Pick<Kalkulatorrad, "tjeneste" | "type" | "eksisterende">[];
}

/** Kolonnene (fra 0). */
const K = {
  tjeneste: 0, eksisterende: 1, ny: 2, endringProsent: 3, endringKr: 4, tillegg: 5, totalNy: 6,
  merknad: 7, rad: 8, fastpris: 9, innbyggerpris: 10, justering: 11, faktor: 12,
} as const;

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

const kr = (formel: string, stil?: Celle["stil"]): Celle => ({ formel, format: FORMAT.kroner, stil });
const celle = (rad: number, kolonne: number) => ref(rad, kolonne);
/** En eksisterende pris: en inndatacelle, tom når scenariet ikke har noen. */
const eksisterendeCelle = (rad: Kalkulatorarkoppsett["rader"][number]): Celle =>
  rad.eksisterende === null ? { format: FORMAT.kroner, stil: "inndata" } : { verdi: rad.eksisterende.toNumber(), format: FORMAT.kroner, stil: "inndata" };

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

function linjeformler(r: number, navn: string, prisKolonne: number, o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag): Linjeformler {
  if (navn === SVARUT) return svarutlinje(r, prisKolonne, s, o.kundetype);
  if (o.kundetype === "STATLIG_VIRKSOMHET") return fastprislinje(r, navn, m);
  return modellinje(r, navn, m, o.kundetype === "FYLKESKOMMUNE" ? "FYLKESKOMMUNE" : "KOMMUNE");
}

/** Kalkulatorlinjen r (arkrad fra 0) for én av kjernens rader. */
function linje(b: Arkbygger, r: number, rad: Kalkulatorarkoppsett["rader"][number], o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag): void {
  const c = (k: number) => celle(r, k);
  const [eks, ny, tillegg] = [c(K.eksisterende), c(K.ny), c(K.tillegg)];
  b.sett(r, K.tjeneste, tekst(rad.tjeneste));
  if (rad.type === "utgatt") {
    b.rad(r, K.eksisterende, [
      eksisterendeCelle(rad),
      tekst("na."), tekst("na."), tekst("na."), null, tekst("na."),
      tekst("Har ingen egen pris fra 2025: inngår i grunnfinansieringen."),
    ]);
    return;
  }
  const erTillegg = rad.type === "tillegg";
  const prisKolonne = erTillegg ? K.tillegg : K.ny;
  const formler = linjeformler(r, rad.tjeneste, prisKolonne, o, m, s);
  const eksisterendeFeil: [string, string] = [`AND(${eks}<>"",NOT(ISNUMBER(${eks})))`, "Eksisterende pris (kolonne B) må være et tall."];
  b.sett(r, K.merknad, { formel: forsteMelding(erTillegg ? formler.merknad : [...formler.merknad, eksisterendeFeil]), bryt: true });
  b.rad(r, K.rad, formler.hjelp);
  b.sett(r, prisKolonne, kr(formler.pris));
  if (erTillegg) {
    b.sett(r, K.totalNy, kr(tillegg));
    return;
  }
  const beggeTall = `AND(ISNUMBER(${eks}),ISNUMBER(${ny}))`;
  const endringKr = rad.type === "grunnfinansiering"
    // Grunnfinansiering er ny for alle: uten eksisterende pris er endringen hele det nye beløpet.
    ? `IF(ISNUMBER(${ny}),IF(${eks}="",${ny},IF(ISNUMBER(${eks}),${ny}-${eks},"na.")),"na.")`
    : `IF(${beggeTall},${ny}-${eks},"na.")`;
  b.sett(r, K.eksisterende, eksisterendeCelle(rad));
  b.sett(r, K.endringProsent, { formel: `IF(${beggeTall},IF(${eks}=0,"na.",(${ny}-${eks})/${eks}),"na.")`, format: FORMAT.prosent });
  b.sett(r, K.endringKr, kr(endringKr));
  b.sett(r, K.totalNy, kr(ny));
}

function sumrad(b: Arkbygger, r: number, forste: number, o: Kalkulatorarkoppsett): void {
  const siste = r - 1;
  const sum = (k: number): Celle =>
    o.rader.length === 0 ? { verdi: 0, format: FORMAT.kroner, stil: "sum" } : kr(`SUM(${celle(forste, k)}:${celle(siste, k)})`, "sum");
  const [eks, ny] = [celle(r, K.eksisterende), celle(r, K.ny)];
  const utgatte = o.rader.filter((x) => x.type === "utgatt").length;
  const naTeller = o.rader.length === 0 ? "0"
    : `COUNTIF(${celle(forste, K.ny)}:${celle(siste, K.ny)},"na.")+COUNTIF(${celle(forste, K.tillegg)}:${celle(siste, K.tillegg)},"na.")`;
  b.rad(r, 0, [
    tekst("Sum", "sum"),
    sum(K.eksisterende),
    sum(K.ny),
    { formel: `IF(${eks}=0,"na.",(${ny}-${eks})/${eks})`, format: FORMAT.prosent, stil: "sum" },
    kr(`${ny}-${eks}`, "sum"),
    sum(K.tillegg),
    sum(K.totalNy),
    // Utgåtte tjenester (Min kommune) har «na.» som ny pris med vilje; en annen «na.» er en linje summene mangler.
    { formel: `IF(${naTeller}>${utgatte},"Summene mangler linjer som ikke kan beregnes: se Merknad.","")`, stil: "sum" },
  ]);
}

export function kalkulatorark(o: Kalkulatorarkoppsett, m: Matriseoppslag, s: SvarUtOppslag, matrisebeskrivelse: string): Ark {
  const b = new Arkbygger(KALKULATORARK);
  const navn = o.kundenavn ?? KUNDETYPENAVN[o.kundetype];
  b.sett(0, 0, tekst(`Kalkulator – ${navn}`, "tittel"));
  b.sett(1, 0, tekst(
    "Laget med KS prisverktøy. Alle priser er vanlige regnearkformler: endre de gule cellene her, i Prismatrise eller i SvarUt, " +
    "så regnes prisene ut på nytt. Hver linje avrundes halvt opp til hele kroner; summene er summer av linjene. Se arket «Les meg».",
    "forklaring",
  ));
  const inndata = (verdi: number): Celle => ({ verdi, format: FORMAT.heltall, stil: "inndata" });
  const forklaring = (t: string) => tekst(t, "forklaring");
  const oppslag = ORGANISASJONER.some((x) => x.nummer === o.nummer && x.navn === o.kundenavn && x.kundetype === o.kundetype)
    ? innbyggeroppslag(o.kundetype)
    : null;
  const ssbAr = /^SSB.* (2024|2025)$/.exec(o.innbyggerkilde)?.[1];
  if (oppslag) {
    // En organisasjon fra arket Innbyggere: velges fra en liste, og innbyggertallet slås opp (SSB-tall) når det kom derfra.
    const funnet = `MATCH(${ref(R.organisasjon, 1)},${oppslag.navn},0)`;
    b.rad(R.organisasjon, 0, [tekst(I.organisasjon.etikett), { verdi: navn, stil: "inndata" }, {
      formel: `IFERROR("Nummer "&INDEX(${oppslag.nummer},${funnet})&". Velg en annen ${KUNDETYPENAVN[o.kundetype].toLowerCase()} i listen` +
        `${ssbAr ? ": innbyggertallet følger" : ""}.","Finnes ikke i arket Innbyggere: velg fra listen.")`,
      stil: "forklaring",
    }]);
    b.valider({
      omrade: ref(R.organisasjon, 1), type: "liste", kilde: oppslag.navn,
      melding: `Velg en ${KUNDETYPENAVN[o.kundetype].toLowerCase()} fra listen (arket Innbyggere).`,
      inndatamelding: `Organisasjonen: velg fra listen (arket Innbyggere)${ssbAr ? "; innbyggertallet i B6 slås opp" : ""}.`,
    });
  } else {
    b.rad(R.organisasjon, 0, [tekst(I.organisasjon.etikett), tekst(o.nummer ? `${navn} (${o.nummer})` : navn)]);
  }
  b.rad(R.kundetype, 0, [
    tekst(I.kundetype.etikett), tekst(KUNDETYPENAVN[o.kundetype]),
    forklaring(`${o.kundetype}: prisene bruker kundetypens kolonner i Prismatrise og raden i SvarUt. Lag en ny arbeidsbok for en annen kundetype.`),
  ]);
  const innbyggerCelle: Celle = oppslag && ssbAr
    ? {
      formel: `IFERROR(INDEX(${oppslag.innbyggere(Number(ssbAr) as 2024 | 2025)},MATCH(${ref(R.organisasjon, 1)},${oppslag.navn},0)),${o.innbyggere})`,
      format: FORMAT.heltall, stil: "inndata",
    }
    : inndata(o.innbyggere);
  b.rad(R.innbyggere, 0, [tekst(I.innbyggere.etikett), innbyggerCelle, forklaring(`${o.innbyggerkilde}. Se arket Innbyggere.`)]);
  b.rad(R.altinn, 0, [tekst(I.altinn.etikett), inndata(o.volum.altinn)]);
  b.rad(R.forsendelser, 0, [tekst(I.forsendelser.etikett), inndata(o.volum.forsendelser)]);
  b.rad(R.svarinn, 0, [tekst(I.svarinn.etikett), inndata(o.volum.svarinn)]);
  b.rad(R.prismatrise, 0, [tekst(I.prismatrise.etikett), tekst(`Arket ${PRISMATRISEARK} (${matrisebeskrivelse})`)]);
  b.rad(R.overskrift, 0, [
    ...KALKULATORKOLONNER, "Merknad", "Rad i Prismatrise/SvarUt", "Fastpris", "Innbyggerpris", "Størrelsesjustering", "Størrelsesfaktor",
  ].map((t) => tekst(t, "overskrift")));

  const forste = KALKULATORCELLER.forsteLinje;
  o.rader.forEach((rad, i) => linje(b, forste + i, rad, o, m, s));
  const sum = forste + o.rader.length;
  sumrad(b, sum, forste, o);

  b.valider({ omrade: P.replace(/\$/g, ""), ...INNBYGGERE });
  b.valider({ omrade: `B${R.altinn + 1}:B${R.svarinn + 1}`, ...VOLUM });
  if (o.rader.length > 0) b.valider({ omrade: `B${forste + 1}:B${sum}`, ...belop("Eksisterende pris", TALLKRAV.belop) });
  return b.bygg([36, 18, 22, 14, 16, 18, 18, 44, 12, 12, 14, 16, 14], { rader: R.overskrift + 1, kolonner: 1 });
}
