import { Decimal } from "../modell/desimal";
import type { Kalkulatorrad, Kalkulatorsum, Radtype } from "../okonomi/kalkulator";

/**
 * Kalkulatorens svar slik det vises: én beskrivelse som ruten, kommandolinjen og arkene bare formaterer. Her ligger
 * den ene «na.»-regelen (med grunnen i ord), teksten under hver linje og merknadene til overskriften.
 */

/** Én celle i resultattabellen: et beløp i kroner, en endring i prosent, «na.» med grunnen, eller tom. */
export type Visningscelle =
  | { type: "kr"; verdi: Decimal }
  | { type: "prosent"; verdi: Decimal }
  | { type: "na"; grunn: string }
  | { type: "tom" };

/** Kolonnene i kalkulatoren, slik KS' kalkulator og arkene skriver dem. */
export const KALKULATORKOLONNER = [
  "Tjeneste",
  "Eksisterende prismodell",
  "Grunnfinansiering + nye tjenestepriser",
  "Prisendring %",
  "Prisendring kr",
  "Ny tjenestepris tillegg",
  "Total ny tjenestepris",
] as const;

/** De samme kolonnene med korte navn, til en teksttabell. */
export const KALKULATORKOLONNER_KORT = ["Tjeneste", "Eksisterende", "Ny pris", "Prisendring %", "Prisendring kr", "Tillegg", "Total ny"] as const;

/** Merknaden ved SvarUt uten volumer: prisen er bare fastprisen. */
export const BARE_FASTPRIS = "uten volum: bare fastpris";

/** Teksten for det som ikke kan beregnes (ingen pris i dag, ingen ny pris, ikke noe å sammenligne med): én for alle fronter. */
export const NA = "na.";

/** En linje fra kjernen, eller en linje en front holdt utenfor beregningen fordi et felt er ugyldig. */
export type Kalkulatorlinje = Kalkulatorrad & { utenfor?: boolean };

export interface Visningslinje {
  tjeneste: string;
  type: Radtype | "sum";
  /** De seks tallkolonnene etter «Tjeneste», i rekkefølgen i KALKULATORKOLONNER. */
  celler: [Visningscelle, Visningscelle, Visningscelle, Visningscelle, Visningscelle, Visningscelle];
  /** Det linjen trenger å si i ord (under navnet i en smal rute, i merknadskolonnen i et ark); null = ingenting. */
  merknad: string | null;
  /** SvarUt uten volumer: prisen er bare fastprisen. */
  bareFastpris: boolean;
  /** Holdt utenfor beregningen fordi et felt er ugyldig (bare fronter med skjema har slike linjer). */
  utenfor: boolean;
}

export interface Kalkulatoroverskrift {
  iDag: Decimal;
  ny: Decimal;
  endringKr: Decimal;
  /** null når ingenting betales i dag (ingen prosent å regne). */
  endringProsent: Decimal | null;
  /** Total ny med tjenestene som vurderes; null når ingen vurderes. */
  medNyeTjenester: Decimal | null;
  /** Hva som mangler eller er spesielt, i hele setninger; tom liste = ingenting å si. */
  merknader: string[];
}

export interface Kalkulatorvisning {
  linjer: Visningslinje[];
  sum: Visningslinje;
  overskrift: Kalkulatoroverskrift;
}

const GRUNN = {
  utenfor: "holdt utenfor: et felt er ugyldig",
  utgatt: "inngår i grunnfinansieringen",
  utenDagensPris: "dagens pris er ikke oppgitt",
  dagensPrisNull: "dagens pris er 0 kr",
  nyFra2025: "ny fra 2025, ingen pris i dag",
  ingenPrisIDag: "ingen pris i dag å sammenligne med",
  utenPris: "ingen pris",
} as const;

const kr = (verdi: Decimal | null, na: string | null): Visningscelle =>
  verdi !== null ? { type: "kr", verdi } : na === null ? { type: "tom" } : { type: "na", grunn: na };
const prosent = (verdi: Decimal | null, na: string | null): Visningscelle =>
  verdi !== null ? { type: "prosent", verdi } : na === null ? { type: "tom" } : { type: "na", grunn: na };
const TOM: Visningscelle = { type: "tom" };

/** Hvorfor en endring ikke kan regnes for en linje i bruk. */
function endringsgrunn(rad: Kalkulatorlinje): string {
  if (rad.utenfor) return GRUNN.utenfor;
  if (rad.type === "utgatt") return GRUNN.utgatt;
  if (rad.eksisterende === null) return rad.type === "grunnfinansiering" ? GRUNN.nyFra2025 : GRUNN.utenDagensPris;
  return rad.eksisterende.isZero() ? GRUNN.dagensPrisNull : GRUNN.utenPris;
}

/**
 * Linjens merknad i ord, liten forbokstav (fronten setter den etter «I dag 80 000 kr, …» eller alene):
 * null når linjen ikke trenger noen.
 */
function merknad(rad: Kalkulatorlinje): string | null {
  if (rad.utenfor) return "rett feltene merket med rødt";
  if (rad.bareFastpris) return BARE_FASTPRIS;
  if (rad.type === "tillegg") return "ny tjeneste dere vurderer";
  if (rad.type === "utgatt") return "nå i grunnfinansieringen";
  if (rad.type === "grunnfinansiering" && rad.eksisterende === null) return "ny fra 2025";
  if (rad.eksisterende === null) return "pris i dag ikke oppgitt";
  return null;
}

