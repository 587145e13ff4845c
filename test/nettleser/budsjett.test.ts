/**
 * Budsjett-fanen i produksjonsbygget (Chromium, utenfor Excel): Bodø-eksempelet fra docs/budsjett.md fylt inn i
 * Kalkulator- og Budsjett-fanen gir de samme summene per år og kvartal som `fikspris budsjett` for samme scenariofil.
 * Ved 320, 400 og 1 280 px står summen for hvert år synlig uten at siden ruller sideveis, og axe finner ingen alvorlige brudd.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { grupper, kr } from "../hjelpere/norsk";
import { ROT, UT, alvorligeAxeBrudd, apneOppgaverute, byggCliHvisMangler, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

interface CliAr { ar: number; sum: number; kvartal: number[] }

const miljo = nettleseroppsett();
const sidefeil: string[] = [];
let cli: { ar: CliAr[]; sum: number };

beforeAll(() => {
  const cliSti = byggCliHvisMangler();
  cli = JSON.parse(execFileSync(process.execPath, [cliSti, "budsjett", "--scenario", join(ROT, "docs", "eksempel-budsjett.json"), "--json"], { encoding: "utf8" }));
}, 400_000);

interface Eksempel {
  organisasjon: string;
  tjenester: { tjeneste: string; altinn?: number; forsendelser?: number; svarinn?: number }[];
  vurder: string[];
  budsjett: { fra: number; befolkningsvekst: number; prisjustering: number; oppstart: Record<string, string>; digifin: { losning: string; kvartal: string }[] };
}
const EKSEMPEL = JSON.parse(readFileSync(join(ROT, "docs", "eksempel-budsjett.json"), "utf8")) as Eksempel;
const norsk = (tall: number) => String(tall).replace(".", ",");

/** Scenariet i docs/eksempel-budsjett.json, fylt inn i Kalkulator- og Budsjett-fanen slik en bruker gjør det. */
async function fyllInnEksempelet(page: Page): Promise<void> {
  const sok = page.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially(EKSEMPEL.organisasjon);
  await page.getByRole("option", { name: new RegExp(`^${EKSEMPEL.organisasjon} \\(`) }).click();
  for (const t of EKSEMPEL.tjenester) {
    await page.getByRole("group", { name: "Tjenester dere bruker i dag" }).getByRole("checkbox", { name: new RegExp(`^${t.tjeneste}`, "i") }).check();
  }
  const svarut = EKSEMPEL.tjenester.find((t) => t.tjeneste === "SvarUt")!;
  for (const [felt, verdi] of [["Altinn-transaksjoner", svarut.altinn], ["Forsendelser", svarut.forsendelser], ["SvarInn", svarut.svarinn]] as const) {
    await page.getByRole("textbox", { name: felt }).fill(String(verdi));
  }
  for (const t of EKSEMPEL.vurder) await page.getByRole("group", { name: "Vurder nye tjenester" }).getByRole("checkbox", { name: t }).check();

  const b = EKSEMPEL.budsjett;
  await page.getByRole("tab", { name: "Budsjett" }).click();
  await page.getByRole("textbox", { name: "Første år" }).fill(String(b.fra));
  await page.getByRole("textbox", { name: "Befolkningsvekst per år" }).fill(norsk(b.befolkningsvekst));
  await page.getByRole("textbox", { name: "Prisjustering per år" }).fill(`${norsk(b.prisjustering)} %`);
  // Oppstartslistene er foldet sammen (planen skal stå i første skjermbilde).
  await page.getByText(/^Velg oppstart for/).click();
  for (const [tjeneste, kvartal] of Object.entries(b.oppstart)) await page.getByRole("combobox", { name: `Oppstart for ${tjeneste}` }).selectOption(kvartal);
  for (const [i, d] of b.digifin.entries()) {
    await page.getByRole("button", { name: "Legg til Digifin-avgift" }).click();
    const rad = page.getByRole("group", { name: `Digifin-avgift ${i + 1}` });
    await rad.getByRole("combobox", { name: "Løsning" }).selectOption(d.losning);
    await rad.getByRole("combobox", { name: "Betales i kvartal" }).selectOption(d.kvartal);
  }
  // Sammendraget nederst i bildet har den samme summen, men er skjult i bred rute: den synlige summen teller.
  await page.getByText(kr(cli.sum).replace(/ /g, "\u00a0")).filter({ visible: true }).first().waitFor();
}

