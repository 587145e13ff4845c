import type { Budsjett, Budsjettlinje, Budsjettlinjetype } from "../budsjett/budsjett";
import { planinnbyggerkildetekst } from "../budsjett/planbefolkning";
import { Decimal } from "../modell/desimal";
import { prisnavn } from "./prisgrunnlag";
import { norskKr, norskTall } from "./tallformat";

/**
 * Budsjettets tabeller slik de vises: overskriften, forutsetningene og merknadene i ord, og regelen for beløpene
 * (0 vises som «–», som i regnskapstabeller). Ruten og kommandolinjen formaterer dette; de skriver det ikke selv.
 */
export interface Budsjettvisning {
  /** «Økonomiplan 2026–2029», eller «Budsjett 2026» for ett år. */
  tittel: string;
  /** «befolkningsvekst 1 % og prisjustering 3 % per år». */
  forutsetninger: string;
  /** Tjenester som ikke er med i planen, i hele setninger. */
  merknader: string[];
}

export function budsjettvisning(b: Pick<Budsjett, "fra" | "antallAr" | "befolkningsvekst" | "prisjustering" | "utenNyPris">): Budsjettvisning {
  const siste = b.fra + b.antallAr - 1;
  return {
    tittel: siste > b.fra ? `Økonomiplan ${b.fra}–${siste}` : `Budsjett ${b.fra}`,
    forutsetninger: `befolkningsvekst ${norskTall(b.befolkningsvekst)} % og prisjustering ${norskTall(b.prisjustering)} % per år`,
    merknader: b.utenNyPris.map((navn) => `${navn} har ingen ny pris (inngår i grunnfinansieringen fra 2025) og er ikke med i planen.`),
  };
}

/** Et beløp i planen som tekst: 0 er «–» (ingenting å betale det året eller kvartalet), ellers `tall` (hele kroner). */
export function budsjettbelop(belop: number, tall: (belop: number) => string): string {
  return belop === 0 ? "–" : tall(belop);
}

/**
 * Én celle i budsjettets tabeller: hele kroner (0 vises som «–», se budsjettbelop), et tall som ikke er kroner
 * (innbyggertallet), tekst («engangs», «K3–K4», årstallet), eller tom. Planen har ingen «na.»: kjernen gir en feil i
 * stedet for et beløp den ikke kan regne.
 */
export type Budsjettcelle =
  | { type: "kr"; verdi: number }
  | { type: "tall"; verdi: number }
  | { type: "tekst"; verdi: string }
  | { type: "tom" };

/** Kolonnene i tabellen for ett år: tjenesten, så cellene i Budsjettlinjevisning.celler. */
export const BUDSJETTKOLONNER = ["Tjeneste", "Årspris", "Kvartaler", "Beløp", "K1", "K2", "K3", "K4"] as const;

/** Kolonnene i oversikten «Sum per år». */
export const OVERSIKTKOLONNER = ["År", "Innbyggere", "Innbyggertall fra", "Sum", "K1", "K2", "K3", "K4"] as const;

/** Én linje i ett år. */
export interface Budsjettlinjevisning {
  /** Navnet i tabellene: «Fiks Digiorden (vurderes)» for en tjeneste som vurderes. */
  navn: string;
  /** Tjenestens navn alene (eller Digifin-avgiftens linjenavn). */
  tjeneste: string;
  type: Budsjettlinjetype;
  /** En Digifin-avgift vises bare det året den betales; alle andre linjer vises hvert år. */
  vises: boolean;
  /** Årspris («engangs» for en Digifin-avgift), kvartalene i bruk («K1–K4», «K3–K4», «K2», «–»), beløp og K1–K4. */
  celler: Budsjettcelle[];
  /** Hva som er spesielt med linjen dette året, i ord: «Vurderes · Fra 2027-K3, årspris 119 848 kr»; "" = ingenting. */
  detalj: string;
}

export interface Budsjettarsvisning {
  ar: number;
  /** «53 638 innbyggere (1.1.2026)». */
  innbyggere: string;
  /** «2027-pris»: årsprisene er matrisens justert til året. */
  prisnavn: string;
  linjer: Budsjettlinjevisning[];
  /** Sumraden: beløpet og K1–K4. */
  sum: Budsjettcelle[];
}

/** En rad i tabellen per tjeneste: beløpet og K1–K4 hvert år, og summen over planen. */
export interface Budsjettjenesterad {
  navn: string;
  ar: { belop: Budsjettcelle; kvartal: Budsjettcelle[] }[];
  sum: Budsjettcelle;
}

export interface Budsjettabellvisning {
  /** Én tabell per år (kommandolinjen, rutens smale kort). */
  ar: Budsjettarsvisning[];
  /** Tabellen per tjeneste med årene som kolonner (rutens brede tabell), og sumraden. */
  tjenester: Budsjettjenesterad[];
  sumrad: Budsjettjenesterad;
  /** «Sum per år»: én rad per år i OVERSIKTKOLONNER. */
  oversikt: Budsjettcelle[][];
  sum: Budsjettcelle;
}

