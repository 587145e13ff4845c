/**
 * Kalkulatorskjemaet slik brukeren fyller det ut (tekst slik den er skrevet) og omformingen til kjernens
 * Kalkulatorinput. Bare omforming her: hver prisregel er i src/core, og hvert tall leses av kjernens lesTall med
 * feltets navngitte grenser («Regler for tall»).
 */
import {
  type Befolkningsar, type Folketall, GRUNNFINANSIERING, type Kalkulatorinput, type Kundegrunnlag, type Kundetype, MIN_KOMMUNE, type Organisasjon,
  PrisFeil, type Prismatrise, SISTE_BEFOLKNINGSAR, SVARUT, TALLKRAV, type Tallkrav, type Tjenestevalg,
  gjenkjennTjeneste, lesTall, medFolketall, oppgittGrunnlag, organisasjonsgrunnlag, prisregel, tjenestenavn,
} from "../../core";

export interface Skjema {
  modus: "organisasjon" | "manuell";
  organisasjon: Organisasjon | null;
  ar: Befolkningsar;
  /** En innlest folketallsfil («Les inn folketall»): årene kommer i årslisten, og filens tall vinner for sine år. */
  folketall: Folketall | null;
  /** Overstyrt innbyggertall slik det er skrevet ("" = SSB-tallet). */
  overstyrInnbyggere: string;
  /** Oppgitt for hånd. */
  kundetype: Kundetype;
  innbyggere: string;
  /** Tjenester i bruk i dag, etter navn: krysset av + dagens pris slik den er skrevet. */
  brukte: Record<string, { valgt: boolean; eksisterende: string }>;
  /** Tjenester å vurdere. */
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
  // Det siste befolkningsåret som følger med (i dag 1.1.2026); KS' publiserte tabell for 2025 er 1.1.2024, ett klikk unna.
  ar: SISTE_BEFOLKNINGSAR,
  folketall: null,
  overstyrInnbyggere: "",
  kundetype: "KOMMUNE",
  innbyggere: "",
  brukte: {},
  vurder: {},
  volum: { altinn: "", forsendelser: "", svarinn: "" },
};

/** Hvorfor en kundetype ikke kan kjøpe en tjeneste, eller null når den kan. Min kommune ble bare solgt til kommuner. */
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

/** Tjenester kunden kan krysse av som i bruk i dag: matrisen (uten grunnfinansiering), SvarUt, så Min kommune. */
export function brukbareTjenester(matrise: Prismatrise, kundetype: Kundetype | null): string[] {
  return [...tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING), MIN_KOMMUNE].filter(kanKjope(matrise, kundetype));
}

/** Tjenester kunden kan vurdere som nye: som brukbareTjenester, uten den utgåtte Min kommune. */
export function nyeTjenester(matrise: Prismatrise, kundetype: Kundetype | null): string[] {
  return tjenestenavn(matrise).filter((n) => n !== GRUNNFINANSIERING).filter(kanKjope(matrise, kundetype));
}

/**
 * Valget for en tjeneste slik det er krysset av i skjemaet. Tjenestenavnene kommer fra matrisen, som brukeren kan
 * endre: bare skjemaets egne oppføringer teller, så en tjeneste som heter «constructor» aldri leses fra Object.prototype.
 */
export function bruktValg(skjema: Skjema, navn: string): { valgt: boolean; eksisterende: string } {
  return Object.hasOwn(skjema.brukte, navn) ? skjema.brukte[navn] : { valgt: false, eksisterende: "" };
}

/** Om en tjeneste er krysset av for å vurderes (bare egne oppføringer, som i bruktValg). */
export function erVurdert(skjema: Skjema, navn: string): boolean {
  return Object.hasOwn(skjema.vurder, navn) && skjema.vurder[navn] === true;
}

/** Organisasjonen med innbyggertallene skjemaet regner med: de medfølgende, med en innlest fils år lagt til. */
export function medSkjemaetsFolketall(org: Organisasjon, skjema: Skjema): Organisasjon {
  return skjema.folketall ? { ...org, innbyggere: medFolketall(org.innbyggere, org.nummer, skjema.folketall) } : org;
}

export type Feltfeil = Record<string, string>;

