/** @jest-environment jsdom */
/**
 * Budsjett-fanen: planen for kalkulatorens scenario med vekst, prisjustering, oppstart og Digifin, vist som kort per år
 * (med kvartaler) og som tabell, feltfeil med kjernens meldinger, og «Sett inn i arket» mot en falsk arbeidsbok
 * hvis ark regnes i HyperFormula. Fasiten regnes uavhengig med BigInt-brøkene i test/budsjett/referanse.ts.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Ark } from "../../src/ark/modell";
import type { Arbeidsbok } from "../../src/taskpane/felles/excel";
import type { Skjema } from "../../src/taskpane/felles/skjema";
import {
  arsbelopFasit, arsprisFasit, digifinFasit, innbyggereFasit, matriseprisFasit, svarutFasit, TITUSENDELER,
} from "../budsjett/referanse";
import { installerCustomFunctions } from "../funksjoner/oppsett";
import { grupper, kr } from "../hjelpere/norsk";
import { planSomBok } from "./arkplan-hf";
import { bodoSkjema, tabellrader, tekst, visApp } from "./hjelp";

jest.setTimeout(60_000);
beforeAll(() => installerCustomFunctions());

/** Bodøs folkemengde 1. januar (data/ssb-folkemengde.csv): planåret Y bruker året Y − 1. */
const KJENT: Record<number, number> = { 2024: 53712, 2025: 53725, 2026: 53638 };

/** Innbyggertallet for planåret: 1. januar året før når det er kjent, ellers framskrevet fra 1.1.2026. */
function innbyggere(ar: number, vekst: number): number {
  return KJENT[ar - 1] ?? innbyggereFasit(KJENT[2026], vekst, ar - 1 - 2026);
}

/** Kalkulatorens Bodø-scenario med Fiks Digiorden til vurdering, som i docs/eksempel-budsjett.json. */
function budsjettBodo(): Skjema {
  const skjema = bodoSkjema();
  // Befolkningsåret i docs/eksempel-budsjett.json: 1. januar 2026, grunnlaget for 2027.
  return { ...skjema, ar: 2026, vurder: { ...skjema.vurder, "Fiks Digiorden": true } };
}

const MATRISETJENESTER = ["Grunnfinansiering", "Fiks Digisos", "Digitalt ledsagerbevis", "Fiks Digiorden"];

interface Fasitar { ar: number; innbyggere: number; sum: number; kvartal: number[]; linjer: Map<string, { belop: number; kvartal: number[] }> }

/** Hele kroner fordelt på de aktive (siste) kvartalene, så likt som mulig, resten på de siste. */
function fordel(belop: number, aktive: number): number[] {
  const hvert = Math.floor(belop / aktive);
  const rest = belop - hvert * aktive;
  return [0, 1, 2, 3].map((k) => (k < 4 - aktive ? 0 : hvert + (k >= 4 - rest ? 1 : 0)));
}

/**
 * Bodø-planen regnet uavhengig etter kalenderen: innbyggertallet fra KJENT (framskrevet med veksten etter 1.1.2026),
 * 2025-prisene justert år − 2025 år; vekst og prisjustering i ti-tusendeler av en prosent, oppstart per tjeneste som
 * [år, kvartal], Digifin-avgifter som [løsning, år, kvartal, medlemskap].
 */
function fasit(fra: number, antall: number, vekst: number, justering: number, oppstart: Record<string, [number, number]> = {},
  digifin: ["Digihelse" | "Digiorden", number, number, boolean][] = []): Fasitar[] {
  return Array.from({ length: antall }, (_, n) => {
    const ar = fra + n;
    const p = innbyggere(ar, vekst);
    const linjer = new Map<string, { belop: number; kvartal: number[] }>();
    const pris = (navn: string) => (navn === "SvarUt" ? svarutFasit("KOMMUNE", 1000, 50000, 200) : matriseprisFasit(navn, "KOMMUNE", p));
    for (const navn of [...MATRISETJENESTER, "SvarUt"]) {
      const start = oppstart[navn];
      const aktive = !start || start[0] < ar ? 4 : start[0] === ar ? 5 - start[1] : 0;
      const belop = arsbelopFasit(arsprisFasit(pris(navn), justering, ar - 2025), aktive);
      linjer.set(navn, { belop, kvartal: aktive === 0 ? [0, 0, 0, 0] : fordel(belop, aktive) });
    }
    for (const [losning, dar, dk, medlemskap] of digifin) {
      const belop = digifinFasit(losning, "KOMMUNE", innbyggere(dar, vekst), medlemskap);
      linjer.set(`Digifin-avgift ${losning}${medlemskap ? " med medlemskap" : ""}`,
        { belop: dar === ar ? belop : 0, kvartal: [1, 2, 3, 4].map((k) => (dar === ar && dk === k ? belop : 0)) });
    }
    const alle = [...linjer.values()];
    const kvartal = [0, 1, 2, 3].map((k) => alle.reduce((s, l) => s + l.kvartal[k], 0));
    return { ar, innbyggere: p, sum: kvartal.reduce((s, q) => s + q, 0), kvartal, linjer };
  });
}

