import { rundHalvOpp } from "./avrunding";
import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { KUNDETYPENAVN, type Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Matrisetjeneste, type Prisledd, type Prismatrise } from "./prismatrise";
import { finnMatrisetjeneste } from "./tjenester";

/** How one kundetype pays for one service: model 1, or a fixed price (statlige). */
export type Prisregel = { type: "modell"; ledd: Prisledd; referanse: number } | { type: "fast"; pris: Decimal };

/** The price rule of a service for a kundetype, or an error naming both when it is not offered. */
export function prisregel(matrise: Prismatrise, tjeneste: Matrisetjeneste, kundetype: Kundetype): Prisregel {
  if (kundetype === "KOMMUNE" && tjeneste.kommune) {
    return { type: "modell", ledd: tjeneste.kommune, referanse: matrise.referanse.KOMMUNE };
  }
  if (kundetype === "FYLKESKOMMUNE" && tjeneste.fylkeskommune) {
    return { type: "modell", ledd: tjeneste.fylkeskommune, referanse: matrise.referanse.FYLKESKOMMUNE };
  }
  if (kundetype === "STATLIG_VIRKSOMHET" && tjeneste.statligFastpris) return { type: "fast", pris: tjeneste.statligFastpris };
  if (kundetype === "STATLIG_VIRKSOMHET" && tjeneste.navn === GRUNNFINANSIERING) {
    throw new PrisFeil(
      "Grunnfinansiering for statlige virksomheter har ingen standardpris: den avtales per virksomhet. Oppgi den i kolonnen «Fastpris statlige» i en egen prismatrise.",
      "ikke_funnet",
    );
  }
  throw new PrisFeil(
    `${tjeneste.navn} tilbys ikke til kundetypen ${KUNDETYPENAVN[kundetype].toLowerCase()} (${kundetype}) i prismatrisen.`,
    "ikke_funnet",
  );
}

/** The size adjustment factor 1 − a·P/Pref, exact. Errors when it reaches 0 (the price would stop growing). */
export function storrelsesjustering(innbyggere: number, justering: Decimal, referanse: number): Decimal {
  if (!(referanse > 0)) throw new PrisFeil(`Referanseinnbyggertallet må være større enn 0, fikk ${referanse}.`);
  const faktor = new Decimal(1).minus(justering.times(innbyggere).div(referanse));
  if (faktor.lte(0)) {
    throw new PrisFeil(
      `Størrelsesjusteringen ${justering.times(100).toFixed()} % med ${innbyggere} innbyggere og referanse ${referanse} gir en faktor ≤ 0: prisen ville falle. Kontroller referanseinnbyggertallet.`,
    );
  }
  return faktor;
}

/**
 * fastpris + innbyggerpris · P · (1 − a·P/Pref), unrounded, computed as
 * (fastpris·Pref + innbyggerpris·P·(Pref − a·P)) / Pref: every step before the one division is exact, so
 * an exact tie (…,5) stays a tie and half-up rounding equals rounding of the exact rational. (Dividing
 * first, as 1 − a·P/Pref, rounded 2/3 up and turned e.g. 5,5 into 5,4999…: rounded to 5 instead of 6.)
 */
export function modellpris(ledd: Prisledd, innbyggere: number, referanse: number): Decimal {
  const rest = ledd.justering.times(innbyggere).negated().plus(referanse); // Pref − a·P
  if (!(referanse > 0) || rest.lte(0)) storrelsesjustering(innbyggere, ledd.justering, referanse); // throws the error
  return ledd.fastpris.times(referanse).plus(ledd.innbyggerpris.times(innbyggere).times(rest)).div(referanse);
}

/** Exact annual price of a model-1 service (or a fixed price), unrounded. */
export function tjenestepris(matrise: Prismatrise, tjeneste: Matrisetjeneste, innbyggere: number, kundetype: Kundetype): Decimal {
  const regel = prisregel(matrise, tjeneste, kundetype);
  return regel.type === "fast" ? regel.pris : modellpris(regel.ledd, innbyggere, regel.referanse);
}

/** FIKSPRIS: the annual price of a service by name, rounded half-up to `desimaler`. */
export function fiksPris(
  matrise: Prismatrise,
  tjenestenavn: unknown,
  innbyggere: number,
  kundetype: Kundetype,
  desimaler = 0,
): Decimal {
  const tjeneste = finnMatrisetjeneste(matrise, tjenestenavn);
  return rundHalvOpp(tjenestepris(matrise, tjeneste, innbyggere, kundetype), desimaler);
}
