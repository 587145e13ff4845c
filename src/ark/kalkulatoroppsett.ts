/**
 * Kalkulatorarket, beskrevet én gang for begge mål: arket oppgaveruten setter inn (Office.js, levende KS.*-formler) og
 * arket Kalkulator i den frittstående arbeidsboken (exceljs, vanlige formler). Her står radene, etikettene,
 * tallformatene, stilene, breddene, valideringene og Excel-tabellen; målet velger bare formellaget (og sine egne
 * forklaringer og hjelpekolonner ved siden av tabellen).
 *
 * Hvilke celler i resultattabellen som er «na.», tomme eller et tall, sier kjernens visning (visningslinje, den ene
 * «na.»-regelen): en celle kjernen sier er tom, er tom i arket; en linje uten pris (Min kommune) er «na.» i arket; et
 * tall – eller en «na.» som avhenger av en gul celle, som en endring uten dagens pris – er formellagets formel, så arket
 * regner på nytt når inndataene endres. Testene regner formlene og sammenligner hver celle med kjernens visning.
 */
import { KALKULATORKOLONNER, type Kalkulatorrad, type SvarUtVolum, TALLKRAV, visningslinje } from "../core";
import { omrade, ref } from "./adresser";
import { type Ark, Arkbygger, type Celle, tekst } from "./modell";
import { FORMAT } from "./tallformat";
import { belop, INNBYGGERE, VOLUM } from "./valideringer";

/**
 * Inndatablokken: radene (fra 0, i kolonne A etiketten og i kolonne B verdien) og etikettene. Tabellen begynner på
 * raden KALKULATOROVERSKRIFT.
 */
export const INNDATABLOKK = {
  organisasjon: { rad: 3, etikett: "Organisasjon" },
  kundetype: { rad: 4, etikett: "Kundetype" },
  innbyggere: { rad: 5, etikett: "Innbyggere" },
  altinn: { rad: 6, etikett: "Altinn-transaksjoner per år (SvarUt)" },
  forsendelser: { rad: 7, etikett: "Forsendelser per år (SvarUt)" },
  svarinn: { rad: 8, etikett: "SvarInn per år (SvarUt)" },
  prismatrise: { rad: 9, etikett: "Prismatrise" },
} as const;

/** Raden (fra 0) til kalkulatortabellens overskrift; linjene følger rett under. */
export const KALKULATOROVERSKRIFT = 11;

/** Kolonnene i resultattabellen (fra 0), i rekkefølgen i KALKULATORKOLONNER. */
export const KALKULATORKOLONNE = { tjeneste: 0, eksisterende: 1, ny: 2, endringProsent: 3, endringKr: 4, tillegg: 5, totalNy: 6 } as const;

/** Raden (fra 0) til første kalkulatorlinje; linjene følger i kjernens rekkefølge, så Sum. */
export const FORSTE_KALKULATORLINJE = KALKULATOROVERSKRIFT + 1;

/** Verdicellen (kolonne B) og forklaringen ved siden av (kolonne C) i én rad av inndatablokken. */
export type Inndatarad = [verdi: Celle, forklaring: Celle | null];

/** Det ett mål velger: formlene og det som følger av dem (inndataene formlene leser, forklaringene, hjelpekolonnene). */
export interface Kalkulatorformellag {
  /** Forklaringen under tittelen. */
  forklaring: string;
  /** Radene i inndatablokken som avhenger av formlene (volumene er like for begge mål). */
  inndata: Record<"organisasjon" | "kundetype" | "innbyggere" | "prismatrise", Inndatarad>;
  /** Overskriftene etter de sju kalkulatorkolonnene (Merknad og hjelpekolonnene), med minstebredder. */
  ekstrakolonner: readonly { navn: string; bredde: number }[];
  /** Prisformelen for linjen på arkraden `r` (fra 0): Ny pris, eller tillegget for en tjeneste som vurderes. */
  pris(r: number, rad: Kalkulatorrad): string;
  endringProsent(r: number, rad: Kalkulatorrad): string;
  endringKr(r: number, rad: Kalkulatorrad): string;
  /** Cellene til høyre for tabellen på linjen (Merknad, hjelpekolonnene). */
  ekstra(r: number, rad: Kalkulatorrad): (Celle | null)[];
  /** Sumradens endring i prosent (raden `r`). */
  sumEndringProsent(r: number): string;
  /** Cellene til høyre for tabellen på sumraden. */
  sumEkstra(r: number, rader: readonly Kalkulatorrad[]): (Celle | null)[];
  /** Valideringer utover innbyggerne, volumene og de eksisterende prisene (f.eks. organisasjonslisten). */
  valideringer?: Ark["valideringer"];
}

export interface Kalkulatorarkvalg {
  arknavn: string;
  /** Navnet i tittelen: «Kalkulator – Bodø». */
  kundenavn: string;
  volum: SvarUtVolum;
  /** Kjernens linjer i kjernens rekkefølge. */
  rader: readonly Kalkulatorrad[];
  formler: Kalkulatorformellag;
}

const K = KALKULATORKOLONNE;
/** Minstebreddene (tegn) til de sju kolonnene. */
const BREDDER = [36, 18, 22, 14, 16, 18, 18];

const kr = (formel: string, stil?: Celle["stil"]): Celle => ({ formel, format: FORMAT.kroner, ...(stil ? { stil } : {}) });
const inndata = (verdi: number): Celle => ({ verdi, format: FORMAT.heltall, stil: "inndata" });

