/*
 * KS-prisverktøyets egendefinerte Excel-funksjoner (navnerom KS).
 * Kilden til metadata: JSDoc-en her er norsk og genererer functions.json og functions.nb-NO.json.
 * Funksjonene gjør bare argumentkonvertering og feiloversettelse; alle prisregler ligger i src/core.
 */
import {
  digifinAvgift, digifinTabellTilCeller, fiksTotal, finnOrganisasjon, MEDLEMSKAPSSATSER, PrisFeil,
  prisendringAndel, prismatriseTilCeller, rundHalvOpp, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  storrelsesjustering, svarUtPris, svarUtTabellTilCeller, tolkBefolkningsar, tolkDesimaler, tolkInnbyggere,
  tolkJustering, tolkReferanse, tolkVolum, celleadresse, selvkostpris, tjenesteinntekt, kunderFra, beregnEffekt, lagBandsett,
  tolkBandgrenser,
} from "../core";
import { ikkeTommeCeller, skalar, tilBelop, tilBetalere, tilBoolsk, tilCeller, tilFordeling, tilKundetype, tilValgfriTekst } from "./argumenter";
import { bandtabellceller } from "./effektceller";
import { kjor } from "./feilkart";
import { digifinTabell, prismatrise, prisfunksjon, svarutTabell } from "./tabeller";
import { registrer } from "./registrering";
// Budsjett og økonomiplan.
import { arsbelopIAr, arsprisIAr, framskrevetInnbyggertall, justertPris, kvartalsbelop, lesPakrevdArgumenttall, TALLKRAV } from "../core";
import { tilEndring, tilHeleKroner, tilHeltall, tilOppstart } from "./budsjettargumenter";

/**
 * Årspris for én Fiks-tjeneste (også Grunnfinansiering) etter prismatrisen: fastpris + innbyggerpris × innbyggere × (1 − størrelsesjustering × innbyggere / referanseinnbyggertall), avrundet.
 * @customfunction FIKSPRIS
 * @helpurl https://localhost:3000/hjelp.html#fikspris
 * @param {any} tjeneste Navnet på tjenesten, f.eks. "Fiks Digisos" eller "Grunnfinansiering".
 * @param {any} innbyggere Innbyggertall (heltall ≥ 0), f.eks. fra KS.INNBYGGERE.
 * @param {any} [kundetype] Kundetype: KOMMUNE (standard), FYLKESKOMMUNE, STATLIG_VIRKSOMHET, KOMMUNAL_VIRKSOMHET, KOMMUNAL_VIRKSOMHET_IKS eller PRIVAT_VIRKSOMHET.
 * @param {any[][]} [prismatrise] Område med prismatrise i samme oppsett som KS.PRISMATRISE() viser. Utelatt: prismatrisen for 2025.
 * @param {any} [desimaler] Antall desimaler i svaret, 0–10 (standard 0: hele kroner, avrundet halvt opp).
 * @returns {number} Årspris i kroner.
 */
function FIKSPRIS(tjeneste: any, innbyggere: any, kundetype?: any, prismatrise?: any[][], desimaler?: any): number {
  return kjor("FIKSPRIS", () => {
    tjeneste = skalar(tjeneste, "tjeneste");
    innbyggere = skalar(innbyggere, "innbyggere");
    kundetype = skalar(kundetype, "kundetype");
    desimaler = skalar(desimaler, "desimaler");
    const p = tolkInnbyggere(innbyggere, "innbyggere");
    const k = tilKundetype(kundetype, "kundetype");
    const d = tolkDesimaler(desimaler, "desimaler");
    return prisfunksjon(lesMatrise(prismatrise), tjeneste, k, d)(p);
  });
}

