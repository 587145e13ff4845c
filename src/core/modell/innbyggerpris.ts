import { rundHalvOpp } from "./avrunding";
import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { KUNDETYPENAVN, type Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Matrisetjeneste, type Prisledd, type Prismatrise } from "./prismatrise";
import { finnMatrisetjeneste } from "./tjenester";

/** Hvordan én kundetype betaler for én tjeneste: modell 1, eller en fastpris (statlige). */
export type Prisregel = { type: "modell"; ledd: Prisledd; referanse: number } | { type: "fast"; pris: Decimal };

/** Prisregelen til en tjeneste for en kundetype, eller en feil som nevner begge når den ikke tilbys. */
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

/** Størrelsesfaktoren 1 − a·P/Pref, eksakt. Feil når den er ≤ 0 (innbyggerleddet ville bli null eller negativt). */
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
 * fastpris + innbyggerpris · P · (1 − a·P/Pref), uavrundet, regnet som
 * (fastpris·Pref + innbyggerpris·P·(Pref − a·P)) / Pref: hvert steg før den ene divisjonen er eksakt, så
 * et eksakt midtpunkt (…,5) forblir et midtpunkt, og halvt opp-avrunding er lik avrundingen av det eksakte
 * brøktallet. (Å dele først, som 1 − a·P/Pref, rundet 2/3 opp og gjorde f.eks. 5,5 til 5,4999…: avrundet til 5
 * i stedet for 6.)
 */
export function modellpris(ledd: Prisledd, innbyggere: number, referanse: number): Decimal {
  const rest = ledd.justering.times(innbyggere).negated().plus(referanse); // Pref − a·P
  if (!(referanse > 0) || rest.lte(0)) storrelsesjustering(innbyggere, ledd.justering, referanse); // kaster feilen
  return ledd.fastpris.times(referanse).plus(ledd.innbyggerpris.times(innbyggere).times(rest)).div(referanse);
}

/** Eksakt årspris for en tjeneste i modell 1 (eller en fastpris), uavrundet. */
export function tjenestepris(matrise: Prismatrise, tjeneste: Matrisetjeneste, innbyggere: number, kundetype: Kundetype): Decimal {
  const regel = prisregel(matrise, tjeneste, kundetype);
  return regel.type === "fast" ? regel.pris : modellpris(regel.ledd, innbyggere, regel.referanse);
}

/** FIKSPRIS: årsprisen til en tjeneste etter navn, avrundet halvt opp til `desimaler`. */
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
