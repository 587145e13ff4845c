/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { ORGANISASJONER, STANDARD_PRISMATRISE } from "../../src/core";
import { grafdata } from "../../src/taskpane/komponenter/Graf";
import { TOMT_SKJEMA } from "../../src/taskpane/skjema";
import { kr } from "../hjelpere/norsk";
import { tabellrader, visApp } from "./hjelp";

// uPlot draws on a canvas jsdom does not have: record what the chart is given instead.
const tegnet: { opts: any; data: any[] }[] = [];
jest.mock("uplot", () => ({
  __esModule: true,
  default: class {
    constructor(opts: any, data: any[]) { tegnet.push({ opts, data }); }
    setSize() {}
    destroy() {}
  },
}));

const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;
const P = 53712;
const R = 717710;
// Unrounded: grunnfinansiering 16 500 + 6,345·P·(1 − 0,1·P/R); Fiks Digisos 3 000 + 0,636·P·(1 − 0,3·P/R).
const grunn = (p: number) => 16500 + 6.345 * p * (1 - (0.1 * p) / R);
const digisos = (p: number) => 3000 + 0.636 * p * (1 - (0.3 * p) / R);

describe("Graf-visningen", () => {
  test("grafdata: 0 … Pref, kundens innbyggertall som eget punkt, pris per punkt fra kjernen", () => {
    const d = grafdata(STANDARD_PRISMATRISE, "KOMMUNE", ["Grunnfinansiering", "Fiks Digisos"], P);
    expect(d.x[0]).toBe(0);
    expect(d.x.at(-1)).toBe(R);
    expect(d.x[d.kundeIndeks!]).toBe(P);
    // Each line in whole kroner (half-up), the total their sum: the calculator's rule.
    const linjesum = Math.round(grunn(P)) + Math.round(digisos(P));
    expect(d.total[d.kundeIndeks!]).toBe(linjesum);
    expect(d.total[0]).toBe(19500); // both fixed prices at P = 0
    expect(d.perInnbygger[0]).toBeNull();
    expect(d.perInnbygger[d.kundeIndeks!]).toBeCloseTo(linjesum / P, 9);
  });

  test("tegner årlig pris og pris per innbygger med Bodø markert og norske aksetall", () => {
    tegnet.length = 0;
    visApp({ fane: "graf", skjema: { ...TOMT_SKJEMA, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "41 000" } } } });
    expect(tegnet).toHaveLength(2);
    const [pris, perInnbygger] = tegnet;
    expect(pris.opts.series.map((s: any) => s.label)).toEqual(["Innbyggere", "Sum valgte tjenester", "Grunnfinansiering", "Fiks Digisos", "Bodø"]);
    expect(perInnbygger.opts.series.map((s: any) => s.label)).toEqual(["Innbyggere", "Sum per innbygger", "Bodø"]);
    // The Bodø series has exactly one point, at P = 53 712.
    const merket = pris.data[4].map((v: number | null, i: number) => (v === null ? null : pris.data[0][i])).filter((v: number | null) => v !== null);
    expect(merket).toEqual([P]);
    const nb = (s: string) => s.replace(/\u00a0/g, " ");
    expect(pris.opts.axes[0].values(null, [0, 100000, 700000]).map(nb)).toEqual(["0", "100 000", "700 000"]);
    expect(pris.opts.axes[1].values(null, [1000000]).map(nb)).toEqual(["1 000 000 kr"]);
    expect(perInnbygger.opts.axes[1].values(null, [7.5]).map(nb)).toEqual(["7,50 kr"]);
    const rader = tabellrader(screen.getByRole("table", { name: "Tallene bak grafen" }));
    const bodoRad = rader.find((r) => r[0].startsWith("53 712"))!;
    expect(bodoRad[0]).toBe("53 712 (Bodø)");
    expect(bodoRad[1]).toBe(kr(Math.round(grunn(P)) + Math.round(digisos(P))));
  });

  test("andre kundetyper enn kommune og fylkeskommune får en forklaring i stedet for graf", () => {
    visApp({ fane: "graf", skjema: { ...TOMT_SKJEMA, modus: "manuell", kundetype: "STATLIG_VIRKSOMHET", innbyggere: "100", brukte: { "KS Læring": { valgt: true, eksisterende: "" } } } });
    expect(screen.getByText(/Grafen viser pris etter innbyggertall for kommuner og fylkeskommuner/)).toBeTruthy();
  });
});