/**
 * Årspris for SvarUt: fastpris + Altinn-transaksjoner × pris + forsendelser × pris + SvarInn × pris, avrundet.
 * @customfunction SVARUTPRIS
 * @helpurl https://localhost:3000/hjelp.html#svarutpris
 * @param {any} altinn Antall Altinn-transaksjoner per år (heltall ≥ 0; tom = 0).
 * @param {any} forsendelser Antall forsendelser per år (heltall ≥ 0; tom = 0).
 * @param {any} svarinn Antall SvarInn-mottak per år (heltall ≥ 0; tom = 0).
 * @param {any} [kundetype] Kundetype (standard KOMMUNE).
 * @param {any[][]} [svarutpriser] Område med SvarUt-tabellen i samme oppsett som KS.SVARUTPRISER() viser. Utelatt: prisene for 2025.
 * @param {any} [desimaler] Antall desimaler i svaret, 0–10 (standard 0).
 * @returns {number} Årspris i kroner.
 */
function SVARUTPRIS(altinn: any, forsendelser: any, svarinn: any, kundetype?: any, svarutpriser?: any[][], desimaler?: any): number {
  return kjor("SVARUTPRIS", () => {
    altinn = skalar(altinn, "altinn");
    forsendelser = skalar(forsendelser, "forsendelser");
    svarinn = skalar(svarinn, "svarinn");
    kundetype = skalar(kundetype, "kundetype");
    desimaler = skalar(desimaler, "desimaler");
    const volum = {
      altinn: tolkVolum(altinn, "altinn"),
      forsendelser: tolkVolum(forsendelser, "forsendelser"),
      svarinn: tolkVolum(svarinn, "svarinn"),
    };
    const k = tilKundetype(kundetype, "kundetype");
    const d = tolkDesimaler(desimaler, "desimaler");
    const tabell = med("svarutpriser", () => svarutTabell(svarutpriser));
    return rundHalvOpp(svarUtPris(tabell, volum, k), d).toNumber();
  });
}

/**
 * SvarUt-prisene for 2025 som en tabell (overskrift + én rad per kundetype), i oppsettet argumentet svarutpriser i KS.SVARUTPRIS godtar. Lim inn som verdier og rediger for å prøve andre priser.
 * @customfunction SVARUTPRISER
 * @helpurl https://localhost:3000/hjelp.html#svarutpriser
 * @returns {any[][]} SvarUt-tabellen.
 */
function SVARUTPRISER(): any[][] {
  return kjor("SVARUTPRISER", () => svarUtTabellTilCeller(STANDARD_SVARUT));
}

/**
 * Digifin-prosjektavgift (engangsbeløp): fastledd etter innbyggertrinn + variabelledd × innbyggere, eventuelt med medlemskap i Digifin. Hele kroner, avrundet halvt opp.
 * @customfunction DIGIFINAVGIFT
 * @helpurl https://localhost:3000/hjelp.html#digifinavgift
 * @param {any} innbyggere Innbyggertall (heltall ≥ 0).
 * @param {any} [losning] Digifin-løsningen, f.eks. "Digihelse" (standard) eller "Digiorden".
 * @param {any} [kundetype] KOMMUNE (standard) eller FYLKESKOMMUNE.
 * @param {any} [medlemskap] SANN: legg til engangsbeløpet for medlemskap i Digifin (kommuner 20 kr, fylkeskommuner 5 kr per innbygger). Standard USANN.
 * @param {any[][]} [digifintabell] Område med trinntabellen i samme oppsett som KS.DIGIFINTABELL() viser. Utelatt: den publiserte tabellen.
 * @returns {number} Avgift i kroner.
 */
function DIGIFINAVGIFT(innbyggere: any, losning?: any, kundetype?: any, medlemskap?: any, digifintabell?: any[][]): number {
  return kjor("DIGIFINAVGIFT", () => {
    innbyggere = skalar(innbyggere, "innbyggere");
    losning = skalar(losning, "losning");
    kundetype = skalar(kundetype, "kundetype");
    medlemskap = skalar(medlemskap, "medlemskap");
    const p = tolkInnbyggere(innbyggere, "innbyggere");
    const l = tilValgfriTekst(losning, "losning", "Digihelse");
    const k = tilKundetype(kundetype, "kundetype");
    const m = tilBoolsk(medlemskap, "medlemskap");
    const tabell = med("digifintabell", () => digifinTabell(digifintabell));
    return rundHalvOpp(digifinAvgift(tabell, MEDLEMSKAPSSATSER, p, l, k, m).pris, 0).toNumber();
  });
}

