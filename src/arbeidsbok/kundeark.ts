/**
 * Arket Kunder i sektorarbeidsboken: hver kunde × hver tjeneste i matrisen, hver pris en vanlig formel som leser
 * arket Prismatrise (gjennom hjelperadene over tabellen, ett oppslag per tjeneste), kundens nye totalpris, «Pris i
 * dag» (en inndatakolonne) og endringen i kroner og prosent.
 */
import { type Decimal, type Kunde, type Matrisekundetype, type Prismatrise } from "../core";
import { omrade, ref } from "../ark/adresser";
import { forsteMelding, halvOpp, oppslagsnokkel, tomBlirTom } from "./formler";
import { type Ark, Arkbygger, type Celle, tekst } from "../ark/modell";
import { type Matriseoppslag, PRISMATRISEARK } from "./prismatriseark";
import { FORMAT } from "../ark/tallformat";
import { belop, INNBYGGERE } from "../ark/valideringer";

export const KUNDEARK = "Kunder";

/** Hjelperadene (fra 0) med matriseverdiene til hver tjenestekolonne. */
const H = {
  rad: 3,
  KOMMUNE: { fastpris: 4, innbyggerpris: 5, justering: 6, referanse: 7 },
  FYLKESKOMMUNE: { fastpris: 8, innbyggerpris: 9, justering: 10, referanse: 11 },
} as const;
const OVERSKRIFT = 13;
const FORSTE_KUNDE = OVERSKRIFT + 1;
/** Kolonnene foran tjenestene: Nummer, Kunde, Kundetype, Innbyggere. */
const K = { nummer: 0, kunde: 1, kundetype: 2, innbyggere: 3, forsteTjeneste: 4 } as const;

/** Hvor arket Fordeling finner kundene: absolutte områder over alle kunderadene. */
export interface Kundeoppslag {
  kundetype: string;
  endringKr: string;
  endringProsent: string;
}

export interface Kundearkoppsett {
  kunder: readonly Kunde[];
  matrise: Prismatrise;
  /** Hver kundes «Pris i dag» (null = tom). */
  prisIDag: readonly (Decimal | null)[];
}

function kolonner(antallTjenester: number) {
  const ny = K.forsteTjeneste + antallTjenester;
  return { ny, prisIDag: ny + 1, endringKr: ny + 2, endringProsent: ny + 3 };
}

export function kundeoppslag(o: Kundearkoppsett): Kundeoppslag {
  const k = kolonner(o.matrise.tjenester.length);
  const siste = FORSTE_KUNDE + o.kunder.length - 1;
  const omrade = (kolonne: number) => `${KUNDEARK}!${ref(FORSTE_KUNDE, kolonne, true, true)}:${ref(siste, kolonne, true, true)}`;
  return { kundetype: omrade(K.kundetype), endringKr: omrade(k.endringKr), endringProsent: omrade(k.endringProsent) };
}

/** Hjelperadene til én tjenestekolonne: raden i matrisen, så fastpris, innbyggerpris, justering og referanse per kundetype. */
function hjelperader(b: Arkbygger, kolonne: number, navn: string, m: Matriseoppslag): void {
  const rad = ref(H.rad, kolonne, false, true);
  b.sett(H.rad, kolonne, { formel: `IFERROR(MATCH(${oppslagsnokkel(ref(OVERSKRIFT, kolonne, false, true), navn)},${m.navn},0),"")`, stil: "forklaring" });
  const slaOpp = (k: Parameters<Matriseoppslag["kolonne"]>[0]) => `INDEX(${m.kolonne(k)},${rad})`;
  const ledd = {
    KOMMUNE: ["fastprisKommune", "innbyggerprisKommune", "justeringKommune"],
    FYLKESKOMMUNE: ["fastprisFylke", "innbyggerprisFylke", "justeringFylke"],
  } as const;
  for (const kundetype of ["KOMMUNE", "FYLKESKOMMUNE"] as const) {
    const [f, i, a] = ledd[kundetype].map(slaOpp);
    const h = H[kundetype];
    b.sett(h.fastpris, kolonne, { formel: `IF(ISNUMBER(${rad}),${tomBlirTom(f)},"")`, format: FORMAT.kroner, stil: "forklaring" });
    b.sett(h.innbyggerpris, kolonne, { formel: `IF(ISNUMBER(${rad}),${tomBlirTom(i)},"")`, format: "0.000###", stil: "forklaring" });
    // En tom størrelsesjustering betyr 0 % (som i kjernen).
    b.sett(h.justering, kolonne, { formel: `IF(ISNUMBER(${rad}),IF(${a}="",0,${a}),"")`, format: FORMAT.prosent, stil: "forklaring" });
    b.sett(h.referanse, kolonne, { formel: m.referanse[kundetype], format: FORMAT.heltall, stil: "forklaring" });
  }
}

/**
 * Én kundes pris for én tjeneste: "" når matrisen ikke tilbyr tjenesten til kundetypen (NA i både fastpris og
 * innbyggerpris: kunden kjøper den ikke, som i kjernens «alle»), «na.» når den ikke kan prises.
 */
function prisformel(r: number, kolonne: number, kundetype: Matrisekundetype): string {
  const h = H[kundetype];
  const [f, i, a, pref] = [h.fastpris, h.innbyggerpris, h.justering, h.referanse].map((rad) => ref(rad, kolonne, false, true));
  const p = ref(r, K.innbyggere, true, false);
  const faktor = `(1-${a}*${p}/${pref})`;
  return `IF(AND(ISNUMBER(${f}),ISNUMBER(${i})),IFERROR(IF(AND(${p}<>"",${faktor}>0),${halvOpp(`${f}+${i}*${p}*${faktor}`)},"na."),"na."),` +
    `IF(OR(ISNUMBER(${f}),ISNUMBER(${i})),"na.",""))`;
}

