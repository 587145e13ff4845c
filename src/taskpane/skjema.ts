/**
 * The calculator form as the user fills it in (text as typed) and its conversion to the core's
 * Kalkulatorinput. Only argument conversion lives here: every price rule is in src/core.
 */
import {
  type Befolkningsar, GRUNNFINANSIERING, type Kalkulatorinput, type Kundetype, MIN_KOMMUNE, type Organisasjon,
  PrisFeil, type Prismatrise, STANDARD_BEFOLKNINGSAR, SVARUT, type Tjenestevalg, gjenkjennTjeneste, prisregel,
  tjenestenavn, TALLKRAV, lesTall, tolkInnbyggere, tolkVolum,
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

/** Services a customer can tick as used today: the matrix (without grunnfinansiering), SvarUt, then Min kommune. */
export function brukbareTjenester(matrise: Prismatrise): string[] {
  return [...tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING), MIN_KOMMUNE];
}

/** Services that can be considered as new: like brukbareTjenester, without the retired Min kommune. */
export function nyeTjenester(matrise: Prismatrise): string[] {
  return tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING);
}

/** Why a service cannot be bought by a kundetype (the core's own message), or null when it can. */
export function ikkeTilbudt(matrise: Prismatrise, navn: string, kundetype: Kundetype): string | null {
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

export interface Tolket {
  /** null when nothing can be computed yet (no organisation chosen, invalid population). */
  input: Kalkulatorinput | null;
  feltfeil: Feltfeil;
  /** Population and kundetype in use, for labels and the chart. */
  kundetype: Kundetype | null;
  innbyggere: number | null;
  /** Display name of the customer ("Bodø" or "Egendefinert kunde"). */
  kundenavn: string | null;
  /** SvarUt volumes as parsed (invalid → 0, with a field error). */
  volum: { altinn: number; forsendelser: number; svarinn: number };
}

export const feltnokkel = {
  innbyggere: "innbyggere",
  overstyr: "overstyr",
  eksisterende: (tjeneste: string) => `eksisterende:${tjeneste}`,
  volum: (felt: keyof Skjema["volum"]) => `volum:${felt}`,
};

/** Existing price as typed: "41 000", "41 000 kr", "41000,50". "" = not given. */
export function tolkBelop(tekst: string): { verdi: number | null; feil: string | null } {
  if (tekst.trim() === "") return { verdi: null, feil: null };
  const tall = lesTall(tekst, TALLKRAV.belop);
  if (tall.type === "feil") return { verdi: null, feil: tall.felt };
  return { verdi: tall.type === "tall" ? tall.verdi.toNumber() : null, feil: null };
}

function feilmelding(feil: unknown): string {
  if (feil instanceof PrisFeil) return feil.message;
  throw feil;
}

/** Converts the form to core input. Invalid fields are reported per field and left out of the calculation. */
export function tolkSkjema(skjema: Skjema, matrise: Prismatrise): Tolket {
  const feltfeil: Feltfeil = {};
  let kundetype: Kundetype | null = null;
  let innbyggere: number | null = null;
  let kundenavn: string | null = null;

  if (skjema.modus === "organisasjon") {
    if (skjema.organisasjon) {
      kundetype = skjema.organisasjon.kundetype;
      kundenavn = skjema.organisasjon.navn;
      innbyggere = skjema.organisasjon.innbyggere[skjema.ar];
      if (skjema.overstyrInnbyggere.trim() !== "") {
        try {
          innbyggere = tolkInnbyggere(skjema.overstyrInnbyggere, "Overstyr innbyggertall");
        } catch (feil) {
          feltfeil[feltnokkel.overstyr] = feilmelding(feil);
        }
      }
    }
  } else {
    kundetype = skjema.kundetype;
    kundenavn = "Egendefinert kunde";
    if (skjema.innbyggere.trim() !== "") {
      try {
        innbyggere = tolkInnbyggere(skjema.innbyggere, "Innbyggere");
      } catch (feil) {
        feltfeil[feltnokkel.innbyggere] = feilmelding(feil);
      }
    }
  }

  const volum = { altinn: 0, forsendelser: 0, svarinn: 0 };
  const volumnavn = { altinn: "Altinn-transaksjoner", forsendelser: "Forsendelser", svarinn: "SvarInn" } as const;
  for (const felt of ["altinn", "forsendelser", "svarinn"] as const) {
    try {
      volum[felt] = tolkVolum(skjema.volum[felt], volumnavn[felt]);
    } catch (feil) {
      feltfeil[feltnokkel.volum(felt)] = feilmelding(feil);
      volum[felt] = 0;
    }
  }

  const tjenester: Tjenestevalg[] = [];
  const vurder: Tjenestevalg[] = [];
  for (const navn of brukbareTjenester(matrise)) {
    const valg = bruktValg(skjema, navn);
    if (!valg.valgt || (kundetype && ikkeTilbudt(matrise, navn, kundetype))) continue;
    const belop = tolkBelop(valg.eksisterende);
    if (belop.feil) feltfeil[feltnokkel.eksisterende(navn)] = belop.feil;
    tjenester.push({ tjeneste: navn, eksisterende: belop.verdi, ...(navn === SVARUT ? volum : {}) });
  }
  for (const navn of nyeTjenester(matrise)) {
    if (!erVurdert(skjema, navn) || bruktValg(skjema, navn).valgt || (kundetype && ikkeTilbudt(matrise, navn, kundetype))) continue;
    vurder.push({ tjeneste: navn, ...(navn === SVARUT ? volum : {}) });
  }

  const input = kundetype !== null && innbyggere !== null ? { kundetype, innbyggere, tjenester, vurder } : null;
  return { input, feltfeil, kundetype, innbyggere, kundenavn, volum };
}