/**
 * Den ene «na.»-regelen: «na.» der linjen skulle hatt en verdi og ikke kan få den (ny pris, endring i % og kr og
 * total ny for en tjeneste i bruk — Min kommune, som nå er en del av grunnfinansieringen, en tjeneste uten dagens
 * pris, en linje holdt utenfor av et ugyldig felt; «tillegg» og total ny for en tjeneste som vurderes); tomt der
 * kolonnen ikke gjelder linjen (dagens pris ikke oppgitt, «tillegg» for en tjeneste i bruk, endringskolonnene og ny
 * pris for en tjeneste som vurderes).
 */
export function visningslinje(rad: Kalkulatorlinje): Visningslinje {
  const utenfor = rad.utenfor === true;
  const felles = { tjeneste: rad.tjeneste, type: rad.type, merknad: merknad(rad), bareFastpris: rad.bareFastpris === true, utenfor };
  const uberegnet = utenfor ? GRUNN.utenfor : rad.type === "utgatt" ? GRUNN.utgatt : GRUNN.utenPris;
  if (rad.type === "tillegg") {
    return { ...felles, celler: [TOM, TOM, TOM, TOM, kr(rad.tillegg, uberegnet), kr(rad.totalNy, uberegnet)] };
  }
  const endring = endringsgrunn(rad);
  return {
    ...felles,
    celler: [
      kr(rad.eksisterende, null), kr(rad.ny, uberegnet), prosent(rad.endringProsent, endring),
      kr(rad.endringKr, endring), TOM, kr(rad.totalNy, uberegnet),
    ],
  };
}

/** Sumlinjen: summer av linjene som vises; % er «na.» når ingenting betales i dag. */
export function sumlinje(sum: Kalkulatorsum): Visningslinje {
  return {
    tjeneste: "Sum", type: "sum", merknad: null, bareFastpris: false, utenfor: false,
    celler: [
      kr(sum.eksisterende, null), kr(sum.ny, null), prosent(sum.endringProsent, GRUNN.ingenPrisIDag),
      kr(sum.endringKr, GRUNN.ingenPrisIDag), kr(sum.tillegg, null), kr(sum.totalNy, null),
    ],
  };
}

const liste = (navn: string[]) => navn.length === 1 ? navn[0] : `${navn.slice(0, -1).join(", ")} og ${navn[navn.length - 1]}`;

/** Overskriftens merknader: hva som mangler, i ord, i den rekkefølgen brukeren bør rette det. */
function merknader(rader: readonly Kalkulatorlinje[], sum: Kalkulatorsum): string[] {
  const ut: string[] = [];
  const utenfor = rader.filter((r) => r.utenfor).map((r) => r.tjeneste);
  if (utenfor.length > 0) ut.push(`${liste(utenfor)} er holdt utenfor fordi et felt er ugyldig: rett feltene merket med rødt.`);
  const utenPris = rader.filter((r) => r.type === "tjeneste" && !r.utenfor && r.eksisterende === null).map((r) => r.tjeneste);
  if (utenPris.length > 0) {
    ut.push(`Dagens pris mangler for ${liste(utenPris)}: den nye prisen teller fullt i endringen. Skriv inn dagens pris for å se den riktige endringen.`);
  }
  if (rader.some((r) => r.type === "grunnfinansiering" && r.eksisterende === null)) {
    ut.push("Grunnfinansieringen er ny fra 2025 og teller i sin helhet som økning.");
  }
  const utgatt = rader.filter((r) => r.type === "utgatt").map((r) => r.tjeneste);
  if (utgatt.length > 0) ut.push(`${liste(utgatt)} har ingen egen pris fra 2025: inngår i grunnfinansieringen.`);
  for (const r of rader) if (r.bareFastpris) ut.push(`${r.tjeneste} ${BARE_FASTPRIS}: skriv inn volumene for å få hele prisen.`);
  if (sum.endringProsent === null) ut.push("Endringen i prosent kan ikke regnes: ingen pris i dag er oppgitt.");
  return ut;
}

/** Hele visningen av et kalkulatorresultat; `rader` kan ha linjer en front holdt utenfor (utenfor: true). */
export function kalkulatorvisning(resultat: { rader: readonly Kalkulatorlinje[]; sum: Kalkulatorsum }): Kalkulatorvisning {
  const { rader, sum } = resultat;
  return {
    linjer: rader.map(visningslinje),
    sum: sumlinje(sum),
    overskrift: {
      iDag: sum.eksisterende ?? new Decimal(0),
      ny: sum.ny ?? new Decimal(0),
      endringKr: sum.endringKr ?? new Decimal(0),
      endringProsent: sum.endringProsent,
      medNyeTjenester: sum.tillegg === null || sum.tillegg.isZero() ? null : sum.totalNy,
      merknader: merknader(rader, sum),
    },
  };
}

/** Tallformatene en front bruker (ruten med harde mellomrom, kommandolinjen uten). */
export interface Celleformat {
  kr: (verdi: Decimal) => string;
  prosent: (verdi: Decimal) => string;
}

/** En celle som tekst: «na.» for det som ikke kan beregnes (grunnen står i `grunn`), "" for tom. */
export function celletekst(celle: Visningscelle, format: Celleformat): string {
  switch (celle.type) {
    case "kr": return format.kr(celle.verdi);
    case "prosent": return format.prosent(celle.verdi);
    case "na": return NA;
    case "tom": return "";
  }
}
