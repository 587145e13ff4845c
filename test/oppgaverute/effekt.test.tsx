/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { type Brok, brok, dele, gange, minus, modell, pluss, rund, somDesimal } from "../okonom/brok";
import { grupper, kr } from "../hjelpere/norsk";
import { bodoSkjema, listeposter, tabellrader, tekst, visApp } from "./hjelp";

jest.setTimeout(60_000);

// Uavhengig aritmetikk (BigInt-brøker, test/okonom/brok.ts), folketall 1. januar 2024 fra de medfølgende dataene.
// Pref: kommuner 717 710 (Oslo), fylkeskommuner 728 803 (Akershus) — prismodellen.
const PK = 717_710;
const PF = 728_803;
const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE").map((o) => o.innbyggere[2024]);
const fylker = ORGANISASJONER.filter((o) => o.kundetype === "FYLKESKOMMUNE").map((o) => o.innbyggere[2024]);
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** Prismatrise 2025 for kommuner: fastpris, innbyggerpris, størrelsesjustering per tjeneste (prismodellen). */
const KOMMUNEPRISER: [string, string, string][] = [
  ["16500", "6.345", "0.1"], ["3000", "0.636", "0.3"], ["3000", "0.636", "0.3"], ["3000", "1.2", "0.3"], ["18000", "1.56", "0.3"],
  ["6000", "2.04", "0.3"], ["18000", "1.2", "0.3"], ["9000", "0.84", "0.3"], ["9000", "0.24", "0.3"], ["9000", "0.54", "0.3"],
  ["9000", "0", "0"], ["18000", "0.48", "0.3"],
];
/** En kommunes samlede nye pris for alle tjenester: hver linje avrundet til hele kroner, så summert. */
const kommunetotal = (p: number) => sum(KOMMUNEPRISER.map(([f, r, a]) => rund(modell(f, r, a, p, PK))));

/** Σ avrundede grunnfinansieringslinjer med størrelsesjustering `a` for kommuner (fylkeskommunene uendret). */
function grunnfinansiering(aKommune: string): bigint {
  return sum(kommuner.map((p) => rund(modell("16500", "6.345", aKommune, p, PK)))) + sum(fylker.map((p) => rund(modell("150000", "1.05", "0.6", p, PF))));
}

/** Endringen i grunnfinansiering per kommune når a går fra 10 % til `a`. */
const endringer = (a: string) => kommuner.map((p) => rund(modell("16500", "6.345", a, p, PK)) - rund(modell("16500", "6.345", "0.1", p, PK)));

async function apneEffekt(skjema = bodoSkjema()) {
  visApp({ fane: "effekt", skjema });
  await screen.findByRole("heading", { name: "Hva om?" });
}

const rader = (navn: string) => tabellrader(screen.getByRole("table", { name: navn }));
const inntekt = (tjeneste: string) => listeposter(screen.getByRole("list", { name: "Inntekt per tjeneste" })).find((p) => p.navn === tjeneste)!;
const flytt = (verdi: string) => act(() => {
  fireEvent.change(screen.getByRole("slider", { name: /Størrelsesjustering/ }), { target: { value: verdi } });
});

