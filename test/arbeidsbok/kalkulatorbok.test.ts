/**
 * Kalkulatorarbeidsboken regnet ut av en ekte regnemotor: LibreOffice Calc åpner hver fil headless, regner alle
 * formlene (filene har ingen bufrede resultater), og hver utregnet celle sammenlignes med kjernens beregnKalkulator –
 * for 21 kommuner og fylkeskommuner og tre andre kundetyper, etter endringer av matrisen og innbyggertallet i filen,
 * når en linje ikke kan prises, og for eksakte halve kroner (x,5 kr) der vanlige flyttall lander like under. Alle
 * filene går gjennom én soffice-oppstart.
 */
import {
  beregnKalkulator, csvTilCeller, Decimal, finnOrganisasjon, GRUNNFINANSIERING, type Kalkulatorinput, type Kalkulatorresultat,
  type Kundetype, prisregel, type Prismatrise, STANDARD_PRISMATRISE, STANDARD_SVARUT, SVARUT, tolkPrismatrise,
  type Tjenestevalg,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { modell, rund } from "../okonom/brok";
import { type Arkverdier, finnRad, formelceller, matriseFraArk, rediger, regnUt, settMatrisecelle, tall } from "./libreoffice";

jest.setTimeout(600_000);

interface Scenario {
  kundenavn: string | null;
  nummer: string | null;
  input: Kalkulatorinput;
  matrise: Prismatrise;
}

const ORGANISASJONER = [
  "Oslo", "Bergen", "Trondheim", "Stavanger", "Bærum", "Kristiansand", "Tromsø", "Bodø", "Utsira", "Modalen", "Røst",
  "Eigersund", "Haugesund", "Sokndal", "Lillestrøm", "Fedje", "Akershus", "Vestland", "Trøndelag", "Troms", "Finnmark",
];

const tilbys = (navn: string, kundetype: Kundetype) => {
  try {
    prisregel(STANDARD_PRISMATRISE, STANDARD_PRISMATRISE.tjenester.find((t) => t.navn === navn)!, kundetype);
    return true;
  } catch {
    return false;
  }
};

/** Et variert scenario per organisasjon: brukte og vurderte tjenester, manglende, null og øre i eksisterende pris, SvarUt-volumer. */
function organisasjonsscenario(sok: string, i: number): Scenario {
  const org = finnOrganisasjon(sok);
  const tilbudt = STANDARD_PRISMATRISE.tjenester.map((t) => t.navn).filter((n) => n !== GRUNNFINANSIERING && tilbys(n, org.kundetype));
  const tjenester: Tjenestevalg[] = [];
  const vurder: Tjenestevalg[] = [];
  tilbudt.forEach((navn, j) => {
    if ((i + j) % 3 === 0) {
      vurder.push({ tjeneste: navn });
      return;
    }
    const eksisterende = j % 4 === 0 ? null : j % 4 === 1 ? 0 : 5000 + 1000 * i + 137 * j + (j % 2 ? 0.5 : 0);
    tjenester.push({ tjeneste: navn, eksisterende });
  });
  // Volumer med halve kroner: 1,05 × (10 + i) og 0,5 × et oddetall ender på ,5 kr for mange i.
  const volum = { altinn: 10 + i, forsendelser: 1001 + 2 * i, svarinn: 7 * i };
  if (i % 2 === 0) tjenester.push({ tjeneste: "SvarUt", eksisterende: 100_000 + i, ...volum });
  else if (i % 4 === 1) vurder.push({ tjeneste: "SvarUt", ...volum });
  if (org.kundetype === "KOMMUNE" && i % 3 === 0) tjenester.push({ tjeneste: "Min kommune", eksisterende: 50_000 });
  if (i === 3) tjenester.unshift({ tjeneste: GRUNNFINANSIERING, eksisterende: 900_000 });
  return {
    kundenavn: org.navn, nummer: org.nummer, matrise: STANDARD_PRISMATRISE,
    input: { kundetype: org.kundetype, innbyggere: org.innbyggere[i % 5 === 0 ? 2025 : 2024], tjenester, vurder },
  };
}

const egendefinert = (kundetype: Kundetype, innbyggere: number, tjenester: Tjenestevalg[], vurder: Tjenestevalg[] = []): Scenario => ({
  kundenavn: null, nummer: null, matrise: STANDARD_PRISMATRISE, input: { kundetype, innbyggere, tjenester, vurder },
});

/**
 * Eksakte halve kroner: med referanseinnbyggertall 100 000 for kommuner er disse prisene nøyaktig x,5 kr (sjekket under
 * med BigInt-brøker), og den vanlige flyttallsformelen gir x,4999…: 3 000 + 1,2 · 92 500 · (1 − 0,3 · 92 500 / 100 000)
 * = 83 197,5. «Fiks A*» kommer etter «Fiks Ab»: en * uten ~ i MATCH ville funnet feil rad.
 */
const UAVGJORT_MATRISE = tolkPrismatrise(csvTilCeller([
  "Tjeneste;Fastpris kommune;Innbyggerpris kommune;Størrelsesjustering kommune;Fastpris fylkeskommune;Innbyggerpris fylkeskommune;Størrelsesjustering fylkeskommune;Fastpris statlige",
  "Grunnfinansiering;16 500;6,345;10 %;150 000;1,05;60 %;",
  "Fiks Ab;3 000;0,5;30 %;NA;NA;NA;",
  "Fiks A*;3 000;1,2;30 %;NA;NA;NA;",
  "Tjeneste 1;3 000;6,345;30 %;NA;NA;NA;",
  "Tjeneste 2;3 000;6,345;50 %;NA;NA;NA;",
  "Tjeneste 3;3 000;0,125;30 %;NA;NA;NA;",
  "Tjeneste 4;3 000;0,25;25 %;NA;NA;NA;",
  "Tjeneste 5;3 000;1,05;25 %;NA;NA;NA;",
  "Tjeneste 6;3 000;6,345;10 %;NA;NA;NA;",
  "Referanseinnbyggertall;;100 000;;;728 803;;",
].join("\n")));
const UAVGJORT: { innbyggere: number; tjenester: string[] }[] = [
  { innbyggere: 92_500, tjenester: ["Fiks Ab", "Fiks A*"] },
  { innbyggere: 110_000, tjenester: ["Tjeneste 1", "Tjeneste 2", "Tjeneste 3"] },
  { innbyggere: 145_000, tjenester: ["Fiks Ab", "Fiks A*"] },
  { innbyggere: 222_000, tjenester: ["Tjeneste 4", "Tjeneste 5"] },
  { innbyggere: 670_000, tjenester: ["Tjeneste 6"] },
];
/** Linjene med halve kroner: [innbyggere, tjeneste, innbyggerpris, justering] med fastpris 3 000 kr og referanse 100 000. */
const UAVGJORTE_LINJER: [number, string, string, string][] = [
  [92_500, "Fiks A*", "1.2", "0.3"], [110_000, "Tjeneste 1", "6.345", "0.3"], [110_000, "Tjeneste 2", "6.345", "0.5"],
  [110_000, "Tjeneste 3", "0.125", "0.3"], [145_000, "Fiks Ab", "0.5", "0.3"], [222_000, "Tjeneste 4", "0.25", "0.25"],
  [222_000, "Tjeneste 5", "1.05", "0.25"], [670_000, "Tjeneste 6", "6.345", "0.1"],
];

const SCENARIER: Record<string, Scenario> = {
  ...Object.fromEntries(ORGANISASJONER.map((sok, i) => [`org${String(i).padStart(2, "0")}`, organisasjonsscenario(sok, i)])),
  statlig: egendefinert("STATLIG_VIRKSOMHET", 0, [
    { tjeneste: "KS Læring", eksisterende: 50_000 }, { tjeneste: "Fiks Protokoller" },
    { tjeneste: "SvarUt", eksisterende: 12_000, altinn: 333, forsendelser: 4445, svarinn: 15 },
  ]),
  iks: egendefinert("KOMMUNAL_VIRKSOMHET_IKS", 0, [{ tjeneste: "SvarUt", eksisterende: 7_000, altinn: 1, forsendelser: 3, svarinn: 5 }]),
  privat: egendefinert("PRIVAT_VIRKSOMHET", 0, [], [{ tjeneste: "SvarUt", altinn: 10, forsendelser: 11, svarinn: 12 }]),
  ...Object.fromEntries(UAVGJORT.map((u, i) => [`uavgjort${i}`, {
    kundenavn: null, nummer: null, matrise: UAVGJORT_MATRISE,
    input: { kundetype: "KOMMUNE", innbyggere: u.innbyggere, tjenester: u.tjenester.map((tjeneste) => ({ tjeneste, eksisterende: 40_000 })), vurder: [] },
  } satisfies Scenario])),
};

const lag = (s: Scenario) => skrivXlsx(lagKalkulatorbok({
  kundenavn: s.kundenavn, nummer: s.nummer, innbyggerkilde: "Testkilde", input: s.input, matrise: s.matrise,
  matrisebeskrivelse: "test", svarut: STANDARD_SVARUT,
}));

const MATRISEENDRINGER: [string, string, number][] = [
  ["Fiks Digisos", "Innbyggerpris kommune", 0.7],
  [GRUNNFINANSIERING, "Størrelsesjustering kommune", 0.12],
  ["KS Læring", "Fastpris fylkeskommune", 20_000],
  ["Fiks Folkeregister", "Innbyggerpris fylkeskommune", 0.25],
  ["Referanseinnbyggertall", "Innbyggerpris fylkeskommune", 750_000],
];

type Forventet = string | number | { omtrent: number };

/** Hver utregnet celle i kalkulatortabellen, fra kjernens resultat (tekst som `fikspris kalkulator` viser den). */
function forventedeRader(r: Kalkulatorresultat, s: Scenario): { rad: Forventet[]; tjeneste: string }[] {
  const { kundetype, innbyggere } = s.input;
  const belop = (d: Decimal | null, tom: string): Forventet => (d === null ? tom : d.toNumber());
  const prosent = (d: Decimal | null, tom: string): Forventet => (d === null ? tom : { omtrent: d.div(100).toNumber() });
  const hjelp = (navn: string): Forventet[] => {
    if (navn === SVARUT) {
      return [Object.keys(STANDARD_SVARUT).indexOf(kundetype) + 1, STANDARD_SVARUT[kundetype]!.fastpris.toNumber(), "", "", ""];
    }
    const i = s.matrise.tjenester.findIndex((t) => t.navn === navn);
    const regel = prisregel(s.matrise, s.matrise.tjenester[i], kundetype);
    if (regel.type === "fast") return [i + 1, regel.pris.toNumber(), "", "", ""];
    const { fastpris, innbyggerpris, justering } = regel.ledd;
    const faktor = new Decimal(1).minus(justering.times(innbyggere).div(regel.referanse));
    return [i + 1, fastpris.toNumber(), innbyggerpris.toNumber(), { omtrent: justering.toNumber() }, { omtrent: faktor.toNumber() }];
  };
  const rader = r.rader.map((x) => {
    if (x.type === "utgatt") {
      return { tjeneste: x.tjeneste, rad: [x.tjeneste, belop(x.eksisterende, ""), "na.", "na.", "na.", "", "na.", "Har ingen egen pris fra 2025: inngår i grunnfinansieringen."] };
    }
    const tillegg = x.type === "tillegg";
    return {
      tjeneste: x.tjeneste,
      rad: [
        x.tjeneste, belop(x.eksisterende, ""), belop(x.ny, ""), tillegg ? "" : prosent(x.endringProsent, "na."),
        tillegg ? "" : belop(x.endringKr, "na."), belop(x.tillegg, ""), belop(x.totalNy, "na."), "", ...hjelp(x.tjeneste),
      ],
    };
  });
  const sum = r.sum;
  rader.push({ tjeneste: "Sum", rad: ["Sum", belop(sum.eksisterende, ""), belop(sum.ny, ""), prosent(sum.endringProsent, "na."), belop(sum.endringKr, ""), belop(sum.tillegg, ""), belop(sum.totalNy, ""), ""] });
  return rader;
}

/** Sammenligner arket Kalkulator med de forventede cellene; gir én linje per avvik. */
function avvik(fil: string, ark: Arkverdier, forventet: { rad: Forventet[] }[]): string[] {
  const rader = ark.get("Kalkulator")!;
  const start = finnRad(rader, "Tjeneste") + 1;
  const ut: string[] = [];
  forventet.forEach(({ rad }, i) => {
    rad.forEach((f, k) => {
      const faktisk = rader[start + i]?.[k] ?? "";
      const ok = typeof f === "string" ? faktisk === f
        : typeof f === "number" ? tall(faktisk) === f
          : tall(faktisk) !== null && Math.abs(tall(faktisk)! - f.omtrent) <= 1e-13 * Math.max(1, Math.abs(f.omtrent));
      if (!ok) ut.push(`${fil} rad ${start + i + 1} kolonne ${String.fromCharCode(65 + k)}: forventet ${JSON.stringify(f)}, fikk «${faktisk}»`);
    });
  });
  return ut;
}

const filer: Record<string, Uint8Array> = {};
const forventet: Record<string, ReturnType<typeof forventedeRader>> = {};
let lo: Map<string, Arkverdier>;

beforeAll(async () => {
  for (const [navn, s] of Object.entries(SCENARIER)) {
    filer[navn] = await lag(s);
    forventet[navn] = forventedeRader(beregnKalkulator(s.input, s.matrise, STANDARD_SVARUT), s);
  }
  // En matrise endret i filen: kjernen leser det endrede arket tilbake og priser det samme scenariet med den.
  for (const kilde of ["org07", "org00", "org16", "org19"]) {
    let matrise: Prismatrise = STANDARD_PRISMATRISE;
    filer[`${kilde}_matrise`] = await rediger(filer[kilde], (bok) => {
      for (const [tjeneste, kolonne, verdi] of MATRISEENDRINGER) settMatrisecelle(bok, tjeneste, kolonne, verdi);
      matrise = matriseFraArk(bok);
    });
    const s = { ...SCENARIER[kilde], matrise };
    forventet[`${kilde}_matrise`] = forventedeRader(beregnKalkulator(s.input, matrise, STANDARD_SVARUT), s);
  }
  // Et innbyggertall endret i filen (B6): hver pris følger med.
  for (const [kilde, innbyggere] of [["org07", 60_000], ["org08", 0], ["org16", 800_000], ["org00", 1_000_000]] as const) {
    filer[`${kilde}_innbyggere`] = await rediger(filer[kilde], (bok) => {
      bok.getWorksheet("Kalkulator")!.getCell("B6").value = innbyggere;
    });
    const s = { ...SCENARIER[kilde], input: { ...SCENARIER[kilde].input, innbyggere } };
    forventet[`${kilde}_innbyggere`] = forventedeRader(beregnKalkulator(s.input, s.matrise, STANDARD_SVARUT), s);
  }
  // Fiks Digisos satt til NA for kommuner i filen: den linjen viser «na.», og summene er de andre linjenes.
  filer.org07_na = await rediger(filer.org07, (bok) => {
    for (const k of ["Fastpris kommune", "Innbyggerpris kommune", "Størrelsesjustering kommune"]) settMatrisecelle(bok, "Fiks Digisos", k, "NA");
  });
  lo = regnUt(filer).resultat;
});

test("hver formel bærer sitt bufrede resultat; en redigert fil har ingen (LibreOffice regner ut alt selv)", async () => {
  for (const [navn, bytes] of Object.entries(filer)) {
    const { formler, medResultat } = await formelceller(bytes);
    expect(formler).toBeGreaterThan(10);
    expect([navn, medResultat]).toEqual([navn, navn in SCENARIER ? formler : 0]);
  }
});

test("minst 20 kommuner og fylkeskommuner: hver beregnet celle er lik kjernens", () => {
  const navn = Object.keys(SCENARIER).filter((n) => n.startsWith("org"));
  expect(navn.length).toBeGreaterThanOrEqual(20);
  expect(navn.map((n) => SCENARIER[n].input.kundetype)).toContain("FYLKESKOMMUNE");
  expect(navn.filter((n) => SCENARIER[n].input.tjenester.some((t) => t.tjeneste === SVARUT)).length).toBeGreaterThan(5);
  expect(navn.flatMap((n) => avvik(n, lo.get(n)!, forventet[n]))).toEqual([]);
});

test("statlig virksomhet (faste priser), IKS og privat (SvarUt) er lik kjernen", () => {
  expect(["statlig", "iks", "privat"].flatMap((n) => avvik(n, lo.get(n)!, forventet[n]))).toEqual([]);
});

test("endret prismatrise i filen: prisene følger og er lik kjernens med den endrede matrisen", () => {
  const navn = Object.keys(filer).filter((n) => n.endsWith("_matrise"));
  expect(navn.flatMap((n) => avvik(n, lo.get(n)!, forventet[n]))).toEqual([]);
  // Endringen betydde noe: Bodøs pris for Fiks Digisos er ikke den fra standardmatrisen.
  const digisos = (n: string) => forventet[n].find((r) => r.tjeneste === "Fiks Digisos")!.rad[2];
  expect(digisos("org07_matrise")).not.toEqual(digisos("org07"));
});

test("endret innbyggertall i filen: prisene følger og er lik kjernens", () => {
  const navn = Object.keys(filer).filter((n) => n.endsWith("_innbyggere"));
  expect(navn.flatMap((n) => avvik(n, lo.get(n)!, forventet[n]))).toEqual([]);
});

test("en linje som ikke kan prises (NA i matrisen) viser «na.» med forklaring; summene er de andre linjenes", () => {
  const rader = lo.get("org07_na")!.get("Kalkulator")!;
  const start = finnRad(rader, "Tjeneste") + 1;
  const digisos = rader.findIndex((r) => r[0] === "Fiks Digisos");
  expect(rader[digisos].slice(2, 8)).toEqual(["na.", "na.", "na.", "", "na.", "Arket Prismatrise har ingen pris for kommuner (NA eller tom celle)."]);
  const s = SCENARIER.org07;
  const uten = { ...s.input, tjenester: s.input.tjenester.filter((t) => t.tjeneste !== "Fiks Digisos") };
  const sum = beregnKalkulator(uten, STANDARD_PRISMATRISE, STANDARD_SVARUT).sum;
  const sumrad = rader[finnRad(rader, "Sum", start)];
  expect([tall(sumrad[1]), tall(sumrad[2]), tall(sumrad[6])]).toEqual([sum.eksisterende!.toNumber(), sum.ny!.toNumber(), sum.totalNy!.toNumber()]);
  expect(sumrad[7]).toBe("Summene mangler linjer som ikke kan beregnes: se Merknad.");
});

describe("avrunding: eksakte halve kroner rundes opp som i kjernen", () => {
  test("linjene er eksakte ,5-tilfeller (BigInt-brøk), og vanlig flyttall lander under halvkronen", () => {
    for (const [p, , r, a] of UAVGJORTE_LINJER) {
      const eksakt = modell("3000", r, a, p, 100_000);
      expect(eksakt.n).toBe(2n);
      const flyt = 3000 + Number(r) * p * (1 - (Number(a) * p) / 100_000);
      expect(flyt).toBeLessThan(Number(eksakt.t) / 2);
    }
  });

  test("LibreOffice runder hver av dem opp, likt kjernen og BigInt-fasiten", () => {
    const navn = Object.keys(SCENARIER).filter((n) => n.startsWith("uavgjort"));
    expect(navn.flatMap((n) => avvik(n, lo.get(n)!, forventet[n]))).toEqual([]);
    for (const [p, tjeneste, r, a] of UAVGJORTE_LINJER) {
      const fil = navn[UAVGJORT.findIndex((u) => u.innbyggere === p)];
      const rad = lo.get(fil)!.get("Kalkulator")!.find((x) => x[0] === tjeneste)!;
      expect(tall(rad[2])).toBe(Number(rund(modell("3000", r, a, p, 100_000))));
    }
  });
});

test("Min kommune, tillegg og SvarUt-linjer finnes blant scenarioene (testen dekker alle radtyper)", () => {
  const typer = new Set(Object.values(SCENARIER).flatMap((s) => beregnKalkulator(s.input, s.matrise, STANDARD_SVARUT).rader.map((r) => r.type)));
  expect([...typer].sort()).toEqual(["grunnfinansiering", "tillegg", "tjeneste", "utgatt"]);
  expect(Object.values(SCENARIER).some((s) => s.input.tjenester.some((t) => t.tjeneste === "Min kommune"))).toBe(true);
});
