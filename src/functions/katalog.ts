/**
 * KS-funksjonene i én tabell (som HyperFormulas funksjonsplugins): id og visningsnavn, norsk beskrivelse,
 * parametere med argumenttype, resultatform og en liten ren funksjon som regner med rene verdier.
 * Tabellen driver argumentkonverteringen (kjoring.ts), metadataen Excel leser og hjelpesiden (metadata.ts),
 * HyperFormula-testene og de fiendtlige testene. Alle prisregler ligger i src/core.
 */
import {
  beregnEffekt, celleadresse, digifinAvgift, digifinTabellTilCeller, fiksTotal, finnOrganisasjon, kunderFra, lagBandsett,
  MEDLEMSKAPSSATSER, PrisFeil, prisendringAndel, prismatriseTilCeller, rundHalvOpp, selvkostpris, STANDARD_DIGIFIN,
  STANDARD_PRISMATRISE, STANDARD_SVARUT, storrelsesjustering, svarUtPris, svarUtTabellTilCeller, tjenesteinntekt,
  tolkBandgrenser,
} from "../core";
import { arsbelopIAr, arsprisIAr, framskrevetInnbyggertall, justertPris, kvartalsbelop, medFolketall, planinnbyggertall, tolkBefolkningsar } from "../core";
import { ikkeTommeCeller, tilBetalere, tilCeller } from "./argumenter";
import type { Argumenttypenavn, Argumentverdi } from "./argumenttyper";
import { bandtabellceller } from "./effektceller";
import { med } from "./med";
import { prisfunksjon } from "./tabeller";

export interface Parameter {
  readonly navn: string;
  readonly type: Argumenttypenavn;
  readonly beskrivelse: string;
  readonly valgfri?: boolean;
}

/** Resultatet: ett tall, en tabell som sprer seg (any[][]) eller en kolonne med tekst. */
export type Resultat = "tall" | "tabell" | "tekstkolonne";

type Argumenter<P extends readonly Parameter[]> = { [K in P[number] as K["navn"]]: Argumentverdi<K["type"]> };

export interface Funksjonsdefinisjon<P extends readonly Parameter[] = readonly Parameter[]> {
  /** ASCII-id (Excel krever [A-Za-z0-9._]); også navnet i engelsk Excel. */
  readonly id: string;
  /** Norsk visningsnavn når det skiller seg fra id-en (STØRRELSESJUSTERING). */
  readonly navn?: string;
  readonly beskrivelse: string;
  readonly parametre: P;
  readonly resultat: Resultat;
  /**
   * For HyperFormula-testene: fast størrelse [bredde, høyde] for et resultat som avhenger av argumentene
   * (HyperFormula må kjenne størrelsen før beregningen; Excel sprer dynamisk).
   */
  readonly reservert?: readonly [number, number];
  readonly kjor: (a: Argumenter<P>) => unknown;
}

/** Gir TypeScript parameternavnene og -typene, så `kjor` får rene, typede argumenter. */
function definer<const P extends readonly Parameter[]>(d: Funksjonsdefinisjon<P>): Funksjonsdefinisjon {
  return d as unknown as Funksjonsdefinisjon;
}

const MATRISEBESKRIVELSE = "Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.";
const KUNDETYPE = "Kundetype (standard KOMMUNE).";
const FOLKETALL = {
  navn: "folketall", type: "folketall", valgfri: true,
  beskrivelse: "Område med SSBs folketall for senere år (overskrift «kommunenummer; …; innbyggere_2027» eller Statistikkbankens «region; 2027»). Utelatt: årene som følger med.",
} as const;
const ORGANISASJON = { navn: "organisasjon", type: "tekst", beskrivelse: "Navn eller nummer, f.eks. \"Bodø\", \"1804\" eller \"Vestland\"." } as const;
const INNBYGGERE = "Innbyggertall (heltall ≥ 0).";

