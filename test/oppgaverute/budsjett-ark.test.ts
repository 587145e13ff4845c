/**
 * «Sett inn i arket» i Budsjett-fanen: arket har levende formler (KS.ÅRSPRIS, KS.ÅRSBELØP, KS.KVARTALSBELØP …) der
 * vekst, prisjustering, oppstart og Digifin-avgiftene er celler. Arket regnes i HyperFormula med de ekte
 * KS-funksjonene, og hver celle sammenlignes med kjernens beregnBudsjett — før og etter at cellene endres.
 */
import type { HyperFormula } from "hyperformula";
import {
  type Budsjett, type Budsjettbefolkning, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  beregnBudsjett, celleadresse, prismatriseTilCeller, tolkBudsjett, tolkPrismatrise,
} from "../../src/core";
import { absoluttOmrade } from "../../src/ark/adresser";
import type { Ark } from "../../src/ark/modell";
import type { Arkkunde } from "../../src/taskpane/felles/arkkunde";
import { budsjettark, budsjettrader } from "../../src/taskpane/budsjett/budsjettark";
import { budsjettarkoppsett } from "../../src/taskpane/budsjett/budsjettoppsett";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { lagArbeidsbok } from "../funksjoner/hyperformula-ks";
import { installerCustomFunctions } from "../funksjoner/oppsett";
import { planSomBok, norskRutenett } from "./arkplan-hf";
import { BODO_BEFOLKNING, BODO_BUDSJETTFIL, BODO_PRISER } from "../hjelpere/bodo";
import { BODO_KALKULATOR, oppsett } from "./kalkulatoroppsett";
import { Falskbok } from "./streng-excel";

beforeAll(() => installerCustomFunctions());

const ARK = "Budsjett Bodø";
const TABELLER = { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
// Kalkulatorens Bodø-scenario (Digisos, SvarUt, Min kommune; vurderer Digitalt ledsagerbevis) og Fiks Digiorden.
const BODO: Kalkulatorinput = { ...BODO_KALKULATOR, vurder: [...BODO_KALKULATOR.vurder, "Fiks Digiorden"] };
const { rader: _rader, ...KUNDE } = oppsett();
const VOLUM = KUNDE.volum;
const SEKSJON = {
  fra: 2026, ar: 4, befolkningsvekst: 1.0, prisjustering: 3.0,
  oppstart: { "Fiks Digiorden": "2026-K3" },
  digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: false }],
};

function lagPlan(input: Kalkulatorinput, seksjon: unknown, kunde = KUNDE, tabeller = TABELLER, befolkning?: Budsjettbefolkning) {
  const valg = tolkBudsjett(seksjon);
  const budsjett = beregnBudsjett(input, valg, tabeller, befolkning);
  return { budsjett, plan: budsjettark(budsjettarkoppsett(kunde, budsjett, valg)) };
}

const kolonne = (k: number) => celleadresse(0, k).replace(/\d+$/, "");

/** Arkets celler med adresse: verdien, eller formelen med «=» foran (celler med bare format er ikke med). */
function innhold(ark: Ark): Map<string, unknown> {
  const celler = new Map<string, unknown>();
  ark.rader.forEach((rad, r) => rad.forEach((c, k) => {
    if (c && (c.formel !== undefined || c.verdi !== undefined)) celler.set(celleadresse(r, k), c.formel !== undefined ? `=${c.formel}` : c.verdi);
  }));
  return celler;
}

/** Adressene til de gule inndatacellene, rad for rad. */
const inndataceller = (ark: Ark) => ark.rader.flatMap((rad, r) => rad.flatMap((c, k) => (c?.stil === "inndata" ? [celleadresse(r, k)] : [])));

function lesCelle(hf: HyperFormula, ark: string, a1: string): unknown {
  return hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(ark)!)!);
}

function settCelle(hf: HyperFormula, ark: string, a1: string, verdi: unknown): void {
  hf.setCellContents(hf.simpleCellAddressFromString(a1, hf.getSheetId(ark)!)!, [[verdi as never]]);
}

