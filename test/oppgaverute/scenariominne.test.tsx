/** @jest-environment jsdom */
/**
 * Ruten husker scenariet i arbeidsboken: gjennom officeLager over den strenge falske Office.Settings skrives
 * scenariofilen (kommandolinjens format) i dokumentinnstillingene med saveAsync, og når arbeidsboken åpnes igjen
 * (bare det som ble lagret, er med), hentes kalkulatoren, budsjettet og en endret prismatrise fram. «Nytt scenario»
 * tømmer ruten og dokumentinnstillingen etter en bekreftelse.
 */
import { readFileSync } from "node:fs";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Decimal, STANDARD_PRISMATRISE, prismatriseTilTekstceller } from "../../src/core";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { LAGERNOKKEL, officeLager } from "../../src/taskpane/scenario/scenariolager";
import { BODO_PRISER } from "../hjelpere/bodo";
import { kr } from "../hjelpere/norsk";
import { bodoSkjema, visApp } from "./hjelp";
import { Falskbok } from "./streng-excel";
import type { Falskinnstillinger } from "./streng-innstillinger";

jest.setTimeout(60_000);

const EKSEMPEL = readFileSync("docs/eksempel-scenario.json", "utf8");

function apneI(bok: Falskbok, innstillinger: Falskinnstillinger, skjema?: ReturnType<typeof bodoSkjema>) {
  return visApp({ arbeidsbok: officeArbeidsbok(bok.excel()), lager: officeLager(innstillinger.office()), skjema });
}

/** Det som står i arbeidsbokens dokumentinnstilling (lagret med saveAsync), tolket. */
function husket(innstillinger: Falskinnstillinger): { versjon: number; scenario: string | null; matrise: { celler: string[][]; endret: boolean } | null } {
  const tekst = innstillinger.iDokumentet(LAGERNOKKEL);
  if (typeof tekst !== "string") throw new Error("Ingenting lagret i dokumentinnstillingene.");
  return JSON.parse(tekst);
}

const digisosfelt = () => screen.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }) as HTMLInputElement;

test("scenariet skrives i dokumentinnstillingene i kommandolinjens format og hentes fram når arbeidsboken åpnes igjen", async () => {
  const bok = new Falskbok();
  apneI(bok, bok.innstillinger, bodoSkjema());
  await waitFor(() => expect(bok.innstillinger.antallLagringer).toBeGreaterThan(0), { timeout: 20_000 });
  // Skjemaet er Bodø-scenariet i docs/eksempel-scenario.json; ruten skriver Min kommune med sitt eget navn.
  expect(husket(bok.innstillinger)).toEqual({ versjon: 1, scenario: EKSEMPEL.replace('"Min Kommune"', '"Min kommune"'), matrise: null });
  cleanup();

  const igjen = bok.innstillinger.apneIgjen();
  apneI(bok, igjen);
  expect(await screen.findByText("Scenariet er hentet fram fra arbeidsboken.")).toBeTruthy();
  expect(digisosfelt().value).toBe("41 000");
  expect((screen.getByRole("textbox", { name: "Forsendelser" }) as HTMLInputElement).value).toBe("50 000");
  const tabell = screen.getByRole("table", { name: /Prisberegning/ });
  // Grunnfinansiering + Digisos + SvarUt for hånd i test/hjelpere/bodo.ts.
  const ny = BODO_PRISER.grunnfinansiering + BODO_PRISER.digisos + BODO_PRISER.svarut;
  expect(within(tabell).getAllByText(kr(ny)).length).toBeGreaterThan(0);
  // Å hente fram endrer ingenting: ingen ny lagring før brukeren endrer noe.
  await act(() => new Promise((r) => setTimeout(r, 600)));
  expect(igjen.antallLagringer).toBe(0);
});

test("en endring etter den første lagringen lagres også (saveAsync) og finnes når arbeidsboken åpnes igjen", async () => {
  const bok = new Falskbok();
  apneI(bok, bok.innstillinger, bodoSkjema());
  await waitFor(() => expect(bok.innstillinger.antallLagringer).toBeGreaterThan(0), { timeout: 20_000 });
  fireEvent.change(digisosfelt(), { target: { value: "45 000" } });
  fireEvent.blur(digisosfelt());
  await waitFor(() => expect(husket(bok.innstillinger).scenario).toContain('{ "tjeneste": "Fiks Digisos", "eksisterende": 45000 }'), { timeout: 20_000 });
  cleanup();
  apneI(bok, bok.innstillinger.apneIgjen());
  await screen.findByText("Scenariet er hentet fram fra arbeidsboken.");
  expect(digisosfelt().value).toBe("45 000");
});