const felt = (navn: string) => screen.getByRole("textbox", { name: navn });
/** Skriver i et felt og forlater det (feilen i feltet vises først da, eller etter en pause). */
function skriv(navn: string, verdi: string) {
  fireEvent.change(felt(navn), { target: { value: verdi } });
  fireEvent.blur(felt(navn));
}
const velg = (navn: string, verdi: string, i: HTMLElement = document.body) =>
  fireEvent.change(within(i).getByRole("combobox", { name: navn }), { target: { value: verdi } });

/** Summen som står på kortet for året (kortet er en region med årstallet som navn). */
/** Et beløp slik fanen viser det i kvartaler og tabell: hele kroner, 0 som «–». */
const vis = (q: number) => (q === 0 ? "–" : grupper(q));

const kortsum = (ar: number) => tekst(screen.getByRole("region", { name: String(ar) }).querySelector("h3")!.nextElementSibling);

function bodoEksempel() {
  skriv("Første år", "2027");
  skriv("Befolkningsvekst per år", "1");
  skriv("Prisjustering per år", "3 %");
  velg("Oppstart for Fiks Digiorden", "2027-K3");
  fireEvent.click(screen.getByRole("button", { name: "Legg til Digifin-avgift" }));
  velg("Betales i kvartal", "2027-K2", screen.getByRole("group", { name: "Digifin-avgift 1" }));
}
const BODO_FASIT = () => fasit(2027, 4, 1 * TITUSENDELER, 3 * TITUSENDELER, { "Fiks Digiorden": [2027, 3] }, [["Digihelse", 2027, 2, false]]);