/**
 * Hver tallcelle i arket mot kjernens plan: sammendraget, innbyggertallene, årsprisene, årets beløp (også Digifin og
 * summene per tjeneste og per år), hvert kvartal og Digifin-blokken.
 */
function sammenlign(hf: HyperFormula, ark: string, b: Budsjett): void {
  const celle = (a1: string) => lesCelle(hf, ark, a1);
  const tjenester = b.ar[0].linjer.filter((l) => l.type !== "digifin");
  const digifin = b.ar[0].linjer.filter((l) => l.type === "digifin");
  const rad = budsjettrader(b.antallAr, tjenester.length, digifin.length);
  const arKol = (i: number) => kolonne(2 + i);
  const kvKol = (i: number, q: number) => kolonne(2 + 4 * i + q);
  const faktisk: unknown[] = [];
  const forventet: unknown[] = [];
  const lik = (a1: string, verdi: unknown) => {
    faktisk.push([a1, celle(a1)]);
    forventet.push([a1, verdi]);
  };
  b.ar.forEach((a, i) => {
    const r = rad.sammendrag + 1 + i;
    [a.ar, a.innbyggere, a.sum, ...a.kvartal].forEach((v, k) => lik(`${kolonne(k)}${r}`, v));
    lik(`${arKol(i)}${rad.arspris}`, a.ar);
    lik(`${arKol(i)}${rad.arspris + 1}`, a.innbyggere);
    a.linjer.forEach((l, j) => {
      if (l.type !== "digifin") lik(`${arKol(i)}${rad.arspris + 2 + j}`, l.arspris);
      lik(`${arKol(i)}${rad.perAr + 1 + j}`, l.belop);
      l.kvartal.forEach((q, k) => lik(`${kvKol(i, k)}${rad.perKvartal + 2 + j}`, q));
    });
    lik(`${arKol(i)}${rad.perArSum}`, a.sum);
    a.kvartal.forEach((q, k) => lik(`${kvKol(i, k)}${rad.perKvartalSum}`, q));
  });
  b.ar[0].linjer.forEach((l, j) => lik(`${arKol(b.antallAr)}${rad.perAr + 1 + j}`, b.ar.reduce((s, a) => s + a.linjer[j].belop, 0)));
  lik(`${arKol(b.antallAr)}${rad.perArSum}`, b.sum);
  lik(`C${rad.sammendrag + b.antallAr + 1}`, b.sum);
  digifin.forEach((_, d) => {
    const j = tjenester.length + d;
    const betalt = b.ar.find((a) => a.linjer[j].belop > 0)!;
    lik(`E${rad.digifin + 1 + d}`, betalt.innbyggere);
    lik(`F${rad.digifin + 1 + d}`, betalt.linjer[j].belop);
    lik(`G${rad.digifin + 1 + d}`, "Ja");
  });
  expect(faktisk).toEqual(forventet);
}