// Budsjettfunksjonene.
const PLANINNBYGGERE = "Innbyggertallet i planens første år (heltall ≥ 0), f.eks. fra KS.INNBYGGERE.";
const AR_NR = "År etter planens første år: 0 for første år, 1 for året etter og så videre (0–9).";
const ARSPRIS_OG_AR = [
  { navn: "arspris", type: "arspris", beskrivelse: "Årsprisen i hele kroner, f.eks. fra KS.ÅRSPRIS." },
  { navn: "ar", type: "budsjettar", beskrivelse: "Budsjettåret, f.eks. 2027." },
] as const;
const FORSTE_AR = {
  navn: "forste_ar", type: "forsteAr", valgfri: true,
  beskrivelse: "Planens første år, f.eks. 2027: prisene justeres fra prismatrisens prisår (2025) til året. Utelatt: planen starter i prisåret.",
} as const;
const OPPSTART = { navn: "oppstart", type: "oppstart", valgfri: true, beskrivelse: "Kvartalet tjenesten tas i bruk, f.eks. \"2026-K3\". Utelatt: i bruk hele året." } as const;

/** Innbyggertall, kundetyper og matrise for en gruppe kunder (SELVKOSTPRIS, INNTEKT). */
const kundegruppe = (innbyggere: string) => [
  { navn: "innbyggere", type: "omrade", beskrivelse: innbyggere },
  { navn: "kundetyper", type: "omrade", valgfri: true, beskrivelse: "Én kundetype for alle (standard KOMMUNE) eller et område med samme form som innbyggere." },
  { navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: MATRISEBESKRIVELSE },
] as const;

