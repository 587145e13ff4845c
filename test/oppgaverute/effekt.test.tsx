/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { type Brok, brok, dele, gange, minus, modell, pluss, rund, somDesimal } from "../okonom/brok";
import { kr } from "../hjelpere/norsk";
import { tabellrader, tekst, visApp } from "./hjelp";

jest.setTimeout(60_000);

// Independent arithmetic (BigInt fractions, test/okonom/brok.ts), populations 1 January 2024 from the shipped data.
// Pref: kommuner 717 710 (Oslo), fylkeskommuner 728 803 (Akershus) — prismodell.md.
const PK = 717_710;
const PF = 728_803;
const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE").map((o) => o.innbyggere[2024]);
const fylker = ORGANISASJONER.filter((o) => o.kundetype === "FYLKESKOMMUNE").map((o) => o.innbyggere[2024]);
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** Σ rounded grunnfinansiering lines with størrelsesjustering `a` for kommuner (fylkeskommuner unchanged). */
function grunnfinansiering(aKommune: string): bigint {
  return sum(kommuner.map((p) => rund(modell("16500", "6.345", aKommune, p, PK)))) + sum(fylker.map((p) => rund(modell("150000", "1.05", "0.6", p, PF))));
}

async function kjorAlle() {
  const app = visApp({ fane: "effekt" });
  fireEvent.click(screen.getByRole("button", { name: "Kjør analysen" }));
  // The run yields to the browser between its steps: the progress bar is there at once, the button is busy.
  expect(screen.getByRole("progressbar", { name: "Fremdrift for effektanalysen" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Kjør analysen" }).hasAttribute("disabled")).toBe(true);
  await screen.findByRole("heading", { name: "Fordeling" }, { timeout: 30_000 });
  expect(screen.queryByRole("progressbar")).toBeNull();
  return app;
}

const bandtabell = (navn: string) => tabellrader(screen.getByRole("table", { name: navn }));

describe("Effekt-visningen: alle kommuner og fylkeskommuner", () => {
  test("analysen gir båndtabeller per kundetype og inntekt per tjeneste som regnet for hånd", async () => {
    await kjorAlle();
    expect(kommuner.length).toBe(357);
    expect(fylker.length).toBe(14);
    // Against the matrix in use (no change yet): every change is exactly 0, and 0 belongs to "Opp til snittet".
    expect(bandtabell("Kommune – endring i prosent")).toEqual([
      ["Kostnadsreduksjon", "under 0 %", "0", "0 %"],
      ["Opp til snittet", "0–29 %", "357", "100 %"],
      ["Noe over snittet", "over 29–60 %", "0", "0 %"],
      ["Over snittet", "over 60–100 %", "0", "0 %"],
      ["Stor økning", "over 100 %", "0", "0 %"],
      ["Sum", "", "357", "100 %"],
    ]);
    expect(bandtabell("Fylkeskommune – endring i kroner")[1]).toEqual(["Opp til snittet", "0–40 000 kr", "14", "100 %"]);
    const inntekt = bandtabell("Inntekt per tjeneste");
    const grunn = inntekt.find((r) => r[0] === "Grunnfinansiering")!;
    expect(grunn.slice(0, 3)).toEqual(["Grunnfinansiering", "371", kr(grunnfinansiering("0.1"))]);
    // Fiks Digisos: kommuner only (NA for fylkeskommuner).
    const digisos = sum(kommuner.map((p) => rund(modell("3000", "0.636", "0.3", p, PK))));
    expect(inntekt.find((r) => r[0] === "Fiks Digisos")!.slice(0, 3)).toEqual(["Fiks Digisos", "357", kr(digisos)]);
    // Fiks Melding: fixed 9 000 kr for everyone who can buy it.
    const melding = inntekt.find((r) => r[0] === "Fiks Melding")!;
    expect(melding[2]).toBe(kr(9000 * Number(melding[1])));
  });

  test("hva-om: størrelsesjustering 20 % for grunnfinansiering flytter kommunene i båndene, med målt tid", async () => {
    await kjorAlle();
    const slider = screen.getByRole("slider", { name: /Størrelsesjustering/ });
    act(() => {
      fireEvent.change(slider, { target: { value: "20" } });
    });
    // Each kommune's change is its new minus its old grunnfinansiering line (the other lines do not move).
    const endringer = kommuner.map((p) => rund(modell("16500", "6.345", "0.2", p, PK)) - rund(modell("16500", "6.345", "0.1", p, PK)));
    const ned = endringer.filter((e) => e < 0n).length;
    const null0 = endringer.filter((e) => e === 0n).length;
    expect(ned + null0).toBe(357);
    expect(ned).toBeGreaterThan(300);
    const rader = bandtabell("Kommune – endring i kroner");
    expect(rader[0].slice(0, 3)).toEqual(["Kostnadsreduksjon", "under 0 kr", String(ned)]);
    expect(rader[1].slice(0, 3)).toEqual(["Opp til snittet", "0–40 000 kr", String(null0)]);
    expect(bandtabell("Fylkeskommune – endring i kroner")[1][2]).toBe("14");
    const grunn = bandtabell("Inntekt per tjeneste").find((r) => r[0] === "Grunnfinansiering")!;
    expect(grunn[2]).toBe(kr(grunnfinansiering("0.2")));
    expect(tekst(screen.getByTestId("hvaom-tid"))).toMatch(/^Oppdatert på \d+,\d ms \(kjernen \d+,\d ms\) for 371 kunder/);
    expect(Number(screen.getByTestId("hvaom-tid").dataset.ms)).toBeGreaterThan(0);
    // The number field follows the slider; typing "25" (the field is in %) moves the sector again.
    const felt = screen.getByRole("textbox", { name: /Størrelsesjustering, tall/ });
    expect((felt as HTMLInputElement).value).toBe("20 %");
    act(() => {
      fireEvent.change(felt, { target: { value: "25" } });
    });
    expect(bandtabell("Inntekt per tjeneste").find((r) => r[0] === "Grunnfinansiering")![2]).toBe(kr(grunnfinansiering("0.25")));
    // An invalid value is the core's Norwegian error on the field; the sector keeps the last valid state.
    act(() => {
      fireEvent.change(felt, { target: { value: "120" } });
    });
    expect(screen.getByText(/må være fra 0 % til under 100 %.*fikk «120 %»/)).toBeTruthy();
    expect(bandtabell("Inntekt per tjeneste").find((r) => r[0] === "Grunnfinansiering")![2]).toBe(kr(grunnfinansiering("0.25")));
    // Back to the start.
    fireEvent.click(screen.getByRole("button", { name: "Tilbakestill hva-om" }));
    expect(bandtabell("Kommune – endring i kroner")[1].slice(0, 3)).toEqual(["Opp til snittet", "0–40 000 kr", "357"]);
  });

  test("en annen fane og tilbake beholder analysen og hva-om-endringene", async () => {
    await kjorAlle();
    act(() => {
      fireEvent.change(screen.getByRole("slider", { name: /Størrelsesjustering/ }), { target: { value: "20" } });
    });
    fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" }));
    expect(screen.queryByRole("heading", { name: "Fordeling" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Effekt" }));
    expect(screen.getByRole("heading", { name: "Fordeling" })).toBeTruthy();
    expect(bandtabell("Inntekt per tjeneste").find((r) => r[0] === "Grunnfinansiering")![2]).toBe(kr(grunnfinansiering("0.2")));
    expect((screen.getByRole("textbox", { name: /Størrelsesjustering, tall/ }) as HTMLInputElement).value).toBe("20 %");
  });

  test("Kalibrer: kostnaden gir innbyggerprisen som dekker den, og inntekten blir lik kostnaden", async () => {
    await kjorAlle();
    fireEvent.change(screen.getByRole("combobox", { name: "Tjeneste" }), { target: { value: "Fiks Digisos" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Kostnad som skal dekkes for Fiks Digisos/ }), { target: { value: "5 000 000" } });
    fireEvent.click(screen.getByRole("button", { name: "Kalibrer" }));
    // r = (5 000 000 − 357 · 3 000) / Σ P·(1 − 0,3·P/717 710) over the 357 kommuner.
    const storrelse = (p: number) => minus(brok(BigInt(p)), brok(3n * BigInt(p) * BigInt(p), 10n * BigInt(PK))); // P − 0,3·P²/Pref
    const grunnlag = kommuner.reduce<Brok>((s, p) => pluss(s, storrelse(p)), brok(0n));
    const r = dele(brok(5_000_000n - 357n * 3000n), grunnlag);
    const seks = somDesimal(r, 6).replace(".", ",");
    const status = await screen.findByText(new RegExp(`Kalibrert: innbyggerpris ${seks} kr`));
    expect(status).toBeTruthy();
    const melding = tekst(status.closest("[role=status]"));
    expect(melding).toContain("Inntekt 5 000 000,00 kr = kostnad 5 000 000,00 kr");
    expect(tekst(screen.getByTestId("hvaom-eksakt"))).toBe("5 000 000,00 kr");
    expect((screen.getByRole("textbox", { name: /Innbyggerpris, tall/ }) as HTMLInputElement).value).toBe(seks);
    // The revenue as invoiced: each line rounded with the calibrated (exact) price.
    expect(tekst(screen.getByTestId("hvaom-inntekt"))).toBe(
      kr(sum(kommuner.map((p) => rund(pluss(brok(3000n), gange(r, storrelse(p))))))),
    );
  });

  test("matriseadvarsler: grunnfinansiering for fylkeskommuner (60 %) faller for de største", async () => {
    await kjorAlle();
    // Peak of 1,05·P·(1 − 0,6·P/728 803) at P = 728 803 / 1,2 = 607 335,8 → shown as 607 335.
    const advarsel = await screen.findByText(/Grunnfinansiering for fylkeskommuner: prisen faller/);
    expect(tekst(advarsel)).toContain("607 335");
    expect(tekst(advarsel)).toContain("Akershus");
    // Lowering the adjustment to 40 % removes it (peak beyond Pref) after the sliders rest.
    fireEvent.change(screen.getByRole("combobox", { name: "Kundetype" }), { target: { value: "FYLKESKOMMUNE" } });
    expect((screen.getByRole("combobox", { name: "Tjeneste" }) as HTMLSelectElement).value).toBe("Grunnfinansiering");
    act(() => {
      fireEvent.change(screen.getByRole("slider", { name: /Størrelsesjustering/ }), { target: { value: "40" } });
    });
    await waitFor(() => expect(screen.queryByText(/prisen faller/)).toBeNull(), { timeout: 5000 });
    expect(screen.getByText(/Ingen advarsler/)).toBeTruthy();
  });

  test("uten Excel: «Sett inn i arket» og «Les kundelisten fra arket» er sperret med norsk forklaring", async () => {
    await kjorAlle();
    expect(screen.getByRole("button", { name: "Sett inn i arket" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("radio", { name: "Bruk kundeliste fra arket" }));
    expect(screen.getByRole("button", { name: "Les kundelisten fra arket" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getAllByText(/kjører som nettkalkulator utenfor Excel/).length).toBeGreaterThan(0);
    // No list read yet: nothing to run.
    expect(within(screen.getAllByRole("group")[0].ownerDocument.body).getByRole("button", { name: "Kjør analysen" }).hasAttribute("disabled")).toBe(true);
  });
});
