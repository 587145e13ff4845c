import { BUDSJETTGRENSER } from "../budsjett/budsjettgrenser";
import { Decimal } from "../modell/desimal";
import { type Celleproblem, PrisFeil } from "../modell/feil";
import { type Talltolkning, tolkNorskTall } from "./norsktall";
import { norskTall } from "../visning/tallformat";

/**
 * Det et tallfelt kan inneholde: ett navngitt slag per felttype, med dokumenterte, rimelige grenser.
 * Utenfor dem avvises inndataene (en skrivefeil, ikke en pris), og blir aldri til en absurd total.
 */
export interface Tallkrav {
  /** Det feltet inneholder, til meldinger: "et innbyggertall". */
  readonly hva: string;
  /** Det godtatte området i ord: "heltall fra 0 til 100 000 000". */
  readonly regel: string;
  readonly eksempel: string;
  readonly heltall: boolean;
  readonly min: Decimal;
  readonly maks: Decimal;
  /** Selve den øvre grensen er ikke tillatt (størrelsesjustering < 100 %). */
  readonly maksEksklusiv: boolean;
  /** "30 %" godtas (og betyr 0,3). */
  readonly prosent: boolean;
  /**
   * Beløp i hele kroner og øre: "1,000" og "15,221" avvises som tvetydige (et desimalkomma med tre desimaler,
   * eller engelske tusener?). Priser per innbygger gjør ikke det: "1,200" er KS' egen måte å skrive 1,2 kr på.
   */
  readonly kommaKanVaereTusen: boolean;
}

function krav(k: Omit<Tallkrav, "min" | "maks" | "maksEksklusiv" | "prosent" | "kommaKanVaereTusen"> & {
  min: number; maks: number; maksEksklusiv?: boolean; prosent?: boolean; kommaKanVaereTusen?: boolean;
}): Tallkrav {
  return Object.freeze({
    ...k,
    min: new Decimal(k.min),
    maks: new Decimal(k.maks),
    maksEksklusiv: k.maksEksklusiv ?? false,
    prosent: k.prosent ?? false,
    kommaKanVaereTusen: k.kommaKanVaereTusen ?? k.heltall,
  });
}

const PROSENT = BUDSJETTGRENSER.prosent;

/** Øvre grense for et innbyggertall: langt over Norges, lav nok til å fange skrivefeil. */
export const MAKS_INNBYGGERE = 100_000_000;

/** Tallslagene i hele tillegget: hvert tallfelt, argument og hver tabellcelle leses etter ett av disse. */
export const TALLKRAV = Object.freeze({
  innbyggere: krav({ hva: "et innbyggertall", regel: "heltall fra 0 til 100 000 000", eksempel: "15 221", heltall: true, min: 0, maks: MAKS_INNBYGGERE }),
  volum: krav({ hva: "et antall per år", regel: "heltall fra 0 til 100 000 000", eksempel: "12 000", heltall: true, min: 0, maks: 100_000_000 }),
  belop: krav({ hva: "et beløp i kroner", regel: "fra 0 til 100 000 000 kr", eksempel: "41 000", heltall: false, min: 0, maks: 100_000_000, kommaKanVaereTusen: true }),
  kostnad: krav({ hva: "et beløp i kroner", regel: "fra 0 til 10 000 000 000 kr", eksempel: "1 250 000", heltall: false, min: 0, maks: 10_000_000_000, kommaKanVaereTusen: true }),
  enhetspris: krav({ hva: "en pris i kroner", regel: "fra 0 til 10 000 kr", eksempel: "0,636", heltall: false, min: 0, maks: 10_000 }),
  justering: krav({ hva: "en størrelsesjustering", regel: "fra 0 % til under 100 %", eksempel: "30 % eller 0,3", heltall: false, min: 0, maks: 1, maksEksklusiv: true, prosent: true }),
  referanse: krav({ hva: "et referanseinnbyggertall", regel: "heltall fra 1 til 100 000 000", eksempel: "717 710", heltall: true, min: 1, maks: MAKS_INNBYGGERE }),
  desimaler: krav({ hva: "et antall desimaler", regel: "heltall fra 0 til 10", eksempel: "2", heltall: true, min: 0, maks: 10 }),
  // Budsjett og økonomiplan (docs/budsjett.md): samme grenser som budsjettseksjonen i scenariofilen.
  arligEndring: krav({
    hva: "en årlig endring", regel: `fra ${norskTall(new Decimal(PROSENT.min))} % til ${PROSENT.maks} %`, eksempel: "3 % eller 0,03",
    heltall: false, min: PROSENT.min / 100, maks: PROSENT.maks / 100, prosent: true,
  }),
  planar: krav({
    hva: "et år i planen", regel: `heltall fra 0 (planens første år) til ${BUDSJETTGRENSER.ar.maks - 1}`, eksempel: "2",
    heltall: true, min: 0, maks: BUDSJETTGRENSER.ar.maks - 1,
  }),
  budsjettar: krav({
    hva: "et budsjettår", regel: `heltall fra ${BUDSJETTGRENSER.fra.min} til ${BUDSJETTGRENSER.fra.maks}`, eksempel: "2027",
    heltall: true, min: BUDSJETTGRENSER.fra.min, maks: BUDSJETTGRENSER.fra.maks,
  }),
  kvartal: krav({ hva: "et kvartal", regel: "heltall fra 1 til 4", eksempel: "3", heltall: true, min: 1, maks: 4 }),
});

