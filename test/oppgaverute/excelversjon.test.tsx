/** @jest-environment jsdom */
/**
 * Hvilken arbeidsbok oppgaveruten får når Office har svart (velgArbeidsbok), og hva brukeren ser i en Excel som er for
 * gammel: en norsk melding, arkknappene slått av med grunnen, og en kalkulator som regner som vanlig.
 */
import { screen } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { EXCEL_API, FOR_GAMMEL_EXCEL, forGammelExcel, utenExcel, velgArbeidsbok } from "../../src/taskpane/felles/excel";
import { TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { tabellrader, visApp } from "./hjelp";
import { Falskbok } from "./streng-excel";

describe("velgArbeidsbok", () => {
  const excel = new Falskbok().excel();
  const sporsmal: string[] = [];
  const stotter = (versjon: string) => (sett: string, v: string) => {
    sporsmal.push(`${sett} ${v}`);
    return Number(v.split(".")[1]) <= Number(versjon.split(".")[1]);
  };

  test("i Excel med støtte for Excel API-versjonen: Office.js-implementasjonen", () => {
    const bok = velgArbeidsbok(true, stotter(EXCEL_API), excel);
    expect([bok.tilgjengelig, bok.grunn]).toEqual([true, null]);
    expect(sporsmal.at(-1)).toBe(`ExcelApi ${EXCEL_API}`);
  });

  test("i Excel som bare har versjonen før: kalkulatoren uten arkknapper, med norsk grunn", () => {
    const forrige = `1.${Number(EXCEL_API.split(".")[1]) - 1}`;
    expect(velgArbeidsbok(true, stotter(forrige), excel)).toBe(forGammelExcel);
    expect(forGammelExcel.tilgjengelig).toBe(false);
    expect(forGammelExcel.grunn).toBe(FOR_GAMMEL_EXCEL);
  });

  test("utenfor Excel, eller uten Excel-objektet: nettkalkulatoren", () => {
    expect(velgArbeidsbok(false, stotter(EXCEL_API), excel)).toBe(utenExcel);
    expect(velgArbeidsbok(true, stotter(EXCEL_API), undefined)).toBe(utenExcel);
  });
});

test("for gammel Excel: melding øverst, «Sett inn i arket» slått av med grunnen, og kalkulatoren regner", async () => {
  const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;
  visApp({ arbeidsbok: forGammelExcel, skjema: { ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: "" } } } });
  expect(screen.getByText("Excel-versjonen er for gammel for innsetting i regneark; kalkulatoren virker.")).toBeTruthy();
  expect(screen.queryByText(/kjører utenfor Excel/)).toBeNull();
  const knapp = screen.getByRole("button", { name: "Sett inn i arket" });
  expect(knapp.getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByText(FOR_GAMMEL_EXCEL)).toBeTruthy();
  expect(FOR_GAMMEL_EXCEL).toContain(`Excel API ${EXCEL_API}`);
  // 3 000 + 0,636 · 53 712 · (1 − 0,30 · 53 712 / 717 710) = 36 393,87 → 36 394
  const rader = tabellrader(screen.getByRole("table", { name: /Prisberegning for Bodø/ }));
  expect(rader.find((r) => r[0] === "Fiks Digisos")![2]).toBe("36 394 kr");
});