/** Er elementet helt innenfor vinduets bredde (og den nærmeste rullbare forelderen), uten sideveis rulling? */
async function synligSideveis(page: Page, velger: string): Promise<boolean[]> {
  return page.$$eval(velger, (elementer) => elementer.map((el) => {
    const r = el.getBoundingClientRect();
    let forelder = el.parentElement;
    while (forelder && getComputedStyle(forelder).overflowX === "visible") forelder = forelder.parentElement;
    const ramme = forelder ? forelder.getBoundingClientRect() : { left: 0, right: window.innerWidth };
    return r.width > 0 && r.left >= Math.max(0, ramme.left) - 0.5 && r.right <= Math.min(window.innerWidth, ramme.right) + 0.5;
  }));
}

const sidebredde = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const tekster = (page: Page, velger: string) => page.$$eval(velger, (el) => el.map((e) => (e.textContent ?? "").replace(/\u00a0/g, " ")));

describe("Budsjett-fanen (produksjonsbygg, Chromium)", () => {
  test.each([320, 400])("smal rute (%i px): ett kort per år med summen synlig, kvartalene når året utvides", async (bredde) => {
    const page = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
    await fyllInnEksempelet(page);
    const summer = 'section[aria-labelledby] h3 + span';
    expect(await tekster(page, summer)).toEqual(cli.ar.map((a) => kr(a.sum)));
    expect(await synligSideveis(page, summer)).toEqual(cli.ar.map(() => true));
    expect(await sidebredde(page)).toBeLessThanOrEqual(bredde);

    const forste = String(EKSEMPEL.budsjett.fra);
    const kort = page.getByRole("region", { name: forste });
    await kort.getByRole("button", { name: `Vis kvartaler og tjenester for ${forste}` }).click();
    const kvartaler = await kort.locator("dl").first().locator("dd").allTextContents();
    expect(kvartaler.map((t) => t.replace(/\u00a0/g, " "))).toEqual(cli.ar[0].kvartal.map((q) => grupper(q)));
    expect(await synligSideveis(page, 'section[aria-labelledby] dd')).not.toContain(false);
    expect(await sidebredde(page)).toBeLessThanOrEqual(bredde);
    await page.screenshot({ path: join(UT, `oppgaverute-budsjett-${bredde}.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(page, `budsjett-${bredde}`)).toEqual([]);
    await page.close();
    expect(sidefeil).toEqual([]);
  });

  test("bred rute (1 280 px): tabellen har årene, summene og et utvidet år med kvartalene, uten sideveis rulling", async () => {
    const page = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde: 1280, feil: sidefeil });
    await fyllInnEksempelet(page);
    const tabell = page.getByRole("table", { name: /Budsjett per år og tjeneste/ });
    await tabell.getByRole("button", { name: `${EKSEMPEL.budsjett.fra}: vis kvartalene` }).click();
    const sumrad = await tabell.locator("tfoot tr td").allTextContents();
    expect(sumrad.map((t) => t.replace(/\u00a0/g, " "))).toEqual([
      "Sum", grupper(cli.ar[0].sum), ...cli.ar[0].kvartal.map((q) => grupper(q)), ...cli.ar.slice(1).map((a) => grupper(a.sum)), grupper(cli.sum),
    ]);
    expect(await synligSideveis(page, "tfoot td")).toEqual(sumrad.map(() => true));
    expect(await sidebredde(page)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(UT, "oppgaverute-budsjett-1280.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(page, "budsjett-1280")).toEqual([]);
    await page.close();
    expect(sidefeil).toEqual([]);
  });

  test("«Last ned arbeidsbok» i Budsjett-fanen gir arbeidsboken med arket Budsjett (vanlige formler)", async () => {
    const page = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde: 400, feil: sidefeil });
    await fyllInnEksempelet(page);
    const knapp = page.getByRole("button", { name: "Last ned arbeidsbok (.xlsx)" });
    const [nedlasting] = await Promise.all([page.waitForEvent("download"), knapp.click()]);
    const bok = new ExcelJS.Workbook();
    await bok.xlsx.load(readFileSync((await nedlasting.path())!) as unknown as ArrayBuffer);
    expect(bok.worksheets.map((a) => a.name)).toEqual(expect.arrayContaining(["Kalkulator", "Budsjett", "Digifin", "Prismatrise"]));
    // Veksten og prisjusteringen er inndataceller med verdiene fra fanen; prisene er formler, ikke KS.*-funksjoner.
    const ark = bok.getWorksheet("Budsjett")!;
    const verdier: unknown[] = [];
    const formler: string[] = [];
    ark.eachRow((rad) => rad.eachCell((c) => (c.formula ? formler.push(c.formula) : verdier.push(c.value))));
    expect(verdier).toEqual(expect.arrayContaining([EKSEMPEL.budsjett.fra]));
    expect(formler.length).toBeGreaterThan(50);
    expect(formler.filter((f) => /KS\./.test(f))).toEqual([]);
    await page.close();
    expect(sidefeil).toEqual([]);
  });
});