describe("Effekt-visningen: alle kommuner og fylkeskommuner", () => {
  test("nyttig straks: pris per innbygger etter kundetype og størrelse, uten å kjøre noe og uten å sammenligne matrisen med seg selv", async () => {
    await apneEffekt();
    expect(kommuner.length).toBe(357);
    expect(fylker.length).toBe(14);
    const store = kommuner.filter((p) => p >= 100_000);
    const total = sum(store.map(kommunetotal));
    const perInnbygger = somDesimal(dele(brok(total), brok(BigInt(store.reduce((a, b) => a + b, 0)))), 2).replace(".", ",");
    const snitt = rund(dele(brok(total), brok(BigInt(store.length))));
    expect(rader("Kommune").find((r) => r[0].startsWith("100 000 eller flere"))).toEqual([
      `100 000 eller flere${store.length} kunder`, `${perInnbygger} kr`, kr(snitt),
    ]);
    // Grensene er hele innbyggere og overlapper ikke: hver kommune telles i nøyaktig ett bånd.
    const antall = (fra: number, til: number) => kommuner.filter((p) => p >= fra && p < til).length;
    expect(rader("Kommune").map((r) => r[0]).slice(0, 4)).toEqual([
      `under 5 000${antall(0, 5_000)} kunder`, `5 000–19 999${antall(5_000, 20_000)} kunder`,
      `20 000–99 999${antall(20_000, 100_000)} kunder`, `100 000 eller flere${antall(100_000, Infinity)} kunder`,
    ]);
    // Sumraden: alle 357 kommuner, med samlet ny pris per år.
    const alle = sum(kommuner.map(kommunetotal));
    const perInnbyggerAlle = somDesimal(dele(brok(alle), brok(BigInt(kommuner.reduce((a, b) => a + b, 0)))), 2).replace(".", ",");
    expect(rader("Kommune").at(-1)).toEqual([`Alle357 kunder, ${kr(alle)} i alt`, `${perInnbyggerAlle} kr`, kr(rund(dele(brok(alle), brok(357n))))]);
    // Matrisen i bruk er standard 2025: ingen fordeling av en endring som ikke finnes, og ingen båndtabeller.
    expect(screen.getByText(/Prismatrisen i bruk er lik standard prismatrise 2025/)).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Kommune – endring i prosent" })).toBeNull();
    expect(inntekt("Grunnfinansiering")).toEqual({ navn: "Grunnfinansiering", hoved: kr(grunnfinansiering("0.1")), detalj: "371 kunder", endring: "" });
    // Ingen tidsmålinger i ruten (de hører hjemme i npm run bench).
    expect(screen.queryByText(/\d\s?ms\b/)).toBeNull();
  });

  test("hva-om: størrelsesjustering 20 % flytter kommunene i båndene mot standard 2025, med sammendraget ved glidebryterne", async () => {
    await apneEffekt();
    flytt("20");
    const e = endringer("0.2");
    const ned = e.filter((x) => x < 0n).length;
    const null0 = e.filter((x) => x === 0n).length;
    expect(ned + null0).toBe(357);
    expect(ned).toBeGreaterThan(300);
    expect(rader("Kommune – endring i kroner").slice(0, 2).map((r) => r.slice(0, 3))).toEqual([
      ["Kostnadsreduksjon", "under 0 kr", String(ned)], ["Opp til snittet", "0–40 000 kr", String(null0)],
    ]);
    expect(rader("Fylkeskommune – endring i kroner")[1][2]).toBe("14");
    const endring = grunnfinansiering("0.2") - grunnfinansiering("0.1");
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(grunnfinansiering("0.2")));
    expect(tekst(screen.getByTestId("hvaom-endring"))).toMatch(new RegExp(`^${kr(endring)} \\(−\\d+,\\d %\\)$`));
    expect(inntekt("Grunnfinansiering").detalj).toBe(`371 kunder · 2025: ${kr(grunnfinansiering("0.1"))}`);
    expect(inntekt("Grunnfinansiering").endring).toMatch(new RegExp(`^${kr(endring)} \\(`));
    expect(screen.getByText("Prismatrise: Standard 2025, endret")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Tilbakestill hva-om" }));
    expect(screen.getByText("Prismatrise: Standard 2025")).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Kommune – endring i kroner" })).toBeNull();
  });

  test("prosentfeltet godtar det hintet sier (30, 30 %, 27,5 %) innenfor glidebryterens 0–95 %, og sier fra om resten", async () => {
    await apneEffekt();
    const felt = screen.getByRole("textbox", { name: /Størrelsesjustering, tall/ });
    expect(screen.getByText("Skriv prosent, f.eks. 30 eller 27,5 % (0–95 %).")).toBeTruthy();
    const skriv = (verdi: string) => act(() => {
      fireEvent.change(felt, { target: { value: verdi } });
      fireEvent.blur(felt);
    });
    skriv("25");
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(grunnfinansiering("0.25")));
    skriv("27,5 %");
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(grunnfinansiering("0.275")));
    skriv("0,3");
    expect(screen.getByText(/^Er tvetydig, fikk «0,3»: det kan bety 0,3 % eller 30 %/)).toBeTruthy();
    for (const tall of ["96", "99"]) {
      skriv(tall);
      expect(screen.getByText(new RegExp(`fra 0 % til 95 %, fikk «${tall}»\\.$`))).toBeTruthy();
    }
    skriv("");
    expect(screen.getByText("Skriv en størrelsesjustering fra 0 % til 95 %, f.eks. 30 %.")).toBeTruthy();
    expect(screen.queryByText(/fikk « %»/)).toBeNull();
    // Sektoren beholder siste gyldige verdi.
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(grunnfinansiering("0.275")));
  });

  test("hva-om gjelder hele ruten: Kalkulator og Graf regner med den endrede matrisen til «Tilbakestill til 2025»", async () => {
    await apneEffekt();
    flytt("20");
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" })));
    const grunn = (a: string) => kr(rund(modell("16500", "6.345", a, 53_712, PK)));
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning for Bodø/ }))[0][2]).toBe(grunn("0.2"));
    fireEvent.click(screen.getByRole("button", { name: "Tilbakestill til 2025" }));
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning for Bodø/ }))[0][2]).toBe(grunn("0.1"));
  });

  test("en annen fane og tilbake beholder analysen og hva-om-endringene", async () => {
    await apneEffekt();
    flytt("20");
    fireEvent.click(screen.getByRole("tab", { name: "Prismatrise" }));
    expect(screen.queryByRole("heading", { name: "Hva om?" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Effekt" }));
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(grunnfinansiering("0.2")));
    expect((screen.getByRole("textbox", { name: /Størrelsesjustering, tall/ }) as HTMLInputElement).value).toBe("20 %");
  });

  test("Kalibrer: kostnaden gir innbyggerprisen som dekker den, og inntekten blir lik kostnaden", async () => {
    await apneEffekt();
    fireEvent.change(screen.getByRole("combobox", { name: "Tjeneste" }), { target: { value: "Fiks Digisos" } });
    const kostnad = screen.getByRole("textbox", { name: /Kostnad som skal dekkes for Fiks Digisos/ });
    fireEvent.change(kostnad, { target: { value: "5 000 000" } });
    fireEvent.blur(kostnad);
    fireEvent.click(screen.getByRole("button", { name: "Kalibrer" }));
    // r = (5 000 000 − 357 · 3 000) / Σ P·(1 − 0,3·P/717 710) over de 357 kommunene.
    const storrelse = (p: number) => minus(brok(BigInt(p)), brok(3n * BigInt(p) * BigInt(p), 10n * BigInt(PK)));
    const grunnlag = kommuner.reduce<Brok>((s, p) => pluss(s, storrelse(p)), brok(0n));
    const r = dele(brok(5_000_000n - 357n * 3000n), grunnlag);
    const seks = somDesimal(r, 6).replace(".", ",");
    const status = await screen.findByText(new RegExp(`Kalibrert: innbyggerpris ${seks} kr`));
    expect(tekst(status.closest("[role=status]"))).toContain("Inntekten blir 5 000 000 kr, lik kostnaden 5 000 000 kr");
    expect(tekst(screen.getByTestId("hvaom-eksakt"))).toBe("5 000 000,00 kr");
    expect((screen.getByRole("textbox", { name: /Innbyggerpris, tall/ }) as HTMLInputElement).value).toBe(seks);
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(kr(sum(kommuner.map((p) => rund(pluss(brok(3000n), gange(r, storrelse(p))))))));
    // En kostnad som ikke er et beløp: rutens egne ord ved feltet, og kostnaden som gjelder, er fortsatt 5 000 000.
    fireEvent.change(kostnad, { target: { value: "mye" } });
    fireEvent.blur(kostnad);
    expect(screen.getByText(/^Skriv et beløp i kroner .*fikk «mye»\.$/)).toBeTruthy();
    expect(screen.getByText("Beregningen bruker fortsatt 5 000 000.")).toBeTruthy();
  });

  test("matriseadvarsler: et antall med en liste som åpnes; 40 % for fylkeskommuner fjerner advarselen", async () => {
    await apneEffekt();
    // Toppen av 1,05·P·(1 − 0,6·P/728 803) er ved P = 728 803 / 1,2 = 607 335,8 → vist som 607 335.
    expect(screen.getByText("1 advarsel om prismatrisen")).toBeTruthy();
    const advarsel = screen.getByText(/Grunnfinansiering for fylkeskommuner: prisen faller/);
    expect(advarsel.closest("details")?.open).toBe(false);
    expect(tekst(advarsel)).toContain(grupper(607_335));
    expect(tekst(advarsel)).toContain("Akershus");
    fireEvent.change(screen.getByRole("combobox", { name: "Kundetype" }), { target: { value: "FYLKESKOMMUNE" } });
    expect((screen.getByRole("combobox", { name: "Tjeneste" }) as HTMLSelectElement).value).toBe("Grunnfinansiering");
    flytt("40");
    await waitFor(() => expect(screen.queryByText(/prisen faller/)).toBeNull(), { timeout: 5000 });
    expect(screen.getByText(/Ingen advarsler om prismatrisen/)).toBeTruthy();
  });

  test("uten Excel: «Sett inn i arket» og «Les kundelisten fra arket» er sperret med norsk forklaring", async () => {
    await apneEffekt();
    expect(screen.getByRole("button", { name: "Sett inn i arket" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("radio", { name: "Kundeliste fra arket" }));
    expect(screen.getByRole("button", { name: "Les kundelisten fra arket" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getAllByText(/kjører som nettkalkulator utenfor Excel/).length).toBeGreaterThan(0);
    // Ingen liste lest ennå: ingen analyse å vise.
    expect(screen.queryByRole("heading", { name: "Hva om?" })).toBeNull();
    expect(within(document.body).queryByText(/Prismatrisen i bruk er lik/)).toBeNull();
  });
});
