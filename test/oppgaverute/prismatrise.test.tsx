/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { STANDARD_PRISMATRISE, prismatriseTilCeller } from "../../src/core";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { kr } from "../hjelpere/norsk";
import { bodo, listeposter, tabellrader, tekst, visApp } from "./hjelp";
import { Falskbok } from "./streng-excel";

jest.setTimeout(30_000);

/** Matrisecellene merket i arket `ark` fra `start`; oppgaveruten får officeArbeidsbok over den strenge falske Excel. */
function matriseIArk(celler: unknown[][], ark = "Prismatrise", start = "A3") {
  const bok = new Falskbok();
  bok.merk(ark, bok.leggTilArk(ark).fyllFra(start, celler));
  return { bok, arbeidsbok: officeArbeidsbok(bok.excel()) };
}

/** Bodø, Fiks Digisos med innbyggerpris r: 3 000 + r · 53 712 · (1 − 0,3 · 53 712 / 717 710), i hele kroner. */
const digisos = (r: number) => Math.round(3000 + r * 53712 * (1 - (0.3 * 53712) / 717710));
const bodoMedDigisos = { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } };
const digisospris = () => tabellrader(screen.getByRole("table", { name: /Prisberegning/ }))[1][2];

describe("Prismatrise-visningen", () => {
  test("lesbare tabeller: kundetypenes navn, «kr» med faste desimaler, høyrejusterte tall, ett merke for «tilbys ikke»", () => {
    visApp({ fane: "prismatrise" });
    expect(screen.getByRole("heading", { name: "Standard prismatrise 2025" })).toBeTruthy();
    const kommuner = tabellrader(screen.getByRole("table", { name: "Kommuner" }));
    expect(kommuner[0]).toEqual(["Grunnfinansiering", "16 500 kr", "6,345 kr", "10 %"]);
    expect(kommuner.find((r) => r[0] === "Digitalt ledsagerbevis")).toEqual(["Digitalt ledsagerbevis", "3 000 kr", "1,200 kr", "30 %"]);
    const fylker = tabellrader(screen.getByRole("table", { name: "Fylkeskommuner" }));
    expect(fylker[0]).toEqual(["Grunnfinansiering", "150 000 kr", "1,050 kr", "60 %"]);
    expect(fylker.find((r) => r[0] === "Fiks Digisos")).toEqual(["Fiks Digisos", "–", "–", "–"]);
    expect(tabellrader(screen.getByRole("table", { name: "Statlige virksomheter" })).find((r) => r[0] === "KS Læring")).toEqual(["KS Læring", "54 000 kr"]);
    // SvarUt: kundetypene med like priser deler kolonne, med lesbare navn og ikke kodenavn.
    const svarut = screen.getByRole("table", { name: "SvarUt" });
    const hoder = within(svarut).getAllByRole("columnheader").map(tekst);
    expect(hoder).toEqual(["Pris", "Kommune, Fylkeskommune, Kommunal virksomhet, Interkommunalt selskap (IKS)", "Statlig virksomhet, Privat virksomhet"]);
    expect(tabellrader(svarut)).toEqual([
      ["Fastpris", "3 000 kr", "3 000 kr"], ["Per Altinn-transaksjon", "1,05 kr", "1,05 kr"],
      ["Per forsendelse", "0,50 kr", "1,30 kr"], ["Per SvarInn", "1,10 kr", "1,20 kr"],
    ]);
    expect(screen.queryByText(/KOMMUNAL_VIRKSOMHET_IKS|NA\b/)).toBeNull();
    // I smal rute: to linjer per tjeneste.
    expect(listeposter(screen.getByRole("list", { name: "Kommuner" }))[0]).toEqual({ navn: "Grunnfinansiering", hoved: "16 500 kr", detalj: "6,345 kr per innbygger", endring: "10 %" });
    // Pref/(2a) = 728 803 / 1,2 = 607 335,8 → prisen topper ved 607 335 for fylkeskommuner. Advarslene regnes med kundene
    // matrisen er laget for (1.1.2024), ikke rutens befolkningsår (1.1.2026, der Oslo er større enn referansen 717 710).
    expect(screen.getByText("1 advarsel om prismatrisen")).toBeTruthy();
    expect(screen.getByText(/Med størrelsesjustering 60 % og referanse 728 803 er prisen høyest ved 607 335 innbyggere/)).toBeTruthy();
  });

  test("endre en tjeneste i ruten: kalkulatoren bruker den, merket sier «endret», og «Tilbakestill til 2025» virker", async () => {
    visApp({ fane: "prismatrise", skjema: bodoMedDigisos });
    fireEvent.change(screen.getByRole("combobox", { name: "Tjeneste å endre" }), { target: { value: "Fiks Digisos" } });
    const felt = screen.getByRole("textbox", { name: "Innbyggerpris kommune" });
    expect((felt as HTMLInputElement).value).toBe("0,636");
    fireEvent.change(felt, { target: { value: "1" } });
    fireEvent.blur(felt);
    fireEvent.click(screen.getByRole("button", { name: "Bruk endringen" }));
    expect(screen.getByText("Endringen i Fiks Digisos er i bruk i alle fanene.")).toBeTruthy();
    expect(screen.getByText("Prismatrise: Standard 2025, endret")).toBeTruthy();
    expect(tabellrader(screen.getByRole("table", { name: "Kommuner" })).find((r) => r[0] === "Fiks Digisos")).toEqual(["Fiks Digisos", "3 000 kr", "1,000 kr", "30 %"]);

    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" })));
    expect(digisospris()).toBe(kr(digisos(1)));
    fireEvent.click(screen.getByRole("button", { name: "Tilbakestill til 2025" }));
    expect(digisospris()).toBe(kr(digisos(0.636)));
    expect(screen.getByText("Prismatrise: Standard 2025")).toBeTruthy();
  });

  test("en ugyldig endring vises på feltet og tas ikke i bruk", () => {
    visApp({ fane: "prismatrise" });
    fireEvent.change(screen.getByRole("combobox", { name: "Tjeneste å endre" }), { target: { value: "Fiks Digisos" } });
    const felt = screen.getByRole("textbox", { name: "Størrelsesjustering kommune" });
    fireEvent.change(felt, { target: { value: "150 %" } });
    fireEvent.blur(felt);
    // Feltregelen: feltet avviser verdien med en gang og beholder 30 %; «Bruk endringen» har da ingenting å bruke.
    expect(screen.getByText(/^Skriv fra 0 % til under 100 % .*fikk «150 %»\.$/)).toBeTruthy();
    expect(screen.getByText("Beregningen bruker fortsatt 30 %.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bruk endringen" }));
    expect(screen.getByText("Ingenting er endret i Fiks Digisos.")).toBeTruthy();
    expect(screen.getByText("Prismatrise: Standard 2025")).toBeTruthy();
  });

  test("«Sett inn prismatrise» viser fremdrift, og en matrise endret i ruten brukes deretter fra arket", async () => {
    const bok = new Falskbok();
    const slipp = bok.holdVedSync(3); // sync 3 skriver hele arket
    visApp({ fane: "prismatrise", arbeidsbok: officeArbeidsbok(bok.excel()), skjema: bodoMedDigisos });
    fireEvent.change(screen.getByRole("textbox", { name: "Fastpris kommune" }), { target: { value: "17 000" } });
    fireEvent.blur(screen.getByRole("textbox", { name: "Fastpris kommune" }));
    fireEvent.click(screen.getByRole("button", { name: "Bruk endringen" }));
    // Formlene i et innsatt kalkulatorark ville regnet med standardmatrisen: innsettingen venter til matrisen er i et ark.
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" })));
    expect(screen.getByText(/Prismatrisen er endret i ruten: sett den inn i et ark/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Prismatrise" })));
    fireEvent.click(screen.getByRole("button", { name: "Sett inn prismatrise" }));
    expect(await screen.findByText("Skriver celler, formler og tabeller i «Prismatrise» …")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sett inn prismatrise" }).hasAttribute("disabled")).toBe(true);
    expect(bok.finn("Prismatrise").celler.size).toBe(0);
    await act(async () => slipp());
    expect(await screen.findByText(/satt inn i det nye arket «Prismatrise» som Excel-tabeller/)).toBeTruthy();
    expect(bok.finn("Prismatrise").tabeller.map((t) => t.omrade)).toEqual(["A3:H16", "A19:E25"]);
    expect(screen.getByText("Prismatrise: Fra 'Prismatrise'!A3:H16")).toBeTruthy();
  });

  test("«Bruk prismatrise fra arket» lister hver feil med arkadresse og tar ikke matrisen i bruk", async () => {
    const celler = prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]);
    celler[2][2] = "mye"; // Fiks Digisos, innbyggerpris kommune: relativ C3 → arkets C5 (området starter i A3)
    celler[3][3] = 1.5; // Fiks Bekymringsmelding, størrelsesjustering 150 %: relativ D4 → arkets D6
    visApp({ fane: "prismatrise", arbeidsbok: matriseIArk(celler).arbeidsbok });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    const feil = await screen.findByRole("alert");
    expect(tekst(feil)).toMatch(/Prismatrisen i Prismatrise!A3:H16 har 2 feil; den er ikke tatt i bruk/);
    const punkter = within(feil).getAllByRole("listitem").map(tekst);
    expect(punkter[0]).toMatch(/^Prismatrise!C5: Innbyggerpris.*må være en pris i kroner.*«mye»/);
    expect(punkter[1]).toMatch(/^Prismatrise!D6: .*Fiks Bekymringsmelding.*må være fra 0 % til under 100 %/);
    expect(screen.getByText("Prismatrise: Standard 2025")).toBeTruthy();
  });

  test("en gyldig matrise fra arket brukes av kalkulatoren og vises som aktiv", async () => {
    const celler = prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]);
    celler[2][2] = 1; // Fiks Digisos: 0,636 → 1 kr per innbygger
    visApp({ fane: "prismatrise", arbeidsbok: matriseIArk(celler, "Mine priser", "B2").arbeidsbok, skjema: bodoMedDigisos });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    expect(await screen.findByText(/Alle fanene bruker nå prismatrisen fra 'Mine priser'!B2:I15 \(12 tjenester\)/)).toBeTruthy();
    expect(screen.getByText("Prismatrise: Fra 'Mine priser'!B2:I15")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Kalkulator" })));
    expect(digisospris()).toBe(kr(digisos(1)));
    fireEvent.click(screen.getByRole("button", { name: "Tilbakestill til 2025" }));
    await waitFor(() => expect(digisospris()).toBe(kr(digisos(0.636))));
  });

  test("feil fra Excel vises på norsk i en feilmelding, ikke svelget", async () => {
    const { bok, arbeidsbok } = matriseIArk(prismatriseTilCeller(STANDARD_PRISMATRISE).map((r) => [...r]));
    bok.feilVedSync(1, { kode: "UkjentFeil", melding: "boom" });
    visApp({ fane: "prismatrise", arbeidsbok });
    fireEvent.click(screen.getByRole("button", { name: "Bruk prismatrise fra arket" }));
    expect(tekst(await screen.findByRole("alert"))).toMatch(/Å lese det merkede området mislyktes: Excel meldte en feil\. \(boom\)/);
  });
});