describe("Budsjett-fanen", () => {
  test("uten kunde ber fanen om kunde og tjenester i Kalkulator-fanen", () => {
    visApp({ fane: "budsjett" });
    expect(screen.getByText(/Velg kunde og tjenester i Kalkulator-fanen først/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: /^20\d\d$/ })).toBeNull();
  });

  test("standard: fire år fra året etter befolkningsåret, uten vekst og justering er hvert år kalkulatorens totalpris", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    expect((felt("Første år") as HTMLInputElement).value).toBe("2027");
    const f = fasit(2027, 4, 0, 0);
    // 354 290 + 36 349 + 65 922 + 112 968 + 29 270 = 598 799 (53 638 innbyggere 1.1.2026; budsjett.test.ts og docs/budsjett.md)
    expect(f[0].sum).toBe(598799);
    expect([2027, 2028, 2029, 2030].map(kortsum)).toEqual(f.map((a) => kr(a.sum)));
    expect(screen.getByRole("heading", { name: "Økonomiplan 2027–2030" })).toBeTruthy();
    expect(screen.getByText(/Min kommune har ingen ny pris/)).toBeTruthy();
    expect(screen.getByText(/Prismatrise 2025 · innbyggere 1\.1\.2026 for 2027\. 2027-pris = 2025-pris × \(1 \+ prisjustering\)\^2/)).toBeTruthy();
    expect(screen.queryByText("Befolkningsåret passer ikke planen")).toBeNull();
  });

  test("KS' 2025-tabell i Kalkulator (1.1.2024) og første år 2027: planen følger kalenderen og sier fra", () => {
    visApp({ fane: "budsjett", skjema: { ...budsjettBodo(), ar: 2024 } });
    expect((felt("Første år") as HTMLInputElement).value).toBe("2025");
    // 2025: KS' publiserte tabell, 354 752 + 36 394 + 66 007 + 113 112 + 29 270 = 599 535 (budsjett.test.ts)
    expect(kortsum(2025)).toBe(kr(599535));
    skriv("Første år", "2027");
    expect([2027, 2028, 2029, 2030].map(kortsum)).toEqual(fasit(2027, 4, 0, 0).map((a) => kr(a.sum)));
    expect(screen.getByText("Befolkningsåret passer ikke planen")).toBeTruthy();
    expect(screen.getByText(/Scenariet oppgir befolkningsåret 2024, men prisene for 2027 bygger på folkemengden 1\. januar 2026/)).toBeTruthy();
  });

  test("Bodø-eksempelet: kortene, kvartalene, diagrammet og tabellen stemmer med den uavhengige fasiten", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    bodoEksempel();
    const f = BODO_FASIT();
    // docs/budsjett.md: 829 895, 660 151, 686 026 og 712 913 kr
    expect(f.map((a) => a.sum)).toEqual([829895, 660151, 686026, 712913]);
    expect([2027, 2028, 2029, 2030].map(kortsum)).toEqual(f.map((a) => kr(a.sum)));
    // Summen for planen, og den samme i sammendraget som står i bildet mens det skrives i smal rute.
    const plansum = kr(f.reduce((s, a) => s + a.sum, 0));
    expect(screen.getAllByText(plansum)).toHaveLength(2);
    expect(within(screen.getByTestId("sammendragslinje")).getByText(plansum)).toBeTruthy();
    const diagram = screen.getByRole("img", { name: /Søylediagram/ });
    expect(diagram.getAttribute("aria-label")!.replace(/\u00a0/g, " ")).toBe(`Søylediagram, sum per år: ${f.map((a) => `${a.ar} ${kr(a.sum)}`).join(", ")}.`);

    // Tabellen: én rad per tjeneste og en sumrad; Digifin-avgiften står bare i 2027.
    const tabell = screen.getByRole("table", { name: /Budsjett per år og tjeneste/ });
    const rader = tabellrader(tabell);
    const ventet = (navn: string) => [...f.map((a) => vis(a.linjer.get(navn)!.belop)), grupper(f.reduce((s, a) => s + a.linjer.get(navn)!.belop, 0))];
    expect(new Map(rader.map((r) => [r[0], r.slice(1)]))).toEqual(new Map([
      ...[...f[0].linjer.keys()].map((navn) => [navn, ventet(navn)] as const),
      ["Sum", [...f.map((a) => grupper(a.sum)), grupper(f.reduce((s, a) => s + a.sum, 0))]],
    ]));
    // Kortet for 2027 utvidet: kvartalene og hver tjeneste med sine kvartaler.
    const kort = screen.getByRole("region", { name: "2027" });
    expect(tekst(kort)).toContain("53 638 innbyggere (1.1.2026)");
    expect(tekst(screen.getByRole("region", { name: "2028" }))).toContain("54 174 innbyggere (framskrevet 1 år fra 1.1.2026)");
    const knapp = within(kort).getByRole("button", { name: "Vis kvartaler og tjenester for 2027" });
    expect(knapp.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(knapp);
    expect(knapp.getAttribute("aria-expanded")).toBe("true");
    const kvartaler = (el: Element) => [...el.querySelectorAll("dd")].map(tekst);
    expect(kvartaler(kort.querySelector("dl")!)).toEqual(f[0].kvartal.map(vis));
    const linjer = within(within(kort).getByRole("list", { name: "Tjenester i 2027" })).getAllByRole("listitem");
    const vist = linjer.map((li) => [tekst(li.querySelector("span")), kvartaler(li)]);
    expect(new Map(vist.map(([navn, q]) => [navn, q]))).toEqual(new Map([...f[0].linjer].map(([navn, l]) => [navn, l.kvartal.map(vis)])));
    const digiorden = linjer.find((li) => tekst(li).startsWith("Fiks Digiorden"))!;
    // 119 848 · 2/4 = 59 924 fra tredje kvartal
    expect(tekst(digiorden)).toContain("Vurderes · Fra 2027-K3, årspris 119 848 kr");
    expect(kvartaler(digiorden)).toEqual(["–", "–", "29 962", "29 962"]);

    // Året som er utvidet på kortet, er utvidet i tabellen også; 2028 utvides i tabellen.
    fireEvent.click(within(tabell).getByRole("button", { name: "2028: vis kvartalene" }));
    expect(tabellrader(tabell).at(-1)).toEqual(["Sum", grupper(f[0].sum), ...f[0].kvartal.map(vis), grupper(f[1].sum), ...f[1].kvartal.map(vis),
      grupper(f[2].sum), grupper(f[3].sum), grupper(f.reduce((s, a) => s + a.sum, 0))]);
  });

  test("ugyldige felt får feilen ved feltet med kjernens melding", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    const tilfeller: [string, string, RegExp][] = [
      ["Befolkningsvekst per år", "0,1", /tvetydig.*0,1 %.*10 %/],
      ["Befolkningsvekst per år", "25", /fra −10 % til 20 %/],
      ["Prisjustering per år", "1,23456", /høyst 4 desimaler/],
      ["Prisjustering per år", "tre", /Skriv en prosent/],
      ["Første år", "2024", /budsjettår.*2025 til 2099/],
      ["Første år", "", /Skriv et budsjettår/],
    ];
    for (const [navn, verdi, melding] of tilfeller) {
      skriv(navn, verdi);
      const feltet = felt(navn);
      expect([navn, verdi, feltet.getAttribute("aria-invalid")]).toEqual([navn, verdi, "true"]);
      const beskrivelse = feltet.getAttribute("aria-describedby")!.split(" ").map((id) => tekst(document.getElementById(id))).join(" ");
      expect(beskrivelse).toMatch(melding);
      skriv(navn, navn === "Første år" ? "2025" : "");
      expect(feltet.getAttribute("aria-invalid")).not.toBe("true");
    }
  });

  test("en avvist vekst endrer ikke planen (feilen vises etter en pause i skrivingen); «0,5 %» og «0,5» godtas etter pausen", () => {
    jest.useFakeTimers();
    try {
      visApp({ fane: "budsjett", skjema: budsjettBodo() });
      const pause = () => act(() => jest.advanceTimersByTime(1000));
      fireEvent.change(felt("Befolkningsvekst per år"), { target: { value: "0,5 %" } });
      // Før pausen har ingenting nådd planen.
      expect(kortsum(2028)).toBe(kr(fasit(2027, 4, 0, 0)[1].sum));
      pause();
      expect(kortsum(2028)).toBe(kr(fasit(2027, 4, 5000, 0)[1].sum));
      fireEvent.change(felt("Befolkningsvekst per år"), { target: { value: "0,1" } });
      pause();
      expect(screen.getByText(/^Er tvetydig, fikk «0,1»/)).toBeTruthy();
      expect(screen.getByText("Beregningen bruker fortsatt 0,5 %.")).toBeTruthy();
      expect(screen.queryByText(/Noen felt har ugyldige verdier/)).toBeNull();
      expect(kortsum(2028)).toBe(kr(fasit(2027, 4, 5000, 0)[1].sum));
      // 50 % er utenfor grensene, så «0,5» kan bare bety 0,5 %.
      fireEvent.change(felt("Befolkningsvekst per år"), { target: { value: "0,5" } });
      pause();
      expect(screen.queryByText(/Beregningen bruker fortsatt/)).toBeNull();
      expect(kortsum(2028)).toBe(kr(fasit(2027, 4, 5000, 0)[1].sum));
    } finally {
      jest.useRealTimers();
    }
  });

  test("en oppstart som faller utenfor planen når første år endres, får feil ved feltet og holdes utenfor", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    velg("Oppstart for Fiks Digiorden", "2027-K3");
    skriv("Første år", "2028");
    const oppstart = screen.getByRole("combobox", { name: "Oppstart for Fiks Digiorden" });
    expect(oppstart.getAttribute("aria-invalid")).toBe("true");
    expect((oppstart as HTMLSelectElement).value).toBe("2027-K3");
    expect(screen.getByText(/Oppstart for Fiks Digiorden: forventet et kvartal .* fikk teksten "2027-K3" \(før planens første år\)/)).toBeTruthy();
    expect(kortsum(2028)).toBe(kr(fasit(2028, 4, 0, 0)[0].sum));
  });

  test("Digifin: hver løsning én gang, medlemskapet på én rad, og planen tar avgiften med i sitt kvartal", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    const legg = screen.getByRole("button", { name: "Legg til Digifin-avgift" });
    fireEvent.click(legg);
    fireEvent.click(legg);
    expect(legg.hasAttribute("disabled")).toBe(true);
    const [en, to] = [1, 2].map((i) => screen.getByRole("group", { name: `Digifin-avgift ${i}` }));
    expect([en, to].map((g) => (within(g).getByRole("combobox", { name: "Løsning" }) as HTMLSelectElement).value)).toEqual(["Digihelse", "Digiorden"]);
    velg("Betales i kvartal", "2028-K4", to);
    fireEvent.click(within(en).getByRole("checkbox", { name: "Med medlemskap i Digifin" }));
    fireEvent.click(within(to).getByRole("checkbox", { name: "Med medlemskap i Digifin" }));
    expect([en, to].map((g) => (within(g).getByRole("checkbox") as HTMLInputElement).checked)).toEqual([false, true]);
    const f = fasit(2027, 4, 0, 0, {}, [["Digihelse", 2027, 1, false], ["Digiorden", 2028, 4, true]]);
    // Digiorden for 53 638 innbyggere (uten vekst er 2028 også 1.1.2026): 60 000 kr + medlemskap 20 · 53 638 = 1 132 760 kr i 2028-K4
    expect(f[1].linjer.get("Digifin-avgift Digiorden med medlemskap")!.belop).toBe(60000 + 20 * 53638);
    expect([2027, 2028, 2029, 2030].map(kortsum)).toEqual(f.map((a) => kr(a.sum)));
    fireEvent.click(within(en).getByRole("button", { name: "Fjern Digifin-avgift 1 (Digihelse)" }));
    expect(legg.hasAttribute("disabled")).toBe(false);
    expect(screen.getAllByRole("group", { name: /^Digifin-avgift/ })).toHaveLength(1);
  });

  test("valgene står når brukeren går til Kalkulator og tilbake", () => {
    visApp({ fane: "budsjett", skjema: budsjettBodo() });
    skriv("Befolkningsvekst per år", "1,5");
    fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" }));
    fireEvent.click(screen.getByRole("tab", { name: "Budsjett" }));
    expect((felt("Befolkningsvekst per år") as HTMLInputElement).value).toBe("1,5 %");
  });
});