export type Tallsvar =
  | { type: "tall"; verdi: Decimal }
  | { type: "tom" }
  /**
   * `melding` er slutten av en setning som begynner med et verb ("må være …", "er tvetydig …", "kan ikke …"):
   * kalleren setter argumentet eller kolonnen foran. `felt` er en hel setning til et skjemafelt ("Skriv …").
   */
  | { type: "feil"; melding: string; felt: string };

/** Hvordan verdien var skrevet, til meldinger: slik den ble skrevet, eller formatert som nb-NO når den kom som tall. */
function somSkrevet(t: Exclude<Talltolkning, { type: "tom" }>): string {
  if (t.tekst !== null) return `«${t.tekst.trim()}»`;
  return t.type === "tall" ? norskTall(t.verdi) : "«?»";
}

function feil(melding: string): Tallsvar {
  const felt = melding.startsWith("må være ")
    ? `Skriv ${melding.slice("må være ".length)}.`
    : `${melding[0].toUpperCase()}${melding.slice(1)}.`;
  return { type: "feil", melding, felt };
}

/** Leser et tallfelt av det gitte slaget (grensene og skrivemåtene står i TALLKRAV og tolkNorskTall). */
export function lesTall(verdi: unknown, k: Tallkrav): Tallsvar {
  const t = tolkNorskTall(verdi);
  if (t.type === "tom") return t;
  const forventet = `må være ${k.hva} (${k.regel}, f.eks. ${k.eksempel})`;
  if (t.type === "ugyldig") {
    if (t.tvetydig) {
      const [tusen, desimal] = t.tvetydig;
      return feil(`er tvetydig, fikk «${t.tekst.trim()}»: det kan bety ${norskTall(tusen)} (punktum som tusenskille) eller ${norskTall(desimal)} (punktum som desimaltegn). Skriv ${norskTall(tusen)} eller ${norskTall(desimal)}`);
    }
    return feil(`${forventet}, fikk ${somSkrevet(t)}${t.grunn ? `. ${t.grunn.replace(/\.$/, "")}` : ""}`);
  }
  const fikk = somSkrevet(t);
  if (t.engelskLesning && k.kommaKanVaereTusen) {
    return feil(`er tvetydig, fikk ${fikk}: det kan bety ${norskTall(t.verdi)} (komma som desimaltegn) eller ${norskTall(t.engelskLesning)} (komma som engelsk tusenskille). Skriv ${norskTall(t.engelskLesning)} eller ${norskTall(t.verdi)}`);
  }
  if (t.prosent && !k.prosent) return feil(`${forventet}, ikke en prosent, fikk ${fikk}`);
  if (k.prosent || k.maksEksklusiv) {
    const utenfor = t.verdi.lt(k.min) || (k.maksEksklusiv ? t.verdi.gte(k.maks) : t.verdi.gt(k.maks));
    if (utenfor) return feil(`må være ${k.regel} (f.eks. ${k.eksempel}), fikk ${fikk}`);
  }
  if (t.verdi.isNegative() && !t.verdi.isZero() && k.min.gte(0)) return feil(`kan ikke være negativt, fikk ${fikk}`);
  // Regelen begynner ofte med «heltall fra …»: ordet står ikke to ganger ("et heltall (fra 0 til 10)").
  if (k.heltall && !t.verdi.isInteger()) return feil(`må være et heltall (${k.regel.replace(/^heltall /, "")}), fikk ${fikk}`);
  if (t.verdi.lt(k.min)) return feil(`${forventet}, fikk ${fikk}`);
  if (t.verdi.gt(k.maks)) return feil(`er for stort, fikk ${fikk}: høyeste tillatte er ${norskTall(k.maks)}`);
  return { type: "tall", verdi: t.verdi };
}

