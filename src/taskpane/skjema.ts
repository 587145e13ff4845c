/**
 * The calculator form as the user fills it in (text as typed) and its conversion to the core's
 * Kalkulatorinput. Only argument conversion lives here: every price rule is in src/core, and every number
 * is read by the core's lesTall with the field's named bounds (README: "Regler for tall").
 */
import {
  type Befolkningsar, GRUNNFINANSIERING, type Kalkulatorinput, type Kundetype, MIN_KOMMUNE, type Organisasjon,
  PrisFeil, type Prismatrise, STANDARD_BEFOLKNINGSAR, SVARUT, TALLKRAV, type Tallkrav, type Tjenestevalg,
  gjenkjennTjeneste, lesTall, prisregel, tjenestenavn,
} from "../core";

export interface Skjema {
  modus: "organisasjon" | "manuell";
  organisasjon: Organisasjon | null;
  ar: Befolkningsar;
  /** Population override as typed ("" = the SSB figure). */
  overstyrInnbyggere: string;
  /** Manual entry. */
  kundetype: Kundetype;
  innbyggere: string;
  /** Services used today, by name: ticked + existing price as typed. */
  brukte: Record<string, { valgt: boolean; eksisterende: string }>;
  /** Services to consider. */
  vurder: Record<string, boolean>;
  volum: { altinn: string; forsendelser: string; svarinn: string };
}

export type Volumfelt = keyof Skjema["volum"];
export const VOLUMFELT: readonly { felt: Volumfelt; navn: string }[] = [
  { felt: "altinn", navn: "Altinn-transaksjoner" },
  { felt: "forsendelser", navn: "Forsendelser" },
  { felt: "svarinn", navn: "SvarInn" },
];

export const TOMT_SKJEMA: Skjema = {
  modus: "organisasjon",
  organisasjon: null,
  ar: STANDARD_BEFOLKNINGSAR,
  overstyrInnbyggere: "",
  kundetype: "KOMMUNE",
  innbyggere: "",
  brukte: {},
  vurder: {},
  volum: { altinn: "", forsendelser: "", svarinn: "" },
};

/** Why a service cannot be bought by a kundetype, or null when it can. Min kommune was sold to kommuner only. */
export function ikkeTilbudt(matrise: Prismatrise, navn: string, kundetype: Kundetype): string | null {
  if (navn === MIN_KOMMUNE) return kundetype === "KOMMUNE" ? null : "Min kommune ble bare solgt til kommuner.";
  const gjenkjent = gjenkjennTjeneste(matrise, navn);
  if (gjenkjent.type !== "matrise") return null;
  try {
    prisregel(matrise, gjenkjent.tjeneste, kundetype);
    return null;
  } catch (feil) {
    if (feil instanceof PrisFeil) return feil.message;
    throw feil;
  }
}

const kanKjope = (matrise: Prismatrise, kundetype: Kundetype | null) => (navn: string) =>
  kundetype === null || ikkeTilbudt(matrise, navn, kundetype) === null;

/** Services the customer can tick as used today: the matrix (without grunnfinansiering), SvarUt, then Min kommune. */
export function brukbareTjenester(matrise: Prismatrise, kundetype: Kundetype | null): string[] {
  return [...tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING), MIN_KOMMUNE].filter(kanKjope(matrise, kundetype));
}

/** Services the customer can consider as new: like brukbareTjenester, without the retired Min kommune. */
export function nyeTjenester(matrise: Prismatrise, kundetype: Kundetype | null): string[] {
  return tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING).filter(kanKjope(matrise, kundetype));
}

/**
 * The choice for a service as ticked in the form. Service names come from the matrix, which the user may edit:
 * only the form's own entries count, so a service named «constructor» is never read from Object.prototype.
 */
export function bruktValg(skjema: Skjema, navn: string): { valgt: boolean; eksisterende: string } {
  return Object.hasOwn(skjema.brukte, navn) ? skjema.brukte[navn] : { valgt: false, eksisterende: "" };
}

/** Whether a service is ticked to be considered (own entries only, as in bruktValg). */
export function erVurdert(skjema: Skjema, navn: string): boolean {
  return Object.hasOwn(skjema.vurder, navn) && skjema.vurder[navn] === true;
}

export type Feltfeil = Record<string, string>;

/** A used service the calculator cannot price until a field is corrected (shown as "na." with the field error). */
export interface HoldtUtenfor {
  tjeneste: string;
  /** Considered as new (a "tillegg" line), not used today. */
  vurdert: boolean;
  eksisterende: number | null;
}

/** Why SvarUt shows "na.": its volumes are invalid (the fields say how). */
export const SVARUT_UTENFOR = "Rett antallene for SvarUt: prisen regnes ut når de er gyldige.";

