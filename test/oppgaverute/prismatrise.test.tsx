/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ORGANISASJONER, STANDARD_PRISMATRISE, prismatriseTilCeller } from "../../src/core";
import { officeArbeidsbok } from "../../src/taskpane/excel";
import { TOMT_SKJEMA } from "../../src/taskpane/skjema";
import { tabellrader, tekst, visApp } from "./hjelp";
import { Falskbok } from "./streng-excel";

/** Matrisecellene merket i arket `ark` fra `start`; oppgaveruten får officeArbeidsbok over den strenge falske Excel. */
function matriseIArk(celler: unknown[][], ark = "Prismatrise", start = "A3") {
  const bok = new Falskbok();
  bok.merk(ark, bok.leggTilArk(ark).fyllFra(start, celler));
  return { bok, arbeidsbok: officeArbeidsbok(bok.excel()) };
}

const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;

describe("Prismatrise-visningen", () => {
  test("viser standardmatrisen, advarselen om 60 % og at standarden er i bruk", () => {
    visApp({ fane: "prismatrise" });
    expect(screen.getByText(/Standard prismatrise 2025 \(KS DIF, publisert juni 2024\)/)).toBeTruthy();
    const rader = tabellrader(screen.getByRole("table", { name: "Prismatrise" }));
    expect(rader[0].slice(0, 4)).toEqual(["Grunnfinansiering", "16 500", "6,345", "10 %"]);
    expect(rader.at(-1)?.[0]).toBe("Referanseinnbyggertall");
    // Pref/(2a) = 728 803 / 1,2 = 607 335,8 → the price peaks at 607 335 for fylkeskommuner.
    expect(screen.getByText(/Med størrelsesjustering 60 % og referanse 728 803 er prisen høyest ved 607 335 innbyggere/)).toBeTruthy();
  });

  test("«Sett inn prismatrise» viser fremdrift mens den skriver og melding når arket er laget", async () => {
    const bok = new Falskbok();
    const slipp = bok.holdVedSync(3); // sync 3 skriver hele arket
    visApp({ fane: "prismatrise", arbeidsbok: officeArbeidsbok(bok.excel()) });
    fireEvent.click(screen.getByRole("button", { name: "Sett inn prismatrise" }));
    expect(await screen.findByText("Skriver celler, formler og tabeller i «Prismatrise» …")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sett inn prismatrise" }).hasAttribute("disabled")).toBe(true);
    expect(bok.finn("Prismatrise").celler.size).toBe(0);
    await act(async () => slipp());
    expect(await screen.findByText(/satt inn i det nye arket «Prismatrise» som Excel-tabeller/)).toBeTruthy();
    expect(bok.finn("Prismatrise").tabeller.map((t) => t.omrade)).toEqual(["A3:H16", "A19:E25"]);
  });

  test("«Bruk prismatrise fra arket» lister hver feil med arkadresse og tar ikke matrisen i bruk", async () => {
    const celler = prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]);
    celler[2][2] = "mye"; // Fiks Digisos, innbyggerpris kommune: relative C3 → sheet C5 (range starts at A3)
    celler[3][3] = 1.5; // Fiks Bekymringsmelding, størrelsesjustering 150 %: relative D4 → sheet D6
    visApp({ fane: "prismatrise", arbeidsbok: matriseIArk(celler).arbeidsbok });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    const feil = await screen.findByRole("alert");
    expect(tekst(feil)).toMatch(/Prismatrisen i Prismatrise!A3:H16 har 2 feil; den er ikke tatt i bruk/);
    const punkter = within(feil).getAllByRole("listitem").map(tekst);
    expect(punkter[0]).toMatch(/^Prismatrise!C5: Innbyggerpris.*må være en pris i kroner.*«mye»/);
    expect(punkter[1]).toMatch(/^Prismatrise!D6: .*Fiks Bekymringsmelding.*må være fra 0 % til under 100 %/);
    expect(screen.getByText(/Standard prismatrise 2025 \(KS DIF/)).toBeTruthy();
  });

  test("en gyldig matrise fra arket brukes av kalkulatoren, vises som aktiv, og «tilbake til standard» virker", async () => {
    const celler = prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]);
    celler[2][2] = 1; // Fiks Digisos: 0,636 → 1 kr per innbygger
    visApp({
      fane: "prismatrise",
      arbeidsbok: matriseIArk(celler, "Mine priser", "B2").arbeidsbok,
      skjema: { ...TOMT_SKJEMA, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } },
    });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    expect(await screen.findByText(/bruker nå prismatrisen fra 'Mine priser'!B2:I15 \(12 tjenester\)/)).toBeTruthy();
    expect(screen.getByText(/Fra arket: 'Mine priser'!B2:I15/)).toBeTruthy();
    expect(screen.getByText("Prismatrise: 'Mine priser'!B2:I15")).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" })));
    // 3 000 + 1 · 53 712 · (1 − 0,3 · 53 712 / 717 710) = 55 506,08… → 55 506
    const ny = Math.round(3000 + 53712 * (1 - (0.3 * 53712) / 717710));
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning/ }))[1][2]).toBe(`${ny.toLocaleString("en").replace(",", " ")} kr`);

    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Prismatrise" })));
    fireEvent.click(screen.getByRole("button", { name: "Bruk standard prismatrise 2025" }));
    await waitFor(() => expect(screen.getByText(/Standard prismatrise 2025 \(KS DIF/)).toBeTruthy());
  });

  test("feil fra Excel vises på norsk i en feilmelding, ikke svelget", async () => {
    const { bok, arbeidsbok } = matriseIArk(prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]));
    bok.feilVedSync(1, { kode: "UkjentFeil", melding: "boom" });
    visApp({ fane: "prismatrise", arbeidsbok });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    expect(tekst(await screen.findByRole("alert"))).toMatch(/Å lese det merkede området mislyktes: Excel meldte en feil\. \(boom\)/);
  });
});
