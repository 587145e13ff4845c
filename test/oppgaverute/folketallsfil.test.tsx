/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ORGANISASJONER, lesFolketallsfil } from "../../src/core";
import { TOMT_SCENARIO, fraHusket, huskTekst } from "../../src/taskpane/scenario/rutescenario";
import { TOMT_SKJEMA, tolkSkjema } from "../../src/taskpane/felles/skjema";
import { kr } from "../hjelpere/norsk";
import { tabellrader, visApp } from "./hjelp";

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
const filfelt = () => screen.getByLabelText(/Les inn folketall/);
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
});
