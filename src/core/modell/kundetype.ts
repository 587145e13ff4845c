import { PrisFeil } from "./feil";
import { sokenokkel } from "../innlesing/normaliser";

export const KUNDETYPER = [
  "KOMMUNE",
  "FYLKESKOMMUNE",
  "STATLIG_VIRKSOMHET",
  "KOMMUNAL_VIRKSOMHET",
  "KOMMUNAL_VIRKSOMHET_IKS",
  "PRIVAT_VIRKSOMHET",
] as const;
export type Kundetype = (typeof KUNDETYPER)[number];

export const KUNDETYPENAVN: Record<Kundetype, string> = {
  KOMMUNE: "Kommune",
  FYLKESKOMMUNE: "Fylkeskommune",
  STATLIG_VIRKSOMHET: "Statlig virksomhet",
  KOMMUNAL_VIRKSOMHET: "Kommunal virksomhet",
  KOMMUNAL_VIRKSOMHET_IKS: "Interkommunalt selskap (IKS)",
  PRIVAT_VIRKSOMHET: "Privat virksomhet",
};

// Hverdagsord folk skriver for hver kundetype, i tillegg til koden selv. Et Map, så «constructor» og
// «__proto__» er ukjente ord som alle andre (et objektliteral ville nådd Object.prototype).
const SYNONYMER = new Map<string, Kundetype>([
  ["kommune", "KOMMUNE"],
  ["kommuner", "KOMMUNE"],
  ["fylkeskommune", "FYLKESKOMMUNE"],
  ["fylkeskommuner", "FYLKESKOMMUNE"],
  ["fylke", "FYLKESKOMMUNE"],
  ["statlig", "STATLIG_VIRKSOMHET"],
  ["statlige", "STATLIG_VIRKSOMHET"],
  ["statlig virksomhet", "STATLIG_VIRKSOMHET"],
  ["kommunal virksomhet", "KOMMUNAL_VIRKSOMHET"],
  ["iks", "KOMMUNAL_VIRKSOMHET_IKS"],
  ["kommunal virksomhet iks", "KOMMUNAL_VIRKSOMHET_IKS"],
  ["privat virksomhet", "PRIVAT_VIRKSOMHET"],
  ["privat", "PRIVAT_VIRKSOMHET"],
]);

/** Leser en kundetype slik den skrives ("KOMMUNE", "kommune", "Fylkeskommune", "IKS"); tom → standard. */
export function tolkKundetype(verdi: unknown, argument = "kundetype", standard: Kundetype = "KOMMUNE"): Kundetype {
  if (verdi === null || verdi === undefined || (typeof verdi === "string" && verdi.trim() === "")) return standard;
  if (typeof verdi === "string") {
    const nokkel = sokenokkel(verdi);
    const treff = SYNONYMER.get(nokkel) ?? KUNDETYPER.find((k) => sokenokkel(k) === nokkel);
    if (treff) return treff;
  }
  throw new PrisFeil(
    `Ukjent kundetype «${String(verdi)}» i argumentet «${argument}». Gyldige verdier: ${KUNDETYPER.join(", ")}.`,
  );
}
