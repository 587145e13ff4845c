/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import eksempelCsv from "../../data/eksempel-kunder.csv";
import { csvTilCeller } from "../../src/core";
import type { Arkplan } from "../../src/taskpane/arkoppsett";
import type { Arbeidsbok, Utvalg } from "../../src/taskpane/excel";
import { kr } from "../hjelpere/norsk";
import { listeposter, tabellrader, tekst, visApp } from "./hjelp";

jest.setTimeout(60_000);

/** A workbook in memory: lesKundeliste hands out the queued ranges, skrivArk records the plans. */
function falskArbeidsbok(utvalg: Utvalg[]) {
  const skrevet: Arkplan[] = [];
  const arbeidsbok: Arbeidsbok = {
    tilgjengelig: true,
    grunn: null,
    lesUtvalg: () => Promise.reject(new Error("ikke brukt")),
    lesKundeliste: async (fremdrift) => {
      fremdrift?.("Leser …");
      const neste = utvalg.shift();
      if (!neste) throw new Error("ingen flere utvalg");
      return neste;
    },
    skrivArk: async (plan) => {
      skrevet.push(plan);
      return { ark: "Effektanalyse (2)", tabeller: plan.tabeller.map((t) => `${t.navn}1`) };
    },
  };
  return { arbeidsbok, skrevet };
}

const eksempel = csvTilCeller(eksempelCsv) as unknown[][];

