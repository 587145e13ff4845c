import { Decimal } from "./desimal";

/** What a cell or a typed text holds when read as a number. */
export type Talltolkning =
  | {
      type: "tall";
      verdi: Decimal;
      /** Written with "%": `verdi` is already divided by 100. */
      prosent: boolean;
      /** Written with "kr", "kr." or ",-". */
      kroner: boolean;
      /**
       * Set for text like "1,000" or "15,221": a decimal comma to a Norwegian reader (the value), but thousands
       * to an English one (this value). Fields that hold whole numbers or kroner refuse it as ambiguous.
       */
      engelskLesning: Decimal | null;
      /** The text as typed (null when the value arrived as a number). */
      tekst: string | null;
    }
  /** Blank, "NA", "na.", "-" or "–": not offered / not given. */
  | { type: "tom" }
  /** Not a number. `tvetydig` holds both readings when "." could be a thousands or a decimal separator. */
  | { type: "ugyldig"; tekst: string; grunn: string | null; tvetydig: [Decimal, Decimal] | null };

const TOMME = new Set(["", "na", "na.", "n/a", "-", "–", "—"]);
// Separators Excel and Norwegian texts use between groups of thousands: space, no-break space,
// narrow no-break space, thin space.
const MELLOMROM = /[ \u00a0\u202f\u2009]/g;
const MINUS = /^[\u2212\u2013]/;

/** An integer written with space-separated groups of three ("15 221") or without ("15221"). */
const HELTALL_MED_MELLOMROM = /^(\d{1,3}( \d{3})+|\d+)$/;

/**
 * THE reader for numbers typed as text (functions, CLI, taskpane fields, CSV and range cells all use it).
 * Norwegian forms: space/no-break space/narrow no-break space/thin space as thousands separator in groups of
 * three, decimal comma, "kr" before or after and ",-" after, "%" after (divides by 100), "-" or "−" for minus.
 * A "." is read only where it cannot be misread:
 * - "1.234.567" (several groups of three) and "1.234,50" (with a decimal comma) are thousands separators;
 * - "0.636", "1.5" and "1234.567" can only be decimal points;
 * - "1.000", "10.000", "100.000" (one dot, three digits, first group 1–3 digits not starting with 0) could be
 *   either: refused with both readings — never a silently different number from the one a Norwegian reads;
 * - "1,234.50" (English grouping) is refused.
 * Numbers that arrive as numbers (cell values, JSON numbers) are taken as they are.
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
    // "1.234,50": dots as thousands separators before a decimal comma.
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

/** Formats a Decimal the Norwegian way for CSV/cells: decimal comma, no thousands separator. */
export function norskDesimaltekst(verdi: Decimal): string {
  return verdi.toFixed().replace(".", ",");
}
