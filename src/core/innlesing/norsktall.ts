import { Decimal } from "../modell/desimal";

/** Det en celle eller en skrevet tekst inneholder når den leses som tall. */
export type Talltolkning =
  | {
      type: "tall";
      verdi: Decimal;
      /** Skrevet med "%": `verdi` er allerede delt på 100. */
      prosent: boolean;
      /** Skrevet med "kr", "kr." eller ",-". */
      kroner: boolean;
      /**
       * Satt for tekst som "1,000" eller "15,221": et desimalkomma for en norsk leser (verdien), men tusener
       * for en engelsk (denne verdien). Felt som holder heltall eller kroner avviser den som tvetydig.
       */
      engelskLesning: Decimal | null;
      /** Teksten slik den ble skrevet (null når verdien kom som tall). */
      tekst: string | null;
    }
  /** Tom, "NA", "na.", "-" eller "–": tilbys ikke / ikke oppgitt. */
  | { type: "tom" }
  /** Ikke et tall. `tvetydig` holder begge lesningene når "." kan være tusenskille eller desimaltegn. */
  | { type: "ugyldig"; tekst: string; grunn: string | null; tvetydig: [Decimal, Decimal] | null };

const TOMME = new Set(["", "na", "na.", "n/a", "-", "–", "—"]);
// Skilletegnene Excel og norske tekster bruker mellom tusengrupper: mellomrom, hardt mellomrom,
// smalt hardt mellomrom, tynt mellomrom.
const MELLOMROM = /[ \u00a0\u202f\u2009]/g;
const MINUS = /^[\u2212\u2013]/;

/** Et heltall skrevet med grupper på tre skilt med mellomrom ("15 221") eller uten ("15221"). */
const HELTALL_MED_MELLOMROM = /^(\d{1,3}( \d{3})+|\d+)$/;

/**
 * DEN ENE leseren for tall skrevet som tekst (funksjonene, kommandolinjen, feltene i oppgaveruten, CSV og
 * områdeceller bruker alle den). Norske former: mellomrom/hardt mellomrom/smalt hardt mellomrom/tynt mellomrom
 * som tusenskille i grupper på tre, desimalkomma, "kr" foran eller bak og ",-" bak, "%" bak (deler på 100),
 * "-" eller "−" for minus. Et "." leses bare der det ikke kan misforstås:
 * - "1.234.567" (flere grupper på tre) og "1.234,50" (med desimalkomma) er tusenskilletegn;
 * - "0.636", "1.5" og "1234.567" kan bare være desimaltegn;
 * - "1.000", "10.000", "100.000" (ett punktum, tre sifre, første gruppe 1–3 sifre som ikke starter med 0) kan
 *   være begge deler: avvises med begge lesningene — aldri stille et annet tall enn det en nordmann leser;
 * - "1,234.50" (engelsk gruppering) avvises.
 * Tall som kommer som tall (celleverdier, JSON-tall) tas som de er.
 */
