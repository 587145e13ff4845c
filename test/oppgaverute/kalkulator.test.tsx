/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { TOMT_SKJEMA, type Skjema } from "../../src/taskpane/skjema";
import { kr as norskKr } from "../hjelpere/norsk";
import { tabellrader, visApp } from "./hjelp";

// Bodø, 1 January 2024: P = 53 712; Pref (kommuner) = 717 710 (Oslo).
// Grunnfinansiering: 16 500 + 6,345 · 53 712 · (1 − 0,10 · 53 712 / 717 710) = 354 752,14 → 354 752
// Fiks Digisos:        3 000 + 0,636 · 53 712 · (1 − 0,30 · 53 712 / 717 710) =  36 393,87 →  36 394
// Digitalt ledsagerbevis: 3 000 + 1,2 · 53 712 · (1 − 0,30 · 53 712 / 717 710) = 66 007,31 → 66 007
// SvarUt: 3 000 + 1 000 · 1,05 + 50 000 · 0,50 + 200 · 1,10 = 29 270
const P = 53712;
const R = 717710;
const pris = (fast: number, sats: number, a: number) => Math.round(fast + sats * P * (1 - (a * P) / R));
const grunn = pris(16500, 6.345, 0.1);
const digisos = pris(3000, 0.636, 0.3);
const ledsager = pris(3000, 1.2, 0.3);
const svarut = 3000 + 1000 * 1.05 + 50000 * 0.5 + 200 * 1.1;
const kr = (n: number) => norskKr(Math.round(n));

const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;

function bodoSkjema(): Skjema {
  return {
    ...TOMT_SKJEMA,
    organisasjon: bodo,
    brukte: {
      "Fiks Digisos": { valgt: true, eksisterende: "41 000" },
      SvarUt: { valgt: true, eksisterende: "190 000 kr" },
      "Min kommune": { valgt: true, eksisterende: "80000" },
    },
    vurder: { "Digitalt ledsagerbevis": true },
    volum: { altinn: "1 000", forsendelser: "50 000", svarinn: "200" },
  };
}