export interface Tolket {
  /** null when nothing can be computed yet (no organisation chosen, invalid population). */
  input: Kalkulatorinput | null;
  feltfeil: Feltfeil;
  /** Population and kundetype in use, for labels and the chart. */
  kundetype: Kundetype | null;
  innbyggere: number | null;
  /** Display name of the customer ("Bodø" or "Egendefinert kunde"). */
  kundenavn: string | null;
  /** SvarUt volumes as read; null when one of them is invalid (SvarUt is then held out). */
  volum: { altinn: number; forsendelser: number; svarinn: number } | null;
  holdtUtenfor: HoldtUtenfor[];
}

export const feltnokkel = {
  innbyggere: "innbyggere",
  overstyr: "overstyr",
  eksisterende: (tjeneste: string) => `eksisterende:${tjeneste}`,
  volum: (felt: Volumfelt) => `volum:${felt}`,
};

/** A number field as typed: "" → null (not given); an error is the core's sentence for forms (`felt`). */
export function lesFelt(tekst: string, krav: Tallkrav): { verdi: number | null; feil: string | null } {
  const svar = lesTall(tekst, krav);
  if (svar.type === "feil") return { verdi: null, feil: svar.felt };
  return { verdi: svar.type === "tall" ? svar.verdi.toNumber() : null, feil: null };
}

function kunde(skjema: Skjema, feltfeil: Feltfeil): Pick<Tolket, "kundetype" | "innbyggere" | "kundenavn"> {
  if (skjema.modus === "manuell") {
    const lest = lesFelt(skjema.innbyggere, TALLKRAV.innbyggere);
    if (lest.feil) feltfeil[feltnokkel.innbyggere] = lest.feil;
    return { kundetype: skjema.kundetype, innbyggere: lest.verdi, kundenavn: "Egendefinert kunde" };
  }
  const org = skjema.organisasjon;
  if (!org) return { kundetype: null, innbyggere: null, kundenavn: null };
  const lest = lesFelt(skjema.overstyrInnbyggere, TALLKRAV.innbyggere);
  if (lest.feil) feltfeil[feltnokkel.overstyr] = lest.feil;
  return { kundetype: org.kundetype, innbyggere: lest.verdi ?? org.innbyggere[skjema.ar], kundenavn: org.navn };
}

/** SvarUt volumes (blank = 0); null when one is invalid, with the field errors. */
function volumer(skjema: Skjema, feltfeil: Feltfeil): Tolket["volum"] {
  const volum = { altinn: 0, forsendelser: 0, svarinn: 0 };
  let gyldig = true;
  for (const { felt } of VOLUMFELT) {
    const lest = lesFelt(skjema.volum[felt], TALLKRAV.volum);
    if (lest.feil) {
      feltfeil[feltnokkel.volum(felt)] = lest.feil;
      gyldig = false;
    } else volum[felt] = lest.verdi ?? 0;
  }
  return gyldig ? volum : null;
}

/** Converts the form to core input. Invalid fields are reported per field and left out of the calculation. */
export function tolkSkjema(skjema: Skjema, matrise: Prismatrise): Tolket {
  const feltfeil: Feltfeil = {};
  const { kundetype, innbyggere, kundenavn } = kunde(skjema, feltfeil);
  const volum = volumer(skjema, feltfeil);
  const holdtUtenfor: HoldtUtenfor[] = [];

  const tjenester: Tjenestevalg[] = [];
  for (const navn of brukbareTjenester(matrise, kundetype)) {
    const valg = bruktValg(skjema, navn);
    if (!valg.valgt) continue;
    const belop = lesFelt(valg.eksisterende, TALLKRAV.belop);
    if (belop.feil) feltfeil[feltnokkel.eksisterende(navn)] = belop.feil;
    if (navn === SVARUT && volum === null) {
      holdtUtenfor.push({ tjeneste: navn, vurdert: false, eksisterende: belop.verdi });
      continue;
    }
    tjenester.push({ tjeneste: navn, eksisterende: belop.verdi, ...(navn === SVARUT ? volum : {}) });
  }
  const vurder: Tjenestevalg[] = [];
  for (const navn of nyeTjenester(matrise, kundetype)) {
    if (!erVurdert(skjema, navn) || bruktValg(skjema, navn).valgt) continue;
    if (navn === SVARUT && volum === null) {
      holdtUtenfor.push({ tjeneste: navn, vurdert: true, eksisterende: null });
      continue;
    }
    vurder.push({ tjeneste: navn, ...(navn === SVARUT ? volum : {}) });
  }

  const input = kundetype !== null && innbyggere !== null ? { kundetype, innbyggere, tjenester, vurder } : null;
  return { input, feltfeil, kundetype, innbyggere, kundenavn, volum, holdtUtenfor };
}