/**
 * Digifin-trinntabellen (løsning, fra og med, til og med innbyggere, fastledd, variabelledd) i oppsettet argumentet digifintabell i KS.DIGIFINAVGIFT godtar.
 * @customfunction DIGIFINTABELL
 * @helpurl https://localhost:3000/hjelp.html#digifintabell
 * @returns {any[][]} Digifin-tabellen.
 */
function DIGIFINTABELL(): any[][] {
  return kjor("DIGIFINTABELL", () => digifinTabellTilCeller(STANDARD_DIGIFIN));
}

/**
 * Størrelsesjusteringsfaktoren 1 − justering × innbyggere / referanse, som innbyggerprisen ganges med.
 * @customfunction STORRELSESJUSTERING STØRRELSESJUSTERING
 * @helpurl https://localhost:3000/hjelp.html#storrelsesjustering
 * @param {any} innbyggere Innbyggertall (heltall ≥ 0).
 * @param {any} justering Størrelsesjustering fra 0 % til under 100 %, f.eks. 30 % (0,3).
 * @param {any} [referanse] Referanseinnbyggertall (standard 717 710, Oslo 1. januar 2024).
 * @returns {number} Faktoren (mellom 0 og 1).
 */
function STORRELSESJUSTERING(innbyggere: any, justering: any, referanse?: any): number {
  return kjor("STORRELSESJUSTERING", () => {
    innbyggere = skalar(innbyggere, "innbyggere");
    justering = skalar(justering, "justering");
    referanse = skalar(referanse, "referanse");
    const p = tolkInnbyggere(innbyggere, "innbyggere");
    const a = tolkJustering(justering, "justering");
    const pref = tolkReferanse(referanse, STANDARD_PRISMATRISE.referanse.KOMMUNE, "referanse");
    return storrelsesjustering(p, a, pref).toNumber();
  });
}

/**
 * Innbyggertallet til en kommune eller fylkeskommune fra SSB (folkemengde 1. januar), søkt på navn eller nummer.
 * @customfunction INNBYGGERE
 * @helpurl https://localhost:3000/hjelp.html#innbyggere
 * @param {any} organisasjon Navn eller nummer, f.eks. "Bodø", "1804" eller "Vestland".
 * @param {any} [ar] År for folketallet: 2024 (standard, grunnlaget for prisene i 2025) eller 2025.
 * @returns {number} Innbyggertall.
 */
function INNBYGGERE(organisasjon: any, ar?: any): number {
  return kjor("INNBYGGERE", () => {
    organisasjon = skalar(organisasjon, "organisasjon");
    ar = skalar(ar, "ar");
    const aret = tolkBefolkningsar(ar, "ar");
    return med("organisasjon", () => finnOrganisasjon(organisasjon)).innbyggere[aret];
  });
}

/**
 * Relativ prisendring (ny − eksisterende) / eksisterende som andel: −0,35 er −35 % (formater cellen som prosent). #I/T når en av prisene mangler.
 * @customfunction PRISENDRING
 * @helpurl https://localhost:3000/hjelp.html#prisendring
 * @param {any} eksisterende Dagens pris i kroner.
 * @param {any} ny Ny pris i kroner.
 * @returns {number} Endringen som andel.
 */
function PRISENDRING(eksisterende: any, ny: any): number {
  return kjor("PRISENDRING", () => {
    eksisterende = skalar(eksisterende, "eksisterende");
    ny = skalar(ny, "ny");
    const gammel = tilBelop(eksisterende, "eksisterende");
    const ny_ = tilBelop(ny, "ny");
    if (gammel === null || ny_ === null) {
      const mangler = gammel === null ? "eksisterende" : "ny";
      throw new PrisFeil(`Argumentet «${mangler}» mangler (tom celle eller na.): prisendringen kan ikke beregnes.`, "ikke_funnet");
    }
    const andel = prisendringAndel(gammel, ny_);
    if (andel === null) throw new PrisFeil("Eksisterende pris er 0: det finnes ingen pris å regne endringen fra.", "ikke_funnet");
    return andel.toNumber();
  });
}

