/**
 * Nettlesertest av produksjonsbygget av oppgaveruten, frittstående (utenfor Excel), i Debians Chromium, ved 320 og
 * 400 px (bredden Excel gir ruten) og 1 280 px: kalkulatorens svar — ny pris og endring for hver tjeneste — er inne i
 * bildet uten sideveis rulling, ikke klippet og ikke dekket (elementFromPoint på teksten), for Bodø-scenariet og med
 * alle tjenestene krysset av. Cellene er de samme som CLI-ens tekstutskrift (én na.-regel). axe uten alvorlige brudd
 * i hver fane og bredde; skjermbilder i test-output/.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ROT, UT, alvorligeAxeBrudd, apneOppgaverute, byggCliHvisMangler, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

const BREDDER = [320, 400, 1280] as const;
/** Bodø-scenariet (én kilde for testene og dokumentasjonen); fyllInnBodo skriver det samme inn i ruten. */
const SCENARIOFIL = join(ROT, "docs/eksempel-scenario.json");

const miljo = nettleseroppsett();
/** CLI-ens tekstutskrift av Bodø-scenariet, rad for rad (tjeneste, eksisterende, ny, %, kr, tillegg, total ny). */
let cliTabell: string[][];
/** Det samme som JSON (rader med tall; null = «na.» eller tom celle). */
let cli: { rader: { tjeneste: string; eksisterende: number | null }[] };
const sidefeil: string[] = [];

/** Leser en tabell i CLI-ens tekstformat: kolonnegrensene står i streklinjen under overskriften. */
function tekstTabell(utskrift: string): string[][] {
  const linjer = utskrift.split("\n");
  const strek = linjer.findIndex((l) => /^-+( +-+)+$/.test(l));
  const spenn = [...linjer[strek].matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length]);
  // Tabellen slutter ved første tomme linje (merknadene står under den).
  const slutt = linjer.findIndex((l, i) => i > strek && l.trim() === "");
  return linjer.slice(strek + 1, slutt < 0 ? undefined : slutt).map((l) => spenn.map(([, til], i) => l.slice(i === 0 ? 0 : spenn[i - 1][1], til).trim()));
}

beforeAll(() => {
  const fikspris = (...valg: string[]) => execFileSync(process.execPath, [byggCliHvisMangler(), "kalkulator", "--scenario", SCENARIOFIL, ...valg], { encoding: "utf8" });
  cliTabell = tekstTabell(fikspris());
  cli = JSON.parse(fikspris("--json"));
}, 400_000);

async function apne(bredde: number): Promise<Page> {
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
  await side.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  return side;
}

async function velgBodo(side: Page): Promise<void> {
  const sok = side.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await side.getByRole("option", { name: /Bodø \(1804\)/ }).click();
}

async function fyllInnBodo(side: Page): Promise<void> {
  await velgBodo(side);
  // Scenariofilen har «ar»: 2024 (KS' publiserte tabell for 2025); ruten står på det siste året, 2024 er ett klikk unna.
  await side.getByRole("button", { name: "Som KS' publiserte tabell for 2025 (innbyggere 1.1.2024)" }).click();
  const brukte = side.getByRole("group", { name: "Tjenester dere bruker i dag" });
  await brukte.getByRole("checkbox", { name: "Fiks Digisos" }).check();
  await side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).fill("41 000");
  await brukte.getByRole("checkbox", { name: "SvarUt" }).check();
  await side.getByRole("textbox", { name: "Eksisterende pris for SvarUt" }).fill("190 000");
  await side.getByRole("textbox", { name: "Altinn-transaksjoner" }).fill("1 000");
  await side.getByRole("textbox", { name: "Forsendelser" }).fill("50 000");
  await side.getByRole("textbox", { name: "SvarInn" }).fill("200");
  await brukte.getByRole("checkbox", { name: /^Min kommune/ }).check();
  await side.getByRole("textbox", { name: "Eksisterende pris for Min kommune" }).fill("80 000");
  await side.getByRole("group", { name: "Vurder nye tjenester" }).getByRole("checkbox", { name: "Digitalt ledsagerbevis" }).check();
}

interface Svar {
  /** "liste" (to linjer per tjeneste) eller "tabell" (sju kolonner). */
  visning: "liste" | "tabell";
  /** Per tjeneste: cellene slik de vises (tabell) eller [navn, ny pris, endring] (liste). */
  rader: string[][];
  /** Tall som ikke er helt synlige: «tjeneste, felt: grunn». */
  usynlige: string[];
}

