/**
 * Oppsettene i arkmodellen (src/ark) er ett for begge mål: arket oppgaveruten setter inn (Office.js, KS.*-formler) og
 * arket i den frittstående arbeidsboken (exceljs, vanlige formler) har de samme etikettene, radene, tallformatene og
 * stilene; bare formlene er forskjellige. Og begge viser «na.» og tomme celler der kjernens visning (visningslinje,
 * sumlinje) sier det: ruten regnet ut i HyperFormula med de ekte KS.*-funksjonene, arbeidsboken med de bufrede
 * resultatene (som bufret.test.ts og LibreOffice-testene sammenligner med LibreOffices egen omregning).
 */
import {
  beregnEffekt, beregnKalkulator, type Kalkulatorinput, type Kalkulatorrad, KUNDETYPENAVN, kunderFra, STANDARD_PRISMATRISE,
  STANDARD_SVARUT, sumlinje, type Visningscelle, visningslinje,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";
import type { Ark, Celle } from "../../src/ark/modell";
import { kalkulatorark, type Kalkulatoroppsett, prismatriseark } from "../../src/taskpane/felles/arkoppsett";
import { effektark } from "../../src/taskpane/effekt/effektark";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { planSomBok } from "../oppgaverute/arkplan-hf";
import { Falskbok } from "../oppgaverute/streng-excel";

/**
 * Hver radtype og hver grunn til «na.» eller tom celle: grunnfinansieringen uten dagens pris (ny fra 2025), en tjeneste
 * med dagens pris, en uten, en med 0 kr, SvarUt med volumer, Min kommune (inngår i grunnfinansieringen) og en tjeneste
 * som vurderes.
 */
const INPUT: Kalkulatorinput = {
  kundetype: "KOMMUNE", innbyggere: 53712,
  tjenester: [
    { tjeneste: "Fiks Digisos", eksisterende: 41000 },
    { tjeneste: "KS Læring" },
    { tjeneste: "Fiks Protokoller", eksisterende: 0 },
    { tjeneste: "SvarUt", eksisterende: 80000, altinn: 1000, forsendelser: 50000, svarinn: 200 },
    { tjeneste: "Min kommune", eksisterende: 50000 },
  ],
  vurder: ["Digitalt ledsagerbevis"],
};
const VOLUM = { altinn: 1000, forsendelser: 50000, svarinn: 200 };

function ruteoppsett(input: Kalkulatorinput): Kalkulatoroppsett {
  return {
    kundenavn: "Bodø", nummer: "1804", kundetype: input.kundetype, innbyggere: input.innbyggere, innbyggerkilde: "SSB tabell 07459, 1. januar 2024",
    volum: VOLUM, rader: beregnKalkulator(input, STANDARD_PRISMATRISE, STANDARD_SVARUT).rader, matriseomrade: null, matrisenavn: "Standard prismatrise 2025",
  };
}

const bok = (input: Kalkulatorinput) => lagKalkulatorbok({
  kundenavn: "Bodø", nummer: "1804", innbyggerkilde: "SSB tabell 07459, 1. januar 2024", input, matrise: STANDARD_PRISMATRISE,
  matrisebeskrivelse: "standard prismatrise 2025", svarut: STANDARD_SVARUT,
});

/** Det en celle er i oppsettet, uten selve formelen: formel, «na.», tekst, tall eller tom, med format og stil. */
function slag(c: Celle | null | undefined): string {
  if (!c) return "tom";
  const hva = c.formel !== undefined ? "formel" : c.verdi === undefined ? "tom" : c.verdi === "na." ? "na." : typeof c.verdi;
  return `${hva}|${c.format ?? ""}|${c.stil ?? ""}`;
}

/** Kjernens visningscelle slik et regneark viser den: tall (prosent som brøk), «na.» eller tom (null). */
function forventet(c: Visningscelle): number | string | null {
  switch (c.type) {
    case "kr": return c.verdi.toNumber();
    case "prosent": return c.verdi.div(100).toNumber();
    case "na": return "na.";
    case "tom": return null;
  }
}

/** Regnearkets verdi slik testene sammenligner den: tomt som null, brøker med 12 desimaler. */
const rund = (v: unknown) => (v === undefined || v === "" || v === null ? null : typeof v === "number" ? Number(v.toFixed(12)) : v);

/** Kjernens visning av linjene og summen: 6 celler per rad (Eksisterende … Total ny), som regnearket skal vise dem. */
function kjernensTabell(input: Kalkulatorinput): { navn: string; celler: unknown[] }[] {
  const { rader, sum } = beregnKalkulator(input, STANDARD_PRISMATRISE, STANDARD_SVARUT);
  return [...rader.map((r: Kalkulatorrad) => visningslinje(r)), sumlinje(sum)].map((l) => ({ navn: l.tjeneste, celler: l.celler.map((c) => rund(forventet(c))) }));
}

describe("kalkulatorarket: ett oppsett, to formellag", () => {
  test("de samme etikettene, radene, tallformatene og stilene i ruten og i arbeidsboken", () => {
    const rute = kalkulatorark(ruteoppsett(INPUT));
    const fil = bok(INPUT).ark[0];
    const sumrad = 12 + kjernensTabell(INPUT).length - 1;
    // Kolonne A: tittelen, inndatablokkens etiketter, overskriften, linjene og Sum (forklaringen i A2 sier hvilke formler målet har).
    const etiketter = (a: Ark) => a.rader.slice(0, sumrad + 1).map((r, i) => (i === 1 ? "forklaring" : r[0]?.verdi ?? null));
    expect(etiketter(rute)).toEqual(etiketter(fil));
    expect(etiketter(rute).slice(11)).toEqual([
      "Tjeneste", "Grunnfinansiering", "Fiks Digisos", "KS Læring", "Fiks Protokoller", "SvarUt", "Min kommune", "Digitalt ledsagerbevis", "Sum",
    ]);
    // Tabellen A12:G20: hver celle er det samme slaget (formel, «na.», inndata, tom) med det samme formatet og den samme stilen.
    const tabell = (a: Ark) => a.rader.slice(11, sumrad + 1).map((r) => Array.from({ length: 7 }, (_, k) => slag(r[k])));
    expect(tabell(rute)).toEqual(tabell(fil));
    // Inndatablokkens volumer, valideringene (arbeidsboken har i tillegg listen over organisasjoner) og Excel-tabellen.
    expect(rute.rader.slice(6, 9).map((r) => r.map(slag))).toEqual(fil.rader.slice(6, 9).map((r) => r.map(slag)));
    expect(rute.valideringer).toEqual(fil.valideringer.filter((v) => v.type !== "liste"));
    expect(rute.tabeller).toEqual(fil.tabeller);
    // Målets eget: arbeidsbokens Merknad og hjelpekolonner, og rutens faste bredder uten beskyttelse eller frysing.
    expect([rute.rader[11].length, fil.rader[11].length]).toEqual([7, 13]);
    expect([rute.beskyttet, rute.frys, fil.beskyttet, fil.frys]).toEqual([false, { rader: 0, kolonner: 0 }, true, { rader: 12, kolonner: 1 }]);
  });

  test("rutens ark viser «na.», tomme celler og tall der kjernen gjør det, også etter at en dagens pris er skrevet inn", () => {
    const hf = planSomBok(kalkulatorark(ruteoppsett(INPUT)), "Kalkulator");
    const ark = hf.getSheetId("Kalkulator")!;
    const verdi = (r: number, k: number) => rund(hf.getCellValue({ sheet: ark, row: r, col: k }));
    const arket = () => kjernensTabell(INPUT).map((l, i) => ({ navn: l.navn, celler: [1, 2, 3, 4, 5, 6].map((k) => verdi(12 + i, k)) }));
    expect(arket()).toEqual(kjernensTabell(INPUT));
    // Levende: dagens pris for KS Læring (rad 15) skrives inn i den gule cellen; kjernen med den samme prisen viser endringen.
    hf.setCellContents({ sheet: ark, row: 14, col: 1 }, [[30000]]);
    const medPris = { ...INPUT, tjenester: INPUT.tjenester.map((t) => (t.tjeneste === "KS Læring" ? { ...t, eksisterende: 30000 } : t)) };
    expect(arket()).toEqual(kjernensTabell(medPris));
  });

  test("arbeidsbokens ark viser «na.», tomme celler og tall der kjernen gjør det", () => {
    const fil = bok(INPUT).ark[0];
    const vist = (c: Celle | null | undefined) => rund(c?.formel !== undefined ? c.resultat : c?.verdi);
    const arket = kjernensTabell(INPUT).map((l, i) => ({ navn: l.navn, celler: [1, 2, 3, 4, 5, 6].map((k) => vist(fil.rader[12 + i][k])) }));
    expect(arket).toEqual(kjernensTabell(INPUT));
  });

  test("Office.js-skriveren: tabellstilen tegner overskriftsraden, inndata er gule, og valideringene er de samme som i filen", async () => {
    const falsk = new Falskbok();
    await officeArbeidsbok(falsk.excel()).skrivArk(kalkulatorark(ruteoppsett(INPUT)));
    const ark = falsk.finn("Kalkulator Bodø");
    // Ingen lys overskriftsfyll over tabellstilen; de gule inndatacellene som i filen.
    expect([ark.fyll.get("A12"), ark.fet.has("A12"), ark.fyll.get("B14")]).toEqual([undefined, false, "#FFF2CC"]);
    // Innbyggere, volumene og de eksisterende prisene (B13:B19): grensene og meldingene fra kjernens tallkrav, som i .xlsx-filen.
    const fil = bok(INPUT).ark[0].valideringer.filter((v) => v.type !== "liste");
    expect([...ark.validering.keys()]).toEqual(["B6", "B7:B9", "B13:B19"]);
    expect([...ark.validering.values()].map((v) => [v.rule, (v.errorAlert as { message: string }).message, (v.prompt as { message: string }).message]))
      .toEqual(fil.map((v) => [
        { [v.type === "heltall" ? "wholeNumber" : "decimal"]: { formula1: (v as { min: number }).min, formula2: (v as { max: number }).max, operator: "Between" } },
        v.melding, v.inndatamelding,
      ]));
    expect(ark.validering.get("B6")!.rule).toEqual({ wholeNumber: { formula1: 0, formula2: expect.any(Number), operator: "Between" } });
  });
});

test("prismatrisearket: matrisen og SvarUt-tabellen er de samme cellene i ruten og i arbeidsbokens arkene Prismatrise og SvarUt", () => {
  const rute = prismatriseark(STANDARD_PRISMATRISE, STANDARD_SVARUT, "standard prismatrise 2025");
  const [, matrise, svarut] = bok(INPUT).ark;
  expect([matrise.navn, svarut.navn]).toEqual(["Prismatrise", "SvarUt"]);
  const celler = (a: Ark, fra: number, til: number) => a.rader.slice(fra, til).map((r) => r.map((c) => (c ? { ...c, resultat: undefined, justering: undefined } : null)));
  expect(rute.rader[0][0]).toEqual(matrise.rader[0][0]);
  // Overskrift, 12 tjenester og referanseraden fra A3, med merknaden ved referanseinnbyggertallene i kolonne I.
  expect(celler(rute, 2, 16)).toEqual(celler(matrise, 2, 16));
  expect(rute.rader[15][8]?.formel).toMatch(/^IF\(NOT\(AND\(ISNUMBER\(C16\),C16>0\)\),"Referanseinnbyggertallet for kommuner/);
  // SvarUt: tittelen, så tabellen (overskrift og seks kundetyper) – i ruten under matrisen, i arbeidsboken i sitt eget ark.
  expect(rute.rader[17][0]?.verdi).toBe(svarut.rader[0][0]?.verdi);
  expect(celler(rute, 18, 25)).toEqual(celler(svarut, 2, 9));
  expect(rute.valideringer.map((v) => v.melding)).toEqual([...matrise.valideringer, ...svarut.valideringer].map((v) => v.melding));
  expect(rute.tabeller.map((t) => t.omrade)).toEqual(["A3:H16", "A19:E25"]);
});

test("båndtabellene: de samme titlene, kolonnene og radene i rutens effektark og i sektorbokens arket Fordeling", () => {
  const kunder = kunderFra([
    ["Kunde", "Kundetype", "Innbyggere", "Pris i dag"], ["Bodø", "KOMMUNE", 53712, 300000], ["Nykommune", "KOMMUNE", 1000, ""],
    ["Vestland", "FYLKESKOMMUNE", 650000, 700000],
  ], { matrise: STANDARD_PRISMATRISE });
  const rute = effektark({
    kildetekst: "Kundeliste", matrisenavn: "Standard prismatrise 2025", sammenligning: "Dagens pris fra kundelisten", hvaom: false,
    resultat: beregnEffekt(kunder, STANDARD_PRISMATRISE), tidspunkt: "1.1.2026 12:00",
  });
  const fordeling = lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard prismatrise 2025", ar: 2024 }).ark
    .find((a) => a.navn === "Fordeling")!;
  // Tittel, overskrift, fem bånd, «Uten grunnlag» og Sum: navnene og cellenes slag utenom innholdet (verdi i ruten, formel i filen).
  const tabell = (a: Ark, tittel: string) => {
    const r = a.rader.findIndex((rad) => rad[0]?.verdi === tittel);
    return a.rader.slice(r, r + 9).map((rad, j) => rad.slice(0, 4).map((c, k) => (k === 0 || j < 2 ? c?.verdi : `${c?.format ?? ""}|${c?.stil ?? ""}`)));
  };
  const titler = ["KOMMUNE", "FYLKESKOMMUNE"].flatMap((k) => ["prosent", "kroner"].map((e) => `${KUNDETYPENAVN[k as "KOMMUNE"]} – endring i ${e}`));
  expect(titler).toEqual(["Kommune – endring i prosent", "Kommune – endring i kroner", "Fylkeskommune – endring i prosent", "Fylkeskommune – endring i kroner"]);
  for (const tittel of titler) {
    expect(tabell(rute, tittel)).toEqual(tabell(fordeling, tittel));
    expect(tabell(rute, tittel).map((r) => r[0])).toEqual([
      tittel, "Bånd", "Kostnadsreduksjon", "Opp til snittet", "Noe over snittet", "Over snittet", "Stor økning", "Uten grunnlag", "Sum",
    ]);
  }
  // «Uten grunnlag» inngår ikke i andelene: «na.» i begge (kjernens regel), også når ingen kunde mangler grunnlag.
  const andel = (a: Ark, tittel: string) => a.rader[a.rader.findIndex((rad) => rad[0]?.verdi === tittel) + 7][3]?.verdi;
  expect(titler.map((t) => [andel(rute, t), andel(fordeling, t)])).toEqual(titler.map(() => ["na.", "na."]));
});
