/**
 * Browser test of the production taskpane, standalone (outside Excel), in Debian's Chromium:
 * search Bodø, tick services, type existing prices and volumes, compare the table with the core CLI's
 * output for the same scenario, switch to Graf, save screenshots and run axe-core.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { kr as norskKr, prosent } from "../hjelpere/norsk";
import { UT, alvorligeAxeBrudd, apneOppgaverute, byggCliHvisMangler, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(120_000);

const SCENARIO = {
  organisasjon: "Bodø",
  ar: 2024,
  tjenester: [
    { tjeneste: "Fiks Digisos", eksisterende: 41000 },
    { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000, forsendelser: 50000, svarinn: 200 },
    { tjeneste: "Min kommune", eksisterende: 80000 },
  ],
  vurder: ["Digitalt ledsagerbevis"],
};

interface CliRad {
  tjeneste: string;
  eksisterende: number | null;
  ny: number | null;
  endringProsent: number | null;
  endringKr: number | null;
  tillegg: number | null;
  totalNy: number | null;
}

const kr = (n: number | null) => (n === null ? "" : norskKr(n));
const pst = (n: number | null) => (n === null ? "na." : prosent(n));
/** A considered service ("tillegg") has no change columns; the Sum row always has them. */
function forventetRad(r: CliRad, sum = false): string[] {
  const tillegg = !sum && r.tillegg !== null;
  return [
    r.tjeneste, kr(r.eksisterende), kr(r.ny), tillegg ? "" : pst(r.endringProsent),
    tillegg ? "" : r.endringKr === null ? "na." : kr(r.endringKr), kr(r.tillegg), kr(r.totalNy),
  ];
}

const miljo = nettleseroppsett();
let cli: { rader: CliRad[]; sum: CliRad };
const sidefeil: string[] = [];

beforeAll(() => {
  const cliSti = byggCliHvisMangler();
  const fil = join(tmpdir(), `oppgaverute-scenario-${process.pid}.json`);
  writeFileSync(fil, JSON.stringify(SCENARIO));
  cli = JSON.parse(execFileSync(process.execPath, [cliSti, "kalkulator", "--scenario", fil, "--json"], { encoding: "utf8" }));
}, 400_000);

async function apne(bredde: number): Promise<Page> {
  const page = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
  await page.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  return page;
}

async function fyllInnBodo(page: Page): Promise<void> {
  const sok = page.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await page.getByRole("option", { name: /Bodø \(1804\)/ }).click();
  const brukte = page.getByRole("group", { name: "Tjenester dere bruker i dag" });
  await brukte.getByRole("checkbox", { name: "Fiks Digisos" }).check();
  await page.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).fill("41 000");
  await brukte.getByRole("checkbox", { name: "SvarUt" }).check();
  await page.getByRole("textbox", { name: "Eksisterende pris for SvarUt" }).fill("190 000");
  await page.getByRole("textbox", { name: "Altinn-transaksjoner" }).fill("1 000");
  await page.getByRole("textbox", { name: "Forsendelser" }).fill("50 000");
  await page.getByRole("textbox", { name: "SvarInn" }).fill("200");
  await brukte.getByRole("checkbox", { name: /^Min kommune/ }).check();
  await page.getByRole("textbox", { name: "Eksisterende pris for Min kommune" }).fill("80 000");
  await page.getByRole("group", { name: "Vurder nye tjenester" }).getByRole("checkbox", { name: "Digitalt ledsagerbevis" }).check();
}

async function tabell(page: Page): Promise<string[][]> {
  return page.$$eval('table[aria-label^="Prisberegning"] tbody tr, table[aria-label^="Prisberegning"] tfoot tr', (rader) =>
    rader.map((r) => [...r.querySelectorAll("td")].map((c) => (c.textContent ?? "").replace(/\u00a0/g, " "))),
  );
}

