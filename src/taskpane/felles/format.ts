import { type Celleformat, Decimal, type Visningscelle, celletekst, NA, norskKr, norskProsentendring, norskTall } from "../../core";

/** Hardt mellomrom: «1 471 753 kr» skal aldri brytes i en tabellcelle. */
const NBSP = "\u00a0";
const fast = (tekst: string) => tekst.replace(/ /g, NBSP);

/** En tekst fra kjernen med tall i («53 638 innbyggere (1.1.2026)»): mellomrommene i og etter tallene brytes aldri. */
export const udeleligeTall = (tekst: string) => tekst.replace(/(?<=\d) (?=\d|kr\b)/g, NBSP);

/** Hele kroner, nb-NO: 1471753 → «1 471 753 kr» (kjernen avrunder linjene; dette avrunder bare for visning). */
export function kr(verdi: Decimal | null): string {
  return verdi === null ? "" : fast(norskKr(verdi));
}

/** Kroner med fast antall desimaler: øre (2) eller innbyggerpriser (3): 0.636 → «0,636 kr». */
export function krDesimaler(verdi: Decimal, desimaler: number): string {
  return fast(norskKr(verdi, desimaler));
}

/** En prosent som allerede er i prosent (kjernens endringProsent): -35.2 → «−35 %»; null → «na.». */
export function prosent(verdi: Decimal | null, desimaler = 0): string {
  return verdi === null ? NA : fast(norskProsentendring(verdi, desimaler));
}

/**
 * Som prosent, men en endring som ikke er null, vises aldri som «0,0 %»: flere desimaler til den synes (høyst seks).
 * 26 020 kr av 600 millioner er «0,004 %», ikke «0,0 %».
 */
export function synligProsent(verdi: Decimal | null, desimaler = 1): string {
  if (verdi === null || verdi.isZero()) return prosent(verdi, desimaler);
  let d = desimaler;
  while (d < 6 && verdi.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).isZero()) d++;
  return prosent(verdi, d);
}

/** Et heltall for etiketter og akser: 53712 → «53 712». */
export function heltall(verdi: number): string {
  return fast(norskTall(new Decimal(verdi), 0));
}

/** Tall med desimaler for priser per innbygger: 12.3456 → «12,35». */
export function desimaltall(verdi: number, desimaler = 2): string {
  return fast(norskTall(new Decimal(verdi), desimaler));
}

/** «1 kunde», «3 kunder». */
export function antall(n: number, entall: string, flertall: string): string {
  return `${heltall(n)} ${n === 1 ? entall : flertall}`;
}

/** For et navn inne i en setning: «Standard prismatrise 2025» → «standard prismatrise 2025» (adresser urørt). */
export function iSetning(tekst: string): string {
  return tekst.charAt(0).toLowerCase() + tekst.slice(1);
}

const RUTEFORMAT: Celleformat = { kr: (v) => kr(v), prosent: (v) => prosent(v) };

/** En celle fra kjernens visning som tekst i ruten: «na.» eller "" etter kjernens ene regel. */
export function celle(c: Visningscelle): string {
  return celletekst(c, RUTEFORMAT);
}

/** Tallet i en celle (til fargen på en endring); null for «na.» og tom. */
export function celleverdi(c: Visningscelle): Decimal | null {
  return c.type === "kr" || c.type === "prosent" ? c.verdi : null;
}
