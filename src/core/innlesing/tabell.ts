import { celleadresse } from "./celleadresse";
import type { Celleproblem } from "../modell/feil";
import { sokenokkel } from "./normaliser";

/** Et 2D-område slik Excel gir det (eller slik CSV-tolkingen gir det). */
export type Celler = readonly (readonly unknown[])[];

export function erTomCelle(verdi: unknown): boolean {
  return verdi === null || verdi === undefined || (typeof verdi === "string" && verdi.trim() === "");
}

export function erTomRad(rad: readonly unknown[]): boolean {
  return rad.every(erTomCelle);
}

/**
 * Finner de påkrevde kolonnene i en overskriftsrad etter den normaliserte teksten (vilkårlig rekkefølge).
 * Kolonner som mangler rapporteres som problemer som nevner overskriftsraden.
 */
export function finnKolonner<K extends string>(
  overskrift: readonly unknown[],
  kolonner: Record<K, readonly string[]>,
  problemer: Celleproblem[],
): Record<K, number> {
  const nokler = overskrift.map((c) => (typeof c === "string" ? sokenokkel(c) : ""));
  const funnet = {} as Record<K, number>;
  for (const [kolonne, navn] of Object.entries(kolonner) as [K, readonly string[]][]) {
    const indeks = nokler.findIndex((n) => navn.some((alternativ) => sokenokkel(alternativ) === n));
    if (indeks < 0) {
      problemer.push({
        celle: celleadresse(0, 0),
        melding: `Overskriftsraden mangler kolonnen «${navn[0]}».`,
      });
    }
    funnet[kolonne] = indeks;
  }
  return funnet;
}

/** Kontrollerer at et område er en 2D-tabell som ikke er tom, med en overskriftsrad. */
export function sjekkForm(celler: unknown, problemer: Celleproblem[]): celler is Celler {
  if (!Array.isArray(celler) || celler.length === 0 || !celler.every((r) => Array.isArray(r))) {
    problemer.push({ celle: "", melding: "Forventet et område med en overskriftsrad og minst én rad under." });
    return false;
  }
  if (celler.length < 2) {
    problemer.push({ celle: "", melding: "Området har bare én rad; forventet overskriftsrad og minst én rad under." });
    return false;
  }
  return true;
}

export function visCelle(verdi: unknown): string {
  if (typeof verdi === "string") return `«${verdi}»`;
  if (typeof verdi === "boolean") return verdi ? "SANN" : "USANN";
  return `«${String(verdi)}»`;
}
