/**
 * Scenarioene i produksjonsbygget av oppgaveruten (Chromium, frittstående): ruten husker scenariet i nettleseren og
 * henter det fram etter omlasting; «Lagre scenario» laster ned en fil som `fikspris kalkulator --scenario` og
 * `fikspris budsjett --scenario` regner de samme tallene av som ruten viser; «Åpne scenario» åpner en fil skrevet for
 * kommandolinjen (docs/eksempel-budsjett.json) og viser feilene kommandolinjen gir. Skjermbilder ved 320, 400 og 1 280 px.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { kr } from "../hjelpere/norsk";
import { ROT, UT, alvorligeAxeBrudd, apneOppgaverute, byggCliHvisMangler, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

const miljo = nettleseroppsett();
const sidefeil: string[] = [];
const BUDSJETTFIL = join(ROT, "docs", "eksempel-budsjett.json");
let mappe: string;
let cliSti: string;

beforeAll(() => {
  cliSti = byggCliHvisMangler();
  mappe = mkdtempSync(join(tmpdir(), "scenario-"));
}, 400_000);
afterAll(() => rmSync(mappe, { recursive: true, force: true }));

/** `fikspris KOMMANDO --scenario FIL --json` tolket; en feil kaster med stderr. */
function fikspris(kommando: "kalkulator" | "budsjett", fil: string) {
  return JSON.parse(execFileSync(process.execPath, [cliSti, kommando, "--scenario", fil, "--json"], { encoding: "utf8" }));
}

/** Det synlige i ruten som én tekst, med vanlige mellomrom. */
const sidetekst = (side: Page) => side.evaluate(() => document.body.innerText.replace(/\u00a0/g, " "));

async function apne(bredde: number): Promise<Page> {
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
  await side.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  return side;
}

async function skriv(side: Page, navn: string, verdi: string): Promise<void> {
  const felt = side.getByRole("textbox", { name: navn });
  await felt.fill(verdi);
  await felt.press("Tab");
}

/** Velger Bodø og fyller inn Digisos og SvarUt med antall, slik en bruker gjør. */
async function fyllInn(side: Page): Promise<void> {
  const sok = side.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await side.getByRole("option", { name: /Bodø \(1804\)/ }).click();
  // Tallene i test/hjelpere/bodo.ts er KS' publiserte tabell for 2025 (innbyggere 1.1.2024), ett klikk unna standardåret.
  await side.getByRole("button", { name: "Som KS' publiserte tabell for 2025 (innbyggere 1.1.2024)" }).click();
  const brukte = side.getByRole("group", { name: "Tjenester dere bruker i dag" });
  await brukte.getByRole("checkbox", { name: "Fiks Digisos" }).check();
  await skriv(side, "Eksisterende pris for Fiks Digisos", "41 000");
  await brukte.getByRole("checkbox", { name: "SvarUt" }).check();
  await skriv(side, "Eksisterende pris for SvarUt", "190000");
  await skriv(side, "Altinn-transaksjoner", "1 000");
  await skriv(side, "Forsendelser", "50 000");
}

async function lagreScenario(side: Page, navn: string): Promise<string> {
  const [nedlasting] = await Promise.all([side.waitForEvent("download"), side.getByRole("button", { name: "Lagre scenario" }).click()]);
  const sti = join(mappe, navn);
  await nedlasting.saveAs(sti);
  expect(nedlasting.suggestedFilename()).toBe("KS scenario Bodø.json");
  return sti;
}

async function apneScenario(side: Page, sti: string): Promise<void> {
  await side.getByLabel("Scenariofil (JSON)").setInputFiles(sti);
}

test("omlasting henter fram kalkulatoren og budsjettet (400 px)", async () => {
  const side = await apne(400);
  await fyllInn(side);
  await side.getByRole("tab", { name: "Budsjett" }).click();
  await skriv(side, "Befolkningsvekst per år", "1,5 %");
  // Ruten skriver scenariet etter en pause på 400 ms.
  await side.waitForFunction(() => (JSON.parse(localStorage.getItem("ks-prisverktoy.scenario") ?? "{}").scenario ?? "").includes('"befolkningsvekst": 1.5'));
  await side.reload();
  await side.getByText("Scenariet er hentet fram fra nettleseren.").waitFor();
  expect(await side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).inputValue()).toBe("41 000");
  expect(await side.getByRole("textbox", { name: "Eksisterende pris for SvarUt" }).inputValue()).toBe("190 000");
  expect(await side.getByRole("combobox", { name: /Organisasjon/ }).inputValue()).toMatch(/^Bodø/);
  // Ny pris for Digisos (36 394) og SvarUt (3 000 + 1 000 · 1,05 + 50 000 · 0,50 = 29 050), regnet for hånd i test/hjelpere/bodo.ts.
  const tekst = await sidetekst(side);
  expect(tekst).toContain(kr(36394));
  expect(tekst).toContain(kr(29050));
  await side.getByRole("tab", { name: "Budsjett" }).click();
  expect(await side.getByRole("textbox", { name: "Befolkningsvekst per år" }).inputValue()).toBe("1,5");
  await side.close();
  expect(sidefeil).toEqual([]);
});

