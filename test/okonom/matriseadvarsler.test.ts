import eksempelCsv from "../../data/eksempel-kunder.csv";
import { alleKunder, csvTilCeller, type Kunde, matriseadvarsler, STANDARD_PRISMATRISE, tolkKundeliste } from "../../src/core";
import { modell, rund } from "./brok";

const PF = 728_803;

describe("matriseadvarsler", () => {
  test("publisert 2025-matrise med 2024-befolkning: bare grunnfinansiering for fylkeskommuner faller (Akershus)", () => {
    const kunder = alleKunder(2024);
    // Uavhengig: grunnfinansiering for hver fylkeskommune, 150 000 + 1,05·P·(1 − 0,6·P/728 803), avrundet,
    // i rekkefølge etter innbyggertall; de som betaler mindre enn en mindre fylkeskommune.
    const fylker = kunder.filter((k) => k.kundetype === "FYLKESKOMMUNE").sort((a, b) => a.innbyggere - b.innbyggere);
    let maks = -1n;
    const faller: string[] = [];
    for (const f of fylker) {
      const pris = rund(modell("150000", "1.05", "0.6", f.innbyggere, PF));
      if (pris < maks) faller.push(f.navn);
      if (pris > maks) maks = pris;
    }
    expect(faller).toEqual(["Akershus"]);
    const advarsler = matriseadvarsler(STANDARD_PRISMATRISE, kunder);
    expect(advarsler).toHaveLength(1);
    expect(advarsler[0]).toMatchObject({ type: "fallende_pris", tjeneste: "Grunnfinansiering", kundetype: "FYLKESKOMMUNE", kunder: ["Akershus"] });
    // Toppunkt ved Pref/(2a) = 728 803 / 1,2 = 607 335,8. Akershus 728 803 → 456 097 kr; mindre som betaler mer:
    // Vestland 651 299 → 467 181 kr (11 084 kr mer) og Rogaland 499 417 → 458 784 kr; Trøndelag 482 956 → 455 478 kr betaler mindre.
    expect(String(rund(modell("150000", "1.05", "0.6", 499_417, PF)))).toBe("458784");
    expect(String(rund(modell("150000", "1.05", "0.6", 482_956, PF)))).toBe("455478");
    expect(advarsler[0].melding).toContain("høyest ved 607 335 innbyggere");
    expect(advarsler[0].melding).toContain(
      "Akershus (728 803 innb.) betaler 456 097 kr, 11 084 kr mindre enn Vestland (651 299 innb., 467 181 kr), Rogaland (499 417 innb., 458 784 kr).",
    );
  });

  test("2025-befolkning med 2024-referanser: referansen er mindre enn største kunde", () => {
    const advarsler = matriseadvarsler(STANDARD_PRISMATRISE, alleKunder(2025));
    const ref = advarsler.filter((a) => a.type === "referanse_for_liten");
    expect(ref.map((a) => [a.kundetype, a.kunder])).toEqual([["KOMMUNE", ["Oslo - Oslove"]], ["FYLKESKOMMUNE", ["Akershus"]]]);
    expect(ref[0].melding).toContain("(717 710) er mindre enn den største kunden: Oslo - Oslove (724 290 innb.)");
  });

  test("kundetype uten pris, og en tjeneste i listen som ikke tilbys kundetypen", () => {
    const eksempel = tolkKundeliste(csvTilCeller(eksempelCsv));
    const fylke: Kunde = { ...eksempel.find((k) => k.navn === "Vestland")!, tjenester: { type: "liste", navn: ["Fiks Digisos", "KS Læring"] } };
    const advarsler = matriseadvarsler(STANDARD_PRISMATRISE, [...eksempel.filter((k) => k.navn !== "Vestland"), fylke]);
    const mangler = advarsler.filter((a) => a.type === "mangler_pris");
    expect(mangler.map((a) => [a.kundetype, a.tjeneste, a.kunder])).toEqual([
      ["FYLKESKOMMUNE", "Fiks Digisos", ["Vestland"]],
      ["KOMMUNAL_VIRKSOMHET_IKS", null, ["Vestfold IKT IKS"]],
    ]);
    expect(mangler[0].melding).toMatch(/Fiks Digisos tilbys ikke til kundetypen fylkeskommune/);
    expect(mangler[1].melding).toContain("interkommunalt selskap (IKS)");
  });
});