describe("budsjettarket regnet i HyperFormula", () => {
  test("Bodø med vekst, prisjustering, oppstart og Digifin: hver celle som kjernens plan", () => {
    const { budsjett, plan } = lagPlan(BODO, SEKSJON);
    expect(plan.navn).toBe("Budsjett Bodø");
    const hf = planSomBok(plan, ARK);
    sammenlign(hf, ARK, budsjett);
    // Et oppgitt innbyggertall (53 712) gjelder første år og vokser derfra: KS.INNBYGGERVEKST på B6.
    expect(lesCelle(hf, ARK, "C23")).toBe(53712);
  });

  test("docs-eksempelet med SSB-tallene: hvert år slår opp 1. januar året før (KS.PLANINNBYGGERE), som kjernens plan", () => {
    const { budsjett, plan } = lagPlan(BODO, BODO_BUDSJETTFIL.budsjett, KUNDE, TABELLER, BODO_BEFOLKNING);
    const hf = planSomBok(plan, ARK);
    sammenlign(hf, ARK, budsjett);
    // Håndregnet (docs/budsjett.md): summen for 2027 er 829 895 kr og for planen 2 888 985 kr; 2027 bruker 1.1.2026.
    expect([lesCelle(hf, ARK, "B6"), lesCelle(hf, ARK, "C23"), lesCelle(hf, ARK, "D23")]).toEqual([53638, 53638, 54174]);
    expect(lesCelle(hf, ARK, "C16")).toBe(829895);
    expect(lesCelle(hf, ARK, "C20")).toBe(2888985);
    expect([...innhold(plan).values()]).toContain('=KS.PLANINNBYGGERE("1804",C$22,$B$7)');
    // Innbyggertallet i B6 er en formel (SSB-tallet), ikke en gul inndatacelle.
    expect(inndataceller(plan).slice(0, 7)).toEqual(["B5", "B7", "B8", "B9", "B10", "B11", "B12"]);
    // Første år flyttes til 2025 i arket: 1.1.2024 og KS' publiserte tabell (ingen justering i 2025).
    settCelle(hf, ARK, "B9", 2025);
    settCelle(hf, ARK, `B${budsjettrader(4, 5, 1).digifin + 1}`, 2025);
    settCelle(hf, ARK, `B${budsjettrader(4, 5, 1).arspris + 6}`, "2025-K3");
    expect(lesCelle(hf, ARK, "C23")).toBe(53712);
    expect(lesCelle(hf, ARK, "C24")).toBe(BODO_PRISER.grunnfinansiering);
  });

  test("inndata er verdier og tjenestenavn tekst; hvert tall er en formel", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const celler = innhold(plan);
    expect(["B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12"].map((a) => celler.get(a))).toEqual(["KOMMUNE", 53712, 0.01, 0.03, 2026, 1000, 50000, 200]);
    const rad = budsjettrader(4, 5, 1);
    expect([2, 3, 4, 5, 6].map((j) => [celler.get(`A${rad.arspris + j}`), celler.get(`B${rad.arspris + j}`) ?? ""])).toEqual([
      ["Grunnfinansiering", ""], ["Fiks Digisos", ""], ["SvarUt", ""], ["Digitalt ledsagerbevis", ""], ["Fiks Digiorden", "2026-K3"],
    ]);
    expect(["A", "B", "C", "D"].map((k) => celler.get(`${k}${rad.digifin + 1}`))).toEqual(["Digihelse", 2026, 2, "Nei"]);
    // Sammendraget på rad 15–20, årsprisene fra rad 22 (årstall), 23 (innbyggere) og 24–28 (tjenestene), Digifin på
    // rad 30–31, beløp per år på rad 33–40 og per kvartal på rad 42 (årstall), 43 (kvartal) og 44–50.
    expect(rad).toEqual({ sammendrag: 15, arspris: 22, digifin: 30, perAr: 33, perArSum: 40, perKvartal: 42, perKvartalSum: 50 });
    expect(celler.get("C23")).toEqual("=KS.INNBYGGERVEKST($B$6,$B$7,C$22-$B$9)");
    expect(celler.get("C24")).toEqual("=KS.ARSPRIS($A24,C$23,C$22-$B$9,0,$B$8,$B$5,,$B$9)");
    expect(celler.get("D26")).toEqual("=KS.JUSTERTPRIS(KS.SVARUTPRIS($B$10,$B$11,$B$12,$B$5,,10),$B$8,D$22-$B$9,$B$9)");
    expect(celler.get("C38")).toEqual("=KS.ARSBELOP(C28,C$22,$B28)");
    expect(celler.get("E48")).toEqual("=KS.KVARTALSBELOP(C28,E$42,E$43,$B28)");
    expect(celler.get("F39")).toEqual("=SUM(O49:R49)");
    expect(celler.get("G40")).toEqual("=SUM(G34:G39)");
    // Under inndataene er bare Digifin-avgiftens år og kvartal og kvartalsnumrene tall: ingen utregnet verdi er skrevet inn.
    const tall = [...celler].filter(([a1, c]) => Number(a1.replace(/^[A-Z]+/, "")) >= 16 && typeof c === "number").map(([a1]) => a1);
    expect(tall).toEqual([`B${rad.digifin + 1}`, `C${rad.digifin + 1}`, ...Array.from({ length: 16 }, (_, k) => `${kolonne(2 + k)}${rad.perKvartal + 1}`)]);
    expect(inndataceller(plan)).toEqual(["B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12", "B25", "B26", "B27", "B28", "A31", "B31", "C31", "D31"]);
  });

  test("vekst, prisjustering, oppstart og Digifin er celler: endres de, følger hvert tall med", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const hf = planSomBok(plan, ARK);
    const rad = budsjettrader(4, 5, 1);
    settCelle(hf, ARK, "B7", 0.02);
    sammenlign(hf, ARK, lagPlan(BODO, { ...SEKSJON, befolkningsvekst: 2 }).budsjett);
    settCelle(hf, ARK, "B8", 0.0275);
    settCelle(hf, ARK, `B${rad.arspris + 6}`, "2027-K2");
    settCelle(hf, ARK, `B${rad.digifin + 1}`, 2028);
    settCelle(hf, ARK, `C${rad.digifin + 1}`, 4);
    settCelle(hf, ARK, `D${rad.digifin + 1}`, "Ja");
    const endret = lagPlan(BODO, {
      ...SEKSJON, befolkningsvekst: 2, prisjustering: 2.75, oppstart: { "Fiks Digiorden": "2027-K2" },
      digifin: [{ losning: "Digihelse", kvartal: "2028-K4", medlemskap: true }],
    }).budsjett;
    sammenlign(hf, ARK, endret);
    // 53 712 · 1,02² = 55 881,9648 → 55 882; Digihelse med medlemskap: 40 000 + (4 + 20) · 55 882 = 1 381 168
    expect(lesCelle(hf, ARK, `F${rad.digifin + 1}`)).toBe(40000 + 24 * 55882);
  });

  test("uten vekst og prisjustering er hvert år kalkulatorens «Total ny tjenestepris»", () => {
    const { plan } = lagPlan(BODO, { fra: 2026 });
    const hf = planSomBok(plan, ARK);
    // Prisene regnet for hånd i test/hjelpere/bodo.ts, og Fiks Digiorden 113 112 kr (budsjett.test.ts).
    const { grunnfinansiering, digisos, svarut, ledsagerbevis } = BODO_PRISER;
    const total = grunnfinansiering + digisos + svarut + ledsagerbevis + 113112;
    expect([16, 17, 18, 19].map((r) => lesCelle(hf, ARK, `C${r}`))).toEqual([total, total, total, total]);
  });

  test("Digifin-avgift utenfor planen: «I planen» sier fra, og ingen år eller kvartal viser den", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const hf = planSomBok(plan, ARK);
    const rad = budsjettrader(4, 5, 1);
    settCelle(hf, ARK, `C${rad.digifin + 1}`, 5);
    expect(lesCelle(hf, ARK, `G${rad.digifin + 1}`)).toBe("Nei: velg år og kvartal i planen");
    expect(["C", "D", "E", "F"].map((k) => lesCelle(hf, ARK, `${k}${rad.perAr + 6}`))).toEqual([0, 0, 0, 0]);
    const uten = lagPlan(BODO, { ...SEKSJON, digifin: [] }).budsjett;
    const sammendrag = [16, 17, 18, 19].map((r) => ["C", "D", "E", "F", "G"].map((k) => lesCelle(hf, ARK, `${k}${r}`)));
    expect(sammendrag).toEqual(uten.ar.map((a) => [a.sum, ...a.kvartal]));
  });
});