test("budsjettet og en endret prismatrise (Prismatrise, Effekt → Hva om?) hentes fram", async () => {
  const bok = new Falskbok();
  // Digisos' fastpris for kommuner endret fra 3 000 til 10 000 kr (kolonne 2 i CSV-oppsettet er «Fastpris kommune»).
  const celler = prismatriseTilTekstceller(STANDARD_PRISMATRISE);
  const rad = celler.findIndex((r) => r[0] === "Fiks Digisos");
  celler[rad][1] = "10 000";
  const scenario = EKSEMPEL.replace('"vurder"', '"budsjett": { "fra": 2026, "ar": 2, "befolkningsvekst": 0.5, "prisjustering": 3 },\n  "vurder"');
  const innstillinger = bok.innstillinger;
  innstillinger.office().set(LAGERNOKKEL, JSON.stringify({ versjon: 1, scenario, matrise: { celler, kilde: { type: "standard" }, endret: true } }));
  await new Promise<void>((ferdig) => innstillinger.office().saveAsync(() => ferdig()));
  const lagringer = innstillinger.antallLagringer;

  apneI(bok, innstillinger.apneIgjen(), undefined);
  await screen.findByText("Scenariet er hentet fram fra arbeidsboken.");
  expect(screen.getByText(/Prismatrise: Standard 2025, endret/)).toBeTruthy();
  // Digisos med fastpris 10 000: 10 000 + 0,636 · 53 712 · (1 − 0,30 · 53 712 / 717 710) = 43 393,87 → 43 394 kr.
  const digisos = new Decimal(10000).plus(new Decimal("0.636").times(53712).times(new Decimal(1).minus(new Decimal("0.3").times(53712).div(717710))));
  expect(digisos.toDecimalPlaces(0).toNumber()).toBe(43394);
  expect(within(screen.getByRole("table", { name: /Prisberegning/ })).getAllByText(kr(43394)).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole("tab", { name: "Budsjett" }));
  expect((screen.getByRole("textbox", { name: /Første år/ }) as HTMLInputElement).value).toBe("2026");
  expect((screen.getByRole("textbox", { name: /Befolkningsvekst/ }) as HTMLInputElement).value).toBe("0,5 %"); // «0,5» alene ville vært tvetydig
  expect((screen.getByRole("combobox", { name: "Antall år" }) as HTMLSelectElement).value).toBe("2");
  expect(innstillinger.antallLagringer).toBe(lagringer);
});

test("«Nytt scenario» spør først, og tømmer så ruten og dokumentinnstillingen", async () => {
  const bok = new Falskbok();
  apneI(bok, bok.innstillinger, bodoSkjema());
  await waitFor(() => expect(bok.innstillinger.antallLagringer).toBeGreaterThan(0), { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "Nytt scenario" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Starte et nytt scenario?" });
  // Fokus på «Avbryt»: Enter etter et klikk ved et uhell sletter ingenting.
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Avbryt" })));
  fireEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Nytt scenario" }));
  expect(digisosfelt().value).toBe("41 000");

  fireEvent.click(screen.getByRole("button", { name: "Nytt scenario" }));
  fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Start på nytt" }));
  await waitFor(() => expect(bok.innstillinger.iDokumentet(LAGERNOKKEL)).toBeUndefined());
  expect(screen.queryByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" })).toBeNull();
  expect((screen.getByRole("combobox", { name: /Organisasjon/ }) as HTMLInputElement).value).toBe("");
});

test("en lagring Excel avviser, sies i ruten", async () => {
  const bok = new Falskbok();
  bok.innstillinger.lagringFeiler = true;
  apneI(bok, bok.innstillinger, bodoSkjema());
  expect(await screen.findByText(/Excel kunne ikke lagre scenariet i arbeidsboken: The settings could not be saved\./, undefined, { timeout: 20_000 })).toBeTruthy();
});