/** lesTall for et funksjons- eller kommandolinjeargument: tomt → null; en feil nevner argumentet. */
export function lesArgumenttall(verdi: unknown, k: Tallkrav, argument: string): Decimal | null {
  const svar = lesTall(verdi, k);
  if (svar.type === "feil") throw new PrisFeil(`Argumentet «${argument}» ${svar.melding}.`);
  return svar.type === "tall" ? svar.verdi : null;
}

/** lesArgumenttall der argumentet er påkrevd. */
export function lesPakrevdArgumenttall(verdi: unknown, k: Tallkrav, argument: string): Decimal {
  const tall = lesArgumenttall(verdi, k, argument);
  if (tall === null) throw new PrisFeil(`Argumentet «${argument}» mangler: oppgi ${k.hva} (${k.regel}, f.eks. ${k.eksempel}).`);
  return tall;
}

/**
 * lesTall for en tabellcelle: et problem legges til i `problemer` (med cellen og kolonnen), og svaret
 * er undefined; tomt → null.
 */
export function lesCelletall(
  verdi: unknown, k: Tallkrav, celle: string, kolonne: string, problemer: Celleproblem[],
): Decimal | null | undefined {
  const svar = lesTall(verdi, k);
  if (svar.type === "feil") {
    problemer.push({ celle, melding: `${kolonne} ${svar.melding}.` });
    return undefined;
  }
  return svar.type === "tall" ? svar.verdi : null;
}

/**
 * Et prosentfelt i et skjema (f.eks. hva-om-størrelsesjusteringen ved glidebryteren). Godtatt: "30", "30 %",
 * "27,5 %" — alle prosent. "0,3" uten "%" kan være 0,3 % eller 30 % skrevet som brøk: avvises med begge
 * lesningene når begge ligger innenfor grensene (ellers er den som passer, den eneste lesningen). Svaret er en brøk (30 % → 0,3); grensene er i prosent, inkludert, de samme som glidebryterens.
 */
export function lesProsentfelt(verdi: unknown, grenser: { min: number; maks: number }): Tallsvar {
  const regel = `fra ${norskTall(new Decimal(grenser.min))} % til ${norskTall(new Decimal(grenser.maks))} %`;
  // Eksempelet ligger innenfor grensene (befolkningsvekst −10–20 %: «2 %», ikke «30 %»).
  const eksempel = `${[30, 2, 1, 0].find((p) => p >= grenser.min && p <= grenser.maks) ?? grenser.min} %`;
  const k: Tallkrav = krav({ hva: "en prosent", regel, eksempel, heltall: false, min: grenser.min, maks: grenser.maks });
  const t = tolkNorskTall(verdi);
  if (t.type === "tom") return t;
  if (t.type === "ugyldig" || t.kroner) return lesTall(t.type === "ugyldig" ? verdi : "?", k);
  const prosent = t.prosent ? t.verdi.times(100) : t.verdi;
  const innenfor = (p: Decimal) => p.gte(k.min) && p.lte(k.maks);
  // Tvetydig bare når begge lesningene er mulige: med grenser −10 %–20 % kan «0,5» bare være 0,5 %.
  if (!t.prosent && prosent.gt(0) && prosent.lt(1) && innenfor(prosent.times(100))) {
    const fikk = somSkrevet(t);
    return feil(`er tvetydig, fikk ${fikk}: det kan bety ${norskTall(prosent)} % eller ${norskTall(prosent.times(100))} % (skrevet som andel). Skriv ${norskTall(prosent.times(100))} % eller ${norskTall(prosent)} %`);
  }
  if (prosent.lt(k.min) || prosent.gt(k.maks)) return feil(`må være en prosent ${regel}, fikk ${somSkrevet(t)}`);
  return { type: "tall", verdi: prosent.div(100) };
}
