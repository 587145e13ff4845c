/**
 * «Sett inn i arket» i Budsjett-fanen: arkmodellens budsjettoppsett (det samme som arket Budsjett i arbeidsboken) med
 * levende formler (KS.ÅRSPRIS, KS.ÅRSBELØP, KS.KVARTALSBELØP …) der vekst, prisjustering, første år, kunden, volumene,
 * oppstarten og Digifin-kvartalene er celler. Arket regnes i HyperFormula med de ekte KS-funksjonene, og hver celle
 * sammenlignes med kjernens beregnBudsjett (budsjettceller.ts, som arbeidsbokens LibreOffice-tester) — før og etter at
 * cellene endres.
 */
import type { HyperFormula } from "hyperformula";
import {
  type Budsjett, type Budsjettbefolkning, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  beregnBudsjett, celleadresse, prismatriseTilCeller, tolkBudsjett, tolkPrismatrise,
} from "../../src/core";
import { absoluttOmrade } from "../../src/ark/adresser";
import { arskolonne, budsjettplassering } from "../../src/ark/budsjettoppsett";
import type { Ark } from "../../src/ark/modell";
import type { Arkkunde } from "../../src/taskpane/felles/arkkunde";
import { budsjettark, RUTERADER } from "../../src/taskpane/budsjett/budsjettark";
import { budsjettarkoppsett } from "../../src/taskpane/budsjett/budsjettoppsett";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { sammenlign as sammenlignCeller } from "../arbeidsbok/budsjettceller";
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
/** Radene i Bodø-planen: fire år, fem tjenester og én Digifin-avgift, med rutens seks egne inndatarader (B10–B15). */
const P = budsjettplassering({ antallAr: 4, linjer: Array(5), digifin: Array(1) }, 6);
/** Adressen til en rad (fra 0) i kolonnen `k` (fra 0). */
const a1 = (rad: number, k: number) => celleadresse(rad, k);

function lagPlan(input: Kalkulatorinput, seksjon: unknown, kunde = KUNDE, tabeller = TABELLER, befolkning?: Budsjettbefolkning) {
  const valg = tolkBudsjett(seksjon);
  const budsjett = beregnBudsjett(input, valg, tabeller, befolkning);
  return { budsjett, plan: budsjettark(budsjettarkoppsett(kunde, budsjett, valg)) };
}

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

function lesCelle(hf: HyperFormula, ark: string, adresse: string): unknown {
  return hf.getCellValue(hf.simpleCellAddressFromString(adresse, hf.getSheetId(ark)!)!);
}

function settCelle(hf: HyperFormula, ark: string, adresse: string, verdi: unknown): void {
  hf.setCellContents(hf.simpleCellAddressFromString(adresse, hf.getSheetId(ark)!)!, [[verdi as never]]);
}

/** Arket slik HyperFormula regnet det, som tekst (tall som JavaScript skriver dem, tomt som "", feil som «#VALUE!»). */
function regnet(hf: HyperFormula, ark: string): string[][] {
  return hf.getSheetValues(hf.getSheetId(ark)!).map((r) => r.map((v) =>
    (v === null || v === undefined ? "" : typeof v === "object" ? String((v as { value?: string }).value ?? "#FEIL") : String(v))));
}

/**
 * Hver utregnet celle i arket mot kjernens plan (budsjettceller.ts): hver linje og hvert år (årspris, kvartaler i bruk,
 * beløp, K1–K4), årstallet, innbyggertallet og hvor det kommer fra, summene og oversikten, og ingen merknad.
 */
function sammenlign(hf: HyperFormula, ark: string, b: Budsjett): void {
  const { avvik, celler } = sammenlignCeller(ark, regnet(hf, ark), b);
  expect(avvik).toEqual([]);
  expect(celler).toBeGreaterThan(b.antallAr * 7 * b.ar[0].linjer.length);
}