/**
 * Summen av årsprisene for flere tjenester for én kunde. Hver tjeneste avrundes til hele kroner før summering.
 * @customfunction FIKSTOTAL
 * @helpurl https://localhost:3000/hjelp.html#fikstotal
 * @param {any[][]} tjenester Område eller liste med tjenestenavn; tomme celler hoppes over.
 * @param {any} innbyggere Innbyggertall (heltall ≥ 0).
 * @param {any} [kundetype] Kundetype (standard KOMMUNE).
 * @param {any[][]} [prismatrise] Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.
 * @returns {number} Sum i kroner.
 */
function FIKSTOTAL(tjenester: any[][], innbyggere: any, kundetype?: any, prismatrise?: any[][]): number {
  return kjor("FIKSTOTAL", () => {
    innbyggere = skalar(innbyggere, "innbyggere");
    kundetype = skalar(kundetype, "kundetype");
    const p = tolkInnbyggere(innbyggere, "innbyggere");
    const k = tilKundetype(kundetype, "kundetype");
    const liste = ikkeTommeCeller(tjenester).map((c) => ({ navn: c.verdi, etikett: `tjenester, celle ${celleadresse(c.rad, c.kolonne)}` }));
    return fiksTotal(lesMatrise(prismatrise), liste, p, k).toNumber();
  });
}

/**
 * Navnene på tjenestene i prismatrisen, én per rad (SvarUt prises med KS.SVARUTPRIS og er ikke med).
 * @customfunction TJENESTER
 * @helpurl https://localhost:3000/hjelp.html#tjenester
 * @param {any[][]} [prismatrise] Område med prismatrise. Utelatt: prismatrisen for 2025.
 * @returns {string[][]} Tjenestenavnene.
 */
function TJENESTER(prismatrise?: any[][]): string[][] {
  return kjor("TJENESTER", () => lesMatrise(prismatrise).tjenester.map((t) => [t.navn]));
}

/**
 * Hele prismatrisen for 2025 med overskriftsrad og referanseinnbyggertall, i nøyaktig det oppsettet argumentet prismatrise godtar. Lim inn som verdier, rediger prisene og pek formlene på kopien.
 * @customfunction PRISMATRISE
 * @helpurl https://localhost:3000/hjelp.html#prismatrise
 * @returns {any[][]} Prismatrisen.
 */
function PRISMATRISE(): any[][] {
  return kjor("PRISMATRISE", () => prismatriseTilCeller(STANDARD_PRISMATRISE));
}

/**
 * Selvkostpris: innbyggerprisen som gjør at tjenestens inntekt fra kundene blir lik kostnaden (fastpris og størrelsesjustering uendret). Kalibrerer kommunenes innbyggerpris, eller fylkeskommunenes når alle kundene er fylkeskommuner.
 * @customfunction SELVKOSTPRIS
 * @helpurl https://localhost:3000/hjelp.html#selvkostpris
 * @param {any} tjeneste Navnet på tjenesten, f.eks. "Fiks Digisos".
 * @param {any} kostnad Kostnaden som skal dekkes, i kroner per år.
 * @param {any[][]} innbyggere Område med innbyggertallet til hver kunde som bruker tjenesten; tomme celler hoppes over.
 * @param {any[][]} [kundetyper] Én kundetype for alle (standard KOMMUNE) eller et område med samme form som innbyggere.
 * @param {any[][]} [prismatrise] Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.
 * @returns {number} Innbyggerpris i kroner per innbygger (uavrundet).
 */
function SELVKOSTPRIS(tjeneste: any, kostnad: any, innbyggere: any[][], kundetyper?: any[][], prismatrise?: any[][]): number {
  return kjor("SELVKOSTPRIS", () => {
    tjeneste = skalar(tjeneste, "tjeneste");
    kostnad = skalar(kostnad, "kostnad");
    const betalere = tilBetalere(innbyggere, kundetyper);
    const kundetype = betalere.length > 0 && betalere.every((b) => b.kundetype === "FYLKESKOMMUNE") ? "FYLKESKOMMUNE" : "KOMMUNE";
    return selvkostpris(lesMatrise(prismatrise), tjeneste, kostnad, betalere, kundetype).innbyggerpris.toNumber();
  });
}