/**
 * Finner kalkulatorens svar slik brukeren ser det og sjekker hvert tall for ny pris og endring: rulles fram (loddrett),
 * teksten ligger innenfor sidens bredde og høyde, og elementFromPoint i venstre kant, midten og høyre kant av teksten
 * treffer selve elementet (ikke klippet av en forelder, ikke dekket av noe annet).
 */
async function kalkulatorsvar(side: Page): Promise<Svar> {
  return side.evaluate(() => {
    const synlig = (el: Element | null) => !!el && getComputedStyle(el).display !== "none";
    const liste = document.querySelector('ul[aria-label^="Prisberegning"]');
    const tabell = document.querySelector('table[aria-label^="Prisberegning"]');
    const tekst = (el: Element) => (el.textContent ?? "").replace(/\u00a0/g, " ");
    const usynlige: string[] = [];
    const sjekk = (el: Element, hva: string) => {
      el.scrollIntoView({ block: "center", inline: "nearest" });
      // Bare den synlige teksten: etikettene for skjermlesere (data-skjermleser) er klippet bort med vilje.
      const rammer: DOMRect[] = [];
      const vandrer = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = vandrer.nextNode(); n; n = vandrer.nextNode()) {
        if (n.parentElement?.closest("[data-skjermleser]") || !n.textContent?.trim()) continue;
        const omrade = document.createRange();
        omrade.selectNodeContents(n);
        rammer.push(...omrade.getClientRects());
      }
      if (rammer.length === 0) return usynlige.push(`${hva}: tom`);
      const b = {
        left: Math.min(...rammer.map((r) => r.left)), right: Math.max(...rammer.map((r) => r.right)),
        top: Math.min(...rammer.map((r) => r.top)), bottom: Math.max(...rammer.map((r) => r.bottom)),
      };
      const bredde = document.documentElement.clientWidth;
      if (b.left < 0 || b.right > bredde + 0.5) return usynlige.push(`${hva}: utenfor bredden (${b.left}–${b.right} av ${bredde})`);
      if (b.top < 0 || b.bottom > window.innerHeight) return usynlige.push(`${hva}: utenfor høyden`);
      const y = (b.top + b.bottom) / 2;
      for (const x of [b.left + 1, (b.left + b.right) / 2, b.right - 1]) {
        const treff = document.elementFromPoint(x, y);
        if (!treff || !(treff === el || el.contains(treff))) return usynlige.push(`${hva}: dekket eller klippet ved x=${Math.round(x)} (${treff?.tagName})`);
      }
      return 0;
    };
    if (synlig(liste)) {
      const rader = [...liste!.querySelectorAll("li")].map((li) => {
        const navn = tekst(li.children[0]);
        const ny = li.querySelector("[data-felt=hoved]")!;
        const endring = li.querySelector("[data-felt=endring]")!;
        sjekk(ny, `${navn}, ny pris`);
        sjekk(endring, `${navn}, endring`);
        const utenEtikett = (el: Element) => tekst(el).replace(/^[^:]*: /, "");
        return [navn, utenEtikett(ny), utenEtikett(endring)];
      });
      return { visning: "liste" as const, rader, usynlige };
    }
    if (!synlig(tabell)) return { visning: "tabell" as const, rader: [], usynlige: ["verken listen eller tabellen vises"] };
    const rader = [...tabell!.querySelectorAll("tbody tr, tfoot tr")].map((tr) => {
      const celler = [...tr.querySelectorAll("td")];
      // Ny pris, prisendring % og kr, tillegg og total ny: de som har innhold.
      celler.slice(2).forEach((c, i) => tekst(c).trim() && sjekk(c, `${tekst(celler[0])}, kolonne ${i + 3}`));
      return celler.map(tekst);
    });
    return { visning: "tabell" as const, rader, usynlige };
  });
}

/** Det samme svaret som CLI-en gir, i den formen ruten viser det ved denne bredden. */
function forventet(visning: Svar["visning"]): string[][] {
  if (visning === "tabell") return cliTabell;
  return cliTabell.filter((r) => r[0] !== "Sum").map(([navn, , ny, pst, kr, tillegg]) => {
    if (tillegg !== "") return [navn, tillegg, "tillegg"];
    // Én «na.» per linje: når ny pris er «na.», viser endringen bare en tankestrek.
    return [navn, ny, ny === "na." ? "–" : pst === "na." ? kr : `${kr} (${pst})`];
  });
}