async function lesFraArk() {
  fireEvent.click(screen.getByRole("radio", { name: "Kundeliste fra arket" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Les kundelisten fra arket" }));
  });
}

describe("Effekt-visningen med kundeliste fra arket (falsk arbeidsbok)", () => {
  test("en kundeliste med feil viser hver feil med arkadresse, og analysen kan ikke kjøres", async () => {
    const feilliste = [
      ["Kunde", "Kundetype", "Innbyggere", "Pris i dag", "Tjenester"],
      ["Bodø", "", "", "mye", "alle"], // D2: not an amount
      ["Finnes ikke", "", "", "", "alle"], // A3: not in the SSB data and no kundetype/innbyggere
      ["Bergen", "", "", "", "Fiks Tullball"], // E4: unknown service
    ];
    const { arbeidsbok } = falskArbeidsbok([{ adresse: "Kunder!B3:F6", verdier: feilliste }]);
    visApp({ arbeidsbok, fane: "effekt" });
    await lesFraArk();
    const varsel = await screen.findByText(/Kundelisten i Kunder!B3:F6 har 3 feil/);
    const punkter = within(varsel.closest("[role=alert]") as HTMLElement).getAllByRole("listitem").map(tekst);
    // The range starts in B3: relative D2 → E4, A3 → B5, E4 → F6.
    expect(punkter.map((p) => p.split(":")[0])).toEqual(["Kunder!E4", "Kunder!B5", "Kunder!F6"]);
    expect(punkter[0]).toMatch(/Pris i dag må være et beløp/);
    expect(punkter[2]).toMatch(/Tullball/);
    // Ingen gyldig liste: ingen analyse.
    expect(screen.queryByRole("heading", { name: "Hva om?" })).toBeNull();
  });

  test("en tjeneste kundetypen ikke kan kjøpe stopper analysen med cellen den står i", async () => {
    const liste = [
      ["Kunde", "Tjenester"],
      ["Bodø", "Fiks Digisos"],
      ["Akershus", "Fiks Digisos, KS Læring"], // Digisos is NA for fylkeskommuner (prismodell.md)
    ];
    const { arbeidsbok } = falskArbeidsbok([{ adresse: "Kunder!A1:B3", verdier: liste }]);
    visApp({ arbeidsbok, fane: "effekt" });
    await lesFraArk();
    await screen.findByText(/Leste 2 kunder fra Kunder!A1:B3/);
    const varsel = await screen.findByText(/Analysen kan ikke kjøres: 1 kunde kan ikke prises med standard prismatrise 2025/, undefined, { timeout: 30_000 });
    const punkter = within(varsel.closest("[role=alert]") as HTMLElement).getAllByRole("listitem").map(tekst);
    expect(punkter).toHaveLength(1);
    expect(punkter[0]).toMatch(/^Kunder!B3: Akershus: .*Fiks Digisos/);
    expect(screen.queryByRole("heading", { name: "Hva om?" })).toBeNull();
  });

  test("det håndregnede kundesettet gir KS-tabellene, og «Sett inn i arket» skriver dem som Excel-tabeller i et nytt ark", async () => {
    const { arbeidsbok, skrevet } = falskArbeidsbok([{ adresse: "Kunder!A1:H11", verdier: eksempel }]);
    visApp({ arbeidsbok, fane: "effekt" });
    await lesFraArk();
    await screen.findByText(/Leste 10 kunder fra Kunder!A1:H11; 9 har «Pris i dag»/);
    // With prices today the comparison defaults to them.
    expect((screen.getByRole("radio", { name: /Dagens pris fra kundelisten/ }) as HTMLInputElement).checked).toBe(true);
    await screen.findByRole("heading", { name: "Hva om?" }, { timeout: 30_000 });

    // Hand-computed in test/okonom/effekt.test.ts (prices 2025, populations 2024):
    // kommuner: Bergen +7,5 %, Lillestrøm +5,3 % → 0–29; Tromsø +32,1 % → 29–60; Utsira +100 % → 60–100; Nykommune no price today.
    expect(tabellrader(screen.getByRole("table", { name: "Kommune – endring i prosent" }))).toEqual([
      ["Kostnadsreduksjon", "under 0 %", "0", "0 %"],
      ["Opp til snittet", "0–29 %", "2", "50 %"],
      ["Noe over snittet", "over 29–60 %", "1", "25 %"],
      ["Over snittet", "over 60–100 %", "1", "25 %"],
      ["Stor økning", "over 100 %", "0", "0 %"],
      ["Uten grunnlag", "ingen pris i dag (eller 0 kr)", "1", "na."],
      ["Sum", "", "5", "100 %"],
    ]);
    // Kroner: Utsira 15 091 and Lillestrøm 40 000 → 0–40 000; Tromsø 140 000 → 100 001–250 000; Bergen 300 694 → over 250 000.
    expect(tabellrader(screen.getByRole("table", { name: "Kommune – endring i kroner" })).map((r) => r[2])).toEqual(["0", "2", "0", "1", "1", "1", "5"]);
    // Fylkeskommuner: Akershus −43 903 kr (reduction), Vestland +40 001 kr (40 001–100 000).
    expect(tabellrader(screen.getByRole("table", { name: "Fylkeskommune – endring i kroner" })).map((r) => r[2])).toEqual(["1", "0", "1", "0", "0", "2"]);
    // Statlige: Digdir 0 % → 0–29; Vegvesen exactly 60 % → 29–60 (the limit belongs to the band below).
    expect(tabellrader(screen.getByRole("table", { name: "Statlig virksomhet – endring i prosent" })).map((r) => r[2])).toEqual(["0", "1", "1", "0", "0", "2"]);
    // Totals: old = Σ prices today = 6 516 533; new for the same 9 = 7 092 916 − 72 190 (Nykommune).
    const gammel = 15_091 + 4_000_000 + 436_688 + 756_963 + 706_291 + 500_000 + 54_000 + 37_500 + 10_000;
    const ny = 30_182 + 4_300_694 + 576_688 + 72_190 + 796_963 + 746_292 + 456_097 + 54_000 + 60_000 + 0;
    const endring = ny - 72_190 - gammel;
    expect(listeposter(screen.getByRole("list", { name: "Inntekt per tjeneste" })).at(-1)).toEqual({
      navn: "Kunder med dagens pris (9 av 10)", hoved: kr(ny - 72_190), detalj: `I dag ${kr(gammel)}`,
      endring: `${kr(endring)} (${(Math.round((endring / gammel) * 1000) / 10).toFixed(1).replace(".", ",")} %)`,
    });
    expect(screen.getByText("1 kunde har ingen pris i dag og er holdt utenfor summen og båndene.")).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sett inn i arket" }));
    });
    await screen.findByText(/satt inn i det nye arket «Effektanalyse \(2\)»/);
    expect(skrevet).toHaveLength(1);
    const plan = skrevet[0];
    expect(plan.arknavn).toBe("Effektanalyse");
    // 2 total tables + 4 kundetyper × (% and kr) + the customer table.
    expect(plan.tabeller.map((t) => t.navn)).toEqual([
      "Effekt_inntekt", "Effekt_total",
      "Band_prosent_KOMMUNE", "Band_prosent_FYLKESKOMMUNE", "Band_prosent_STATLIG_VIRKSOMHET", "Band_prosent_KOMMUNAL_VIRKSOMHET_IKS",
      "Band_kroner_KOMMUNE", "Band_kroner_FYLKESKOMMUNE", "Band_kroner_STATLIG_VIRKSOMHET", "Band_kroner_KOMMUNAL_VIRKSOMHET_IKS",
      "Effekt_kunder",
    ]);
    const celler = arkceller(plan);
    const tabell = (navn: string) => {
      const t = plan.tabeller.find((x) => x.navn === navn)!;
      return omradeceller(celler, t.omrade);
    };
    expect(tabell("Band_prosent_KOMMUNE")).toEqual([
      ["Band", "Intervall", "Antall kunder", "Andel"],
      ["Kostnadsreduksjon", "under 0 %", 0, 0],
      ["Opp til snittet", "0–29 %", 2, 0.5],
      ["Noe over snittet", "over 29–60 %", 1, 0.25],
      ["Over snittet", "over 60–100 %", 1, 0.25],
      ["Stor økning", "over 100 %", 0, 0],
      ["Uten grunnlag", "ingen pris i dag (eller 0 kr)", 1, ""],
      ["Sum", "", 5, 1],
    ]);
    const kunder = tabell("Effekt_kunder");
    expect(kunder[0]).toEqual(["Kunde", "Nummer", "Kundetype", "Innbyggere", "Gammel pris", "Ny pris", "Endring kr", "Endring %", "Band (prosent)", "Band (kroner)"]);
    // Lillestrøm (3205): 796 963 − 756 963 = 40 000 kr, the top of "Opp til snittet" in kroner.
    const lillestrom = kunder.find((r) => r[0] === "Lillestrøm")!;
    expect(lillestrom.slice(0, 7)).toEqual(["Lillestrøm", "'3205", "Kommune", 94_201, 756_963, 796_963, 40_000]);
    expect(lillestrom[8]).toBe("Opp til snittet");
    expect(lillestrom[9]).toBe("Opp til snittet");
    expect(kunder.find((r) => r[0] === "Nykommune")!.slice(4, 10)).toEqual(["", 72_190, "", "na.", "na.", "na."]);
    expect(kunder).toHaveLength(11);
    // Excel tables must not overlap, and every header cell is unique text.
    for (const t of plan.tabeller) {
      const hode = omradeceller(celler, t.omrade)[0];
      expect(new Set(hode).size).toBe(hode.length);
      expect(hode.every((h) => typeof h === "string" && h !== "")).toBe(true);
    }
  });
});

