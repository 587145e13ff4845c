import { celleadresse } from "../innlesing/celleadresse";
import type { Decimal } from "../modell/desimal";
import { type Celleproblem, PrisFeil, TabellFeil } from "../modell/feil";
import { tolkInnbyggere } from "../modell/innbyggere";
import { KUNDETYPENAVN, type Kundetype, tolkKundetype } from "../modell/kundetype";
import { sokenokkel } from "../innlesing/normaliser";
import { TALLKRAV, lesTall } from "../innlesing/tallkrav";
import { type Folketall, medFolketall } from "../innlesing/folketallsfil";
import { type Befolkningsar, finnOrganisasjon, ORGANISASJONER, STANDARD_BEFOLKNINGSAR, tolkBefolkningsar } from "../modell/organisasjoner";
import type { Prismatrise } from "../modell/prismatrise";
import { STANDARD_PRISMATRISE } from "../modell/standarddata";
import { type SvarUtVolum, tolkVolum } from "../modell/svarut";
import { type Celler, erTomCelle, erTomRad, finnKolonner, sjekkForm, visCelle } from "../innlesing/tabell";
import { gjenkjennTjeneste, MIN_KOMMUNE, SVARUT } from "../modell/tjenester";
import { tjenestenokkel } from "../modell/tjenestenokkel";

/** Hvilke tjenester en kunde bruker: alle den kan kjøpe, eller en liste (kanoniske navn; grunnfinansiering er underforstått). */
export type Tjenesteutvalg = { type: "alle" } | { type: "liste"; navn: string[] };

/** Én kunde i effektanalysen (én rad i kundetabellen). */
export interface Kunde {
  /** 0-basert rad i området (overskriften er rad 0). */
  rad: number;
  navn: string;
  /** Kommunenummer/fylkesnummer når kunden ble funnet i de medfølgende SSB-dataene. */
  nummer: string | null;
  kundetype: Kundetype;
  innbyggere: number;
  /** Befolkningsåret når innbyggertallet kom fra de medfølgende dataene; null når det er skrevet i tabellen. */
  ar: Befolkningsar | null;
  /** Dagens samlede årspris (fra fjorårets fakturaer); null = ikke oppgitt. */
  prisIDag: Decimal | null;
  tjenester: Tjenesteutvalg;
  /** SvarUt-volumer når raden har noen (da tar "alle" med SvarUt). */
  svarut: SvarUtVolum | null;
  /** Celleadresser til senere meldinger: kundecellen og tjenestecellen (eller kundecellen). */
  celler: { kunde: string; tjenester: string };
}

/** Kolonneoverskriftene i kundetabellen (vilkårlig rekkefølge; bare kundekolonnen er påkrevd). */
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
  /** Befolkningsåret for kunder som slås opp i de medfølgende dataene, med mindre raden har sin egen "År". Standard 2024. */
  ar?: Befolkningsar;
  /** Matrisen med tjenestenavnene som gjenkjennes i kolonnen "Tjenester". Standard: den publiserte matrisen for 2025. */
  matrise?: Prismatrise;
  /** En folketallsfil (--innbyggerfil): filens år kan brukes som befolkningsår, og filens tall vinner for sine år. */
  folketall?: Folketall | null;
}

