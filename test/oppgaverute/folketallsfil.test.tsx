/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ORGANISASJONER, lesFolketallsfil } from "../../src/core";
import { TOMT_SCENARIO, fraHusket, huskTekst } from "../../src/taskpane/scenario/rutescenario";
import { TOMT_SKJEMA, tolkSkjema } from "../../src/taskpane/felles/skjema";
import { modell, rund } from "../okonom/brok";
import { kr } from "../hjelpere/norsk";
import { arsprisFasit, matriseprisFasit, TITUSENDELER } from "../budsjett/referanse";
import { listeposter, tabellrader, tekst, visApp } from "./hjelp";

// Som de andre rutetestene: en delt maskin under last bruker mer enn jests standard på 5 s for en hel fane.
jest.setTimeout(60_000);

// «Les inn folketall» i Kalkulatoren: en 2027-fil i det medfølgende CSV-oppsettet, skrevet her fra ORGANISASJONER.
const lillestrom = ORGANISASJONER.find((o) => o.nummer === "3205")!;
const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
const LILLESTROM_2027 = 100000;

/** Filen: 1.1.2026-tallene som 2027, med Lillestrøm satt til `lillestrom` (tekst, så en feil verdi kan skrives). */
function fil2027(lillestromVerdi: string): string {
  const rader = kommuner.map((k) => `${k.nummer},${k.navn},KOMMUNE,${k.nummer === "3205" ? lillestromVerdi : k.innbyggere[2026]}`);
  return ["kommunenummer,navn,kundetype,innbyggere_2027", ...rader].join("\n");
}

const resultattabell = () => screen.getByRole("table", { name: /Prisberegning/ });
const filfelt = () => screen.getByLabelText("Les inn folketall (CSV eller JSON)");
const lastOpp = (tekst: string, navn: string) =>
  fireEvent.change(filfelt(), { target: { files: [new File([tekst], navn, { type: "text/csv" })] } });

/** Grunnfinansieringen for en kommune med P innbyggere, eksakt med BigInt: 16 500 + 6,345 · P · (1 − 0,1 · P / R), halv opp. */
function grunnfinansiering(p: number): number {
  const R = 717710n; // referansebefolkningen for kommuner er matrisens (Oslo 1.1.2024), uavhengig av befolkningsåret
  const P = BigInt(p);
  // (16 500 · 1000 · 10 · R + 6345 · P · (10 · R − P)) / (1000 · 10 · R)
  const teller = 16500n * 10000n * R + 6345n * P * (10n * R - P);
  const nevner = 10000n * R;
  return Number((2n * teller + nevner) / (2n * nevner));
}

