import { type Betaler, celleadresse, type Decimal, type Kundetype, PrisFeil, TALLKRAV, lesArgumenttall, tolkInnbyggere, tolkKundetype } from "../core";

/** Excel gir et utelatt valgfritt argument som null (noen ganger undefined). */
export function erUtelatt(verdi: unknown): boolean {
  return verdi === null || verdi === undefined;
}

/** Et områdeargument som 2D-tabell; én enkelt verdi blir [[verdi]]; utelatt → null. */
export function tilCeller(verdi: unknown): unknown[][] | null {
  if (erUtelatt(verdi)) return null;
  if (Array.isArray(verdi)) return verdi.map((rad) => (Array.isArray(rad) ? rad : [rad]));
  return [[verdi]];
}

/** Et område eller én verdi som en flat liste over cellene som ikke er tomme, med A1-adresser regnet fra området. */
export function ikkeTommeCeller(verdi: unknown): { verdi: unknown; rad: number; kolonne: number }[] {
  const celler = tilCeller(verdi) ?? [];
  const ut: { verdi: unknown; rad: number; kolonne: number }[] = [];
  celler.forEach((rad, r) => rad.forEach((c, k) => {
    if (!erUtelatt(c) && !(typeof c === "string" && c.trim() === "")) ut.push({ verdi: c, rad: r, kolonne: k });
  }));
  return ut;
}

const SANNE = new Set(["sann", "true", "ja", "1"]);
const USANNE = new Set(["usann", "false", "nei", "0", ""]);

/** Et ja/nei-argument: SANN/USANN (TRUE/FALSE), 1/0, "ja"/"nei"; utelatt → false. */
export function tilBoolsk(verdi: unknown, argument: string): boolean {
  if (erUtelatt(verdi)) return false;
  if (typeof verdi === "boolean") return verdi;
  if (verdi === 1 || verdi === 0) return verdi === 1;
  if (typeof verdi === "string") {
    const tekst = verdi.trim().toLowerCase();
    if (SANNE.has(tekst)) return true;
    if (USANNE.has(tekst)) return false;
  }
  throw new PrisFeil(`Argumentet «${argument}» må være SANN eller USANN, fikk «${String(verdi)}».`);
}

/** Et valgfritt tekstargument; utelatt eller tomt → `standard`; tall og sannhetsverdier er ikke tekst. */
export function tilValgfriTekst(verdi: unknown, argument: string, standard: string): string {
  if (erUtelatt(verdi) || (typeof verdi === "string" && verdi.trim() === "")) return standard;
  if (typeof verdi !== "string") throw new PrisFeil(`Argumentet «${argument}» må være tekst, fikk «${String(verdi)}».`);
  return verdi;
}

/** Et beløpsargument ≥ 0 (tall eller norsk tekst); tomt, "na." eller "-" → null (mangler). */
export function tilBelop(verdi: unknown, argument: string): Decimal | null {
  return lesArgumenttall(verdi, TALLKRAV.belop, argument);
}

const kundetyper = new Map<string, Kundetype>();

/** tolkKundetype, husket per skrevet tekst (den samme "KOMMUNE" i 10 000 celler leses én gang). */
export function tilKundetype(verdi: unknown, argument = "kundetype"): Kundetype {
  if (typeof verdi !== "string") return tolkKundetype(verdi, argument);
  let k = kundetyper.get(verdi);
  if (k === undefined) {
    k = tolkKundetype(verdi, argument);
    if (kundetyper.size < 256) kundetyper.set(verdi, k);
  }
  return k;
}

/**
 * Et enkeltverdiargument: Excel gir én celle som verdien dens; en 1×1-tabell pakkes ut, og et større
 * område er en feil som nevner argumentet (i stedet for å gjenta hele området i en melding).
 */
export function skalar(verdi: unknown, argument: string): unknown {
  if (!Array.isArray(verdi)) return verdi;
  const celler = tilCeller(verdi) ?? [];
  if (celler.length === 1 && celler[0].length === 1) return celler[0][0];
  throw new PrisFeil(`Argumentet «${argument}» må være én verdi eller én celle, ikke et område (${celler.length} rader).`);
}

/**
 * Parallelle områder med innbyggertall og kundetyper → én betaler per innbyggercelle som ikke er tom. `kundetyper`
 * er et område med samme form, eller én verdi for alle (utelatt: KOMMUNE). Etikettene nevner cellen i meldinger.
 */
export function tilBetalere(innbyggere: unknown, kundetyper: unknown): Betaler[] {
  const p = tilCeller(innbyggere) ?? [];
  const k = tilCeller(kundetyper);
  const enkel = k === null || (k.length === 1 && k[0].length === 1);
  if (!enkel && (k.length !== p.length || k.some((rad, r) => rad.length !== p[r].length))) {
    throw new PrisFeil(`Argumentet «kundetyper» må være én kundetype eller et område med samme form som «innbyggere» (${p.length} × ${p[0]?.length ?? 0}).`);
  }
  const felles = enkel ? tilKundetype(k === null ? null : k[0][0], "kundetyper") : null;
  return ikkeTommeCeller(p).map((c) => {
    const celle = celleadresse(c.rad, c.kolonne);
    return {
      innbyggere: tolkInnbyggere(c.verdi, `innbyggere, celle ${celle}`),
      kundetype: felles ?? tilKundetype(k![c.rad][c.kolonne], `kundetyper, celle ${celle}`),
      etikett: `innbyggere, celle ${celle}`,
    };
  });
}

/** Argumentet fordeling til KS.EFFEKT: "prosent" (standard) eller "kroner". */
export function tilFordeling(verdi: unknown): "prosent" | "kroner" {
  const tekst = erUtelatt(verdi) ? "" : String(verdi).trim().toLowerCase();
  if (tekst === "" || tekst === "prosent" || tekst === "%") return "prosent";
  if (tekst === "kroner" || tekst === "kr") return "kroner";
  throw new PrisFeil(`Argumentet «fordeling» må være «prosent» eller «kroner», fikk «${String(verdi)}».`);
}