describe("andre kunder og prismatriser", () => {
  test("statlig virksomhet i ti år uten Digifin: fastpris justert hvert år, SvarUt med statlige satser", () => {
    const input: Kalkulatorinput = {
      kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0,
      tjenester: [{ tjeneste: "KS Læring" }, { tjeneste: "SvarUt", ...VOLUM }], vurder: ["Fiks Protokoller"],
    };
    const kunde: Arkkunde = { ...KUNDE, kundenavn: "Egendefinert kunde", nummer: null, kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, innbyggerkilde: "Oppgitt av brukeren" };
    const { budsjett, plan } = lagPlan(input, { fra: 2026, ar: 10, prisjustering: 2.5, oppstart: { "Fiks Protokoller": "2030-K4" } }, kunde);
    const hf = planSomBok(plan, "Budsjett");
    sammenlign(hf, "Budsjett", budsjett);
    // KS Læring 54 000 · 1,025¹⁰ = 69 124,57… → 69 125 i 2035 (2025-prisen justert ti år)
    expect(budsjett.ar[9].linjer[0].arspris).toBe(69125);
  });

  test("prismatrise fra et ark: formlene bruker området, og en endret pris i arket følger med", () => {
    const celler = prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]);
    const digisos = celler.findIndex((r) => r[0] === "Fiks Digisos");
    celler[digisos][1] = 4000; // fastpris kommune 3 000 → 4 000
    const matrise = tolkPrismatrise(celler);
    const omrade = `Prismatrise!A1:${kolonne(celler[0].length - 1)}${celler.length}`;
    const kunde: Arkkunde = { ...KUNDE, matriseomrade: omrade, matrisenavn: `Prismatrise fra arket ${omrade}` };
    const { budsjett, plan } = lagPlan(BODO, SEKSJON, kunde, { ...TABELLER, matrise });
    const rad = budsjettrader(4, 5, 1);
    expect([...innhold(plan).values()].some((c) => typeof c === "string" && c.startsWith("=") && c.includes(absoluttOmrade(omrade)))).toBe(true);
    const hf = planSomBok(plan, ARK, { Prismatrise: celler });
    sammenlign(hf, ARK, budsjett);
    // (4 000 + 0,636 · 53 712 · (1 − 0,3 · 53 712 / 717 710)) · 1,03 = 37 393,87 · 1,03 = 38 515,68 → 38 516 (2026: justert ett år)
    expect(lesCelle(hf, ARK, `C${rad.arspris + 3}`)).toBe(38516);
  });
});

