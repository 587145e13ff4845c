/**
 * Browser test of the Effekt view in the production build (standalone, Debian's Chromium): run the analysis over
 * all 371 kommuner and fylkeskommuner, move the what-if slider, compare the sector revenue with independent
 * arithmetic, save screenshots and run axe-core (0 serious/critical).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ORGANISASJONER } from "../../src/core";
import { modell, rund } from "../okonom/brok";
import { kr } from "../hjelpere/norsk";
import { DIST, ROT, UT, alvorligeAxeBrudd, apneOppgaverute, byggHvisMangler, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

const PK = 717_710;
const PF = 728_803;

const sidefeil: string[] = [];

beforeAll(() => {
  // A build from before the Effekt view (another change built dist/ earlier) is rebuilt.
  if (!byggHvisMangler() && !readFileSync(join(DIST, "taskpane.js"), "utf8").includes("Effektanalyse")) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROT, stdio: "inherit" });
  }
}, 400_000);
const miljo = nettleseroppsett();

/** Σ grunnfinansiering lines (rounded to whole kroner) with størrelsesjustering `a` for kommuner. */
function grunnfinansiering(aKommune: string): bigint {
  let sum = 0n;
  for (const o of ORGANISASJONER) {
    const p = o.innbyggere[2024];
    sum += o.kundetype === "KOMMUNE" ? rund(modell("16500", "6.345", aKommune, p, PK)) : rund(modell("150000", "1.05", "0.6", p, PF));
  }
  return sum;
}

/** Body and foot rows of the table with this accessible name (caption or aria-label). */
async function rader(page: Page, tabell: string): Promise<string[][]> {
  return page.getByRole("table", { name: tabell, exact: true }).evaluate((t) =>
    [...t.querySelectorAll("tbody tr, tfoot tr")].map((r) => [...r.querySelectorAll("td")].map((c) => (c.textContent ?? "").replace(/\u00a0/g, " "))),
  );
}

async function kjorAnalyse(bredde: number): Promise<Page> {
  const page = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
  await page.getByRole("tab", { name: "Effekt" }).click();
  await page.getByRole("button", { name: "Kjør analysen" }).click();
  await page.getByRole("heading", { name: "Fordeling" }).waitFor({ timeout: 60_000 });
  return page;
}

describe("Effekt-visningen i Chromium (produksjonsbygg)", () => {
  test("analysen, hva-om-glidebryteren med målt tid, skjermbilde og axe uten alvorlige brudd", async () => {
    const page = await kjorAnalyse(1100);
    expect((await rader(page, "Kommune – endring i prosent"))[1]).toEqual(["Opp til snittet", "0–29 %", "357", "100 %"]);
    const grunnrad = async () => (await rader(page, "Inntekt per tjeneste")).find((r) => r[0] === "Grunnfinansiering")!;
    expect((await grunnrad())[2]).toBe(kr(grunnfinansiering("0.1")));

    // Grunnfinansiering for kommuner, 10 % → 15 % with the keyboard (5 steps of 1 %).
    const slider = page.getByRole("slider", { name: /Størrelsesjustering/ });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector("[data-testid=hvaom-tid]")?.textContent?.startsWith("Oppdatert på"));
    expect(await page.getByRole("textbox", { name: /Størrelsesjustering, tall/ }).inputValue()).toBe("15 %");
    expect((await grunnrad())[2]).toBe(kr(grunnfinansiering("0.15")));
    const kroner = await rader(page, "Kommune – endring i kroner");
    expect(Number(kroner[0][2])).toBeGreaterThan(300); // almost every kommune pays less
    const ms = Number(await page.getByTestId("hvaom-tid").getAttribute("data-ms"));
    expect(ms).toBeGreaterThan(0);
    const tid = (await page.getByTestId("hvaom-tid").textContent()) ?? "";
    writeFileSync(join(UT, "effekt-hvaom-tid.txt"), `${tid}\n`);

    // The warnings settle 300 ms after the last move: 60 % for fylkeskommuner still gives a falling price.
    await page.getByText(/Grunnfinansiering for fylkeskommuner: prisen faller/).waitFor();
    await page.screenshot({ path: join(UT, "effekt.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(page, "effekt")).toEqual([]);
    await page.close();
    expect(sidefeil).toEqual([]);
  });

  test("smal oppgaverute (380 px): ingen vannrett rulling av siden", async () => {
    const page = await kjorAnalyse(380);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await page.screenshot({ path: join(UT, "effekt-smal.png"), fullPage: true });
    await page.close();
  });
});