const krcelle = (verdi: number): Budsjettcelle => ({ type: "kr", verdi });
const tekstcelle = (verdi: string): Budsjettcelle => ({ type: "tekst", verdi });
const KVARTALER = ["K1", "K2", "K3", "K4"];

/** «K1–K4», «K3–K4», «K4», «K2» (en Digifin-avgift i sitt kvartal) eller «–» for ingen. */
function aktiveKvartalertekst(l: Budsjettlinje): string {
  if (l.type === "digifin") return l.aktiveKvartaler === 0 ? "–" : KVARTALER[l.kvartal.findIndex((q) => q > 0)] ?? "–";
  if (l.aktiveKvartaler === 0) return "–";
  return l.aktiveKvartaler === 1 ? "K4" : `K${5 - l.aktiveKvartaler}–K4`;
}

/** Hva som er spesielt med linjen i året: oppstart midt i året, ikke startet ennå, engangsavgift, vurderes. */
function linjedetalj(l: Budsjettlinje, ar: number): string {
  if (l.type === "digifin") return `Engangsavgift, betales i ${ar}-K${l.kvartal.findIndex((q) => q > 0) + 1}`;
  const vurderes = l.type === "tillegg" ? "Vurderes" : "";
  const del = l.aktiveKvartaler === 0
    ? "Ikke startet ennå"
    : l.aktiveKvartaler < 4 ? `Fra ${ar}-K${5 - l.aktiveKvartaler}, årspris ${norskKr(new Decimal(l.arspris ?? 0))}` : "";
  return [vurderes, del].filter(Boolean).join(" · ");
}

/** Navnet en linje har i tabellene og arkene: «Fiks Digiorden (vurderes)» for en tjeneste som vurderes. */
export function budsjettlinjenavn(tjeneste: string, type: Budsjettlinjetype): string {
  return tjeneste + (type === "tillegg" ? " (vurderes)" : "");
}

function linjevisning(l: Budsjettlinje, ar: number): Budsjettlinjevisning {
  return {
    navn: budsjettlinjenavn(l.tjeneste, l.type),
    tjeneste: l.tjeneste,
    type: l.type,
    vises: l.type !== "digifin" || l.belop > 0,
    celler: [
      l.arspris === null ? tekstcelle("engangs") : krcelle(l.arspris), tekstcelle(aktiveKvartalertekst(l)), krcelle(l.belop), ...l.kvartal.map(krcelle),
    ],
    detalj: linjedetalj(l, ar),
  };
}

/**
 * Budsjettets tabeller, bygget én gang av planen: tabellen for hvert år, tabellen per tjeneste med årene som kolonner,
 * oversikten «Sum per år» og summen for planen. Kommandolinjen, ruten og arkene gjør bare cellene om til tekst.
 */
export function budsjettabellvisning(b: Budsjett): Budsjettabellvisning {
  const ar = b.ar.map((a): Budsjettarsvisning => ({
    ar: a.ar,
    innbyggere: `${norskTall(new Decimal(a.innbyggere))} innbyggere (${planinnbyggerkildetekst(a.innbyggerkilde)})`,
    prisnavn: prisnavn(a.ar),
    linjer: a.linjer.map((l) => linjevisning(l, a.ar)),
    sum: [krcelle(a.sum), ...a.kvartal.map(krcelle)],
  }));
  const tjenester = b.ar[0].linjer.map((l, j): Budsjettjenesterad => ({
    navn: l.tjeneste,
    ar: b.ar.map((a) => ({ belop: krcelle(a.linjer[j].belop), kvartal: a.linjer[j].kvartal.map(krcelle) })),
    sum: krcelle(b.linjesummer[j]),
  }));
  return {
    ar,
    tjenester,
    sumrad: { navn: "Sum", ar: b.ar.map((a) => ({ belop: krcelle(a.sum), kvartal: a.kvartal.map(krcelle) })), sum: krcelle(b.sum) },
    oversikt: b.ar.map((a) => [
      tekstcelle(String(a.ar)), { type: "tall", verdi: a.innbyggere }, tekstcelle(planinnbyggerkildetekst(a.innbyggerkilde)),
      krcelle(a.sum), ...a.kvartal.map(krcelle),
    ]),
    sum: krcelle(b.sum),
  };
}

/** En celle som tekst: kroner etter budsjettbelop (0 er «–»), tall med `tall`, tekst som den er, tom som "". */
export function budsjettcelletekst(c: Budsjettcelle, tall: (n: number) => string): string {
  switch (c.type) {
    case "kr":
      return budsjettbelop(c.verdi, tall);
    case "tall":
      return tall(c.verdi);
    case "tekst":
      return c.verdi;
    case "tom":
      return "";
  }
}
