/**
 * Arket Budsjett regnet ut av LibreOffice Calc og sammenlignet celle for celle med kjernens beregnBudsjett: Bodø med
 * vekst, prisjustering, oppstart midt i året og Digifin-avgifter (med medlemskap), en fylkeskommune, en statlig
 * virksomhet over ti år, og en plan uten vekst og prisjustering som skal gi kalkulatorens sum hvert år. Deretter de
 * samme filene etter endringer i filen (vekst, prisjustering, prismatrise, innbyggertall, oppstart) og innbyggertall
 * der vanlig flyttallsregning ville rundet feil, mot en BigInt-fasit. Alle filene går gjennom én soffice-oppstart.
 */
import type ExcelJS from "exceljs";
import {
  beregnBudsjett, beregnKalkulator, type Budsjett, framskrevetInnbyggertall, type Kalkulatorinput, MEDLEMSKAPSSATSER, type Prismatrise,
  finnOrganisasjon, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { BODO_BUDSJETT, BODO_KALKULATOR } from "../hjelpere/bodo";
import { innbyggereFasit, TITUSENDELER } from "../budsjett/referanse";
import { arskolonne, avvik } from "./budsjettceller";
import { type Arkverdier, finnRad, formelceller, matriseFraArk, rediger, regnUt, settMatrisecelle, tall } from "./libreoffice";

jest.setTimeout(600_000);

interface Scenario {
  kundenavn: string | null;
  input: Kalkulatorinput;
  /** Budsjettseksjonen slik den står i scenariofilen. */
  budsjett: Record<string, unknown>;
  matrise: Prismatrise;
}

const TABELLER = { svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
const vestland = finnOrganisasjon("Vestland");

const BODO: Scenario = {
  kundenavn: "Bodø", matrise: STANDARD_PRISMATRISE, input: BODO_BUDSJETT,
  budsjett: {
    fra: 2026, ar: 4, befolkningsvekst: 1.0, prisjustering: 3.0,
    oppstart: { "Fiks Digiorden": "2026-K3", "Digitalt ledsagerbevis": "2027-K3" },
    digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: true }, { losning: "Digiorden", kvartal: "2028-K4" }],
  },
};

const SCENARIER: Record<string, Scenario> = {
  bodo: BODO,
  fylke: {
    kundenavn: "Vestland", matrise: STANDARD_PRISMATRISE,
    input: {
      kundetype: "FYLKESKOMMUNE", innbyggere: vestland.innbyggere[2025],
      tjenester: [{ tjeneste: "KS Læring", eksisterende: 90_000 }, { tjeneste: "Fiks Folkeregister" },
        { tjeneste: "SvarUt", eksisterende: 120_000, altinn: 3_333, forsendelser: 77_777, svarinn: 1_234 }],
      vurder: ["Fiks Protokoller", "Fiks Digiorden"],
    },
    budsjett: {
      fra: 2025, ar: 5, befolkningsvekst: 0.75, prisjustering: 2.5,
      oppstart: { "Fiks Protokoller": "2026-K2", "Fiks Digiorden": "2029-K4" },
      digifin: [{ losning: "Digiorden", kvartal: "2029-K4", medlemskap: true }],
    },
  },
  nullvekst: { kundenavn: "Bodø", matrise: STANDARD_PRISMATRISE, input: BODO_KALKULATOR, budsjett: { fra: 2026 } },
  ett_ar: {
    kundenavn: "Utsira", matrise: STANDARD_PRISMATRISE,
    input: { kundetype: "KOMMUNE", innbyggere: finnOrganisasjon("Utsira").innbyggere[2025], tjenester: [{ tjeneste: "Fiks Melding" }], vurder: ["KS Læring"] },
    budsjett: { fra: 2099, ar: 1, befolkningsvekst: -2.5, prisjustering: 6, oppstart: { "KS Læring": "2099-K4" } },
  },
  // Priser like under en halv krone etter prisjusteringen (se avrunding.test.ts; planene starter i prisåret 2025, så
  // prisene justeres år nr. n ganger): Time, KS Læring, 3 %, år nr. 4 er
  // 55 352,4999998 kr, og Lindesnes, Fiks Digiorden, vekst 3 % og −2 % i år nr. 7 er 56 179,4999996 kr.
  time: {
    kundenavn: "Time", matrise: STANDARD_PRISMATRISE,
    input: { kundetype: "KOMMUNE", innbyggere: finnOrganisasjon("Time").innbyggere[2025], tjenester: [{ tjeneste: "KS Læring" }], vurder: [] },
    budsjett: { fra: 2025, ar: 5, prisjustering: 3 },
  },
  lindesnes: {
    kundenavn: "Lindesnes", matrise: STANDARD_PRISMATRISE,
    input: { kundetype: "KOMMUNE", innbyggere: finnOrganisasjon("Lindesnes").innbyggere[2024], tjenester: [{ tjeneste: "Fiks Digiorden" }], vurder: [] },
    budsjett: { fra: 2025, ar: 8, befolkningsvekst: 3, prisjustering: -2 },
  },
  // SvarUt 3 000 + 34 000 × 0,50 = 20 000 kr; med 0,5 % er år nr. 2 nøyaktig 20 200,5 kr, som flyttall gir 20 200,4999999….
  svarut_halv: {
    kundenavn: "Utsira", matrise: STANDARD_PRISMATRISE,
    input: { kundetype: "KOMMUNE", innbyggere: finnOrganisasjon("Utsira").innbyggere[2024], tjenester: [{ tjeneste: "SvarUt", forsendelser: 34_000 }], vurder: [] },
    budsjett: { fra: 2025, ar: 3, prisjustering: 0.5 },
  },
  statlig: {
    kundenavn: null, matrise: STANDARD_PRISMATRISE,
    input: {
      kundetype: "STATLIG_VIRKSOMHET", innbyggere: 99_999_999,
      tjenester: [{ tjeneste: "KS Læring" }, { tjeneste: "SvarUt", altinn: 333, forsendelser: 4_445, svarinn: 15 }], vurder: ["Fiks Protokoller"],
    },
    budsjett: { fra: 2027, ar: 10, befolkningsvekst: 19.9999, prisjustering: -7.25, oppstart: { "Fiks Protokoller": "2031-K3" } },
  },
};