/**
 * Inntekten en tjeneste gir fra en gruppe kunder: summen av årsprisene, hver avrundet til hele kroner (som fakturert).
 * @customfunction INNTEKT
 * @helpurl https://localhost:3000/hjelp.html#inntekt
 * @param {any} tjeneste Navnet på tjenesten, f.eks. "Fiks Digisos".
 * @param {any[][]} innbyggere Område med innbyggertallet til hver kunde; tomme celler hoppes over.
 * @param {any[][]} [kundetyper] Én kundetype for alle (standard KOMMUNE) eller et område med samme form som innbyggere.
 * @param {any[][]} [prismatrise] Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.
 * @returns {number} Inntekt i kroner per år.
 */
function INNTEKT(tjeneste: any, innbyggere: any[][], kundetyper?: any[][], prismatrise?: any[][]): number {
  return kjor("INNTEKT", () => {
    tjeneste = skalar(tjeneste, "tjeneste");
    const betalere = tilBetalere(innbyggere, kundetyper);
    if (betalere.length === 0) throw new PrisFeil("Argumentet «innbyggere» har ingen kunder (bare tomme celler).");
    return tjenesteinntekt(lesMatrise(prismatrise), tjeneste, betalere).avrundet.toNumber();
  });
}

/**
 * Effektanalyse: fordelingen av kundenes prisendring i bånd per kundetype (antall og andel), som KS' publiserte tabeller. Kundetabellen har overskriftene Kunde, Kundetype, Innbyggere, Pris i dag og Tjenester (bare Kunde er påkrevd).
 * @customfunction EFFEKT
 * @helpurl https://localhost:3000/hjelp.html#effekt
 * @param {any[][]} kunder Område med kundetabell: overskriftsrad og én rad per kunde. Kommuner og fylkeskommuner slås opp i SSB-dataene.
 * @param {any} [fordeling] "prosent" (standard: endring i prosent) eller "kroner" (endring i kroner).
 * @param {any[][]} [prismatrise] Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.
 * @param {any} [band] Bandgrenser, f.eks. "0;29;60;100" (standard for prosent) eller "0;40000;100000;250000" (standard for kroner).
 * @returns {any[][]} Båndtabellen.
 */
function EFFEKT(kunder: any[][], fordeling?: any, prismatrise?: any[][], band?: any): any[][] {
  return kjor("EFFEKT", () => {
    fordeling = skalar(fordeling, "fordeling");
    band = skalar(band, "band");
    const enhet = tilFordeling(fordeling);
    const matrise = lesMatrise(prismatrise);
    const celler = tilCeller(kunder);
    const liste = med("kunder", () => kunderFra(celler && celler.length === 1 && celler[0].length === 1 ? celler[0][0] : celler, { matrise }));
    const bandsett = band === null || band === undefined || band === "" ? undefined : lagBandsett(enhet, tolkBandgrenser(band, "band"));
    const resultat = beregnEffekt(liste, matrise, enhet === "prosent" ? { prosentband: bandsett } : { kroneband: bandsett });
    return bandtabellceller(enhet === "prosent" ? resultat.prosentfordeling : resultat.kronefordeling);
  });
}

// ---------- Budsjett og økonomiplan (docs/budsjett.md) ----------

/**
 * Innbyggertallet i år nr. ar_nr av en budsjettplan: innbyggere × (1 + vekst)^ar_nr, avrundet halvt opp og regnet fra starttallet hvert år (avrundingene hoper seg ikke opp).
 * @customfunction INNBYGGERVEKST
 * @helpurl https://localhost:3000/hjelp.html#innbyggervekst
 * @param {any} innbyggere Innbyggertallet i planens første år (heltall ≥ 0), f.eks. fra KS.INNBYGGERE.
 * @param {any} vekst Befolkningsvekst per år fra −10 % til 20 %, f.eks. 1 % (0,01).
 * @param {any} ar_nr År etter planens første år: 0 for første år, 1 for året etter og så videre (0–9).
 * @returns {number} Innbyggertallet det året.
 */
