import { celleadresse } from "./celleadresse";
import type { Decimal } from "./desimal";
import { type Celleproblem, PrisFeil, TabellFeil } from "./feil";
import { tolkInnbyggere } from "./innbyggere";
import { KUNDETYPENAVN, type Kundetype, tolkKundetype } from "./kundetype";
import { sokenokkel } from "./normaliser";
import { TALLKRAV, lesTall } from "./tallkrav";
import { type Befolkningsar, finnOrganisasjon, ORGANISASJONER, STANDARD_BEFOLKNINGSAR, tolkBefolkningsar } from "./organisasjoner";
import type { Prismatrise } from "./prismatrise";
import { STANDARD_PRISMATRISE } from "./standarddata";
import { type SvarUtVolum, tolkVolum } from "./svarut";
import { type Celler, erTomCelle, erTomRad, finnKolonner, sjekkForm, visCelle } from "./tabell";
import { gjenkjennTjeneste, MIN_KOMMUNE, SVARUT } from "./tjenester";
import { tjenestenokkel } from "./tjenestenokkel";

/** Which services a customer uses: all it can buy, or a list (canonical names; grunnfinansiering is implied). */
export type Tjenesteutvalg = { type: "alle" } | { type: "liste"; navn: string[] };

/** One customer of the effect analysis (one row of the customer table). */
export interface Kunde {
  /** 0-based row in the range (the header is row 0). */
  rad: number;
  navn: string;
  /** Kommunenummer/fylkesnummer when the customer was found in the shipped SSB data. */
  nummer: string | null;
  kundetype: Kundetype;
  innbyggere: number;
  /** The population year when the population came from the shipped data; null when typed in the table. */
  ar: Befolkningsar | null;
  /** Today's total annual price (from last year's invoices); null = not given. */
  prisIDag: Decimal | null;
  tjenester: Tjenesteutvalg;
  /** SvarUt volumes when the row gives any (then "alle" includes SvarUt). */
  svarut: SvarUtVolum | null;
  /** Cell addresses for later messages: the customer cell and the services cell (or the customer cell). */
  celler: { kunde: string; tjenester: string };
}

/** Column headers of the customer table (any order; only the customer column is required). */
export const KUNDEKOLONNER = {
  kunde: ["Kunde", "Navn", "Kundenavn", "Kommune", "Organisasjon", "Nummer", "Kommunenummer"],
  kundetype: ["Kundetype", "Type"],
  innbyggere: ["Innbyggere", "Innbyggertall", "Folkemengde"],
  ar: ["År", "Befolkningsår"],
  prisIDag: ["Pris i dag", "Dagens pris", "Eksisterende pris", "Eksisterende prismodell", "Pris"],
  tjenester: ["Tjenester", "Tjenester i bruk", "Tjeneste"],
  altinn: ["Altinn", "Altinn-transaksjoner"],
  forsendelser: ["Forsendelser"],
  svarinn: ["SvarInn"],
} as const;

type Kolonne = keyof typeof KUNDEKOLONNER;

export interface Kundelistevalg {
  /** Population year for customers looked up in the shipped data, unless the row has its own "År". Default 2024. */
  ar?: Befolkningsar;
  /** Matrix whose service names are recognised in the "Tjenester" column. Default: the published 2025 matrix. */
  matrise?: Prismatrise;
}

/**
 * Parses a customer table exactly as Excel hands it over (or as csvTilCeller gives it): a header row and one row
 * per customer. Columns (recognised by name, any order): Kunde (name or number, required), Kundetype, Innbyggere,
 * År, Pris i dag, Tjenester, Altinn, Forsendelser, SvarInn.
 *
 * Decisions:
 * - A kommune/fylkeskommune found in the shipped SSB data gets its population of `ar` (or the row's "År") when
 *   "Innbyggere" is blank; a typed population overrides the data. A name not in the data is accepted only with
 *   both Kundetype and Innbyggere typed (a hypothetical customer). Blank Kundetype = the type in the data.
 *   Other kundetyper (statlig, IKS …) are never looked up; their blank population is 0.
 * - "Tjenester": "alle" = every service in the matrix priced for the kundetype (SvarUt only when the row gives
 *   volumes), "ingen" = grunnfinansiering only, otherwise names separated by comma, semicolon or line break.
 *   A missing column means "alle" for every row; a blank cell in the column is an error. Grunnfinansiering is
 *   always included for kommuner and fylkeskommuner; Min kommune (retired) is accepted and has no new price.
 * - SvarUt in a list needs at least one volume cell (0 is allowed); volumes without SvarUt in a list are an error.
 * - The same customer twice (same number, or same name and kundetype) is an error.
 * All problems are collected and thrown together as one TabellFeil naming the cells.
 */