export const KATALOG: readonly Funksjonsdefinisjon[] = [
  definer({
    id: "FIKSPRIS",
    beskrivelse: "Årspris for én Fiks-tjeneste (også Grunnfinansiering) etter prismatrisen: fastpris + innbyggerpris × innbyggere × (1 − størrelsesjustering × innbyggere / referanseinnbyggertall), avrundet.",
    parametre: [
      { navn: "tjeneste", type: "tekst", beskrivelse: "Navnet på tjenesten, f.eks. \"Fiks Digisos\" eller \"Grunnfinansiering\"." },
      { navn: "innbyggere", type: "innbyggere", beskrivelse: "Innbyggertall (heltall ≥ 0), f.eks. fra KS.INNBYGGERE." },
      { navn: "kundetype", type: "kundetype", valgfri: true, beskrivelse: "Kundetype: KOMMUNE (standard), FYLKESKOMMUNE, STATLIG_VIRKSOMHET, KOMMUNAL_VIRKSOMHET, KOMMUNAL_VIRKSOMHET_IKS eller PRIVAT_VIRKSOMHET." },
      { navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: "Område med prismatrise i samme oppsett som KS.PRISMATRISE() viser. Utelatt: prismatrisen for 2025." },
      { navn: "desimaler", type: "desimaler", valgfri: true, beskrivelse: "Antall desimaler i svaret, 0–10 (standard 0: hele kroner, avrundet halvt opp)." },
    ],
    resultat: "tall",
    kjor: (a) => prisfunksjon(a.prismatrise, a.tjeneste, a.kundetype, a.desimaler)(a.innbyggere),
  }),
  definer({
    id: "SVARUTPRIS",
    beskrivelse: "Årspris for SvarUt: fastpris + Altinn-transaksjoner × pris + forsendelser × pris + SvarInn × pris, avrundet.",
    parametre: [
      { navn: "altinn", type: "volum", beskrivelse: "Antall Altinn-transaksjoner per år (heltall ≥ 0; tom = 0)." },
      { navn: "forsendelser", type: "volum", beskrivelse: "Antall forsendelser per år (heltall ≥ 0; tom = 0)." },
      { navn: "svarinn", type: "volum", beskrivelse: "Antall SvarInn-mottak per år (heltall ≥ 0; tom = 0)." },
      { navn: "kundetype", type: "kundetype", valgfri: true, beskrivelse: KUNDETYPE },
      { navn: "svarutpriser", type: "svarutpriser", valgfri: true, beskrivelse: "Område med SvarUt-tabellen i samme oppsett som KS.SVARUTPRISER() viser. Utelatt: prisene for 2025." },
      { navn: "desimaler", type: "desimaler", valgfri: true, beskrivelse: "Antall desimaler i svaret, 0–10 (standard 0)." },
    ],
    resultat: "tall",
    kjor: (a) => rundHalvOpp(svarUtPris(a.svarutpriser, a, a.kundetype), a.desimaler).toNumber(),
  }),
  definer({
    id: "SVARUTPRISER",
    beskrivelse: "SvarUt-prisene for 2025 som en tabell (overskrift + én rad per kundetype), i oppsettet argumentet svarutpriser i KS.SVARUTPRIS godtar. Lim inn som verdier og rediger for å prøve andre priser.",
    parametre: [],
    resultat: "tabell",
    kjor: () => svarUtTabellTilCeller(STANDARD_SVARUT),
  }),
  definer({
    id: "DIGIFINAVGIFT",
    beskrivelse: "Digifin-prosjektavgift (engangsbeløp): fastledd etter innbyggertrinn + variabelledd × innbyggere, eventuelt med medlemskap i Digifin. Hele kroner, avrundet halvt opp.",
    parametre: [
      { navn: "innbyggere", type: "innbyggere", beskrivelse: INNBYGGERE },
      { navn: "losning", type: "losning", valgfri: true, beskrivelse: "Digifin-løsningen, f.eks. \"Digihelse\" (standard) eller \"Digiorden\"." },
      { navn: "kundetype", type: "kundetype", valgfri: true, beskrivelse: "KOMMUNE (standard) eller FYLKESKOMMUNE." },
      { navn: "medlemskap", type: "boolsk", valgfri: true, beskrivelse: "SANN: legg til engangsbeløpet for medlemskap i Digifin (kommuner 20 kr, fylkeskommuner 5 kr per innbygger). Standard USANN." },
      { navn: "digifintabell", type: "digifintabell", valgfri: true, beskrivelse: "Område med trinntabellen i samme oppsett som KS.DIGIFINTABELL() viser. Utelatt: den publiserte tabellen." },
    ],
    resultat: "tall",
    kjor: (a) => rundHalvOpp(digifinAvgift(a.digifintabell, MEDLEMSKAPSSATSER, a.innbyggere, a.losning, a.kundetype, a.medlemskap).pris, 0).toNumber(),
  }),
  definer({
    id: "DIGIFINTABELL",
    beskrivelse: "Digifin-trinntabellen (løsning, fra og med, til og med innbyggere, fastledd, variabelledd) i oppsettet argumentet digifintabell i KS.DIGIFINAVGIFT godtar.",
    parametre: [],
    resultat: "tabell",
    kjor: () => digifinTabellTilCeller(STANDARD_DIGIFIN),
  }),
  definer({
    id: "STORRELSESJUSTERING",
    navn: "STØRRELSESJUSTERING",
    beskrivelse: "Størrelsesjusteringsfaktoren 1 − justering × innbyggere / referanse, som innbyggerprisen ganges med.",
    parametre: [
      { navn: "innbyggere", type: "innbyggere", beskrivelse: INNBYGGERE },
      { navn: "justering", type: "justering", beskrivelse: "Størrelsesjustering fra 0 % til under 100 %, f.eks. 30 % (0,3)." },
      { navn: "referanse", type: "referanse", valgfri: true, beskrivelse: "Referanseinnbyggertall (standard 717 710, Oslo 1. januar 2024)." },
    ],
    resultat: "tall",
    kjor: (a) => storrelsesjustering(a.innbyggere, a.justering, a.referanse).toNumber(),
  }),
  definer({
    id: "INNBYGGERE",
    beskrivelse: "Innbyggertallet til en kommune eller fylkeskommune fra SSB (folkemengde 1. januar), søkt på navn eller nummer.",
    parametre: [
      ORGANISASJON,
      { navn: "ar", type: "tekst", valgfri: true, beskrivelse: "År for folketallet 1. januar: 2024 (standard, grunnlaget for prisene i 2025), 2025 eller 2026 (grunnlaget for prisene i 2027), eller et år i folketall." },
      FOLKETALL,
    ],
    resultat: "tall",
    kjor: (a) => {
      // Året leses etter området, så et år i folketallsområdet (f.eks. 2027) godtas.
      const org = med("organisasjon", () => finnOrganisasjon(a.organisasjon));
      return medFolketall(org.innbyggere, org.nummer, a.folketall)[tolkBefolkningsar(a.ar, "ar", a.folketall?.ar)];
    },
  }),
  definer({
    id: "PRISENDRING",
    beskrivelse: "Relativ prisendring (ny − eksisterende) / eksisterende som andel: −0,35 er −35 % (formater cellen som prosent). #I/T når en av prisene mangler.",
    parametre: [
      { navn: "eksisterende", type: "belop", beskrivelse: "Dagens pris i kroner." },
      { navn: "ny", type: "belop", beskrivelse: "Ny pris i kroner." },
    ],
    resultat: "tall",
    kjor: (a) => {
      if (a.eksisterende === null || a.ny === null) {
        const mangler = a.eksisterende === null ? "eksisterende" : "ny";
        throw new PrisFeil(`Argumentet «${mangler}» mangler (tom celle eller na.): prisendringen kan ikke beregnes.`, "ikke_funnet");
      }
      const andel = prisendringAndel(a.eksisterende, a.ny);
      if (andel === null) throw new PrisFeil("Eksisterende pris er 0: det finnes ingen pris å regne endringen fra.", "ikke_funnet");
      return andel.toNumber();
    },
  }),
  definer({
    id: "FIKSTOTAL",
    beskrivelse: "Summen av årsprisene for flere tjenester for én kunde. Hver tjeneste avrundes til hele kroner før summering.",
    parametre: [
      { navn: "tjenester", type: "omrade", beskrivelse: "Område eller liste med tjenestenavn; tomme celler hoppes over." },
      { navn: "innbyggere", type: "innbyggere", beskrivelse: INNBYGGERE },
      { navn: "kundetype", type: "kundetype", valgfri: true, beskrivelse: KUNDETYPE },
      { navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: MATRISEBESKRIVELSE },
    ],
    resultat: "tall",
    kjor: (a) => {
      const liste = ikkeTommeCeller(a.tjenester).map((c) => ({ navn: c.verdi, etikett: `tjenester, celle ${celleadresse(c.rad, c.kolonne)}` }));
      return fiksTotal(a.prismatrise, liste, a.innbyggere, a.kundetype).toNumber();
    },
  }),
  definer({
    id: "TJENESTER",
    beskrivelse: "Navnene på tjenestene i prismatrisen, én per rad (SvarUt prises med KS.SVARUTPRIS og er ikke med).",
    parametre: [{ navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: "Område med prismatrise. Utelatt: prismatrisen for 2025." }],
    resultat: "tekstkolonne",
    kjor: (a) => a.prismatrise.tjenester.map((t) => [t.navn]),
  }),
  definer({
    id: "PRISMATRISE",
    beskrivelse: "Hele prismatrisen for 2025 med overskriftsrad og referanseinnbyggertall, i nøyaktig det oppsettet argumentet prismatrise godtar. Lim inn som verdier, rediger prisene og pek formlene på kopien.",
    parametre: [],
    resultat: "tabell",
    kjor: () => prismatriseTilCeller(STANDARD_PRISMATRISE),
  }),
  definer({
    id: "SELVKOSTPRIS",
    beskrivelse: "Selvkostpris: innbyggerprisen som gjør at tjenestens inntekt fra kundene blir lik kostnaden (fastpris og størrelsesjustering uendret). Kalibrerer kommunenes innbyggerpris, eller fylkeskommunenes når alle kundene er fylkeskommuner.",
    parametre: [
      { navn: "tjeneste", type: "tekst", beskrivelse: "Navnet på tjenesten, f.eks. \"Fiks Digisos\"." },
      { navn: "kostnad", type: "tekst", beskrivelse: "Kostnaden som skal dekkes, i kroner per år." },
      ...kundegruppe("Område med innbyggertallet til hver kunde som bruker tjenesten; tomme celler hoppes over."),
    ],
    resultat: "tall",
    kjor: (a) => {
      const betalere = tilBetalere(a.innbyggere, a.kundetyper);
      const kundetype = betalere.length > 0 && betalere.every((b) => b.kundetype === "FYLKESKOMMUNE") ? "FYLKESKOMMUNE" : "KOMMUNE";
      return selvkostpris(a.prismatrise, a.tjeneste, a.kostnad, betalere, kundetype).innbyggerpris.toNumber();
    },
  }),
  definer({
    id: "INNTEKT",
    beskrivelse: "Inntekten en tjeneste gir fra en gruppe kunder: summen av årsprisene, hver avrundet til hele kroner (som fakturert).",
    parametre: [
      { navn: "tjeneste", type: "tekst", beskrivelse: "Navnet på tjenesten, f.eks. \"Fiks Digisos\"." },
      ...kundegruppe("Område med innbyggertallet til hver kunde; tomme celler hoppes over."),
    ],
    resultat: "tall",
    kjor: (a) => {
      const betalere = tilBetalere(a.innbyggere, a.kundetyper);
      if (betalere.length === 0) throw new PrisFeil("Argumentet «innbyggere» har ingen kunder (bare tomme celler).");
      return tjenesteinntekt(a.prismatrise, a.tjeneste, betalere).avrundet.toNumber();
    },
  }),
  definer({
    id: "EFFEKT",
    beskrivelse: "Effektanalyse: fordelingen av kundenes prisendring i bånd per kundetype (antall og andel), som KS' publiserte tabeller. Kundetabellen har overskriftene Kunde, Kundetype, Innbyggere, Pris i dag og Tjenester (bare Kunde er påkrevd).",
    parametre: [
      { navn: "kunder", type: "omrade", beskrivelse: "Område med kundetabell: overskriftsrad og én rad per kunde. Kommuner og fylkeskommuner slås opp i SSB-dataene." },
      { navn: "fordeling", type: "fordeling", valgfri: true, beskrivelse: "\"prosent\" (standard: endring i prosent) eller \"kroner\" (endring i kroner)." },
      { navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: MATRISEBESKRIVELSE },
      { navn: "band", type: "tekst", valgfri: true, beskrivelse: "Bandgrenser, f.eks. \"0;29;60;100\" (standard for prosent) eller \"0;40000;100000;250000\" (standard for kroner)." },
    ],
    resultat: "tabell",
    reservert: [14, 12],
    kjor: (a) => {
      const celler = tilCeller(a.kunder);
      const enkelt = celler && celler.length === 1 && celler[0].length === 1 ? celler[0][0] : celler;
      const liste = med("kunder", () => kunderFra(enkelt, { matrise: a.prismatrise }));
      const band = a.band === null || a.band === undefined || a.band === "" ? undefined : lagBandsett(a.fordeling, tolkBandgrenser(a.band, "band"));
      const resultat = beregnEffekt(liste, a.prismatrise, a.fordeling === "prosent" ? { prosentband: band } : { kroneband: band });
      return bandtabellceller(a.fordeling === "prosent" ? resultat.prosentfordeling : resultat.kronefordeling, a.fordeling);
    },
  }),

  // ---------- Budsjett og økonomiplan (docs/budsjett.md) ----------
  definer({
    id: "INNBYGGERVEKST",
    beskrivelse: "Innbyggertallet i år nr. ar_nr av en budsjettplan: innbyggere × (1 + vekst)^ar_nr, avrundet halvt opp og regnet fra starttallet hvert år (avrundingene hoper seg ikke opp).",
    parametre: [
      { navn: "innbyggere", type: "innbyggere", beskrivelse: PLANINNBYGGERE },
      { navn: "vekst", type: "endring", beskrivelse: "Befolkningsvekst per år fra −10 % til 20 %, f.eks. 1 % (0,01)." },
      { navn: "ar_nr", type: "planar", beskrivelse: AR_NR },
    ],
    resultat: "tall",
    kjor: (a) => framskrevetInnbyggertall(a.innbyggere, a.vekst, a.ar_nr),
  }),
  definer({
    id: "PLANINNBYGGERE",
    beskrivelse: "Innbyggertallet prisene for et år bygger på: folkemengden 1. januar året før (SSB) når den er kjent, ellers det siste kjente året framskrevet med befolkningsveksten, avrundet halvt opp.",
    parametre: [
      ORGANISASJON,
      { navn: "ar", type: "budsjettar", beskrivelse: "Budsjettåret, f.eks. 2027 (bruker folkemengden 1. januar 2026)." },
      { navn: "vekst", type: "endring", valgfri: true, beskrivelse: "Befolkningsvekst per år fra −10 % til 20 % for år etter det siste kjente, f.eks. 1 % (standard 0)." },
      FOLKETALL,
    ],
    resultat: "tall",
    kjor: (a) => {
      const org = med("organisasjon", () => finnOrganisasjon(a.organisasjon));
      return planinnbyggertall({ type: "kjent", tall: medFolketall(org.innbyggere, org.nummer, a.folketall) }, a.vekst, a.ar, a.ar).innbyggere;
    },
  }),
  definer({
    id: "ARSPRIS",
    navn: "ÅRSPRIS",
    beskrivelse: "Årsprisen til en tjeneste i prismatrisen i år nr. ar_nr av en budsjettplan: innbyggertallet framskrevet med befolkningsveksten, prisen justert med (1 + prisjustering) for hvert år fra prismatrisens prisår (2025) til året og avrundet halvt opp til hele kroner.",
    parametre: [
      { navn: "tjeneste", type: "tekst", beskrivelse: "Navnet på tjenesten, f.eks. \"Fiks Digisos\" eller \"Grunnfinansiering\"." },
      { navn: "innbyggere", type: "innbyggere", beskrivelse: PLANINNBYGGERE },
      { navn: "ar_nr", type: "planar", beskrivelse: AR_NR },
      { navn: "vekst", type: "endring", valgfri: true, beskrivelse: "Befolkningsvekst per år fra −10 % til 20 %, f.eks. 1 % (standard 0)." },
      { navn: "prisjustering", type: "endring", valgfri: true, beskrivelse: "Prisjustering per år fra −10 % til 20 %, f.eks. 3 % (standard 0)." },
      { navn: "kundetype", type: "kundetype", valgfri: true, beskrivelse: KUNDETYPE },
      { navn: "prismatrise", type: "prismatrise", valgfri: true, beskrivelse: MATRISEBESKRIVELSE },
      FORSTE_AR,
    ],
    resultat: "tall",
    kjor: (a) => arsprisIAr(a.prismatrise, a.tjeneste, a.innbyggere, a.kundetype, a.ar_nr, a.vekst, a.prisjustering, a.forste_ar),
  }),
  definer({
    id: "JUSTERTPRIS",
    beskrivelse: "En 2025-pris justert med (1 + prisjustering) for hvert år fra 2025 til år nr. ar_nr av planen, avrundet halvt opp til hele kroner, f.eks. SvarUt-prisen med alle desimaler: KS.JUSTERTPRIS(KS.SVARUTPRIS(1000; 50000; 200;;; 10); 3 %; 0; 2027).",
    parametre: [
      { navn: "pris", type: "pris", beskrivelse: "Prisen for 2025 i kroner, gjerne med alle desimaler." },
      { navn: "prisjustering", type: "endring", beskrivelse: "Prisjustering per år fra −10 % til 20 %, f.eks. 3 % (0,03)." },
      { navn: "ar_nr", type: "planar", beskrivelse: AR_NR },
      { ...FORSTE_AR, beskrivelse: "Planens første år, f.eks. 2027: prisen justeres fra 2025 til året. Utelatt: planen starter i 2025." },
    ],
    resultat: "tall",
    kjor: (a) => justertPris(a.pris, a.prisjustering, a.ar_nr, a.forste_ar),
  }),
  definer({
    id: "ARSBELOP",
    navn: "ÅRSBELØP",
    beskrivelse: "Årets beløp for en tjeneste: årspris × aktive kvartaler / 4, avrundet halvt opp. Tjenesten er i bruk fra oppstartskvartalet og ut året, og hele året etter oppstartsåret; uten oppstart hele året.",
    parametre: [...ARSPRIS_OG_AR, OPPSTART],
    resultat: "tall",
    kjor: (a) => arsbelopIAr(a.arspris, a.ar, a.oppstart),
  }),
  definer({
    id: "KVARTALSBELOP",
    navn: "KVARTALSBELØP",
    beskrivelse: "Beløpet i ett kvartal: årets beløp (som KS.ÅRSBELØP) fordelt på de aktive kvartalene i hele kroner, så likt som mulig; kronene som blir til overs legges med 1 kr på de siste kvartalene, så kvartalene summerer nøyaktig til året.",
    parametre: [...ARSPRIS_OG_AR, { navn: "kvartal", type: "kvartal", beskrivelse: "Kvartalet, 1–4." }, OPPSTART],
    resultat: "tall",
    kjor: (a) => kvartalsbelop(a.arspris, a.ar, a.kvartal, a.oppstart),
  }),
];
