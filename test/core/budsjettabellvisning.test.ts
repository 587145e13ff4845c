/**
 * Budsjettets tabeller som visningsmodell (budsjettabellvisning): dokumentasjonens Bodø-plan 2027–2030 (1.1.2026 =
 * 53 638 for 2027, vekst 1 %, prisjustering 3 %, Fiks Digiorden fra 2027-K3, Digihelse betalt 2027-K2). Tallene er regnet
 * for hånd i test/budsjett/arbeidsbok.test.ts; her sjekkes at tabellene bærer dem og reglene for visning.
 */
import {
  beregnBudsjett, type Budsjett, budsjettabellvisning, budsjettcelletekst, BUDSJETTKOLONNER, MEDLEMSKAPSSATSER, OVERSIKTKOLONNER,
  STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { BODO_BEFOLKNING, BODO_BUDSJETT, BODO_BUDSJETTFIL } from "../hjelpere/bodo";

const plan: Budsjett = beregnBudsjett(BODO_BUDSJETT, tolkBudsjett(BODO_BUDSJETTFIL.budsjett), {
  matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER,
}, BODO_BEFOLKNING);
const t = budsjettabellvisning(plan);
const tekst = (c: Parameters<typeof budsjettcelletekst>[0]) => budsjettcelletekst(c, String);

test("ett år: innbyggertallet med kilden, prisnavnet, og en linje som starter i K3 med årspris, kvartaler og detalj", () => {
  const [ar2027, ar2028] = t.ar;
  expect([ar2027.ar, ar2027.innbyggere, ar2027.prisnavn]).toEqual([2027, "53 638 innbyggere (1.1.2026)", "2027-pris"]);
  expect(ar2028.innbyggere).toBe("54 174 innbyggere (framskrevet 1 år fra 1.1.2026)"); // 53 638 · 1,01 = 54 174,38
  const digiorden = ar2027.linjer.find((l) => l.tjeneste === "Fiks Digiorden")!;
  // 119 848 · 2/4 = 59 924, delt likt på K3 og K4.
  expect([digiorden.navn, ...digiorden.celler.map(tekst)]).toEqual(["Fiks Digiorden (vurderes)", "119848", "K3–K4", "59924", "–", "–", "29962", "29962"]);
  expect(digiorden.detalj).toBe("Vurderes · Fra 2027-K3, årspris 119 848 kr");
  expect(ar2028.linjer.find((l) => l.tjeneste === "Fiks Digiorden")!.detalj).toBe("Vurderes");
  expect(BUDSJETTKOLONNER.length).toBe(1 + digiorden.celler.length);
});

test("en Digifin-avgift vises bare det året den betales, som engangsbeløp i sitt kvartal", () => {
  const digifin = t.ar.map((a) => a.linjer.find((l) => l.type === "digifin")!);
  expect(digifin.map((l) => l.vises)).toEqual([true, false, false, false]);
  expect([tekst(digifin[0].celler[0]), tekst(digifin[0].celler[1]), digifin[0].detalj]).toEqual(["engangs", "K2", "Engangsavgift, betales i 2027-K2"]);
  expect(tekst(digifin[1].celler[1])).toBe("–");
});

test("tabellen per tjeneste, sumraden og oversikten summerer som planen; 0 kr vises som «–», innbyggertallet som tall", () => {
  expect(t.tjenester.map((r) => r.navn)).toEqual(plan.ar[0].linjer.map((l) => l.tjeneste));
  t.tjenester.forEach((r, j) => {
    const belop = r.ar.map((a) => (a.belop.type === "kr" ? a.belop.verdi : NaN));
    expect(r.sum).toEqual({ type: "kr", verdi: belop.reduce((s, x) => s + x, 0) });
    expect(belop).toEqual(plan.ar.map((a) => a.linjer[j].belop));
  });
  expect(t.sumrad.ar.map((a) => a.belop)).toEqual(plan.ar.map((a) => ({ type: "kr", verdi: a.sum })));
  expect(t.sum).toEqual({ type: "kr", verdi: plan.sum });
  expect(t.oversikt[0].map(tekst)).toEqual(["2027", "53638", "1.1.2026", ...[plan.ar[0].sum, ...plan.ar[0].kvartal].map(String)]);
  expect(t.oversikt[0]).toHaveLength(OVERSIKTKOLONNER.length);
  expect([budsjettcelletekst({ type: "kr", verdi: 0 }, String), budsjettcelletekst({ type: "tall", verdi: 0 }, String)]).toEqual(["–", "0"]);
});
