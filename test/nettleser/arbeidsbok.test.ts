/**
 * «Last ned arbeidsbok (.xlsx)» in the production taskpane, standalone in Debian's Chromium at taskpane width: the
 * workbook code is not loaded with the page, only when the button is used (its own chunk); the download is a real
 * .xlsx that exceljs reads back, with the calculator's rows and native formulas.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { ROT, byggHvisMangler, serverMappe, startChromium } from "./nettleser.cjs";

jest.setTimeout(120_000);

const UT = join(ROT, "test-output");
let browser: Browser;
let server: { url: string; lukk: () => Promise<void> };

beforeAll(async () => {
  byggHvisMangler();
  mkdirSync(UT, { recursive: true });
  server = await serverMappe();
  browser = await startChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.lukk();
});

test("knappen laster inn arbeidsbokkoden først ved bruk og laster ned en ekte .xlsx", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, locale: "nb-NO", acceptDownloads: true });
  const feil: string[] = [];
  page.on("pageerror", (e) => feil.push(e.message));
  page.on("console", (m) => m.type() === "error" && feil.push(m.text()));
  const skript: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && skript.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/taskpane.html`);

  const knapp = page.getByRole("button", { name: "Last ned arbeidsbok (.xlsx)" });
  await knapp.waitFor();
  expect(await knapp.getAttribute("aria-disabled")).toBe("true");

  const sok = page.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await page.getByRole("option", { name: /Bodø \(1804\)/ }).click();
  const brukte = page.getByRole("group", { name: "Tjenester dere bruker i dag" });
  await brukte.getByRole("checkbox", { name: "Fiks Digisos" }).check();
  await page.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).fill("41 000");
  await brukte.getByRole("checkbox", { name: "SvarUt" }).check();
  await page.getByRole("textbox", { name: "Altinn-transaksjoner" }).fill("1 000");
  expect(skript.filter((s) => /arbeidsbok/.test(s))).toEqual([]);

  const [nedlasting] = await Promise.all([page.waitForEvent("download"), knapp.click()]);
  expect(nedlasting.suggestedFilename()).toBe("KS kalkulator Bodø.xlsx");
  expect(skript.filter((s) => /^\/arbeidsbok\.[0-9a-f]{8}\.js$/.test(s))).toHaveLength(1);
  await page.getByText(/Lastet ned «KS kalkulator Bodø\.xlsx»/).waitFor();
  await page.getByText(/Lastet ned «KS kalkulator/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(UT, "oppgaverute-last-ned-arbeidsbok.png") });

  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(readFileSync((await nedlasting.path())!) as unknown as ArrayBuffer);
  expect(bok.worksheets.map((a) => a.name)).toEqual(["Kalkulator", "Prismatrise", "SvarUt", "Innbyggere", "Les meg"]);
  const k = bok.getWorksheet("Kalkulator")!;
  expect([k.getCell("B4").value, k.getCell("B6").value, k.getCell("B7").value]).toEqual(["Bodø (1804)", 53712, 1000]);
  expect([13, 14, 15].map((r) => k.getCell(`A${r}`).value)).toEqual(["Grunnfinansiering", "Fiks Digisos", "SvarUt"]);
  expect(k.getCell("B14").value).toBe(41000);
  expect(k.getCell("C14").formula).toContain("ROUND(ROUND(");
  expect(feil).toEqual([]);
  await page.close();
});
