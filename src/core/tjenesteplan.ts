import { PrisFeil } from "./feil";
import { prisregel } from "./innbyggerpris";
import type { Kunde } from "./kundeliste";
import type { Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Prismatrise } from "./prismatrise";
import { MIN_KOMMUNE, SVARUT } from "./tjenester";
import { tjenestenokkel } from "./tjenestenokkel";

/** A listed service the matrix cannot price for the customer. */
export interface Manglendepris {
  tjeneste: string;
  melding: string;
  /** true: not listed by the user but implied (grunnfinansiering for kommuner and fylkeskommuner). */
  underforstatt: boolean;
}

/** Which lines a customer pays for under a matrix. */
export interface Tjenesteplan {
  /** Indices into `matrise.tjenester`, in matrix order. */
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
 * The services a customer pays for under `matrise` (decisions, see also tolkKundeliste):
 * grunnfinansiering always for KOMMUNE and FYLKESKOMMUNE (when the matrix prices it; otherwise it is reported as
 * an implied missing price); "alle" = every matrix service priced for the kundetype, plus SvarUt when the row has
 * volumes (SvarUt without volumes is left out: its price depends on them); a list = those services (Min kommune has
 * no new price and is skipped). A listed service the matrix does not price for the kundetype is in `ikkePriset`.
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
      // Grunnfinansiering listed explicitly but not priced: the implied entry becomes an explicit one.
      const underforstatt = i === grunn ? ikkePriset.find((m) => m.tjeneste === GRUNNFINANSIERING) : undefined;
      if (underforstatt) underforstatt.underforstatt = false;
      else ikkePriset.push({ tjeneste: navn, melding: mangler, underforstatt: false });
    }
  }
  return { matrise: [...valgt].sort((a, b) => a - b), svarut, ikkePriset };
}
