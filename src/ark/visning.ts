/**
 * Hvordan en celle vises med sitt tallformat, omtrent som i norsk Excel (mellomrom mellom tusener, desimalkomma,
 * «kr» og «%»), og hvor bred teksten er: grunnlaget for kolonnebreddene og radhøydene i ferdigstill.ts.
 */
import type { Celle, Resultat } from "./modell";
import { generelt } from "./regn";

interface Tallformat { for: string; etter: string; gruppert: boolean; minst: number; hoyst: number; prosent: boolean }

/** Delen av et format for positive (eller negative) tall, tolket: tekst før og etter tallet, tusenskille, desimaler, prosent. */
function tolkFormatdel(del: string): Tallformat | null {
  const utenTekst = del.replace(/"[^"]*"/g, (m) => " ".repeat(m.length));
  const tallet = /[#0,]+(\.[0#]+)?/.exec(utenTekst);
  if (!tallet) return null;
  const [heltallsdel, desimaldel = ""] = tallet[0].split(".");
  const rundt = (x: string) => x.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return {
    for: rundt(del.slice(0, tallet.index)), etter: rundt(del.slice(tallet.index + tallet[0].length)), gruppert: heltallsdel.includes(","),
    minst: (desimaldel.match(/0/g) ?? []).length, hoyst: desimaldel.length, prosent: utenTekst.includes("%"),
  };
}

const tolkedeFormater = new Map<string, [Tallformat | null, Tallformat | null]>();

/** Et tall med et tallformat: '#,##0 "kr"' → «1 471 753 kr», "0.0 %" → «12,5 %», "0.000###" → «0,63» med minst tre desimaler. */
export function visTall(x: number, format: string | undefined): string {
  if (!format || format === "General" || format === "@") return generelt(x);
  let tolket = tolkedeFormater.get(format);
  if (!tolket) {
    const deler = format.split(";");
    tolket = [tolkFormatdel(deler[0]), deler.length > 1 ? tolkFormatdel(deler[1]) : null];
    tolkedeFormater.set(format, tolket);
  }
  const f = x < 0 && tolket[1] ? tolket[1] : tolket[0];
  if (!f) return generelt(x);
  const medMinus = x < 0 && !tolket[1];
  let tekst = (Math.abs(x) * (f.prosent ? 100 : 1)).toFixed(f.hoyst);
  if (f.hoyst > f.minst) tekst = tekst.replace(new RegExp(`0{1,${f.hoyst - f.minst}}$`), "").replace(/\.$/, "");
  const [heltallet, desimaler] = tekst.split(".");
  const heltall = f.gruppert ? heltallet.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : heltallet;
  return `${medMinus ? "-" : ""}${f.for}${heltall}${desimaler ? "," + desimaler : ""}${f.etter}`;
}

/** Det cellen viser: verdien eller formelens resultat, formatert. */
export function visning(c: Celle): string {
  const v: Resultat | undefined = c.formel !== undefined ? c.resultat : c.verdi;
  if (v === undefined) return "";
  if (typeof v === "number") return visTall(v, c.format);
  if (typeof v === "boolean") return v ? "SANN" : "USANN";
  return typeof v === "object" ? v.feil : v;
}

/**
 * Omtrentlig bredde av en tekst i Excels breddeenhet (bredden av et siffer i Calibri 11): sifre og de fleste bokstaver
 * er én enhet, smale tegn (mellomrom, i, l, punktum, komma) en halv, brede (m, w, store bokstaver) litt mer; fet skrift
 * er en tiendedel bredere.
 */
export function tekstbredde(tekst: string, fet = false): number {
  let b = 0;
  for (const t of tekst) b += SMALE.has(t) ? 0.5 : BREDE.has(t) ? 1.5 : STORE.has(t) ? 1.2 : 1;
  return fet ? b * 1.1 : b;
}

const SMALE = new Set(" .,:;'|!\u00a0ijltf()[]");
const BREDE = new Set("mwMW%");
const STORE = new Set("ABCDEFGHIJKLNOPQRSTUVXYZÆØÅ");

/** Antall linjer en tekst brytes over i en celle med plass til `bredde` enheter, bare mellom ord. */
export function linjer(tekst: string, bredde: number, fet = false): number {
  let antall = 0;
  for (const avsnitt of tekst.split("\n")) {
    let linje = 0;
    antall += 1;
    for (const ord of avsnitt.split(" ")) {
      const b = tekstbredde(ord, fet);
      const medMellomrom = linje === 0 ? b : linje + tekstbredde(" ", fet) + b;
      if (linje > 0 && medMellomrom > bredde) {
        antall += 1;
        linje = b;
      } else {
        linje = medMellomrom;
      }
      // Et ord som er lengre enn linjen, brytes midt i (bare når kolonnen ikke kan gjøres bred nok).
      while (linje > bredde) {
        antall += 1;
        linje -= bredde;
      }
    }
  }
  return antall;
}

/** Det lengste ordet i en tekst, i breddeenheter. */
export const lengsteOrd = (tekst: string, fet = false) => Math.max(0, ...tekst.split(/[ \n]/).map((o) => tekstbredde(o, fet)));