const lag = (s: Scenario) => skrivXlsx(lagKalkulatorbok({
  kundenavn: s.kundenavn, nummer: null, innbyggerkilde: "Testkilde", input: s.input, matrise: s.matrise, matrisebeskrivelse: "test",
  svarut: STANDARD_SVARUT, budsjett: { valg: tolkBudsjett(s.budsjett), digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
}));
const kjerne = (s: Scenario): Budsjett => beregnBudsjett(s.input, tolkBudsjett(s.budsjett), { ...TABELLER, matrise: s.matrise });

/** Den første raden i arket Budsjett der kolonne A er `tekst` (tabellen; hjelperadene lenger ned har de samme navnene). */
function budsjettrad(bok: ExcelJS.Workbook, tekst: string): ExcelJS.Row {
  const ark = bok.getWorksheet("Budsjett")!;
  let funnet: ExcelJS.Row | undefined;
  ark.eachRow((rad) => {
    if (!funnet && rad.getCell(1).value === tekst) funnet = rad;
  });
  if (!funnet) throw new Error(`Fant ikke «${tekst}» i arket Budsjett.`);
  return funnet;
}

/**
 * Innbyggertall der svaret må være eksakt: P = 1 012 med 17,4952 % vekst er i år nr. 3 1 012 · 1,174952³ =
 * 1 641,49999999894…, like under en halv (vanlige flyttall med en indre avrunding til seks desimaler ville rundet opp);
 * 5 · 1,1 = 5,5 er eksakt en halv (opp); det største innbyggertallet med den største veksten i ti år; nedgang; null.
 */
const INNBYGGERTILFELLER: [innbyggere: number, vekstTitusendeler: number][] = [
  [1_012, 174_952], [5, 100_000], [99_999_999, 199_999], [1, -100_000], [0, 50_000], [53_712, 10_000], [717_710, 3],
];

let lo: Map<string, Arkverdier>;
let filer: Record<string, Uint8Array>;
const forventet: Record<string, Budsjett> = {};

beforeAll(async () => {
  filer = {};
  for (const [navn, s] of Object.entries(SCENARIER)) {
    filer[navn] = await lag(s);
    forventet[navn] = kjerne(s);
  }
  const medBudsjett = (s: Scenario, endring: Record<string, unknown>): Scenario => ({ ...s, budsjett: { ...s.budsjett, ...endring } });

  filer.bodo_vekst = await rediger(filer.bodo, (bok) => {
    bok.getWorksheet("Budsjett")!.getCell("B5").value = 0.025;
  });
  forventet.bodo_vekst = kjerne(medBudsjett(BODO, { befolkningsvekst: 2.5 }));

  filer.fylke_justering = await rediger(filer.fylke, (bok) => {
    bok.getWorksheet("Budsjett")!.getCell("B6").value = 0.041234;
  });
  forventet.fylke_justering = kjerne(medBudsjett(SCENARIER.fylke, { prisjustering: 4.1234 }));

  let matrise: Prismatrise = STANDARD_PRISMATRISE;
  filer.bodo_matrise = await rediger(filer.bodo, (bok) => {
    settMatrisecelle(bok, "Fiks Digiorden", "Innbyggerpris kommune", 2.5);
    settMatrisecelle(bok, "Grunnfinansiering", "Størrelsesjustering kommune", 0.12);
    matrise = matriseFraArk(bok);
  });
  forventet.bodo_matrise = kjerne({ ...BODO, matrise });

  filer.bodo_innbyggere = await rediger(filer.bodo, (bok) => {
    bok.getWorksheet("Kalkulator")!.getCell("B6").value = 61_000;
  });
  forventet.bodo_innbyggere = kjerne({ ...BODO, input: { ...BODO.input, innbyggere: 61_000 } });

  // Oppstarten flyttet og en ny oppstart skrevet inn; Digihelse betales senere.
  filer.bodo_oppstart = await rediger(filer.bodo, (bok) => {
    const digiorden = budsjettrad(bok, "Fiks Digiorden (vurderes)");
    [digiorden.getCell(2).value, digiorden.getCell(3).value] = [2027, 2];
    const digisos = budsjettrad(bok, "Fiks Digisos");
    [digisos.getCell(2).value, digisos.getCell(3).value] = [2026, 4];
    budsjettrad(bok, "Digifin-avgift Digihelse med medlemskap").getCell(2).value = 2029;
  });
  forventet.bodo_oppstart = kjerne(medBudsjett(BODO, {
    oppstart: { "Fiks Digiorden": "2027-K2", "Digitalt ledsagerbevis": "2027-K3", "Fiks Digisos": "2026-K4" },
    digifin: [{ losning: "Digihelse", kvartal: "2029-K2", medlemskap: true }, { losning: "Digiorden", kvartal: "2028-K4" }],
  }));

  // Linjer som ikke kan beregnes: Fiks Digisos uten pris for kommuner, og en befolkningsvekst utenfor grensene.
  filer.bodo_na = await rediger(filer.bodo, (bok) => {
    for (const k of ["Fastpris kommune", "Innbyggerpris kommune", "Størrelsesjustering kommune"]) settMatrisecelle(bok, "Fiks Digisos", k, "NA");
  });
  filer.bodo_ugyldig = await rediger(filer.bodo, (bok) => {
    bok.getWorksheet("Budsjett")!.getCell("B5").value = 0.25;
  });

  for (const [i, [innbyggere, titusendeler]] of INNBYGGERTILFELLER.entries()) {
    const navn = `innbyggere${i}`;
    filer[navn] = await rediger(filer.statlig, (bok) => {
      bok.getWorksheet("Kalkulator")!.getCell("B6").value = innbyggere;
      bok.getWorksheet("Budsjett")!.getCell("B5").value = titusendeler / TITUSENDELER / 100;
    });
    const s = SCENARIER.statlig;
    forventet[navn] = kjerne({ ...medBudsjett(s, { befolkningsvekst: titusendeler / TITUSENDELER }), input: { ...s.input, innbyggere } });
  }
  lo = regnUt(filer).resultat;
});

const budsjettet = (navn: string) => lo.get(navn)!.get("Budsjett")!;

test("bøkene har arket Budsjett og formler med bufrede resultater (redigerte: uten); Digifin bare når planen har Digifin-avgifter", async () => {
  for (const [navn, bytes] of Object.entries(filer)) {
    const { formler, medResultat } = await formelceller(bytes);
    // Arket Budsjett alene har sju utregnede celler per linje og år (Årspris, Kvartaler i bruk, Beløp, K1–K4).
    const plan = forventet[navn] ?? forventet.bodo;
    expect([navn, formler > 7 * plan.ar[0].linjer.length * plan.antallAr, medResultat]).toEqual([navn, true, navn in SCENARIER ? formler : 0]);
  }
  const ark = (navn: string) => [...lo.get(navn)!.keys()].sort();
  expect(ark("bodo")).toEqual(["Budsjett", "Digifin", "Innbyggere", "Kalkulator", "Les meg", "Prismatrise", "SvarUt"]);
  expect(ark("nullvekst")).toEqual(["Budsjett", "Innbyggere", "Kalkulator", "Les meg", "Prismatrise", "SvarUt"]);
});

test("Bodø med vekst 1 %, prisjustering 3 %, oppstart 2026-K3 og 2027-K3 og Digifin med medlemskap: hver celle er lik kjernens", () => {
  expect(avvik("bodo", budsjettet("bodo"), forventet.bodo)).toEqual([]);
  // Planen har det testen skal dekke: en linje som starter midt i året, en avgift med medlemskap, og et beløp på x,5 kr
  // (årspris × kvartaler / 4 med brøkdel ½) som må rundes opp.
  const linjer = forventet.bodo.ar.flatMap((a) => a.linjer);
  expect(linjer.some((l) => l.aktiveKvartaler === 2 && l.type !== "digifin")).toBe(true);
  expect(linjer.some((l) => l.tjeneste === "Digifin-avgift Digihelse med medlemskap" && l.belop > 0)).toBe(true);
  expect(linjer.some((l) => l.arspris !== null && (l.arspris * l.aktiveKvartaler) % 4 === 2)).toBe(true);
  // Alle antall kvartaler i bruk (0–4) forekommer blant scenarioene.
  const aktive = Object.values(forventet).flatMap((b) => b.ar.flatMap((a) => a.linjer.filter((l) => l.type !== "digifin").map((l) => l.aktiveKvartaler)));
  expect([...new Set(aktive)].sort()).toEqual([0, 1, 2, 3, 4]);
});

test("en fylkeskommune (SvarUt-volumer, oppstart i K2 og K4, Digifin med fylkeskommunens medlemskap) er lik kjernen", () => {
  expect(avvik("fylke", budsjettet("fylke"), forventet.fylke)).toEqual([]);
});

test("uten vekst og prisjustering er hvert års sum kalkulatorens «Total ny tjenestepris», i arket og i kjernen", () => {
  expect(avvik("nullvekst", budsjettet("nullvekst"), forventet.nullvekst)).toEqual([]);
  const kalkulator = lo.get("nullvekst")!.get("Kalkulator")!;
  const total = tall(kalkulator[finnRad(kalkulator, "Sum", finnRad(kalkulator, "Tjeneste"))][6]);
  expect(total).toBe(beregnKalkulator(BODO_KALKULATOR, STANDARD_PRISMATRISE, STANDARD_SVARUT).sum.totalNy!.toNumber());
  const ark = budsjettet("nullvekst");
  const oversikt = finnRad(ark, "År", finnRad(ark, "Tjeneste")) + 1;
  expect([0, 1, 2, 3].map((n) => tall(ark[oversikt + n][2]))).toEqual([total, total, total, total]);
});

test("en plan på ett år (siste mulige år, oppstart i K4, nedgang i folketallet) er lik kjernen", () => {
  expect(avvik("ett_ar", budsjettet("ett_ar"), forventet.ett_ar)).toEqual([]);
});

test("en linje uten pris viser «na.» med forklaring, og summene viser «na.» i stedet for å mangle linjen", () => {
  const ark = budsjettet("bodo_na");
  const digisos = ark[ark.findIndex((r) => r[0] === "Fiks Digisos")];
  const merknad = arskolonne(4);
  expect(digisos.slice(3, 10)).toEqual(["na.", "4", "na.", "na.", "na.", "na.", "na."]);
  expect(digisos[merknad]).toBe("Prisen kan ikke beregnes: se Merknad i arket Kalkulator.");
  const sum = ark[finnRad(ark, "Sum", finnRad(ark, "Tjeneste"))];
  expect(sum.slice(5, 10)).toEqual(["na.", "na.", "na.", "na.", "na."]);
  expect(sum[merknad]).toBe("Summen er «na.» der en linje ikke kan beregnes: se Merknad.");
  expect(tall(ark[finnRad(ark, "Sum for planen")][2])).toBeNull();
});

test("en befolkningsvekst utenfor −10 % til 20 % gir en forklaring og «na.» fra andre år, aldri et tall kjernen ikke ville gitt", () => {
  const ark = budsjettet("bodo_ugyldig");
  expect(ark[4][2]).toBe("Må være fra −10 % til 20 % per år: tallene som bruker den, viser «na.».");
  const arsrad = finnRad(ark, "År");
  expect([0, 1, 2, 3].map((n) => ark[arsrad + 1][arskolonne(n)])).toEqual([String(BODO_BUDSJETT.innbyggere), "na.", "na.", "na."]);
  expect(ark[finnRad(ark, "Grunnfinansiering")][arskolonne(1)]).toBe("na.");
  expect(ark[finnRad(ark, "Sum for planen")][2]).toBe("na.");
});

test("priser like under en halv krone etter prisjusteringen rundes ned som i kjernen (Time og Lindesnes)", () => {
  expect(avvik("time", budsjettet("time"), forventet.time)).toEqual([]);
  expect(avvik("lindesnes", budsjettet("lindesnes"), forventet.lindesnes)).toEqual([]);
  const arspris = (navn: string, tjeneste: string, n: number) => forventet[navn].ar[n].linjer.find((l) => l.tjeneste === tjeneste)!.arspris;
  expect([arspris("time", "KS Læring", 4), arspris("lindesnes", "Fiks Digiorden", 7)]).toEqual([55_352, 56_179]);
});

test("en eksakt halv krone etter prisjusteringen rundes opp selv om flyttall lander under (SvarUt 20 000 kr · 1,005²)", () => {
  expect(avvik("svarut_halv", budsjettet("svarut_halv"), forventet.svarut_halv)).toEqual([]);
  // Eksakt: 20 000 · 1,005² = 20 200,5 → 20 201 kr. Som flyttall: 20 000 · (1 + 0,005)² = 20 200,499999999996.
  const ark = budsjettet("svarut_halv");
  expect(tall(ark[finnRad(ark, "SvarUt")][arskolonne(2)])).toBe(20_201);
  expect(forventet.svarut_halv.ar[2].linjer.find((l) => l.tjeneste === "SvarUt")!.arspris).toBe(20_201);
});

test("en statlig virksomhet over ti år (faste priser, SvarUt, negativ prisjustering, størst mulig vekst) er lik kjernen", () => {
  expect(avvik("statlig", budsjettet("statlig"), forventet.statlig)).toEqual([]);
});

test("endret vekst og prisjustering i filen: alle tallene følger og er lik kjernens", () => {
  expect(avvik("bodo_vekst", budsjettet("bodo_vekst"), forventet.bodo_vekst)).toEqual([]);
  expect(avvik("fylke_justering", budsjettet("fylke_justering"), forventet.fylke_justering)).toEqual([]);
  expect(forventet.bodo_vekst.sum).not.toBe(forventet.bodo.sum);
});

test("endret prismatrise i filen: årsprisene følger og er lik kjernens med den endrede matrisen", () => {
  expect(avvik("bodo_matrise", budsjettet("bodo_matrise"), forventet.bodo_matrise)).toEqual([]);
  expect(forventet.bodo_matrise.sum).not.toBe(forventet.bodo.sum);
});

test("endret innbyggertall i Kalkulator og endret oppstart og betalingskvartal i Budsjett: alt følger", () => {
  expect(avvik("bodo_innbyggere", budsjettet("bodo_innbyggere"), forventet.bodo_innbyggere)).toEqual([]);
  expect(avvik("bodo_oppstart", budsjettet("bodo_oppstart"), forventet.bodo_oppstart)).toEqual([]);
});

test("innbyggertallet er eksakt: lik BigInt-fasiten der vanlig flyttallsregning ville rundet feil", () => {
  INNBYGGERTILFELLER.forEach(([p, titusendeler], i) => {
    const ark = budsjettet(`innbyggere${i}`);
    const arsrad = finnRad(ark, "År");
    const fasit = Array.from({ length: 10 }, (_, n) => innbyggereFasit(p, titusendeler, n));
    expect([p, titusendeler, Array.from({ length: 10 }, (_, n) => tall(ark[arsrad + 1][arskolonne(n)]))]).toEqual([p, titusendeler, fasit]);
    expect(avvik(`innbyggere${i}`, ark, forventet[`innbyggere${i}`])).toEqual([]);
  });
  // Tilfellet like under en halv: flyttall med AVRUND(AVRUND(x; 6); 0), som prisene bruker, gir 1 642 for
  // x = 1 012 · 1,174952³ (Math.round(Math.round(x · 10⁶) / 10⁶) i JavaScript); fasiten er 1 641.
  expect(innbyggereFasit(1012, 174_952, 3)).toBe(1641);
  expect(framskrevetInnbyggertall(1012, tolkBudsjett({ fra: 2026, befolkningsvekst: 17.4952 }).befolkningsvekst, 3)).toBe(1641);
  expect(innbyggereFasit(5, 100_000, 1)).toBe(6);
});