test("lagret scenario gir de samme tallene i fikspris kalkulator og fikspris budsjett som ruten viser (1 280 px)", async () => {
  const side = await apne(1280);
  await fyllInn(side);
  await side.getByRole("tab", { name: "Budsjett" }).click();
  await skriv(side, "Første år", "2026");
  await skriv(side, "Befolkningsvekst per år", "1");
  await skriv(side, "Prisjustering per år", "3 %");
  const fil = await lagreScenario(side, "fra-ruten.json");
  const scenario = JSON.parse(readFileSync(fil, "utf8"));
  expect(scenario).toEqual({
    organisasjon: "Bodø", ar: 2024,
    tjenester: [
      { tjeneste: "Fiks Digisos", eksisterende: 41000 },
      { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000, forsendelser: 50000, svarinn: 0 },
    ],
    budsjett: { fra: 2026, ar: 4, befolkningsvekst: 1, prisjustering: 3 },
  });
  const kalkulator = fikspris("kalkulator", fil);
  const budsjett = fikspris("budsjett", fil);
  // Ruten viser de samme summene: budsjettets sum for planen her, kalkulatorens sum ny pris under Kalkulator.
  expect(await sidetekst(side)).toContain(kr(budsjett.sum));
  await side.getByRole("tab", { name: "Kalkulator" }).click();
  expect(await sidetekst(side)).toContain(kr(kalkulator.sum.ny));
  expect(kalkulator.sum.ny).toBe(354752 + 36394 + 29050);
  await side.close();
  expect(sidefeil).toEqual([]);
});

test("en fil skrevet for kommandolinjen åpnes i ruten, og lagret igjen gir den de samme tallene (320 px)", async () => {
  const side = await apne(320);
  await apneScenario(side, BUDSJETTFIL);
  await side.getByText("Åpnet «eksempel-budsjett.json».").waitFor();
  const forventet = { kalkulator: fikspris("kalkulator", BUDSJETTFIL), budsjett: fikspris("budsjett", BUDSJETTFIL) };
  expect(await side.getByRole("textbox", { name: "Eksisterende pris for Min kommune" }).inputValue()).toBe("80 000");
  expect(await sidetekst(side)).toContain(kr(forventet.kalkulator.sum.ny));
  await side.getByRole("tab", { name: "Budsjett" }).click();
  // Fanen lastes første gang den åpnes: vent på planens overskrift.
  await side.getByRole("heading", { name: /^Økonomiplan/ }).first().waitFor({ timeout: 60_000 });
  expect(await sidetekst(side)).toContain(kr(forventet.budsjett.sum));
  await side.evaluate(() => window.scrollTo(0, 0));
  await side.screenshot({ path: join(UT, "scenario-apnet-320.png") });
  const fil = await lagreScenario(side, "apnet-og-lagret.json");
  expect(fikspris("kalkulator", fil)).toEqual(forventet.kalkulator);
  expect(fikspris("budsjett", fil)).toEqual(forventet.budsjett);
  await side.close();
  expect(sidefeil).toEqual([]);
});

test("en fil med feil gir kommandolinjens feil, og ruten er som før (400 px)", async () => {
  const side = await apne(400);
  await fyllInn(side);
  const fil = join(mappe, "feil.json");
  writeFileSync(fil, JSON.stringify({ organisasjon: "Bodø", tjenester: ["Fiks Digisos"], budsjett: { fra: 2026, befolkningsvekst: "1,0" } }));
  // Kjørt i filens mappe, så kommandolinjen nevner filen med det samme navnet som ruten får fra filvelgeren.
  const cli = spawnSync(process.execPath, [cliSti, "budsjett", "--scenario", "feil.json"], { encoding: "utf8", cwd: mappe });
  expect(cli.status).toBe(1);
  // Feilen skrevet for hånd (ellers ville en tom melding fra kommandolinjen gått igjennom toContain under).
  expect(cli.stderr).toContain("Scenariofilen «feil.json»: budsjett.befolkningsvekst: forventet prosent per år som JSON-tall");
  await apneScenario(side, fil);
  const varsel = side.getByRole("alert").filter({ hasText: "Kunne ikke åpne scenariet" });
  await varsel.waitFor();
  expect((await varsel.innerText()).replace(/\s+/g, " ")).toContain(cli.stderr.replace(/^Feil: /, "").trim());
  expect(await side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).inputValue()).toBe("41 000");
  await side.evaluate(() => window.scrollTo(0, 0));
  await side.screenshot({ path: join(UT, "scenario-feil-400.png") });
  expect(await alvorligeAxeBrudd(side, "scenario-feil-400")).toEqual([]);
  await side.close();
  expect(sidefeil).toEqual([]);
});

test.each([320, 400, 1280])("«Nytt scenario» spør først og starter på nytt (%i px)", async (bredde) => {
  const side = await apne(bredde);
  await fyllInn(side);
  await side.getByRole("button", { name: "Nytt scenario" }).click();
  const dialog = side.getByRole("alertdialog", { name: "Starte et nytt scenario?" });
  await dialog.waitFor();
  await side.screenshot({ path: join(UT, `scenario-nytt-${bredde}.png`) });
  expect(await alvorligeAxeBrudd(side, `scenario-nytt-${bredde}`)).toEqual([]);
  await dialog.getByRole("button", { name: "Start på nytt" }).click();
  await side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).waitFor({ state: "detached" });
  expect(await side.getByRole("combobox", { name: /Organisasjon/ }).inputValue()).toBe("");
  await side.reload();
  await side.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  expect(await side.getByRole("combobox", { name: /Organisasjon/ }).inputValue()).toBe("");
  expect(await side.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(bredde);
  await side.screenshot({ path: join(UT, `scenario-knapper-${bredde}.png`) });
  await side.close();
  expect(sidefeil).toEqual([]);
});