/**
 * Tolker en kundetabell nøyaktig slik Excel gir den (eller slik csvTilCeller gir den): en overskriftsrad og én rad
 * per kunde. Kolonner (gjenkjent etter navn, vilkårlig rekkefølge): Kunde (navn eller nummer, påkrevd), Kundetype,
 * Innbyggere, År, Pris i dag, Tjenester, Altinn, Forsendelser, SvarInn.
 *
 * Beslutninger:
 * - En kommune/fylkeskommune som finnes i de medfølgende SSB-dataene, får innbyggertallet for `ar` (eller radens
 *   "År") når "Innbyggere" er tom; et oppgitt innbyggertall går foran dataene. Et navn som ikke er i dataene,
 *   godtas bare med både Kundetype og Innbyggere oppgitt (en tenkt kunde). Tom Kundetype = typen i dataene.
 *   Andre kundetyper (statlig, IKS …) slås aldri opp; tomt innbyggertall er 0 for dem.
 * - "Tjenester": "alle" = hver tjeneste i matrisen som er priset for kundetypen (SvarUt bare når raden har
 *   volumer), "ingen" = bare grunnfinansiering, ellers navn skilt med komma, semikolon eller linjeskift.
 *   En kolonne som mangler betyr "alle" for hver rad; en tom celle i kolonnen er en feil. Grunnfinansiering er
 *   alltid med for kommuner og fylkeskommuner; Min kommune (avviklet) godtas og har ingen ny pris.
 * - SvarUt i en liste krever minst én volumcelle (0 er tillatt); volumer uten SvarUt i en liste er en feil.
 * - Samme kunde to ganger (samme nummer, eller samme navn og kundetype) er en feil.
 * Alle problemene samles og kastes samlet som én TabellFeil som nevner cellene.
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
    const radAr = erTomCelle(celle("ar")) ? standardAr : les("ar", (v) => tolkBefolkningsar(v, "År", valg.folketall?.ar));
    const prisIDag = les("prisIDag", tolkPrisIDag);
    const volumer = (["altinn", "forsendelser", "svarinn"] as const).map((k) => les(k, (v) => tolkVolum(v, KUNDEKOLONNER[k][0])));
    const svarut = (["altinn", "forsendelser", "svarinn"] as const).every((k) => erTomCelle(celle(k)))
      ? null
      : { altinn: volumer[0] ?? 0, forsendelser: volumer[1] ?? 0, svarinn: volumer[2] ?? 0 };
    const tjenester = les("tjenester", (v) => (kol.tjenester < 0 ? { type: "alle" as const } : tolkTjenesteutvalg(v, matrise)));
    if (problemer.length > antall || oppgittType === undefined || oppgittInnbyggere === undefined || radAr === undefined) return;
    if (prisIDag === undefined || tjenester === undefined) return;

    const identitet = identifiser(kundecelle, oppgittType, oppgittInnbyggere, radAr, valg.folketall ?? null);
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

/** Finner navn/nummer, kundetype og innbyggertall; en streng er problemet (norsk). */
function identifiser(
  kunde: unknown, type: Kundetype | null, innbyggere: number | null, ar: Befolkningsar, folketall: Folketall | null,
): Identitet | string {
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
    innbyggere: innbyggere ?? medFolketall(org.innbyggere, org.nummer, folketall)[ar],
    ar: innbyggere === null ? ar : null,
  };
}

function tolkPrisIDag(verdi: unknown): Decimal | null {
  const tall = lesTall(verdi, TALLKRAV.belop);
  if (tall.type === "feil") throw new PrisFeil(`Pris i dag ${tall.melding}.`);
  return tall.type === "tall" ? tall.verdi : null;
}

/** "alle", "ingen" eller en liste med tjenestenavn skilt med komma, semikolon eller linjeskift. */
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
 * Standardkundene: hver kommune og fylkeskommune i de medfølgende SSB-dataene (357 + 14 = 371 i 2024),
 * innbyggertall for `ar`, alle tjenester, ingen pris i dag (virkningen måles da mot startmatrisen).
 */
export function alleKunder(ar: Befolkningsar = STANDARD_BEFOLKNINGSAR, folketall: Folketall | null = null): Kunde[] {
  return ORGANISASJONER.map((org, i) => ({
    rad: i + 1,
    navn: org.navn,
    nummer: org.nummer,
    kundetype: org.kundetype,
    innbyggere: medFolketall(org.innbyggere, org.nummer, folketall)[ar],
    ar,
    prisIDag: null,
    tjenester: { type: "alle" },
    svarut: null,
    celler: { kunde: celleadresse(i + 1, 0), tjenester: celleadresse(i + 1, 0) },
  }));
}

/** Snarvei for flatene: en kundetabell eller ordet "alle"/tomt → kunder. */
export function kunderFra(celler: unknown, valg: Kundelistevalg = {}): Kunde[] {
  if (celler === undefined || celler === null || (typeof celler === "string" && ["", "alle"].includes(sokenokkel(celler)))) {
    return alleKunder(valg.ar, valg.folketall ?? null);
  }
  return tolkKundeliste(celler as Celler, valg);
}