describe("Les inn folketall", () => {
  test("en 2027-fil legger 2027 i årslisten, og Lillestrøms pris følger filens innbyggertall", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom } });
    // Uten filen: 1.1.2026, 96 771 innbyggere.
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(grunnfinansiering(96771)));
    lastOpp(fil2027(String(LILLESTROM_2027)), "folketall-2027.csv");
    expect(await screen.findByText(/Lest inn: «folketall-2027\.csv» \(1\. januar 2027\)/)).toBeTruthy();
    expect(screen.getByRole("option", { name: "2027 (fra filen)" })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: /Innbyggertall per 1\. januar/ }) as HTMLSelectElement).value).toBe("2027");
    expect(screen.getByText(/100 000 innbyggere \(«folketall-2027\.csv», 1\. januar 2027\)/)).toBeTruthy();
    expect(screen.getByText(/^Prismatrise 2025 · innbyggere 1\.1\.2027\./)).toBeTruthy();
    // 16 500 + 6,345 · 100 000 · (1 − 0,1 · 100 000 / 717 710) = 651 000 − 8 840,62 = 642 159,38 → 642 159
    expect(grunnfinansiering(LILLESTROM_2027)).toBe(642159);
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(642159));

    // En avvist fil mens 2027-filen er i bruk: meldingen sier at den forrige filen gjelder, og prisen står.
    lastOpp(fil2027("96.771"), "tvetydig-2027.csv");
    expect(await screen.findByText(/«96\.771» er tvetydig: .* Filen «folketall-2027\.csv» er fortsatt i bruk\.$/)).toBeTruthy();
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(642159));

    // Tilbake til 2026 i listen: de medfølgende tallene; uten filen er 2027 borte og året det siste som følger med.
    fireEvent.click(screen.getByRole("button", { name: "Fjern folketallsfilen" }));
    expect(screen.queryByRole("option", { name: /2027/ })).toBeNull();
    expect(screen.getByText(/96 771 innbyggere \(SSB, 1\. januar 2026\)/)).toBeTruthy();
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(grunnfinansiering(96771)));
  });

  test("en avvist fil gir kjernens melding med fil, linje og kode, og beregningen står uendret", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom } });
    lastOpp(fil2027("-5"), "feil-2027.csv");
    // Linje 1 er overskriften, så kommune nr. i (fra 0) står på linje i + 2.
    const linje = kommuner.findIndex((k) => k.nummer === "3205") + 2;
    expect(await screen.findByText(`Folketallsfilen «feil-2027.csv», linje ${linje}, 3205 (2027): innbyggertallet kan ikke være negativt, fikk «-5».`)).toBeTruthy();
    expect(screen.queryByRole("option", { name: /2027/ })).toBeNull();
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(grunnfinansiering(96771)));

    // En fil uten årskolonne avvises også med sin melding; den forrige meldingen byttes ut.
    lastOpp("kommunenummer,navn,kundetype\n3205,Lillestrøm,KOMMUNE\n", "uten-ar.csv");
    expect(await screen.findByText("Folketallsfilen «uten-ar.csv», linje 1: ingen årskolonne (forventet f.eks. innbyggere_2027).")).toBeTruthy();
    expect(screen.queryByText(/feil-2027\.csv/)).toBeNull();
  });

  test("Statistikkbankens CSV i Windows-1252 og SSBs JSON-stat2 leses i ruten med de samme tallene", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom } });
    const tall = (k: (typeof kommuner)[number]) => (k.nummer === "3205" ? LILLESTROM_2027 : k.innbyggere[2026]);
    const statbank = ['"07459: Befolkning, etter region, statistikkvariabel og år"', "", '"region";"statistikkvariabel";"2027"',
      ...kommuner.map((k) => `"${k.nummer} ${k.navn}";"Personer";${tall(k)}`)].join("\r\n");
    // «ø» og «å» er én byte hver i Windows-1252 (latin1 gir de samme bytene): filen er ikke gyldig UTF-8.
    const bytes = Uint8Array.from(Buffer.from(statbank, "latin1"));
    fireEvent.change(filfelt(), { target: { files: [new File([bytes], "07459.csv", { type: "text/csv" })] } });
    expect(await screen.findByText(/Lest inn: «07459\.csv» \(1\. januar 2027\)/)).toBeTruthy();
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(642159));
    const jsonstat = JSON.stringify({
      id: ["Region", "Tid"], size: [kommuner.length, 1],
      dimension: { Region: { category: { index: kommuner.map((k) => k.nummer) } }, Tid: { category: { index: ["2027"] } } },
      value: kommuner.map((k) => (k.nummer === "3205" ? 96800 : tall(k))),
    });
    lastOpp(jsonstat, "07459.json");
    expect(await screen.findByText(/Lest inn: «07459\.json» \(1\. januar 2027\)/)).toBeTruthy();
    expect(screen.getByText(/96 800 innbyggere \(«07459\.json», 1\. januar 2027\)/)).toBeTruthy();
    expect(tabellrader(resultattabell())[0][2]).toBe(kr(grunnfinansiering(96800)));
  });

  test("filen huskes med scenariet: tilbake gir den 2027 og filens tall, uten den kan 2027-scenariet ikke åpnes", () => {
    const folketall = lesFolketallsfil(fil2027(String(LILLESTROM_2027)), "folketall-2027.csv");
    const scenario = { ...TOMT_SCENARIO, skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom, ar: 2027, folketall } };
    const tekst = huskTekst(scenario);
    const tilbake = fraHusket(tekst);
    expect(tilbake.skjema.ar).toBe(2027);
    expect(tilbake.skjema.folketall?.fil).toBe("folketall-2027.csv");
    // Alle tallene i filen kommer tilbake, også fylkene kjernen summerte (Akershus 32 med Lillestrøm på 100 000).
    expect(tilbake.skjema.folketall?.tall).toEqual(folketall.tall);
    expect(tolkSkjema(tilbake.skjema, TOMT_SCENARIO.aktiv.matrise).innbyggere).toBe(LILLESTROM_2027);
    const utenFil = JSON.stringify({ ...JSON.parse(tekst), folketall: null });
    expect(() => fraHusket(utenFil)).toThrow(/2027/);
  });

  test("Effekt-fanen regner alle kundene med filens år: årslisten har 2027, og fylkene er summen av kommunene i filen", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom } });
    lastOpp(fil2027(String(LILLESTROM_2027)), "folketall-2027.csv");
    await screen.findByText(/Lest inn: «folketall-2027\.csv»/);
    fireEvent.click(screen.getByRole("tab", { name: "Effekt" }));
    await screen.findByRole("heading", { name: "Hva om?" });
    const arsvalg = () => screen.getByRole("combobox", { name: /Innbyggertall per 1\. januar/ }) as HTMLSelectElement;
    expect(arsvalg().value).toBe("2027");
    expect([...arsvalg().options].map((o) => o.text)).toEqual(["2024 (KS' 2025-tabell)", "2025", "2026 (siste)", "2027 (fra filen)"]);
    expect(screen.getByRole("radio", { name: "Alle kommuner og fylkeskommuner (folketallsfilen, 1. januar 2027; alle tjenester)" })).toBeTruthy();
    const grunnfinansiering = () => listeposter(screen.getByRole("list", { name: "Inntekt per tjeneste" })).find((p) => p.navn === "Grunnfinansiering")!;
    expect(grunnfinansiering()).toMatchObject({ hoved: kr(samletGrunnfinansiering(filtall2027())), detalj: "371 kunder" });

    // Et medfølgende år valgt i Effekt-fanen: SSBs tall, og Kalkulatoren har det samme året.
    fireEvent.change(arsvalg(), { target: { value: "2026" } });
    expect(screen.getByRole("radio", { name: /\(SSB, 1\. januar 2026; alle tjenester\)/ })).toBeTruthy();
    const ssb2026 = new Map(ORGANISASJONER.map((o) => [o.nummer, o.innbyggere[2026]]));
    expect(grunnfinansiering().hoved).toBe(kr(samletGrunnfinansiering(ssb2026)));
    expect(samletGrunnfinansiering(ssb2026)).not.toBe(samletGrunnfinansiering(filtall2027()));
    fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" }));
    expect(screen.getByText(/96 771 innbyggere \(SSB, 1\. januar 2026\)/)).toBeTruthy();
  });
});