type Celle = string | number;

/** Every written cell by address ("A5" → value), from the plan's blocks; a cell written twice fails. */
function arkceller(plan: Arkplan): Map<string, Celle> {
  const celler = new Map<string, Celle>();
  for (const b of plan.blokker) {
    const { rad, kol } = adresse(b.start);
    b.celler.forEach((r, i) => r.forEach((v, j) => {
      const a = `${kolonne(kol + j)}${rad + i}`;
      if (celler.has(a)) throw new Error(`${a} skrevet to ganger`);
      celler.set(a, v);
    }));
  }
  return celler;
}

function adresse(a: string): { rad: number; kol: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return { kol: [...m[1]].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0) - 1, rad: Number(m[2]) };
}

const kolonne = (k: number): string => (k >= 26 ? kolonne(Math.floor(k / 26) - 1) : "") + String.fromCharCode(65 + (k % 26));

function omradeceller(celler: Map<string, Celle>, omrade: string): Celle[][] {
  const [fra, til] = omrade.split(":").map(adresse);
  const ut: Celle[][] = [];
  for (let r = fra.rad; r <= til.rad; r++) {
    const rad: Celle[] = [];
    for (let k = fra.kol; k <= til.kol; k++) rad.push(celler.get(`${kolonne(k)}${r}`) ?? "");
    ut.push(rad);
  }
  return ut;
}