export function kundeark(o: Kundearkoppsett, m: Matriseoppslag): Ark {
  const b = new Arkbygger(KUNDEARK);
  const tjenester = o.matrise.tjenester;
  const k = kolonner(tjenester.length);
  const sisteTjeneste = k.ny - 1;
  b.sett(0, 0, tekst("Alle kommuner og fylkeskommuner – nye priser per tjeneste", "tittel"));
  b.sett(1, 0, tekst(
    `Prisene er formler som leser arket ${PRISMATRISEARK} (gjennom hjelperadene under). Endre matrisen, innbyggertallene eller ` +
    "«Pris i dag» (gule celler), så følger prisene og fordelingen i arket Fordeling med. Tom celle: tjenesten tilbys ikke kundetypen.",
    "forklaring",
  ));
  const etiketter: [number, string][] = [
    [H.rad, "Rad i Prismatrise"],
    ...(["KOMMUNE", "FYLKESKOMMUNE"] as const).flatMap((kt) => {
      const hvem = kt === "KOMMUNE" ? "kommune" : "fylkeskommune";
      const h = H[kt];
      return [[h.fastpris, `Fastpris ${hvem}`], [h.innbyggerpris, `Innbyggerpris ${hvem}`], [h.justering, `Størrelsesjustering ${hvem}`],
        [h.referanse, `Referanseinnbyggertall ${hvem}`]] as [number, string][];
    }),
  ];
  // Etikettene står høyrejustert over A:D, så de ikke kuttes av hjelpecellene til høyre.
  for (const [rad, etikett] of etiketter) {
    b.sett(rad, 0, { verdi: etikett, stil: "forklaring", justering: "hoyre" });
    b.slaSammen(omrade(rad, 0, rad, K.innbyggere));
  }
  tjenester.forEach((t, j) => hjelperader(b, K.forsteTjeneste + j, t.navn, m));

  b.rad(OVERSKRIFT, 0, [
    "Nummer", "Kunde", "Kundetype", "Innbyggere", ...tjenester.map((t) => t.navn), "Ny pris i alt", "Pris i dag", "Endring kr", "Endring %",
  ].map((t) => tekst(t, "overskrift")));

  o.kunder.forEach((kunde, i) => {
    const r = FORSTE_KUNDE + i;
    const c = (kolonne: number) => ref(r, kolonne);
    const [ny, iDag] = [c(k.ny), c(k.prisIDag)];
    const kundetype = kunde.kundetype === "FYLKESKOMMUNE" ? "FYLKESKOMMUNE" : "KOMMUNE";
    const pris = o.prisIDag[i];
    const beggeTall = `AND(ISNUMBER(${ny}),ISNUMBER(${iDag}))`;
    b.rad(r, 0, [
      { verdi: kunde.nummer ?? "", format: FORMAT.tekst },
      tekst(kunde.navn),
      tekst(kunde.kundetype),
      { verdi: kunde.innbyggere, format: FORMAT.heltall, stil: "inndata" },
      ...tjenester.map((_, j): Celle => ({ formel: prisformel(r, K.forsteTjeneste + j, kundetype), format: FORMAT.kroner })),
      { formel: `IF(COUNTIF(${c(K.forsteTjeneste)}:${c(sisteTjeneste)},"na.")>0,"na.",SUM(${c(K.forsteTjeneste)}:${c(sisteTjeneste)}))`, format: FORMAT.kroner },
      pris === null ? { format: FORMAT.kroner, stil: "inndata" } : { verdi: pris.toNumber(), format: FORMAT.kroner, stil: "inndata" },
      { formel: `IF(${beggeTall},${ny}-${iDag},"na.")`, format: FORMAT.kroner },
      { formel: `IF(${beggeTall},IF(${iDag}>0,(${ny}-${iDag})/${iDag},"na."),"na.")`, format: FORMAT.prosent },
    ]);
  });

  const sumrad = FORSTE_KUNDE + o.kunder.length;
  const siste = sumrad - 1;
  const sum = (kolonne: number): Celle => ({ formel: `SUM(${ref(FORSTE_KUNDE, kolonne)}:${ref(siste, kolonne)})`, format: FORMAT.kroner, stil: "sum" });
  const naTeller = `COUNTIF(${ref(FORSTE_KUNDE, k.ny)}:${ref(siste, k.ny)},"na.")`;
  b.rad(sumrad, 0, [
    tekst("Sum", "sum"), { formel: forsteMelding([[`${naTeller}>0`, "Noen priser kan ikke beregnes (na.)."]]), stil: "sum" }, null, null,
    ...tjenester.map((_, j) => sum(K.forsteTjeneste + j)),
    sum(k.ny), sum(k.prisIDag), sum(k.endringKr),
    { formel: `IF(${ref(sumrad, k.prisIDag)}>0,${ref(sumrad, k.endringKr)}/${ref(sumrad, k.prisIDag)},"na.")`, format: FORMAT.prosent, stil: "sum" },
  ]);
  b.valider({ omrade: `${ref(FORSTE_KUNDE, K.innbyggere)}:${ref(siste, K.innbyggere)}`, ...INNBYGGERE });
  b.valider({ omrade: `${ref(FORSTE_KUNDE, k.prisIDag)}:${ref(siste, k.prisIDag)}`, ...belop("Pris i dag") });
  const bredder = [9, 28, 16, 12, ...tjenester.map(() => 14), 14, 14, 14, 11];
  return b.bygg(bredder, { rader: FORSTE_KUNDE, kolonner: 2 });
}