/** Eksisterende pris: en gul inndatacelle for en tjeneste i bruk (tom når den ikke er oppgitt), ingen for en som vurderes. */
function eksisterende(rad: Kalkulatorrad): Celle | null {
  if (rad.type === "tillegg") return null;
  return { ...(rad.eksisterende === null ? {} : { verdi: rad.eksisterende.toNumber() }), format: FORMAT.kroner, stil: "inndata" };
}

/** De seks cellene etter navnet på linjen `r`, etter kjernens visning av linjen. */
function linjeceller(r: number, rad: Kalkulatorrad, f: Kalkulatorformellag): (Celle | null)[] {
  const visning = visningslinje(rad);
  const prisKolonne = rad.type === "tillegg" ? K.tillegg : K.ny;
  // Linjen har ingen pris (Min kommune): det endrer ingen inndata, så «na.» står som tekst.
  const utenPris = visning.celler[prisKolonne - 1].type === "na";
  const formel = (k: number): Celle => {
    if (k === K.endringProsent) return { formel: f.endringProsent(r, rad), format: FORMAT.prosent };
    if (k === K.endringKr) return kr(f.endringKr(r, rad));
    return kr(k === K.totalNy ? ref(r, prisKolonne) : f.pris(r, rad));
  };
  return visning.celler.map((c, i) => {
    const k = i + 1;
    if (k === K.eksisterende) return eksisterende(rad);
    if (c.type === "tom") return null;
    return c.type === "na" && utenPris ? tekst("na.") : formel(k);
  });
}

function sumceller(r: number, antall: number, f: Kalkulatorformellag): Celle[] {
  const sum = (k: number): Celle =>
    antall === 0 ? { verdi: 0, format: FORMAT.kroner, stil: "sum" } : kr(`SUM(${omrade(FORSTE_KALKULATORLINJE, k, r - 1, k)})`, "sum");
  return [
    tekst("Sum", "sum"), sum(K.eksisterende), sum(K.ny),
    { formel: f.sumEndringProsent(r), format: FORMAT.prosent, stil: "sum" },
    kr(`${ref(r, K.ny)}-${ref(r, K.eksisterende)}`, "sum"), sum(K.tillegg), sum(K.totalNy),
  ];
}

/** Kalkulatorarket for et mål: inndatablokken i B4:B10, tabellen fra rad 12, én linje per kjernelinje og Sum. */
export function kalkulatoroppsett(v: Kalkulatorarkvalg): Ark {
  const { formler: f, rader } = v;
  const b = new Arkbygger(v.arknavn);
  b.sett(0, 0, tekst(`Kalkulator – ${v.kundenavn}`, "tittel"));
  b.sett(1, 0, tekst(f.forklaring, "forklaring"));
  const I = INNDATABLOKK;
  for (const n of ["organisasjon", "kundetype", "innbyggere"] as const) b.rad(I[n].rad, 0, [tekst(I[n].etikett), ...f.inndata[n]]);
  b.rad(I.altinn.rad, 0, [tekst(I.altinn.etikett), inndata(v.volum.altinn)]);
  b.rad(I.forsendelser.rad, 0, [tekst(I.forsendelser.etikett), inndata(v.volum.forsendelser)]);
  b.rad(I.svarinn.rad, 0, [tekst(I.svarinn.etikett), inndata(v.volum.svarinn)]);
  b.rad(I.prismatrise.rad, 0, [tekst(I.prismatrise.etikett), ...f.inndata.prismatrise]);
  b.rad(KALKULATOROVERSKRIFT, 0, [...KALKULATORKOLONNER, ...f.ekstrakolonner.map((e) => e.navn)].map((t) => tekst(t, "overskrift")));

  rader.forEach((rad, i) => {
    const r = FORSTE_KALKULATORLINJE + i;
    b.rad(r, 0, [{ verdi: rad.tjeneste, format: FORMAT.tekst }, ...linjeceller(r, rad, f), ...f.ekstra(r, rad)]);
  });
  const sumrad = FORSTE_KALKULATORLINJE + rader.length;
  b.rad(sumrad, 0, [...sumceller(sumrad, rader.length, f), ...f.sumEkstra(sumrad, rader)]);

  for (const validering of f.valideringer ?? []) b.valider(validering);
  b.valider({ omrade: ref(I.innbyggere.rad, 1), ...INNBYGGERE });
  b.valider({ omrade: omrade(I.altinn.rad, 1, I.svarinn.rad, 1), ...VOLUM });
  if (rader.length > 0) b.valider({ omrade: omrade(FORSTE_KALKULATORLINJE, 1, sumrad - 1, 1), ...belop("Eksisterende pris", TALLKRAV.belop) });
  const ark = b.bygg([...BREDDER, ...f.ekstrakolonner.map((e) => e.bredde)], { rader: FORSTE_KALKULATORLINJE, kolonner: 1 });
  // Excel-tabellen over overskriften og linjene (oppgaveruten setter den inn; .xlsx-filen har ingen tabeller).
  ark.tabeller = [{ omrade: omrade(KALKULATOROVERSKRIFT, 0, sumrad - 1, KALKULATORKOLONNER.length - 1), navn: "Kalkulator", stil: "TableStyleMedium2" }];
  return ark;
}