describe("budsjettarket regnet i HyperFormula", () => {
  test("Bodø med vekst, prisjustering, oppstart og Digifin: hver celle som kjernens plan", () => {
    const { budsjett, plan } = lagPlan(BODO, SEKSJON);
    expect(plan.navn).toBe("Budsjett Bodø");
    const hf = planSomBok(plan, ARK);
    sammenlign(hf, ARK, budsjett);
    // Et oppgitt innbyggertall (53 712) gjelder første år og vokser derfra: KS.INNBYGGERVEKST på B7.
    expect(lesCelle(hf, ARK, a1(P.befolkning, arskolonne(0)))).toBe(53712);
  });

  test("docs-eksempelet med SSB-tallene: hvert år slår opp 1. januar året før (KS.PLANINNBYGGERE), som kjernens plan", () => {
    const { budsjett, plan } = lagPlan(BODO, BODO_BUDSJETTFIL.budsjett, KUNDE, TABELLER, BODO_BEFOLKNING);
    const hf = planSomBok(plan, ARK);
    sammenlign(hf, ARK, budsjett);
    // Håndregnet (docs/budsjett.md): summen for 2027 er 829 895 kr og for planen 2 888 985 kr; 2027 bruker 1.1.2026.
    const innbyggere = [0, 1].map((n) => lesCelle(hf, ARK, a1(P.befolkning, arskolonne(n))));
    expect([lesCelle(hf, ARK, "B7"), ...innbyggere]).toEqual([53638, 53638, 54174]);
    expect(lesCelle(hf, ARK, a1(P.kilde, arskolonne(0)))).toBe("1.1.2026");
    expect(lesCelle(hf, ARK, a1(P.oversikt + 2, 2))).toBe(829895);
    expect(lesCelle(hf, ARK, a1(P.oversikt + 2 + budsjett.antallAr, 2))).toBe(2888985);
    expect([...innhold(plan).values()]).toContain(`=KS.PLANINNBYGGERE("1804",$${a1(P.ar, arskolonne(0)).replace(/(\d+)$/, "$$$1")},$B$5)`);
    // Innbyggertallet i B7 er en formel (SSB-tallet), ikke en gul inndatacelle.
    expect(inndataceller(plan).slice(0, 8)).toEqual(["B4", "B5", "B6", "B11", "B12", "B13", "B14", `B${P.forsteLinje + 2}`]);
    // Første år flyttes til 2025 i arket: 1.1.2024 og KS' publiserte tabell (ingen justering i 2025).
    settCelle(hf, ARK, "B4", 2025);
    expect(lesCelle(hf, ARK, a1(P.befolkning, arskolonne(0)))).toBe(53712);
    expect(lesCelle(hf, ARK, a1(P.kilde, arskolonne(0)))).toBe("1.1.2024");
    expect(lesCelle(hf, ARK, a1(P.forsteLinje, arskolonne(0)))).toBe(BODO_PRISER.grunnfinansiering);
  });

  test("inndata er verdier og tjenestenavn tekst; hvert tall er en formel", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const celler = innhold(plan);
    expect(["B4", "B5", "B6", "B7", "B11", "B12", "B13", "B14"].map((a) => celler.get(a))).toEqual([2026, 0.01, 0.03, 53712, "KOMMUNE", 1000, 50000, 200]);
    const linje = (j: number) => P.forsteLinje + j;
    expect([0, 1, 2, 3, 4, 5].map((j) => [celler.get(a1(linje(j), 0)), celler.get(a1(linje(j), 1)) ?? "", celler.get(a1(linje(j), 2)) ?? ""])).toEqual([
      ["Grunnfinansiering", "hele planen", ""], ["Fiks Digisos", "", ""], ["SvarUt", "", ""], ["Digitalt ledsagerbevis (vurderes)", "", ""],
      ["Fiks Digiorden (vurderes)", 2026, 3], ["Digifin-avgift Digihelse", 2026, 2],
    ]);
    // Inndata på rad 4–15, årene på rad 16–19, tabellen fra rad 20 (overskrift), sumraden 27, «Sum per år» fra rad 29.
    expect([RUTERADER.ar, P.overskrift, P.forsteLinje, P.sumrad, P.oversikt]).toEqual([15, 19, 20, 26, 28]);
    expect(celler.get("D17")).toEqual("=KS.INNBYGGERVEKST($B$7,$B$5,$D$16-$B$4)");
    expect(celler.get("D21")).toEqual('=KS.ARSPRIS("Grunnfinansiering",$D$17,$D$16-$B$4,0,$B$6,$B$11,,$B$4)');
    expect(celler.get("K23")).toEqual("=KS.JUSTERTPRIS(KS.SVARUTPRIS($B$12,$B$13,$B$14,$B$11,,10),$B$6,$K$16-$B$4,$B$4)");
    expect(celler.get("F25")).toEqual('=KS.ARSBELOP(D25,$D$16,IF(AND($B25="",$C25=""),"",$B25&"-K"&$C25))');
    expect(celler.get("I21")).toEqual('=KS.KVARTALSBELOP(D21,$D$16,3,"")');
    expect(celler.get("F26")).toEqual('=IF(ISNUMBER(E26),IF(E26=1,KS.DIGIFINAVGIFT($D$17,"Digihelse",$B$11,"Nei"),0),"na.")');
    // Under oversikten: tjenesten i scenariet som ikke er med i planen (kjernens budsjettvisning).
    expect(celler.get(a1(P.hjelp, 0))).toBe("Min kommune har ingen ny pris (inngår i grunnfinansieringen fra 2025) og er ikke med i planen.");
    // Under inndataene er bare oppstartene og Digifin-kvartalene tall: ingen utregnet verdi er skrevet inn.
    const tall = [...celler].filter(([a, c]) => Number(a.replace(/^[A-Z]+/, "")) >= 16 && typeof c === "number").map(([a]) => a);
    expect(tall).toEqual(["B25", "C25", "B26", "C26"]);
    expect(inndataceller(plan)).toEqual(["B4", "B5", "B6", "B7", "B11", "B12", "B13", "B14", "B22", "C22", "B23", "C23", "B24", "C24", "B25", "C25", "B26", "C26"]);
  });

  test("vekst, prisjustering, oppstart og Digifin-kvartalet er celler: endres de, følger hvert tall med", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const hf = planSomBok(plan, ARK);
    settCelle(hf, ARK, "B5", 0.02);
    sammenlign(hf, ARK, lagPlan(BODO, { ...SEKSJON, befolkningsvekst: 2 }).budsjett);
    settCelle(hf, ARK, "B6", 0.0275);
    settCelle(hf, ARK, "B25", 2027);
    settCelle(hf, ARK, "C25", 2);
    settCelle(hf, ARK, "B26", 2028);
    settCelle(hf, ARK, "C26", 4);
    const endret = lagPlan(BODO, {
      ...SEKSJON, befolkningsvekst: 2, prisjustering: 2.75, oppstart: { "Fiks Digiorden": "2027-K2" },
      digifin: [{ losning: "Digihelse", kvartal: "2028-K4", medlemskap: false }],
    }).budsjett;
    sammenlign(hf, ARK, endret);
    // 53 712 · 1,02² = 55 881,9648 → 55 882; Digihelse uten medlemskap: 40 000 + 4 · 55 882 = 263 528, i 2028-K4
    expect(lesCelle(hf, ARK, a1(P.forsteLinje + 5, arskolonne(2) + 6))).toBe(40000 + 4 * 55882);
  });

  test("uten vekst og prisjustering er hvert år kalkulatorens «Total ny tjenestepris»", () => {
    const { plan } = lagPlan(BODO, { fra: 2026 });
    const hf = planSomBok(plan, ARK);
    // Prisene regnet for hånd i test/hjelpere/bodo.ts, og Fiks Digiorden 113 112 kr (budsjett.test.ts).
    const { grunnfinansiering, digisos, svarut, ledsagerbevis } = BODO_PRISER;
    const total = grunnfinansiering + digisos + svarut + ledsagerbevis + 113112;
    const p = budsjettplassering({ antallAr: 4, linjer: Array(5), digifin: [] }, 6);
    expect([0, 1, 2, 3].map((n) => lesCelle(hf, ARK, a1(p.oversikt + 2 + n, 2)))).toEqual([total, total, total, total]);
  });

  test("Digifin-avgift utenfor planen: Merknad sier fra, og ingen år eller kvartal viser den", () => {
    const { plan } = lagPlan(BODO, SEKSJON);
    const hf = planSomBok(plan, ARK);
    settCelle(hf, ARK, "B26", 2031);
    expect(lesCelle(hf, ARK, a1(P.forsteLinje + 5, arskolonne(4)))).toBe("Betales utenfor planens år: ikke med i planen.");
    expect([0, 1, 2, 3].map((n) => lesCelle(hf, ARK, a1(P.forsteLinje + 5, arskolonne(n) + 2)))).toEqual([0, 0, 0, 0]);
    const uten = lagPlan(BODO, { ...SEKSJON, digifin: [] }).budsjett;
    const oversikt = [0, 1, 2, 3].map((n) => [2, 3, 4, 5, 6].map((k) => lesCelle(hf, ARK, a1(P.oversikt + 2 + n, k))));
    expect(oversikt).toEqual(uten.ar.map((a) => [a.sum, ...a.kvartal]));
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
    const omrade = `Prismatrise!A1:${celleadresse(0, celler[0].length - 1).replace(/\d+$/, "")}${celler.length}`;
    const kunde: Arkkunde = { ...KUNDE, matriseomrade: omrade, matrisenavn: `Prismatrise fra arket ${omrade}` };
    const { budsjett, plan } = lagPlan(BODO, SEKSJON, kunde, { ...TABELLER, matrise });
    expect([...innhold(plan).values()].some((c) => typeof c === "string" && c.startsWith("=") && c.includes(absoluttOmrade(omrade)))).toBe(true);
    const hf = planSomBok(plan, ARK, { Prismatrise: celler });
    sammenlign(hf, ARK, budsjett);
    // (4 000 + 0,636 · 53 712 · (1 − 0,3 · 53 712 / 717 710)) · 1,03 = 37 393,87 · 1,03 = 38 515,68 → 38 516 (2026: justert ett år)
    expect(lesCelle(hf, ARK, a1(P.forsteLinje + 1, arskolonne(0)))).toBe(38516);
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
    expect([ark.innhold("A21"), ark.innhold("B25"), ark.innhold("D26")]).toEqual(["Grunnfinansiering", 2026, "engangs"]);
    expect(ark.innhold("D21")).toEqual({ formel: '=KS.ARSPRIS("Grunnfinansiering",$D$17,$D$16-$B$4,0,$B$6,$B$11,,$B$4)' });
    expect([ark.format.get("D21"), ark.format.get("B5"), ark.format.get("B25")]).toEqual(['#,##0 "kr";-#,##0 "kr"', "0.00## %", "0"]);
    expect([ark.fyll.get("B5"), ark.fyll.get("B25"), ark.fyll.get("B21")]).toEqual(["#FFF2CC", "#FFF2CC", undefined]);
    expect(ark.fet.has(a1(P.sumrad, arskolonne(0) + 2))).toBe(true);
    const hf = lagArbeidsbok({ [ARK]: norskRutenett(ark.rutenett()) });
    sammenlign(hf, ARK, budsjett);
  });
});
