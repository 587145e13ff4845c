import fc from "fast-check";
import eksempelCsv from "../../data/eksempel-kunder.csv";
import matriseCsv from "../../data/prismatrise-2025.csv";
import { alleKunder, csvTilCeller, sammenlignMatriser, STANDARD_PRISMATRISE, tolkKundeliste, tolkPrismatrise } from "../../src/core";
import { modell, rund } from "./brok";

const PK = 717_710;
/** Den publiserte matrisen med Digisos for kommuner på 25 % i stedet for 30 % (redigert som tekst, slik en bruker ville gjort). */
const digisos25 = tolkPrismatrise(csvTilCeller(matriseCsv.replace("Fiks Digisos;3 000;0,636;30 %", "Fiks Digisos;3 000;0,636;25 %")));

describe("scenariosammenligning", () => {
  test("egenskap: en matrise sammenlignet med seg selv gir bare nuller", () => {
    const kunder = [...alleKunder(), ...tolkKundeliste(csvTilCeller(eksempelCsv)).filter((k) => k.nummer === null)];
    fc.assert(
      fc.property(fc.subarray(kunder, { minLength: 1, maxLength: 50 }), fc.boolean(), (utvalg, redigert) => {
        const m = redigert ? digisos25 : STANDARD_PRISMATRISE;
        const s = sammenlignMatriser(utvalg, m, m);
        return (
          s.kunder.every((k) => k.differanse.isZero() && (k.prosent === null || k.prosent.isZero())) &&
          s.tjenester.every((t) => t.differanse.isZero()) &&
          s.total.differanse.isZero() &&
          s.vinnere === 0 && s.tapere === 0 && s.uendret === utvalg.length &&
          // En endring på 0 er "Opp til snittet" (bånd 1) i begge tabellene, aldri en reduksjon.
          s.kronefordeling.every((f) => f.band[1].antall === f.antallKunder)
        );
      }),
      { numRuns: 30 },
    );
  });

  test("størrelsesjustering 30 % → 25 % for Digisos: kommunene betaler mer, små kommuner uendret etter avrunding", () => {
    const kunder = alleKunder();
    const s = sammenlignMatriser(kunder, STANDARD_PRISMATRISE, digisos25);
    // Endringen er 0,636·0,05·P²/Pref kr før avrunding: under 0,50 kr når P < √(0,5·717 710/0,0318) ≈ 3 359,
    // så små kommuner kan beholde den samme avrundede prisen. Tell de endrede uavhengig:
    const endret = kunder.filter((k) => k.kundetype === "KOMMUNE" &&
      rund(modell("3000", "0.636", "0.25", k.innbyggere, PK)) !== rund(modell("3000", "0.636", "0.30", k.innbyggere, PK))).length;
    expect(endret).toBeGreaterThan(200);
    expect(s.tapere).toBe(endret);
    expect(s.vinnere).toBe(0);
    expect(s.uendret).toBe(371 - endret); // medregnet de 14 fylkeskommunene, som ikke har Digisos
    // Bergen (291 940): 3 000 + 0,636·P·(1 − 0,25·P/Pref) minus det samme med 0,30, hver avrundet.
    const a = rund(modell("3000", "0.636", "0.30", 291_940, PK)); // 166 016
    const b = rund(modell("3000", "0.636", "0.25", 291_940, PK)); // 169 792 (0,0318·291 940²/717 710 = 3 776,3 mer)
    const bergen = s.kunder.find((k) => k.kunde.navn === "Bergen")!;
    expect(bergen.differanse.toNumber()).toBe(Number(b - a));
    expect(Number(b - a)).toBe(3_776);
    // Forskjellen er bare i Digisos.
    expect(s.tjenester.filter((t) => !t.differanse.isZero()).map((t) => t.tjeneste)).toEqual(["Fiks Digisos"]);
    let sum = 0n;
    for (const k of kunder.filter((x) => x.kundetype === "KOMMUNE")) {
      sum += rund(modell("3000", "0.636", "0.25", k.innbyggere, PK)) - rund(modell("3000", "0.636", "0.30", k.innbyggere, PK));
    }
    expect(s.total.differanse.toFixed()).toBe(sum.toString());
    // Oslo (P = Pref) betaler mest ekstra: 3 000 + 0,636·717 710·0,75 = 345 347,67 → 345 348 mot
    // 3 000 + 0,636·717 710·0,70 = 322 524,49 → 322 524: +22 824 kr (den eksakte forskjellen 22 823,18 er ikke det som faktureres).
    const oslo = s.kunder.find((k) => k.kunde.nummer === "0301")!;
    expect(rund(modell("3000", "0.636", "0.25", PK, PK))).toBe(345_348n);
    expect(rund(modell("3000", "0.636", "0.30", PK, PK))).toBe(322_524n);
    expect(oslo.differanse.toNumber()).toBe(345_348 - 322_524);
  });
});