describe("Kalkulator-visningen", () => {
  test("viser resultattabellen med kalkulatorens kolonner, rader og sumrad for Bodø", () => {
    visApp({ skjema: bodoSkjema() });
    const tabell = screen.getByRole("table", { name: /Prisberegning for Bodø/ });
    const overskrift = within(tabell).getAllByRole("columnheader").map((c) => c.textContent);
    expect(overskrift).toEqual([
      "Tjeneste", "Eksisterende prismodell", "Grunnfinansiering + nye tjenestepriser", "Prisendring %",
      "Prisendring kr", "Ny tjenestepris tillegg", "Total ny tjenestepris",
    ]);
    const eksisterende = 41000 + 190000 + 80000;
    const ny = grunn + digisos + svarut;
    expect(tabellrader(tabell)).toEqual([
      ["Grunnfinansiering", "", kr(grunn), "na.", kr(grunn), "", kr(grunn)],
      // (36 394 − 41 000) / 41 000 = −11,2 % → −11 %
      ["Fiks Digisos", kr(41000), kr(digisos), "−11 %", kr(digisos - 41000), "", kr(digisos)],
      // (29 270 − 190 000) / 190 000 = −84,6 % → −85 %
      ["SvarUt", kr(190000), kr(svarut), "−85 %", kr(svarut - 190000), "", kr(svarut)],
      ["Min kommune", kr(80000), "", "na.", "na.", "", ""],
      ["Digitalt ledsagerbevis", "", "", "", "", kr(ledsager), kr(ledsager)],
      // (420 416 − 311 000) / 311 000 = 35,2 % → 35 %
      ["Sum", kr(eksisterende), kr(ny), `${Math.round(((ny - eksisterende) / eksisterende) * 100)} %`, kr(ny - eksisterende), kr(ledsager), kr(ny + ledsager)],
    ]);
  });

  test("søk «bodo» uten aksent finner Bodø, og tabellen oppdateres mens brukeren skriver", async () => {
    visApp();
    expect(screen.getByText(/Velg en kommune eller fylkeskommune/)).toBeTruthy();
    const sok = screen.getByRole("combobox", { name: /Organisasjon/ });
    fireEvent.click(sok);
    fireEvent.change(sok, { target: { value: "bodo" } });
    const valg = await screen.findByRole("option", { name: /Bodø \(1804\)/ });
    fireEvent.click(valg);
    expect(screen.getByText(/53 712 innbyggere/)).toBeTruthy();
    // Only grunnfinansiering until a service is ticked.
    let tabell = screen.getByRole("table", { name: /Prisberegning for Bodø/ });
    expect(tabellrader(tabell).map((r) => r[0])).toEqual(["Grunnfinansiering", "Sum"]);

    fireEvent.click(within(screen.getByRole("group", { name: "Tjenester dere bruker i dag" })).getByRole("checkbox", { name: "Fiks Digisos" }));
    const felt = screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" });
    fireEvent.change(felt, { target: { value: "410" } });
    tabell = screen.getByRole("table", { name: /Prisberegning for Bodø/ });
    expect(tabellrader(tabell)[1][1]).toBe(kr(410));
    fireEvent.change(felt, { target: { value: "41 000" } });
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning/ }))[1]).toEqual(
      ["Fiks Digisos", kr(41000), kr(digisos), "−11 %", kr(digisos - 41000), "", kr(digisos)],
    );
  });

  test("søk på kommunenummer og overstyrt innbyggertall", async () => {
    visApp();
    fireEvent.click(screen.getByRole("combobox", { name: /Organisasjon/ }));
    fireEvent.change(screen.getByRole("combobox", { name: /Organisasjon/ }), { target: { value: "1804" } });
    fireEvent.click(await screen.findByRole("option", { name: /Bodø/ }));
    fireEvent.change(screen.getByRole("textbox", { name: /Overstyr innbyggertall/ }), { target: { value: "10 000" } });
    // 16 500 + 6,345 · 10 000 · (1 − 0,1 · 10 000 / 717 710) = 79 861,59… → 79 862
    const g = Math.round(16500 + 6.345 * 10000 * (1 - (0.1 * 10000) / R));
    expect(tabellrader(screen.getByRole("table", { name: /Prisberegning/ }))[0][2]).toBe(kr(g));
    fireEvent.change(screen.getByRole("textbox", { name: /Overstyr innbyggertall/ }), { target: { value: "-5" } });
    expect(screen.getByText(/kan ikke være negativt|innbyggertall \(heltall ≥ 0\)/)).toBeTruthy();
  });

  test("ugyldig eksisterende pris gir norsk feltfeil og holdes utenfor", () => {
    const skjema = bodoSkjema();
    skjema.brukte["Fiks Digisos"].eksisterende = "førti";
    visApp({ skjema });
    expect(screen.getByText(/Skriv et beløp i kroner \(fra 0 til 100 000 000 kr, f\.eks\. 41 000\), fikk «førti»/)).toBeTruthy();
    const rad = tabellrader(screen.getByRole("table", { name: /Prisberegning/ }))[1];
    expect(rad).toEqual(["Fiks Digisos", "", kr(digisos), "na.", "na.", "", kr(digisos)]);
  });

  test("manuell kundetype: statlig virksomhet får kjernens feil på norsk for grunnfinansiering-fri tjeneste som ikke tilbys", () => {
    visApp({ skjema: { ...TOMT_SKJEMA, modus: "manuell", kundetype: "STATLIG_VIRKSOMHET", innbyggere: "1 000", brukte: { "KS Læring": { valgt: true, eksisterende: "" } } } });
    // Statlige: fixed price 54 000 for KS Læring; no grunnfinansiering row for this kundetype.
    const rader = tabellrader(screen.getByRole("table", { name: /Prisberegning for Egendefinert kunde/ }));
    expect(rader[0]).toEqual(["KS Læring", "", kr(54000), "na.", "na.", "", kr(54000)]);
    // Services not offered to statlige are disabled, with the reason.
    const brukte = within(screen.getByRole("group", { name: "Tjenester dere bruker i dag" }));
    expect((brukte.getByRole("checkbox", { name: "Fiks Digisos" }) as HTMLInputElement).disabled).toBe(true);
  });

  test("Velg alt krysser av alle tjenester kunden kan kjøpe", () => {
    visApp({ skjema: { ...TOMT_SKJEMA, organisasjon: ORGANISASJONER.find((o) => o.navn === "Nordland")! } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Velg alt" }));
    const rader = tabellrader(screen.getByRole("table", { name: /Prisberegning for Nordland/ })).map((r) => r[0]);
    // Fylkeskommuner: KS Læring, Digiorden, Folkeregister, Melding, Protokoller, SvarUt, Min kommune (+ grunnfinansiering).
    expect(rader).toEqual([
      "Grunnfinansiering", "KS Læring", "Fiks Digiorden", "Fiks Folkeregister", "Fiks Melding", "Fiks Protokoller", "SvarUt", "Min kommune", "Sum",
    ]);
  });

  test("uten Excel er «Sett inn i arket» deaktivert med norsk forklaring", () => {
    visApp({ skjema: bodoSkjema() });
    const knapp = screen.getByRole("button", { name: "Sett inn i arket" });
    expect(knapp.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(/kjører som nettkalkulator utenfor Excel/)).toBeTruthy();
  });

  test("faner: Kalkulator, Prismatrise og Graf", async () => {
    visApp();
    for (const navn of ["Kalkulator", "Prismatrise", "Graf"]) expect(screen.getByRole("tab", { name: navn })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Prismatrise" })));
    expect(screen.getByRole("table", { name: "Prismatrise" })).toBeTruthy();
  });
});