describe("oppgaveruten som nettkalkulator (produksjonsbygg, Chromium)", () => {
  test("Bodø-scenariet gir samme rader og summer som CLI-en, uten sidefeil", async () => {
    const page = await apne(1100);
    await fyllInnBodo(page);
    const forventet = [...cli.rader.map((r) => forventetRad(r)), forventetRad({ ...cli.sum, tjeneste: "Sum" }, true)];
    await page.waitForFunction((n) => document.querySelectorAll('table[aria-label^="Prisberegning"] tbody tr').length === n, cli.rader.length);
    expect(await tabell(page)).toEqual(forventet);
    // The sheet buttons are disabled outside Excel, with the reason in Norwegian.
    expect(await page.getByRole("button", { name: "Sett inn i arket" }).getAttribute("aria-disabled")).toBe("true");
    await page.getByText(/kjører som nettkalkulator utenfor Excel/).first().waitFor();
    await page.screenshot({ path: join(UT, "oppgaverute-kalkulator.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(page, "kalkulator")).toEqual([]);

    await page.getByRole("tab", { name: "Graf" }).click();
    await page.locator("canvas").first().waitFor();
    expect(await page.locator("canvas").count()).toBe(2);
    await page.getByText(/Bodø \(53\s712 innbyggere\) betaler/).first().waitFor();
    await page.screenshot({ path: join(UT, "oppgaverute-graf.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(page, "graf")).toEqual([]);

    await page.getByRole("tab", { name: "Prismatrise" }).click();
    await page.getByRole("table", { name: "Prismatrise" }).waitFor();
    await page.screenshot({ path: join(UT, "oppgaverute-prismatrise.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(page, "prismatrise")).toEqual([]);
    await page.close();
    expect(sidefeil).toEqual([]);
  });

  test("smal oppgaverute (380 px, som i Excel) er brukbar: tabellen ruller vannrett", async () => {
    const page = await apne(380);
    await fyllInnBodo(page);
    const rader = await tabell(page);
    expect(rader[rader.length - 1][0]).toBe("Sum");
    // No horizontal scrolling of the page itself: only the result table's region scrolls.
    const sidebredde = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(sidebredde).toBeLessThanOrEqual(380);
    await page.screenshot({ path: join(UT, "oppgaverute-smal.png"), fullPage: true });
    await page.close();
  });
});

describe("«Last ned arbeidsbok (.xlsx)» (produksjonsbygg, Chromium, utenfor Excel)", () => {
  test("arbeidsbokkoden lastes først ved klikk, og nedlastingen er en ekte .xlsx med kalkulatorens rader og formler", async () => {
    const page = await apne(380);
    const skript = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")));
    expect((await skript()).filter((p) => p.includes("arbeidsbok"))).toEqual([]);
    await fyllInnBodo(page);
    const knapp = page.getByRole("button", { name: "Last ned arbeidsbok (.xlsx)" });
    const [nedlasting] = await Promise.all([page.waitForEvent("download"), knapp.click()]);
    expect(nedlasting.suggestedFilename()).toBe("KS kalkulator Bodø.xlsx");
    expect((await skript()).filter((p) => /^\/arbeidsbok\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1);
    const melding = page.getByText(/Lastet ned «KS kalkulator Bodø\.xlsx»/);
    await melding.waitFor();
    await melding.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(UT, "oppgaverute-last-ned-arbeidsbok.png") });

    const bok = new ExcelJS.Workbook();
    await bok.xlsx.load(readFileSync((await nedlasting.path())!) as unknown as ArrayBuffer);
    expect(bok.worksheets.map((a) => a.name)).toEqual(["Kalkulator", "Prismatrise", "SvarUt", "Innbyggere", "Les meg"]);
    const k = bok.getWorksheet("Kalkulator")!;
    expect([k.getCell("B4").value, k.getCell("B6").value, k.getCell("B7").value, k.getCell("B8").value]).toEqual(["Bodø (1804)", 53712, 1000, 50000]);
    // De samme radene som kommandolinjens kalkulator, med eksisterende priser som inndata og prisene som formler.
    expect(cli.rader.map((_, i) => k.getCell(`A${13 + i}`).value)).toEqual(cli.rader.map((r) => r.tjeneste));
    expect(cli.rader.map((_, i) => k.getCell(`B${13 + i}`).value ?? null)).toEqual(cli.rader.map((r) => r.eksisterende));
    expect(k.getCell("C14").formula).toContain("ROUND(ROUND(");
    await page.close();
    expect(sidefeil).toEqual([]);
  });
});