describe("Sett inn i arket fra Budsjett-fanen", () => {
  function falskArbeidsbok() {
    const skrevet: Ark[] = [];
    const arbeidsbok: Arbeidsbok = {
      tilgjengelig: true,
      grunn: null,
      lesUtvalg: () => Promise.reject(new Error("ikke brukt")),
      lesKundeliste: () => Promise.reject(new Error("ikke brukt")),
      skrivArk: async (plan) => {
        skrevet.push(plan);
        return { ark: plan.navn, tabeller: [] };
      },
    };
    return { arbeidsbok, skrevet };
  }

  test("arket regner det samme som fanen, og følger med når veksten endres i arket", async () => {
    const { arbeidsbok, skrevet } = falskArbeidsbok();
    visApp({ fane: "budsjett", skjema: budsjettBodo(), arbeidsbok });
    bodoEksempel();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sett inn i arket" }));
    });
    expect(screen.getByText(/Budsjettet er satt inn i det nye arket «Budsjett Bodø»/)).toBeTruthy();
    expect(skrevet).toHaveLength(1);
    const hf = planSomBok(skrevet[0], "Ark");
    const verdi = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
    // Oversikten «Sum per år» under tabellen (arkmodellens budsjettoppsett): år, innbyggere, sum, K1–K4 på de fire radene
    // under overskriften. Veksten står i B5.
    const oversikt = skrevet[0].rader.findIndex((r) => r[0]?.verdi === "Sum per år") + 3;
    const sammendrag = () => [0, 1, 2, 3].map((n) => ["A", "B", "C", "D", "E", "F", "G"].map((k) => verdi(`${k}${oversikt + n}`)));
    expect(sammendrag()).toEqual(BODO_FASIT().map((a) => [a.ar, a.innbyggere, a.sum, ...a.kvartal]));
    hf.setCellContents(hf.simpleCellAddressFromString("B5", 0)!, [[0.02]]);
    const toProsent = fasit(2027, 4, 2 * TITUSENDELER, 3 * TITUSENDELER, { "Fiks Digiorden": [2027, 3] }, [["Digihelse", 2027, 2, false]]);
    expect(sammendrag()).toEqual(toProsent.map((a) => [a.ar, a.innbyggere, a.sum, ...a.kvartal]));
  });

  test("med en feil i skjemaet kan planen ikke settes inn, og knappen sier hvorfor", () => {
    const { arbeidsbok, skrevet } = falskArbeidsbok();
    visApp({ fane: "budsjett", skjema: budsjettBodo(), arbeidsbok });
    // Et avvist tall når aldri planen (feltregelen); en oppstart som faller utenfor planen er en feil i skjemaet.
    skriv("Første år", "2026");
    velg("Oppstart for Fiks Digiorden", "2026-K3");
    skriv("Første år", "2027");
    const knapp = screen.getByRole("button", { name: "Sett inn i arket" });
    expect(knapp.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Rett feltene merket med rødt først.")).toBeTruthy();
    fireEvent.click(knapp);
    expect(skrevet).toHaveLength(0);
  });
});
