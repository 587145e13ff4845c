import { PrisFeil } from "./feil";
import { prisregel } from "./innbyggerpris";
import type { Kunde } from "../okonomi/kundeliste";
import type { Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Prismatrise } from "./prismatrise";
import { MIN_KOMMUNE, SVARUT } from "./tjenester";
import { tjenestenokkel } from "./tjenestenokkel";

/** En oppført tjeneste matrisen ikke kan prise for kunden. */
export interface Manglendepris {
  tjeneste: string;
  melding: string;
  /** true: ikke oppført av brukeren, men underforstått (grunnfinansiering for kommuner og fylkeskommuner). */
  underforstatt: boolean;
}

/** Hvilke linjer en kunde betaler for med en matrise. */
export interface Tjenesteplan {
  /** Indekser i `matrise.tjenester`, i matrisens rekkefølge. */
  matrise: number[];
  svarut: boolean;
  ikkePriset: Manglendepris[];
}

function harPris(matrise: Prismatrise, i: number, kundetype: Kundetype): string | null {
  try {
    prisregel(matrise, matrise.tjenester[i], kundetype);
    return null;
  } catch (feil) {
    if (feil instanceof PrisFeil) return feil.message;
    throw feil;
  }
}

/**
 * Tjenestene en kunde betaler for med `matrise` (beslutninger, se også tolkKundeliste):
 * grunnfinansiering alltid for KOMMUNE og FYLKESKOMMUNE (når matrisen priser den; ellers rapporteres den som en
 * underforstått manglende pris); "alle" = hver matrisetjeneste som er priset for kundetypen, pluss SvarUt når raden
 * har volumer (SvarUt uten volumer utelates: prisen avhenger av dem); en liste = de tjenestene (Min kommune har
 * ingen ny pris og hoppes over). En oppført tjeneste matrisen ikke priser for kundetypen, står i `ikkePriset`.
 */
export function tjenesteplan(kunde: Kunde, matrise: Prismatrise): Tjenesteplan {
  const valgt = new Set<number>();
  const ikkePriset: Manglendepris[] = [];
  const grunn = matrise.tjenester.findIndex((t) => tjenestenokkel(t.navn) === tjenestenokkel(GRUNNFINANSIERING));
  if (grunn >= 0 && (kunde.kundetype === "KOMMUNE" || kunde.kundetype === "FYLKESKOMMUNE")) {
    const mangler = harPris(matrise, grunn, kunde.kundetype);
    if (mangler) ikkePriset.push({ tjeneste: GRUNNFINANSIERING, melding: mangler, underforstatt: true });
    else valgt.add(grunn);
  }
  let svarut = false;
  if (kunde.tjenester.type === "alle") {
    matrise.tjenester.forEach((_, i) => {
      if (harPris(matrise, i, kunde.kundetype) === null) valgt.add(i);
    });
    svarut = kunde.svarut !== null;
  } else {
    for (const navn of kunde.tjenester.navn) {
      if (navn === SVARUT) {
        svarut = true;
        continue;
      }
      if (navn === MIN_KOMMUNE) continue;
      const i = matrise.tjenester.findIndex((t) => tjenestenokkel(t.navn) === tjenestenokkel(navn));
      const mangler = i < 0 ? `${navn} finnes ikke i prismatrisen.` : harPris(matrise, i, kunde.kundetype);
      if (!mangler) {
        valgt.add(i);
        continue;
      }
      // Grunnfinansiering oppført uttrykkelig, men ikke priset: den underforståtte oppføringen blir en uttrykkelig.
      const underforstatt = i === grunn ? ikkePriset.find((m) => m.tjeneste === GRUNNFINANSIERING) : undefined;
      if (underforstatt) underforstatt.underforstatt = false;
      else ikkePriset.push({ tjeneste: navn, melding: mangler, underforstatt: false });
    }
  }
  return { matrise: [...valgt].sort((a, b) => a - b), svarut, ikkePriset };
}