export function tolkKundeliste(celler: unknown, valg: Kundelistevalg = {}): Kunde[] {
  const problemer: Celleproblem[] = [];
  if (!sjekkForm(celler, problemer)) throw new TabellFeil("kundeliste", problemer);
  const kol = finnKundekolonner(celler[0], problemer);
  if (problemer.length > 0) throw new TabellFeil("kundeliste", problemer);
  const matrise = valg.matrise ?? STANDARD_PRISMATRISE;
  const standardAr = valg.ar ?? STANDARD_BEFOLKNINGSAR;
  const kunder: Kunde[] = [];
  const sett = new Map<string, string>();

  celler.forEach((rad, r) => {
    if (r === 0 || erTomRad(rad)) return;
    const antall = problemer.length;
    const celle = (k: Kolonne) => (kol[k] >= 0 ? rad[kol[k]] : undefined);
    const adresse = (k: Kolonne) => celleadresse(r, Math.max(kol[k], 0));
    const les = <T>(k: Kolonne, tolk: (v: unknown) => T): T | undefined => {
      try {
        return tolk(celle(k));
      } catch (feil) {
        if (!(feil instanceof PrisFeil)) throw feil;
        problemer.push({ celle: adresse(k), melding: feil.message });
        return undefined;
      }
    };

    const kundecelle = celle("kunde");
    if (erTomCelle(kundecelle)) {
      problemer.push({ celle: adresse("kunde"), melding: "Kunde mangler: skriv navn eller nummer på kunden." });
      return;
    }
    const typeCelle = celle("kundetype");
    const oppgittType = erTomCelle(typeCelle) ? null : les("kundetype", (v) => tolkKundetype(v, "Kundetype"));
    const oppgittInnbyggere = erTomCelle(celle("innbyggere")) ? null : les("innbyggere", (v) => tolkInnbyggere(v, "Innbyggere"));
    const radAr = erTomCelle(celle("ar")) ? standardAr : les("ar", (v) => tolkBefolkningsar(v, "År"));
    const prisIDag = les("prisIDag", tolkPrisIDag);
    const volumer = (["altinn", "forsendelser", "svarinn"] as const).map((k) => les(k, (v) => tolkVolum(v, KUNDEKOLONNER[k][0])));
    const svarut = (["altinn", "forsendelser", "svarinn"] as const).every((k) => erTomCelle(celle(k)))
      ? null
      : { altinn: volumer[0] ?? 0, forsendelser: volumer[1] ?? 0, svarinn: volumer[2] ?? 0 };
    const tjenester = les("tjenester", (v) => (kol.tjenester < 0 ? { type: "alle" as const } : tolkTjenesteutvalg(v, matrise)));
    if (problemer.length > antall || oppgittType === undefined || oppgittInnbyggere === undefined || radAr === undefined) return;
    if (prisIDag === undefined || tjenester === undefined) return;

    const identitet = identifiser(kundecelle, oppgittType, oppgittInnbyggere, radAr);
    if (typeof identitet === "string") {
      const feilcelle = identitet.startsWith("Kundetype") ? adresse("kundetype") : adresse("kunde");
      problemer.push({ celle: feilcelle, melding: identitet });
      return;
    }
    const nokkel = identitet.nummer ?? `${sokenokkel(identitet.navn)}|${identitet.kundetype}`;
    const tidligere = sett.get(nokkel);
    if (tidligere) {
      problemer.push({ celle: adresse("kunde"), melding: `Kunden «${identitet.navn}» står to ganger (også i ${tidligere}).` });
      return;
    }
    sett.set(nokkel, adresse("kunde"));
    const harSvarUt = tjenester.type === "liste" && tjenester.navn.includes(SVARUT);
    if (harSvarUt && !svarut) {
      problemer.push({
        celle: adresse("tjenester"),
        melding: "SvarUt prises etter volum: fyll ut minst én av kolonnene Altinn, Forsendelser og SvarInn (0 er lov).",
      });
      return;
    }
    if (svarut && tjenester.type === "liste" && !harSvarUt) {
      problemer.push({ celle: adresse("tjenester"), melding: "Raden har SvarUt-volumer, men SvarUt står ikke i tjenestelisten." });
      return;
    }
    kunder.push({
      rad: r,
      ...identitet,
      prisIDag,
      tjenester,
      svarut,
      celler: { kunde: adresse("kunde"), tjenester: kol.tjenester >= 0 ? adresse("tjenester") : adresse("kunde") },
    });
  });
  if (kunder.length === 0 && problemer.length === 0) problemer.push({ celle: "", melding: "Kundelisten har ingen kunder under overskriftsraden." });
  if (problemer.length > 0) throw new TabellFeil("kundeliste", problemer);
  return kunder;
}

