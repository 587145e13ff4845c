import { BUDSJETTGRENSER } from "./budsjettgrenser";
import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import { type Kvartal, kvartalstekst } from "./kvartaler";

/** En tjeneste som starter senere enn første kvartal i planen. */
export interface Oppstartsvalg {
  /** Tjenestenavnet slik brukeren skrev det (gjenkjennes mot scenariet når planen regnes). */
  tjeneste: string;
  kvartal: Kvartal;
  /** Feltet i scenariofilen, til feilmeldinger: budsjett.oppstart["Fiks Digiorden"]. */
  felt: string;
}

/** En Digifin-avgift (engangsbeløp) som betales i ett kvartal. */
export interface Digifinvalg {
  losning: string;
  kvartal: Kvartal;
  /** Ta med engangsbeløpet for medlemskap i Digifin (som KS.DIGIFINAVGIFT med medlemskap SANN). */
  medlemskap: boolean;
  felt: string;
}

/** Budsjettseksjonen i et scenario, tolket og kontrollert. Prosentsatsene er i prosent: 1 = 1 % per år. */
export interface Budsjettvalg {
  fra: number;
  ar: number;
  befolkningsvekst: Decimal;
  prisjustering: Decimal;
  oppstart: Oppstartsvalg[];
  digifin: Digifinvalg[];
}

// Grensene står i budsjettgrenser.ts, så tallkravene (tallkrav.ts) kan bruke dem uten å avhenge av scenariolesingen.
export { BUDSJETTGRENSER };

const FELT = ["fra", "ar", "befolkningsvekst", "prisjustering", "oppstart", "digifin"];
const DIGIFINFELT = ["losning", "kvartal", "medlemskap"];

function erObjekt(verdi: unknown): verdi is Record<string, unknown> {
  return typeof verdi === "object" && verdi !== null && !Array.isArray(verdi);
}

function finnes(verdi: unknown): boolean {
  return verdi !== undefined && verdi !== null;
}

/** Slik verdien står i JSON, med «teksten» foran en streng så det er tydelig at et tall var ventet. */
function vis(verdi: unknown): string {
  return typeof verdi === "string" ? `teksten ${JSON.stringify(verdi)}` : JSON.stringify(verdi) ?? String(verdi);
}

function sjekkFelt(objekt: Record<string, unknown>, gyldige: string[], felt: string): void {
  const ukjent = Object.keys(objekt).find((k) => !gyldige.includes(k));
  if (ukjent !== undefined) throw new PrisFeil(`${felt}: ukjent felt «${ukjent}». Gyldige felt: ${gyldige.join(", ")}.`);
}

function heltallFelt(verdi: unknown, felt: string, grenser: { min: number; maks: number }, hva: string): number {
  if (typeof verdi !== "number" || !Number.isInteger(verdi) || verdi < grenser.min || verdi > grenser.maks) {
    throw new PrisFeil(`${felt}: forventet ${hva}, et heltall fra ${grenser.min} til ${grenser.maks} (JSON-tall), fikk ${vis(verdi)}.`);
  }
  return verdi;
}

/** En prosentsats per år som JSON-tall (1.0 = 1 %); tekst leses ikke om til tall. */
function prosentFelt(verdi: unknown, felt: string): Decimal {
  if (!finnes(verdi)) return new Decimal(0);
  const { min, maks, desimaler } = BUDSJETTGRENSER.prosent;
  if (typeof verdi !== "number" || !Number.isFinite(verdi) || verdi < min || verdi > maks) {
    throw new PrisFeil(`${felt}: forventet prosent per år som JSON-tall fra ${min} til ${maks} (f.eks. 2.5 for 2,5 %), fikk ${vis(verdi)}.`);
  }
  const prosent = new Decimal(verdi);
  if (prosent.decimalPlaces() > desimaler) {
    throw new PrisFeil(`${felt}: høyst ${desimaler} desimaler (f.eks. 2.75), fikk ${verdi}.`);
  }
  return prosent;
}

/** "2026-K3" → 2026, 3. kvartal (store eller små bokstaver, mellomrom rundt bindestreken tillates); ellers null. */
export function kvartalFraTekst(verdi: unknown): Kvartal | null {
  const treff = typeof verdi === "string" ? /^\s*(\d{4})\s*-\s*[Kk]\s*([1-4])\s*$/.exec(verdi) : null;
  return treff ? { ar: Number(treff[1]), kvartal: Number(treff[2]) as Kvartal["kvartal"] } : null;
}

/**
 * Et kvartal som "ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planens år (se kvartalFraTekst). Et kvartal før eller etter
 * planen er en feil: en tjeneste som starter før planen, løper hele planen (utelat oppstart), og en som starter
 * etter den, hører ikke hjemme i planen.
 */
export function tolkKvartal(verdi: unknown, felt: string, fra: number, ar: number): Kvartal {
  const forste = kvartalstekst({ ar: fra, kvartal: 1 });
  const siste = kvartalstekst({ ar: fra + ar - 1, kvartal: 4 });
  const kvartal = kvartalFraTekst(verdi);
  if (!kvartal || kvartal.ar < fra || kvartal.ar > fra + ar - 1) {
    const hvorfor = kvartal ? (kvartal.ar < fra ? " (før planens første år)" : " (etter planens siste år)") : "";
    throw new PrisFeil(
      `${felt}: forventet et kvartal "ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planens år, fra "${forste}" til "${siste}", fikk ${vis(verdi)}${hvorfor}.`,
    );
  }
  return kvartal;
}

