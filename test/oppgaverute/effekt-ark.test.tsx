/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import eksempelCsv from "../../data/eksempel-kunder.csv";
import { csvTilCeller } from "../../src/core";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { kr } from "../hjelpere/norsk";
import { listeposter, tabellrader, tekst, visApp } from "./hjelp";
import { Falskbok } from "./streng-excel";

jest.setTimeout(60_000);

/**
 * Kundelisten står i arket «Kunder» fra `start` og er merket; oppgaveruten får Office.js-implementasjonen over den
 * strenge falske Excel, så lesing og innsetting går gjennom officeArbeidsbok.
 */
function arbeidsbokMedListe(liste: unknown[][], start = "A1") {
  const bok = new Falskbok();
  bok.merk("Kunder", bok.leggTilArk("Kunder").fyllFra(start, liste));
  return { bok, arbeidsbok: officeArbeidsbok(bok.excel()) };
}

const eksempel = csvTilCeller(eksempelCsv) as unknown[][];

async function lesFraArk() {
  fireEvent.click(screen.getByRole("radio", { name: "Kundeliste fra arket" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Les kundelisten fra arket" }));
  });
}

describe("Effekt-visningen med kundeliste fra arket (officeArbeidsbok over den strenge falske Excel)", () => {
  test("en kundeliste med feil viser hver feil med arkadresse, og analysen kan ikke kjøres", async () => {
    const feilliste = [
      ["Kunde", "Kundetype", "Innbyggere", "Pris i dag", "Tjenester"],
      ["Bodø", "", "", "mye", "alle"], // D2: ikke et beløp
      ["Finnes ikke", "", "", "", "alle"], // A3: ikke i SSB-dataene og uten kundetype/innbyggere
      ["Bergen", "", "", "", "Fiks Tullball"], // E4: ukjent tjeneste
    ];
    const { arbeidsbok } = arbeidsbokMedListe(feilliste, "B3");
    visApp({ arbeidsbok, fane: "effekt" });
    await lesFraArk();
    const varsel = await screen.findByText(/Kundelisten i Kunder!B3:F6 har 3 feil/);
    const punkter = within(varsel.closest("[role=alert]") as HTMLElement).getAllByRole("listitem").map(tekst);
    // Området starter i B3: relativ D2 → E4, A3 → B5, E4 → F6.
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
      ["Akershus", "Fiks Digisos, KS Læring"], // Digisos er NA for fylkeskommuner (prismodellen)
    ];
    const { arbeidsbok } = arbeidsbokMedListe(liste);
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
    const { bok, arbeidsbok } = arbeidsbokMedListe(eksempel);
    bok.leggTilArk("Effektanalyse", { A1: "en tidligere analyse" });
    visApp({ arbeidsbok, fane: "effekt", skjema: { ...TOMT_SKJEMA, ar: 2024 } });
    await lesFraArk();
    await screen.findByText(/Leste 10 kunder fra Kunder!A1:H11; 9 har «Pris i dag»/);
    // Med dagens priser sammenlignes det med dem som standard.
    expect((screen.getByRole("radio", { name: /Dagens pris fra kundelisten/ }) as HTMLInputElement).checked).toBe(true);
    await screen.findByRole("heading", { name: "Hva om?" }, { timeout: 30_000 });

    // Regnet for hånd i test/okonom/effekt.test.ts (priser 2025, folketall 2024):
    // kommuner: Bergen +7,5 %, Lillestrøm +5,3 % → 0–29; Tromsø +32,1 % → over 29–60; Utsira +100 % → over 60–100; Nykommune uten pris i dag.
    expect(tabellrader(screen.getByRole("table", { name: "Kommune – endring i prosent" }))).toEqual([
      ["Kostnadsreduksjon", "under 0 %", "0", "0 %"],
      ["Opp til snittet", "0–29 %", "2", "50 %"],
      ["Noe over snittet", "over 29–60 %", "1", "25 %"],
      ["Over snittet", "over 60–100 %", "1", "25 %"],
      ["Stor økning", "over 100 %", "0", "0 %"],
      ["Uten grunnlag", "ingen pris i dag (eller 0 kr)", "1", "na."],
      ["Sum", "", "5", "100 %"],
    ]);
    // Kroner: Utsira 15 091 og Lillestrøm 40 000 → 0–40 000; Tromsø 140 000 → over 100 000–250 000; Bergen 300 694 → over 250 000.
    expect(tabellrader(screen.getByRole("table", { name: "Kommune – endring i kroner" })).map((r) => r[2])).toEqual(["0", "2", "0", "1", "1", "1", "5"]);
    // Fylkeskommuner: Akershus −43 903 kr (reduksjon), Vestland +40 001 kr (over 40 000–100 000).
    expect(tabellrader(screen.getByRole("table", { name: "Fylkeskommune – endring i kroner" })).map((r) => r[2])).toEqual(["1", "0", "1", "0", "0", "2"]);
    // Statlige: Digdir 0 % → 0–29; Vegvesen nøyaktig 60 % → over 29–60 (grensen hører til båndet under).
    expect(tabellrader(screen.getByRole("table", { name: "Statlig virksomhet – endring i prosent" })).map((r) => r[2])).toEqual(["0", "1", "1", "0", "0", "2"]);
    // Summer: gammel = Σ dagens priser = 6 516 533; ny for de samme 9 = 7 092 916 − 72 190 (Nykommune).
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
    await screen.findByText(/satt inn i det nye arket «Effektanalyse \(2\)» \(11 Excel-tabeller/);
    expect(bok.overskrevet).toEqual([]);
    expect(bok.finn("Effektanalyse").celler.size).toBe(1);
    const ark = bok.finn("Effektanalyse (2)");
    // 2 totaltabeller + 4 kundetyper × (% og kr) + kundetabellen.
    expect(ark.tabeller.map((t) => t.navn)).toEqual([
      "Effekt_inntekt1", "Effekt_total1",
      "Band_prosent_KOMMUNE1", "Band_prosent_FYLKESKOMMUNE1", "Band_prosent_STATLIG_VIRKSOMHET1", "Band_prosent_KOMMUNAL_VIRKSOMHET_IKS1",
      "Band_kroner_KOMMUNE1", "Band_kroner_FYLKESKOMMUNE1", "Band_kroner_STATLIG_VIRKSOMHET1", "Band_kroner_KOMMUNAL_VIRKSOMHET_IKS1",
      "Effekt_kunder1",
    ]);
    // Effektarket er et øyeblikksbilde: bare verdier, ingen formler.
    expect([...ark.celler.values()].filter((v) => typeof v === "object")).toEqual([]);
    const tabell = (navn: string) => ark.omrade(ark.tabeller.find((x) => x.navn === navn)!.omrade);
    expect(tabell("Band_prosent_KOMMUNE1")).toEqual([
      ["Bånd", "Intervall", "Kunder", "Andel"],
      ["Kostnadsreduksjon", "under 0 %", 0, 0],
      ["Opp til snittet", "0–29 %", 2, 0.5],
      ["Noe over snittet", "over 29–60 %", 1, 0.25],
      ["Over snittet", "over 60–100 %", 1, 0.25],
      ["Stor økning", "over 100 %", 0, 0],
      ["Uten grunnlag", "ingen pris i dag (eller 0 kr)", 1, "na."],
      ["Sum", "", 5, 1],
    ]);
    const kunder = tabell("Effekt_kunder1");
    expect(kunder[0]).toEqual(["Kunde", "Nummer", "Kundetype", "Innbyggere", "Gammel pris", "Ny pris", "Endring kr", "Endring %", "Band (prosent)", "Band (kroner)"]);
    // Lillestrøm (3205): 796 963 − 756 963 = 40 000 kr, øverst i «Opp til snittet» i kroner. Kommunenummeret er tekst i arket.
    const lillestrom = kunder.find((r) => r[0] === "Lillestrøm")!;
    expect(lillestrom.slice(0, 7)).toEqual(["Lillestrøm", "3205", "Kommune", 94_201, 756_963, 796_963, 40_000]);
    expect(kunder.find((r) => r[0] === "Utsira")![1]).toBe("1151");
    expect(lillestrom[8]).toBe("Opp til snittet");
    expect(lillestrom[9]).toBe("Opp til snittet");
    expect(kunder.find((r) => r[0] === "Nykommune")!.slice(4, 10)).toEqual(["", 72_190, "", "na.", "na.", "na."]);
    expect(kunder).toHaveLength(11);
    // Tallformatene og breddene fra arkmodellen når arket: Lillestrøm står på rad 2 i kundetabellen.
    const lRad = Number(/^A(\d+)/.exec(ark.tabeller.at(-1)!.omrade)![1]) + kunder.indexOf(lillestrom);
    expect(["B", "D", "E", "H"].map((k) => ark.format.get(`${k}${lRad}`))).toEqual(["@", "#,##0", '#,##0 "kr";-#,##0 "kr"', "0.0 %"]);
    expect(["A", "B", "G"].map((k) => ark.kolonnebredde.get(k))).toEqual([230, 110, 110]);
    expect([ark.skriftstorrelse.get("A1"), ark.kursiv.has("A2")]).toEqual([14, true]);
    // Excel-tabeller kan ikke overlappe, og hver overskriftscelle er unik tekst (den strenge falske Excel nekter begge deler).
    for (const t of ark.tabeller) {
      const hode = ark.omrade(t.omrade)[0];
      expect(new Set(hode).size).toBe(hode.length);
      expect(hode.every((h) => typeof h === "string" && h !== "")).toBe(true);
    }
  });
});