function finnKundekolonner(overskrift: readonly unknown[], problemer: Celleproblem[]): Record<Kolonne, number> {
  const kol = finnKolonner(overskrift, { kunde: KUNDEKOLONNER.kunde }, problemer) as Record<Kolonne, number>;
  const nokler = overskrift.map((c) => (typeof c === "string" ? sokenokkel(c) : ""));
  for (const [k, navn] of Object.entries(KUNDEKOLONNER) as [Kolonne, readonly string[]][]) {
    if (k === "kunde") continue;
    kol[k] = nokler.findIndex((n) => navn.some((alternativ) => sokenokkel(alternativ) === n));
  }
  return kol;
}

type Identitet = Pick<Kunde, "navn" | "nummer" | "kundetype" | "innbyggere" | "ar">;

/** Resolves name/number, kundetype and population; a string is the problem (Norwegian). */
function identifiser(kunde: unknown, type: Kundetype | null, innbyggere: number | null, ar: Befolkningsar): Identitet | string {
  const tekst = String(kunde).trim();
  if (type !== null && type !== "KOMMUNE" && type !== "FYLKESKOMMUNE") {
    return { navn: tekst, nummer: null, kundetype: type, innbyggere: innbyggere ?? 0, ar: null };
  }
  let org;
  try {
    org = finnOrganisasjon(kunde);
  } catch (feil) {
    if (!(feil instanceof PrisFeil)) throw feil;
    if (type !== null && innbyggere !== null) return { navn: tekst, nummer: null, kundetype: type, innbyggere, ar: null };
    return `${feil.message} En kunde som ikke finnes i SSB-dataene trenger både Kundetype og Innbyggere.`;
  }
  if (type !== null && type !== org.kundetype) {
    return `Kundetype ${type} passer ikke: ${org.navn} (${org.nummer}) er ${KUNDETYPENAVN[org.kundetype].toLowerCase()} i SSB-dataene.`;
  }
  return {
    navn: org.navn,
    nummer: org.nummer,
    kundetype: org.kundetype,
    innbyggere: innbyggere ?? org.innbyggere[ar],
    ar: innbyggere === null ? ar : null,
  };
}

function tolkPrisIDag(verdi: unknown): Decimal | null {
  const tall = lesTall(verdi, TALLKRAV.belop);
  if (tall.type === "feil") throw new PrisFeil(`Pris i dag ${tall.melding}.`);
  return tall.type === "tall" ? tall.verdi : null;
}

/** "alle", "ingen" or a list of service names separated by comma, semicolon or line break. */
export function tolkTjenesteutvalg(verdi: unknown, matrise: Prismatrise = STANDARD_PRISMATRISE): Tjenesteutvalg {
  if (typeof verdi !== "string" || verdi.trim() === "") {
    throw new PrisFeil(`Tjenester mangler: skriv «alle», «ingen» eller tjenestene kunden bruker, skilt med komma, fikk ${visCelle(verdi ?? "")}.`);
  }
  const nokkel = sokenokkel(verdi);
  if (nokkel === "alle") return { type: "alle" };
  if (nokkel === "ingen") return { type: "liste", navn: [] };
  const navn: string[] = [];
  for (const del of verdi.split(/[,;\n]/).map((d) => d.trim()).filter((d) => d !== "")) {
    const gjenkjent = gjenkjennTjeneste(matrise, del, "Tjenester");
    const kanonisk = gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : gjenkjent.type === "svarut" ? SVARUT : MIN_KOMMUNE;
    if (navn.some((n) => tjenestenokkel(n) === tjenestenokkel(kanonisk))) {
      throw new PrisFeil(`Tjenesten «${kanonisk}» står to ganger i listen.`);
    }
    navn.push(kanonisk);
  }
  return { type: "liste", navn };
}

/**
 * The default customer set: every kommune and fylkeskommune in the shipped SSB data (357 + 14 = 371 in 2024),
 * population of `ar`, all services, no price today (the effect is then measured against the starting matrix).
 */
export function alleKunder(ar: Befolkningsar = STANDARD_BEFOLKNINGSAR): Kunde[] {
  return ORGANISASJONER.map((org, i) => ({
    rad: i + 1,
    navn: org.navn,
    nummer: org.nummer,
    kundetype: org.kundetype,
    innbyggere: org.innbyggere[ar],
    ar,
    prisIDag: null,
    tjenester: { type: "alle" },
    svarut: null,
    celler: { kunde: celleadresse(i + 1, 0), tjenester: celleadresse(i + 1, 0) },
  }));
}

/** Convenience for the faces: a customer table or the word "alle"/blank → customers. */
export function kunderFra(celler: unknown, valg: Kundelistevalg = {}): Kunde[] {
  if (celler === undefined || celler === null || (typeof celler === "string" && ["", "alle"].includes(sokenokkel(celler)))) {
    return alleKunder(valg.ar);
  }
  return tolkKundeliste(celler as Celler, valg);
}