function INNBYGGERVEKST(innbyggere: any, vekst: any, ar_nr: any): number {
  return kjor("INNBYGGERVEKST", () => {
    const p = tolkInnbyggere(skalar(innbyggere, "innbyggere"), "innbyggere");
    const v = tilEndring(skalar(vekst, "vekst"), "vekst");
    return framskrevetInnbyggertall(p, v, tilHeltall(skalar(ar_nr, "ar_nr"), TALLKRAV.planar, "ar_nr"));
  });
}

/**
 * Årsprisen til en tjeneste i prismatrisen i år nr. ar_nr av en budsjettplan: innbyggertallet framskrevet med befolkningsveksten, prisen ganget med (1 + prisjustering)^ar_nr og avrundet halvt opp til hele kroner.
 * @customfunction ARSPRIS ÅRSPRIS
 * @helpurl https://localhost:3000/hjelp.html#arspris
 * @param {any} tjeneste Navnet på tjenesten, f.eks. "Fiks Digisos" eller "Grunnfinansiering".
 * @param {any} innbyggere Innbyggertallet i planens første år (heltall ≥ 0), f.eks. fra KS.INNBYGGERE.
 * @param {any} ar_nr År etter planens første år: 0 for første år, 1 for året etter og så videre (0–9).
 * @param {any} [vekst] Befolkningsvekst per år fra −10 % til 20 %, f.eks. 1 % (standard 0).
 * @param {any} [prisjustering] Prisjustering per år fra −10 % til 20 %, f.eks. 3 % (standard 0).
 * @param {any} [kundetype] Kundetype (standard KOMMUNE).
 * @param {any[][]} [prismatrise] Område med prismatrise i oppsettet fra KS.PRISMATRISE(). Utelatt: prismatrisen for 2025.
 * @returns {number} Årspris i hele kroner.
 */
function ARSPRIS(tjeneste: any, innbyggere: any, ar_nr: any, vekst?: any, prisjustering?: any, kundetype?: any, prismatrise?: any[][]): number {
  return kjor("ARSPRIS", () => {
    const t = skalar(tjeneste, "tjeneste");
    const p = tolkInnbyggere(skalar(innbyggere, "innbyggere"), "innbyggere");
    const n = tilHeltall(skalar(ar_nr, "ar_nr"), TALLKRAV.planar, "ar_nr");
    const v = tilEndring(skalar(vekst, "vekst"), "vekst");
    const d = tilEndring(skalar(prisjustering, "prisjustering"), "prisjustering");
    const k = tilKundetype(skalar(kundetype, "kundetype"), "kundetype");
    return arsprisIAr(lesMatrise(prismatrise), t, p, k, n, v, d);
  });
}

/**
 * En pris ganget med (1 + prisjustering)^ar_nr og avrundet halvt opp til hele kroner, f.eks. SvarUt-prisen med alle desimaler: KS.JUSTERTPRIS(KS.SVARUTPRIS(1000; 50000; 200;;; 10); 3 %; 2).
 * @customfunction JUSTERTPRIS
 * @helpurl https://localhost:3000/hjelp.html#justertpris
 * @param {any} pris Prisen i planens første år i kroner, gjerne med alle desimaler.
 * @param {any} prisjustering Prisjustering per år fra −10 % til 20 %, f.eks. 3 % (0,03).
 * @param {any} ar_nr År etter planens første år: 0 for første år, 1 for året etter og så videre (0–9).
 * @returns {number} Justert pris i hele kroner.
 */
function JUSTERTPRIS(pris: any, prisjustering: any, ar_nr: any): number {
  return kjor("JUSTERTPRIS", () => {
    const belop = lesPakrevdArgumenttall(skalar(pris, "pris"), TALLKRAV.belop, "pris");
    const d = tilEndring(skalar(prisjustering, "prisjustering"), "prisjustering");
    return justertPris(belop, d, tilHeltall(skalar(ar_nr, "ar_nr"), TALLKRAV.planar, "ar_nr"));
  });
}