describe("Les inn folketall og Budsjett-fanen", () => {
  test("en plan fra 2027 bruker 96 771 (1.1.2026) i 2027 og filens 100 000 (1.1.2027) i 2028, med 2025-prisene justert to og tre år", async () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: lillestrom, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "60 000" } } } });
    lastOpp(fil2027(String(LILLESTROM_2027)), "folketall-2027.csv");
    await screen.findByText(/Lest inn: «folketall-2027\.csv»/);
    fireEvent.click(screen.getByRole("tab", { name: "Budsjett" }));
    const skriv = (navn: string, verdi: string) => {
      const felt = screen.getByRole("textbox", { name: navn });
      fireEvent.change(felt, { target: { value: verdi } });
      fireEvent.blur(felt);
    };
    skriv("Første år", "2027");
    skriv("Prisjustering per år", "3 %");
    const kort = (ar: number) => screen.getByRole("region", { name: String(ar) });
    expect(tekst(kort(2027))).toContain("96 771 innbyggere (1.1.2026)");
    expect(tekst(kort(2028))).toContain("100 000 innbyggere (1.1.2027)");
    // Grunnfinansiering og Digisos: 2025-prisen med årets innbyggertall, ganget med 1,03^(år − 2025) og så avrundet per linje.
    const sum = (p: number, n: number) => ["Grunnfinansiering", "Fiks Digisos"].reduce((s, t) => s + arsprisFasit(matriseprisFasit(t, "KOMMUNE", p), 3 * TITUSENDELER, n), 0);
    const kortsum = (ar: number) => tekst(kort(ar).querySelector("h3")!.nextElementSibling);
    expect(kortsum(2027)).toBe(kr(sum(96771, 2)));
    expect(kortsum(2028)).toBe(kr(sum(LILLESTROM_2027, 3)));
    // Stikkprøve for hånd: Digisos 2027 = 62 056,75… · 1,0609 = 65 836,0… → 65 836 (test/budsjett/budsjett.test.ts)
    expect(arsprisFasit(matriseprisFasit("Fiks Digisos", "KOMMUNE", 96771), 3 * TITUSENDELER, 2)).toBe(65836);
  });
});

/** Tallene i 2027-filen med Lillestrøm på LILLESTROM_2027, og hvert fylke som summen av kommunene med fylkets to første sifre. */
function filtall2027(): Map<string, number> {
  const tall = new Map(kommuner.map((k) => [k.nummer, k.nummer === "3205" ? LILLESTROM_2027 : k.innbyggere[2026]]));
  for (const f of ORGANISASJONER.filter((o) => o.kundetype === "FYLKESKOMMUNE")) {
    tall.set(f.nummer, kommuner.filter((k) => k.nummer.startsWith(f.nummer)).reduce((s, k) => s + tall.get(k.nummer)!, 0));
  }
  return tall;
}

/**
 * Grunnfinansieringen for alle 371 kunder, hver linje avrundet (BigInt-brøker): kommuner 16 500 + 6,345 · P · (1 − 0,1 · P / 717 710),
 * fylkeskommuner 150 000 + 1,05 · P · (1 − 0,6 · P / 728 803). Referansebefolkningene er matrisens, uavhengig av året.
 */
function samletGrunnfinansiering(tall: ReadonlyMap<string, number>): number {
  let sum = 0n;
  for (const o of ORGANISASJONER) {
    const p = tall.get(o.nummer)!;
    sum += o.kundetype === "KOMMUNE" ? rund(modell("16500", "6.345", "0.1", p, 717710)) : rund(modell("150000", "1.05", "0.6", p, 728803));
  }
  return Number(sum);
}