async function ingenSideveisRulling(side: Page, bredde: number): Promise<void> {
  expect(await side.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(bredde);
}

describe("kalkulatorens svar i bredden Excel gir ruten (produksjonsbygg, Chromium)", () => {
  test.each(BREDDER)("Bodø ved %i px: ny pris og endring for hver tjeneste er synlige og lik CLI-en", async (bredde) => {
    const side = await apne(bredde);
    await fyllInnBodo(side);
    await side.getByRole("heading", { name: "Resultat" }).waitFor();
    const svar = await kalkulatorsvar(side);
    expect(svar.visning).toBe(bredde < 700 ? "liste" : "tabell");
    expect(svar.usynlige).toEqual([]);
    expect(svar.rader).toEqual(forventet(svar.visning));
    await ingenSideveisRulling(side, bredde);
    await side.getByRole("heading", { name: "Resultat" }).scrollIntoViewIfNeeded();
    await side.screenshot({ path: join(UT, `kalkulator-bodo-${bredde}.png`) });
    await side.evaluate(() => window.scrollTo(0, 0));
    await side.screenshot({ path: join(UT, `kalkulator-bodo-${bredde}-hel.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(side, `kalkulator-bodo-${bredde}`)).toEqual([]);
    await side.close();
    expect(sidefeil).toEqual([]);
  });

  test.each(BREDDER)("alle tjenestene krysset av ved %i px: alle 14 linjene er synlige", async (bredde) => {
    const side = await apne(bredde);
    await velgBodo(side);
    await side.getByRole("checkbox", { name: "Velg alt" }).check();
    // Feltregelen: volumet når beregningen når feltet forlates.
    await side.getByRole("textbox", { name: "Altinn-transaksjoner" }).fill("1 000");
    await side.getByRole("textbox", { name: "Altinn-transaksjoner" }).press("Tab");
    const svar = await kalkulatorsvar(side);
    expect(svar.usynlige).toEqual([]);
    // Grunnfinansiering, 11 tjenester i matrisen, SvarUt og Min kommune (+ summen i tabellen).
    const navn = svar.rader.map((r) => r[0]).filter((n) => n !== "Sum");
    expect(navn).toHaveLength(14);
    expect(navn.slice(0, 2)).toEqual(["Grunnfinansiering", "Fiks Digisos"]);
    expect(navn.slice(-2)).toEqual(["SvarUt", "Min kommune"]);
    // Ingen tjeneste er igjen å vurdere, så den tomme overskriften vises ikke.
    expect(await side.getByRole("group", { name: "Vurder nye tjenester" }).count()).toBe(0);
    await ingenSideveisRulling(side, bredde);
    await side.getByRole("heading", { name: "Resultat" }).scrollIntoViewIfNeeded();
    await side.screenshot({ path: join(UT, `kalkulator-alle-${bredde}.png`) });
    expect(await alvorligeAxeBrudd(side, `kalkulator-alle-${bredde}`)).toEqual([]);
    await side.close();
    expect(sidefeil).toEqual([]);
  });

  test.each(BREDDER)("Graf og Prismatrise ved %i px: ingen sideveis rulling og ingen alvorlige axe-brudd", async (bredde) => {
    const side = await apne(bredde);
    await velgBodo(side);
    await side.getByRole("checkbox", { name: "Velg alt" }).check();
    await side.getByRole("tab", { name: "Graf" }).click();
    await side.locator("canvas").first().waitFor();
    // Rutens standardår er 1. januar 2026: Bodø har 53 638 innbyggere.
    await side.getByText(/Bodø \(53\s638 innbyggere\) betaler/).first().waitFor();
    await ingenSideveisRulling(side, bredde);
    await side.screenshot({ path: join(UT, `graf-${bredde}.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(side, `graf-${bredde}`)).toEqual([]);

    await side.getByRole("tab", { name: "Prismatrise" }).click();
    await side.getByRole("heading", { name: "Standard prismatrise 2025" }).waitFor();
    await ingenSideveisRulling(side, bredde);
    await side.screenshot({ path: join(UT, `prismatrise-${bredde}.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(side, `prismatrise-${bredde}`)).toEqual([]);
    await side.close();
    expect(sidefeil).toEqual([]);
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
    // Organisasjonen fra nedtrekkslisten (arket Innbyggere); innbyggertallet slås opp der, og filen bærer resultatet.
    expect([k.getCell("B4").value, k.getCell("B6").result, k.getCell("B7").value, k.getCell("B8").value]).toEqual(["Bodø", 53712, 1000, 50000]);
    // De samme radene som kommandolinjens kalkulator, med eksisterende priser som inndata og prisene som formler.
    expect(cli.rader.map((_, i) => k.getCell(`A${13 + i}`).value)).toEqual(cli.rader.map((r) => r.tjeneste));
    expect(cli.rader.map((_, i) => k.getCell(`B${13 + i}`).value ?? null)).toEqual(cli.rader.map((r) => r.eksisterende));
    expect(k.getCell("C14").formula).toContain("ROUND(ROUND(");
    await page.close();
    expect(sidefeil).toEqual([]);
  });
});