/**
 * Årets beløp for en tjeneste: årspris × aktive kvartaler / 4, avrundet halvt opp. Tjenesten er i bruk fra oppstartskvartalet og ut året, og hele året etter oppstartsåret; uten oppstart hele året.
 * @customfunction ARSBELOP ÅRSBELØP
 * @helpurl https://localhost:3000/hjelp.html#arsbelop
 * @param {any} arspris Årsprisen i hele kroner, f.eks. fra KS.ÅRSPRIS.
 * @param {any} ar Budsjettåret, f.eks. 2027.
 * @param {any} [oppstart] Kvartalet tjenesten tas i bruk, f.eks. "2026-K3". Utelatt: i bruk hele året.
 * @returns {number} Årets beløp i hele kroner.
 */
function ARSBELOP(arspris: any, ar: any, oppstart?: any): number {
  return kjor("ARSBELOP", () => {
    const a = tilHeleKroner(skalar(arspris, "arspris"), "arspris");
    const aret = tilHeltall(skalar(ar, "ar"), TALLKRAV.budsjettar, "ar");
    return arsbelopIAr(a, aret, tilOppstart(skalar(oppstart, "oppstart"), "oppstart"));
  });
}

/**
 * Beløpet i ett kvartal: årets beløp (som KS.ÅRSBELØP) fordelt på de aktive kvartalene i hele kroner, så likt som mulig; kronene som blir til overs legges med 1 kr på de siste kvartalene, så kvartalene summerer nøyaktig til året.
 * @customfunction KVARTALSBELOP KVARTALSBELØP
 * @helpurl https://localhost:3000/hjelp.html#kvartalsbelop
 * @param {any} arspris Årsprisen i hele kroner, f.eks. fra KS.ÅRSPRIS.
 * @param {any} ar Budsjettåret, f.eks. 2027.
 * @param {any} kvartal Kvartalet, 1–4.
 * @param {any} [oppstart] Kvartalet tjenesten tas i bruk, f.eks. "2026-K3". Utelatt: i bruk hele året.
 * @returns {number} Kvartalets beløp i hele kroner.
 */
function KVARTALSBELOP(arspris: any, ar: any, kvartal: any, oppstart?: any): number {
  return kjor("KVARTALSBELOP", () => {
    const a = tilHeleKroner(skalar(arspris, "arspris"), "arspris");
    const aret = tilHeltall(skalar(ar, "ar"), TALLKRAV.budsjettar, "ar");
    const k = tilHeltall(skalar(kvartal, "kvartal"), TALLKRAV.kvartal, "kvartal");
    return kvartalsbelop(a, aret, k, tilOppstart(skalar(oppstart, "oppstart"), "oppstart"));
  });
}

function lesMatrise(verdi: unknown) {
  return med("prismatrise", () => prismatrise(verdi));
}

/** Prefixes a table or lookup error with the argument it came from. */
function med<T>(argument: string, kropp: () => T): T {
  try {
    return kropp();
  } catch (feil) {
    if (feil instanceof PrisFeil && !feil.message.startsWith(`Argumentet «${argument}»`)) {
      throw new PrisFeil(`Argumentet «${argument}»: ${feil.message}`, feil.type);
    }
    throw feil;
  }
}

export {
  DIGIFINAVGIFT, DIGIFINTABELL, EFFEKT, FIKSPRIS, FIKSTOTAL, INNBYGGERE, INNTEKT, PRISENDRING, PRISMATRISE, SELVKOSTPRIS, STORRELSESJUSTERING,
  SVARUTPRIS, SVARUTPRISER, TJENESTER,
};
// Budsjett og økonomiplan.
export { ARSBELOP, ARSPRIS, INNBYGGERVEKST, JUSTERTPRIS, KVARTALSBELOP };

// custom-functions-metadata-plugin appends `CustomFunctions.associate("ID", FUNKSJON);` after this line.
// Outside Excel (standalone page, node) the global does not exist: this module-level stand-in forwards to
// the real runtime when there is one and otherwise does nothing, so the bundle never throws there.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions = { associate: registrer };
