/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { ORGANISASJONER, STANDARD_PRISMATRISE } from "../../src/core";
import { grafdata } from "../../src/taskpane/graf/grafdata";
import { TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { kr } from "../hjelpere/norsk";
import { tabellrader, visApp } from "./hjelp";

// uPlot tegner på et lerret jsdom ikke har: husk heller hva grafen får.
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
// Uavrundet: grunnfinansiering 16 500 + 6,345·P·(1 − 0,1·P/R); Fiks Digisos 3 000 + 0,636·P·(1 − 0,3·P/R).
const grunn = (p: number) => 16500 + 6.345 * p * (1 - (0.1 * p) / R);
const digisos = (p: number) => 3000 + 0.636 * p * (1 - (0.3 * p) / R);

describe("Graf-visningen", () => {
  test("grafdata: 0 … Pref, kundens innbyggertall som eget punkt, pris per punkt fra kjernen", () => {
    const d = grafdata(STANDARD_PRISMATRISE, "KOMMUNE", ["Grunnfinansiering", "Fiks Digisos"], P);
    expect(d.x[0]).toBe(0);
    expect(d.x.at(-1)).toBe(R);
    expect(d.x[d.kundeIndeks!]).toBe(P);
    // Hver linje i hele kroner (halvt opp), totalen er summen av dem: kalkulatorens regel.
    const linjesum = Math.round(grunn(P)) + Math.round(digisos(P));
    expect(d.total[d.kundeIndeks!]).toBe(linjesum);
    expect(d.total[0]).toBe(19500); // begge fastprisene ved P = 0
    expect(d.perInnbygger[0]).toBeNull();
    expect(d.perInnbygger[d.kundeIndeks!]).toBeCloseTo(linjesum / P, 9);
  });

  test("tegner årlig pris og pris per innbygger med Bodø markert og norske aksetall", () => {
    tegnet.length = 0;
    visApp({ fane: "graf", skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "41 000" } } } });
    expect(tegnet).toHaveLength(2);
    const [pris, perInnbygger] = tegnet;
    expect(pris.opts.series.map((s: any) => s.label)).toEqual(["Innbyggere", "Sum valgte tjenester", "Grunnfinansiering", "Fiks Digisos", "Bodø"]);
    expect(perInnbygger.opts.series.map((s: any) => s.label)).toEqual(["Innbyggere", "Sum per innbygger", "Bodø"]);
    // Bodø-serien har nøyaktig ett punkt, ved P = 53 712.
    const merket = pris.data[4].map((v: number | null, i: number) => (v === null ? null : pris.data[0][i])).filter((v: number | null) => v !== null);
    expect(merket).toEqual([P]);
    const nb = (s: string) => s.replace(/\u00a0/g, " ");
    expect(pris.opts.axes[0].values(null, [0, 100000, 700000]).map(nb)).toEqual(["0", "100 000", "700 000"]);
    // Aksetallene er korte nok for en 320 px rute (enheten står i aksetittelen).
    expect(pris.opts.axes[1].values(null, [350000, 1000000, 4500000]).map(nb)).toEqual(["350 000", "1,0 mill.", "4,5 mill."]);
    expect(pris.opts.axes[1].label).toBe("kr per år");
    expect(perInnbygger.opts.axes[1].values(null, [7.5]).map(nb)).toEqual(["7,50"]);
    // Minst 80 px mellom tallene på x-aksen, så «700 000» ikke går i ett med naboen.
    expect(pris.opts.axes[0].space).toBeGreaterThanOrEqual(80);
    const rader = tabellrader(screen.getByRole("table", { name: "Tallene bak grafen" }));
    const bodoRad = rader.find((r) => r[0].startsWith("53 712"))!;
    expect(bodoRad[0]).toBe("53 712 (Bodø)");
    expect(bodoRad[1]).toBe(kr(Math.round(grunn(P)) + Math.round(digisos(P))));
  });

  test("alle tjenestene: 13 linjer som kan skilles fra hverandre, med farger fra en palett for fargesvakt syn og ulike streker", () => {
    tegnet.length = 0;
    const brukte = Object.fromEntries(STANDARD_PRISMATRISE.tjenester.map((t) => [t.navn, { valgt: true, eksisterende: "" }]));
    visApp({ fane: "graf", skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte } });
    const serier = tegnet[0].opts.series.slice(1).filter((s: any) => s.label !== "Bodø");
    expect(serier).toHaveLength(13); // summen + 12 tjenestelinjer (grunnfinansiering og 11 tjenester)
    const stiler = serier.map((s: any) => `${s.stroke}|${(s.dash ?? []).join(",")}`);
    expect(new Set(stiler).size).toBe(13);
    // Fargene er Okabe–Ito-paletten (skilles ved vanlig fargesvakt syn), pluss svart for summen.
    const okabeIto = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#242424"];
    expect(serier.every((s: any) => okabeIto.includes(s.stroke))).toBe(true);
    // Forklaringen viser streken også.
    expect(tegnet[0].opts.legend.markers.dash(null, 8)).not.toBe("solid");
  });

  test("grafen regner med matrisen i bruk, også etter hva-om i Effekt", async () => {
    visApp({ fane: "effekt", skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } } });
    act(() => {
      fireEvent.change(screen.getByRole("slider", { name: /Størrelsesjustering/ }), { target: { value: "20" } });
    });
    fireEvent.click(screen.getByRole("tab", { name: "Graf" }));
    const grunn20 = Math.round(16500 + 6.345 * P * (1 - (0.2 * P) / R));
    const bodoRad = tabellrader(screen.getByRole("table", { name: "Tallene bak grafen" })).find((r) => r[0].startsWith("53 712"))!;
    expect(bodoRad[1]).toBe(kr(grunn20 + Math.round(digisos(P))));
  });

  test("andre kundetyper enn kommune og fylkeskommune får en forklaring i stedet for graf", () => {
    visApp({ fane: "graf", skjema: { ...TOMT_SKJEMA, modus: "manuell", kundetype: "STATLIG_VIRKSOMHET", innbyggere: "100", brukte: { "KS Læring": { valgt: true, eksisterende: "" } } } });
    expect(screen.getByText(/Grafen viser pris etter innbyggertall for kommuner og fylkeskommuner/)).toBeTruthy();
  });
});
