/**
 * Innbyggertallet i hvert år av en budsjettplan, etter kalenderen: KS priser år Y med folkemengden 1. januar Y − 1.
 * Er det tallet kjent (SSB-dataene som følger med, eller en folketallsfil), brukes det; ellers framskrives det siste
 * kjente året med befolkningsveksten. Et innbyggertall brukeren har skrevet selv, er planens første år.
 */
import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import { framskrevetInnbyggertall } from "./framskriving";
import { norskTall } from "../visning/tallformat";

/** Hvor budsjettets innbyggertall kommer fra. */
export type Befolkningsgrunnlag =
  /** Folkemengden 1. januar per år (befolkningsår → innbyggere), f.eks. en kommunes SSB-tall. */
  | { type: "kjent"; tall: Readonly<Record<number, number>> }
  /** Et innbyggertall brukeren har skrevet: planens første år, og framskrevet derfra. */
  | { type: "oppgitt"; innbyggere: number };

/** Hvor ett års innbyggertall kommer fra. */
export type Planinnbyggerkilde =
  /** Folkemengden 1. januar `befolkningsar` (= året før planåret). */
  | { type: "kjent"; befolkningsar: number }
  /** Framskrevet `ar` år fra folkemengden 1. januar `fra` (det siste kjente året). */
  | { type: "framskrevet"; fra: number; ar: number }
  /** Oppgitt av brukeren for planens første år, framskrevet `ar` år (0 i første år). */
  | { type: "oppgitt"; ar: number };

export interface Planinnbyggere {
  ar: number;
  innbyggere: number;
  kilde: Planinnbyggerkilde;
}

/** Befolkningsåret prisene for år `prisar` bygger på: 1. januar året før. */
export const befolkningsarFor = (prisar: number) => prisar - 1;

/**
 * Innbyggertallet for planåret `ar`: folkemengden 1. januar `ar` − 1 når den er kjent, ellers det siste kjente året
 * før framskrevet med `vekstProsent` (avrundet halvt opp, regnet fra det kjente tallet hvert år, som
 * framskrevetInnbyggertall). Et oppgitt tall gjelder planens første år `fra` og vokser derfra.
 */
export function planinnbyggertall(grunnlag: Befolkningsgrunnlag, vekstProsent: Decimal, fra: number, ar: number): Planinnbyggere {
  if (grunnlag.type === "oppgitt") {
    const n = ar - fra;
    return { ar, innbyggere: framskrevetInnbyggertall(grunnlag.innbyggere, vekstProsent, n), kilde: { type: "oppgitt", ar: n } };
  }
  const trengs = befolkningsarFor(ar);
  const kjente = Object.keys(grunnlag.tall).map(Number).filter((a) => Number.isInteger(a)).sort((a, b) => a - b);
  if (Object.hasOwn(grunnlag.tall, trengs)) return { ar, innbyggere: grunnlag.tall[trengs], kilde: { type: "kjent", befolkningsar: trengs } };
  const tidligere = kjente.filter((a) => a < trengs);
  if (tidligere.length === 0) {
    throw new PrisFeil(
      `Prisene for ${ar} bygger på folkemengden 1. januar ${trengs}, men den er ikke kjent, og det finnes ikke noe tidligere år å ` +
      `framskrive fra (kjente år: ${kjente.join(", ") || "ingen"}).`,
    );
  }
  const siste = tidligere[tidligere.length - 1];
  const n = trengs - siste;
  return { ar, innbyggere: framskrevetInnbyggertall(grunnlag.tall[siste], vekstProsent, n), kilde: { type: "framskrevet", fra: siste, ar: n } };
}

/** Innbyggertallet for hvert år i planen, fra `fra` og `antallAr` år. */
export function planensInnbyggertall(grunnlag: Befolkningsgrunnlag, vekstProsent: Decimal, fra: number, antallAr: number): Planinnbyggere[] {
  return Array.from({ length: antallAr }, (_, n) => planinnbyggertall(grunnlag, vekstProsent, fra, fra + n));
}

/** «1.1.2026», «framskrevet 2 år fra 1.1.2026», «oppgitt» eller «oppgitt, framskrevet 1 år»: til tabeller og forklaringer. */
export function planinnbyggerkildetekst(kilde: Planinnbyggerkilde): string {
  const ar = (n: number) => `${n} år`;
  if (kilde.type === "kjent") return `1.1.${kilde.befolkningsar}`;
  if (kilde.type === "framskrevet") return `framskrevet ${ar(kilde.ar)} fra 1.1.${kilde.fra}`;
  return kilde.ar === 0 ? "oppgitt" : `oppgitt, framskrevet ${ar(kilde.ar)}`;
}

/**
 * Advarselen når scenariets befolkningsår ikke passer planen: prisene for planens første år `fra` bygger på
 * 1. januar `fra` − 1, ikke på året scenariet oppgir. null når det passer, eller når scenariet ikke oppgir år.
 */
export function befolkningsarAdvarsel(scenarioar: number | null, fra: number, forste: Planinnbyggere): string | null {
  if (scenarioar === null || scenarioar === befolkningsarFor(fra)) return null;
  const bruker = forste.kilde.type === "kjent"
    ? `innbyggertallet 1. januar ${befolkningsarFor(fra)} (${norskTall(new Decimal(forste.innbyggere))})`
    : `${norskTall(new Decimal(forste.innbyggere))} innbyggere (${planinnbyggerkildetekst(forste.kilde)})`;
  return `Scenariet oppgir befolkningsåret ${scenarioar}, men prisene for ${fra} bygger på folkemengden 1. januar ${befolkningsarFor(fra)}: ` +
    `planen bruker ${bruker} i ${fra} og følger kalenderen videre. Sett befolkningsåret til ${befolkningsarFor(fra)}, eller planens første år til ${scenarioar + 1}.`;
}