function tolkOppstart(verdi: unknown, felt: string, fra: number, ar: number): Oppstartsvalg[] {
  if (!finnes(verdi)) return [];
  if (!erObjekt(verdi)) {
    throw new PrisFeil(`${felt}: forventet et objekt med tjenestenavn og kvartal, f.eks. {"Fiks Digiorden": "${fra}-K3"}, fikk ${vis(verdi)}.`);
  }
  return Object.entries(verdi).map(([tjeneste, kvartal]) => {
    const hvor = `${felt}[${JSON.stringify(tjeneste)}]`;
    return { tjeneste, kvartal: tolkKvartal(kvartal, hvor, fra, ar), felt: hvor };
  });
}

function tolkDigifin(verdi: unknown, felt: string, fra: number, ar: number): Digifinvalg[] {
  if (!finnes(verdi)) return [];
  if (!Array.isArray(verdi)) {
    throw new PrisFeil(`${felt}: forventet en liste, f.eks. [{"losning": "Digihelse", "kvartal": "${fra}-K2"}], fikk ${vis(verdi)}.`);
  }
  const valg = verdi.map((v, i): Digifinvalg => {
    const hvor = `${felt}[${i}]`;
    if (!erObjekt(v)) throw new PrisFeil(`${hvor}: forventet et objekt med «losning», «kvartal» og eventuelt «medlemskap», fikk ${vis(v)}.`);
    sjekkFelt(v, DIGIFINFELT, hvor);
    if (!finnes(v.losning)) throw new PrisFeil(`${hvor}.losning mangler: oppgi Digifin-løsningen, f.eks. "losning": "Digihelse".`);
    if (typeof v.losning !== "string" || v.losning.trim() === "") {
      throw new PrisFeil(`${hvor}.losning: forventet navnet på en Digifin-løsning, f.eks. "Digihelse", fikk ${vis(v.losning)}.`);
    }
    if (finnes(v.medlemskap) && typeof v.medlemskap !== "boolean") {
      throw new PrisFeil(`${hvor}.medlemskap: forventet true eller false, fikk ${vis(v.medlemskap)}.`);
    }
    // Uten kvartal betales avgiften i planens første kvartal, som tjenestene uten oppstart.
    const kvartal = finnes(v.kvartal) ? tolkKvartal(v.kvartal, `${hvor}.kvartal`, fra, ar) : { ar: fra, kvartal: 1 as const };
    return { losning: v.losning.trim(), kvartal, medlemskap: v.medlemskap === true, felt: hvor };
  });
  const medMedlemskap = valg.filter((v) => v.medlemskap);
  if (medMedlemskap.length > 1) {
    throw new PrisFeil(`${medMedlemskap[1].felt}.medlemskap: medlemskapet i Digifin betales én gang; det er allerede tatt med i ${medMedlemskap[0].felt}.`);
  }
  return valg;
}

/**
 * Tolker budsjettseksjonen i et scenario slik JSON gir den: {"fra": 2026, "ar": 4, "befolkningsvekst": 1.0,
 * "prisjustering": 3.0, "oppstart": {"Fiks Digiorden": "2026-K3"}, "digifin": [{"losning": "Digihelse",
 * "kvartal": "2026-K2", "medlemskap": false}]}. Bare «fra» er påkrevd; «ar» er 4 som standard, vekst og
 * prisjustering 0. Tall må være JSON-tall. Hver feil nevner feltet, f.eks. budsjett.oppstart["Fiks Digiorden"].
 */
export function tolkBudsjett(verdi: unknown, felt = "budsjett"): Budsjettvalg {
  if (!erObjekt(verdi)) throw new PrisFeil(`${felt}: forventet et objekt, f.eks. {"fra": 2026, "ar": 4}, fikk ${vis(verdi)}.`);
  sjekkFelt(verdi, FELT, felt);
  if (!finnes(verdi.fra)) throw new PrisFeil(`${felt}.fra mangler: oppgi planens første år, f.eks. "fra": 2026.`);
  const fra = heltallFelt(verdi.fra, `${felt}.fra`, BUDSJETTGRENSER.fra, "planens første år");
  const ar = finnes(verdi.ar) ? heltallFelt(verdi.ar, `${felt}.ar`, BUDSJETTGRENSER.ar, "antall år i planen") : BUDSJETTGRENSER.ar.standard;
  return {
    fra,
    ar,
    befolkningsvekst: prosentFelt(verdi.befolkningsvekst, `${felt}.befolkningsvekst`),
    prisjustering: prosentFelt(verdi.prisjustering, `${felt}.prisjustering`),
    oppstart: tolkOppstart(verdi.oppstart, `${felt}.oppstart`, fra, ar),
    digifin: tolkDigifin(verdi.digifin, `${felt}.digifin`, fra, ar),
  };
}