export function tolkNorskTall(celle: unknown): Talltolkning {
  if (celle === null || celle === undefined) return { type: "tom" };
  if (typeof celle === "number") {
    return Number.isFinite(celle)
      ? { type: "tall", verdi: new Decimal(celle), prosent: false, kroner: false, engelskLesning: null, tekst: null }
      : { type: "ugyldig", tekst: String(celle), grunn: null, tvetydig: null };
  }
  if (Decimal.isDecimal(celle)) {
    return { type: "tall", verdi: new Decimal(celle as Decimal), prosent: false, kroner: false, engelskLesning: null, tekst: null };
  }
  if (typeof celle !== "string") return { type: "ugyldig", tekst: String(celle), grunn: null, tvetydig: null };
  const tekst = celle;
  const ugyldig = (grunn: string | null = null, tvetydig: [Decimal, Decimal] | null = null): Talltolkning =>
    ({ type: "ugyldig", tekst, grunn, tvetydig });

  let t = celle.replace(MELLOMROM, " ").trim().toLowerCase();
  if (TOMME.has(t)) return { type: "tom" };

  let kroner = false;
  const utenKr = t.replace(/^(kr\.?|nok)\s*/, "").replace(/\s*(kr\.?|nok|,-)$/, "");
  if (utenKr !== t) {
    kroner = true;
    t = utenKr;
  }
  let prosent = false;
  if (t.endsWith("%")) {
    prosent = true;
    t = t.slice(0, -1).trimEnd();
  }
  let fortegn = "";
  if (/^[+-]/.test(t) || MINUS.test(t)) {
    fortegn = t[0] === "+" ? "" : "-";
    t = t.slice(1).trimStart();
  }
  if (t === "" || !/^[\d ., ]+$/.test(t)) return ugyldig();
  if (/ {2,}/.test(t)) return ugyldig("Mellomrom brukes bare mellom grupper på tre sifre, f.eks. 15 221.");

  const komma = t.split(",").length - 1;
  const punktum = t.split(".").length - 1;
  let heltall: string;
  let desimaler = "";
  let engelsk: string | null = null;

  if (komma > 1) return ugyldig("Et tall kan ha høyst ett desimalkomma.");
  if (komma === 1 && punktum > 0) {
    // "1.234,50": punktum som tusenskille foran et desimalkomma.
    const m = /^(\d{1,3}(\.\d{3})+),(\d+)$/.exec(t);
    if (m) {
      heltall = m[1].replace(/\./g, "");
      desimaler = m[3];
    } else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(t)) {
      const norsk = `${t.replace(/,/g, " ").replace(".", ",")}`;
      return ugyldig(`«${tekst.trim()}» er engelsk skrivemåte; på norsk skrives det ${norsk}.`);
    } else {
      return ugyldig("Bruk komma som desimaltegn og mellomrom mellom tusener, f.eks. 1 234,50.");
    }
  } else if (komma === 1) {
    const [h, d] = t.split(",");
    if (!/^\d*$/.test(d) || (h !== "" && !HELTALL_MED_MELLOMROM.test(h)) || (h === "" && d === "")) {
      return ugyldig("Mellomrom brukes bare mellom grupper på tre sifre, f.eks. 15 221,50.");
    }
    heltall = h.replace(/ /g, "") || "0";
    desimaler = d;
    if (/^[1-9]\d{0,2}$/.test(h) && d.length === 3) engelsk = `${h}${d}`;
  } else if (punktum > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(t)) return ugyldig("Bruk mellomrom mellom tusener og komma som desimaltegn, f.eks. 1 234 567 eller 0,636.");
    heltall = t.replace(/\./g, "");
  } else if (punktum === 1) {
    const [h, d] = t.split(".");
    if (!/^\d+$/.test(d) || (h !== "" && !HELTALL_MED_MELLOMROM.test(h))) {
      return ugyldig("Bruk komma som desimaltegn, f.eks. 0,636.");
    }
    if (/^[1-9]\d{0,2}( \d{3})*$/.test(h) && d.length === 3) {
      const tusen = new Decimal(`${fortegn}${h.replace(/ /g, "")}${d}`);
      const desimal = new Decimal(`${fortegn}${h.replace(/ /g, "")}.${d}`);
      return ugyldig(null, [tusen, desimal]);
    }
    heltall = h.replace(/ /g, "") || "0";
    desimaler = d;
  } else {
    if (!HELTALL_MED_MELLOMROM.test(t)) return ugyldig("Mellomrom brukes bare mellom grupper på tre sifre, f.eks. 15 221.");
    heltall = t.replace(/ /g, "");
  }

  const del = (d: Decimal) => (prosent ? d.div(100) : d);
  const verdi = del(new Decimal(`${fortegn}${heltall}${desimaler ? "." + desimaler : ""}`));
  return {
    type: "tall",
    verdi,
    prosent,
    kroner,
    engelskLesning: engelsk === null ? null : del(new Decimal(`${fortegn}${engelsk}`)),
    tekst,
  };
}

/** Formaterer en Decimal på norsk for CSV/celler: desimalkomma, ingen tusenskille. */
export function norskDesimaltekst(verdi: Decimal): string {
  return verdi.toFixed().replace(".", ",");
}