/** En tjeneste kalkulatoren ikke kan prise før et felt er rettet (vist som «na.» med feilen i feltet). */
export interface HoldtUtenfor {
  tjeneste: string;
  /** Vurdert som ny (en «tillegg»-linje), ikke i bruk i dag. */
  vurdert: boolean;
  eksisterende: number | null;
}

/** Hvorfor SvarUt viser «na.»: antallene er ugyldige (feltene sier hvordan). */
export const SVARUT_UTENFOR = "Rett antallene for SvarUt: prisen regnes ut når de er gyldige.";

export interface Tolket {
  /** null når ingenting kan regnes ut ennå (ingen organisasjon valgt, ugyldig innbyggertall). */
  input: Kalkulatorinput | null;
  feltfeil: Feltfeil;
  /** Innbyggertallet og kundetypen i bruk, for etiketter og grafen. */
  kundetype: Kundetype | null;
  innbyggere: number | null;
  /** Kundens visningsnavn («Bodø» eller «Egendefinert kunde»). */
  kundenavn: string | null;
  /** Kunden med innbyggertallet og hvor det kommer fra (SSB, overstyrt, oppgitt); null som `input`. */
  grunnlag: Kundegrunnlag | null;
  /** SvarUts antall slik de er lest; null når ett av dem er ugyldig (da holdes SvarUt utenfor). */
  volum: { altinn: number; forsendelser: number; svarinn: number } | null;
  holdtUtenfor: HoldtUtenfor[];
}

export const feltnokkel = {
  innbyggere: "innbyggere",
  overstyr: "overstyr",
  eksisterende: (tjeneste: string) => `eksisterende:${tjeneste}`,
  volum: (felt: Volumfelt) => `volum:${felt}`,
};

/** Et tallfelt slik det er skrevet: "" → null (ikke oppgitt); en feil er kjernens setning for skjemaer (`felt`). */
export function lesFelt(tekst: string, krav: Tallkrav): { verdi: number | null; feil: string | null } {
  const svar = lesTall(tekst, krav);
  if (svar.type === "feil") return { verdi: null, feil: svar.felt };
  return { verdi: svar.type === "tall" ? svar.verdi.toNumber() : null, feil: null };
}

function kunde(skjema: Skjema, feltfeil: Feltfeil): Pick<Tolket, "kundetype" | "innbyggere" | "kundenavn" | "grunnlag"> {
  if (skjema.modus === "manuell") {
    const lest = lesFelt(skjema.innbyggere, TALLKRAV.innbyggere);
    if (lest.feil) feltfeil[feltnokkel.innbyggere] = lest.feil;
    const grunnlag = lest.verdi === null ? null : oppgittGrunnlag(skjema.kundetype, lest.verdi);
    return { kundetype: skjema.kundetype, innbyggere: lest.verdi, kundenavn: "Egendefinert kunde", grunnlag };
  }
  const org = skjema.organisasjon && medSkjemaetsFolketall(skjema.organisasjon, skjema);
  if (!org) return { kundetype: null, innbyggere: null, kundenavn: null, grunnlag: null };
  const lest = lesFelt(skjema.overstyrInnbyggere, TALLKRAV.innbyggere);
  if (lest.feil) feltfeil[feltnokkel.overstyr] = lest.feil;
  // Et ugyldig overstyrt tall holdes utenfor: SSBs tall brukes (og merkes slik) til feltet er rettet.
  const grunnlag = organisasjonsgrunnlag(org, skjema.ar, lest.verdi);
  return { kundetype: org.kundetype, innbyggere: grunnlag.innbyggere, kundenavn: org.navn, grunnlag };
}

/** SvarUts antall (tomt = 0); null når ett er ugyldig, med feilene i feltene. */
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

/** Gjør skjemaet om til kjernens inndata. Ugyldige felt meldes per felt og holdes utenfor beregningen. */
export function tolkSkjema(skjema: Skjema, matrise: Prismatrise): Tolket {
  const feltfeil: Feltfeil = {};
  const { kundetype, innbyggere, kundenavn, grunnlag } = kunde(skjema, feltfeil);
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
  return { input, feltfeil, kundetype, innbyggere, kundenavn, grunnlag, volum, holdtUtenfor };
}