describe("budsjettarket skrevet gjennom officeArbeidsbok (den strenge falske Excel)", () => {
  test("et nytt ark med tekst som verdier, formler som formler, formater og gule inndata; det regner som kjernen", async () => {
    const bok = new Falskbok();
    const { budsjett, plan } = lagPlan(BODO, SEKSJON);
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(plan);
    expect(svar.ark).toBe("Budsjett Bodø");
    expect(bok.overskrevet).toEqual([]);
    const ark = bok.finn("Budsjett Bodø");
    expect([ark.innhold("A24"), ark.innhold("B28"), ark.innhold("D31")]).toEqual(["Grunnfinansiering", "2026-K3", "Nei"]);
    expect(ark.innhold("C24")).toEqual({ formel: "=KS.ARSPRIS($A24,C$23,C$22-$B$9,0,$B$8,$B$5,,$B$9)" });
    expect([ark.format.get("C24"), ark.format.get("B7"), ark.format.get("C43")]).toEqual(['#,##0 "kr";-#,##0 "kr"', "0.0### %", '"K"0']);
    expect([ark.fyll.get("B7"), ark.fyll.get("B28"), ark.fyll.get("B24")]).toEqual(["#FFF2CC", "#FFF2CC", undefined]);
    expect(ark.fet.has("C40")).toBe(true);
    // Kvartalene for fire år går til kolonne R; kolonnene etter G får bredde til kronebeløpene.
    expect([ark.kolonnebredde.get("G"), ark.kolonnebredde.get("H"), ark.kolonnebredde.get("R"), ark.kolonnebredde.get("S")]).toEqual([110, 85, 85, undefined]);
    const hf = lagArbeidsbok({ [ARK]: norskRutenett(ark.rutenett()) });
    sammenlign(hf, ARK, budsjett);
  });
});
