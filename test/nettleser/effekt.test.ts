/**
 * Nettlesertest av Effekt-visningen i produksjonsbygget (frittstående, Debians Chromium) ved 320, 400 og 1 280 px:
 * analysen av alle 371 kommuner og fylkeskommuner er der straks fanen åpnes, hva-om-glidebryteren flytter sektoren
 * (sammenlignet med uavhengig BigInt-aritmetikk), sammendraget står i bildet ved siden av glidebryterne også i smal
 * rute, advarslene er et antall med en liste som kan åpnes, ingen tidsmålinger vises; axe uten alvorlige brudd.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ORGANISASJONER } from "../../src/core";
import { modell, rund } from "../okonom/brok";
import { kr } from "../hjelpere/norsk";
import { UT, alvorligeAxeBrudd, apneOppgaverute, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

const PK = 717_710;
const PF = 728_803;
const miljo = nettleseroppsett();
const sidefeil: string[] = [];

/** Σ grunnfinansieringslinjer (avrundet til hele kroner) med størrelsesjustering `a` for kommuner. */
function grunnfinansiering(aKommune: string): bigint {
  let sum = 0n;
  for (const o of ORGANISASJONER) {
    // Ruten står på det siste befolkningsåret (1. januar 2026); referansene er matrisens (1. januar 2024).
    const p = o.innbyggere[2026];
    sum += o.kundetype === "KOMMUNE" ? rund(modell("16500", "6.345", aKommune, p, PK)) : rund(modell("150000", "1.05", "0.6", p, PF));
  }
  return sum;
}

async function apneEffekt(bredde: number, hoyde?: number): Promise<Page> {
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, hoyde, feil: sidefeil });
  await side.getByRole("tab", { name: "Effekt" }).click();
  await side.getByRole("heading", { name: "Hva om?" }).waitFor({ timeout: 60_000 });
  return side;
}

const nb = (s: string | null) => (s ?? "").replace(/\u00a0/g, " ");

/** Om teksten i elementet er helt inne i bildet og ikke dekket (elementFromPoint i begge kanter og midten). */
async function iBildet(side: Page, testid: string): Promise<boolean> {
  return side.getByTestId(testid).evaluate((el) => {
    const b = el.getBoundingClientRect();
    if (b.top < 0 || b.bottom > window.innerHeight || b.left < 0 || b.right > document.documentElement.clientWidth) return false;
    const y = (b.top + b.bottom) / 2;
    return [b.left + 1, (b.left + b.right) / 2, b.right - 1].every((x) => {
      const treff = document.elementFromPoint(x, y);
      return !!treff && (treff === el || el.contains(treff));
    });
  });
}

describe("Effekt-visningen i Chromium (produksjonsbygg)", () => {
  test("nyttig straks, hva-om med tastaturet som regnet for hånd, advarsler som antall, skjermbilde og axe", async () => {
    const side = await apneEffekt(1280);
    await side.getByRole("table", { name: "Kommune", exact: true }).waitFor();
    await side.getByText(/Prismatrisen i bruk er lik standard prismatrise 2025/).waitFor();
    expect(nb(await side.getByTestId("hvaom-inntekt").textContent())).toBe(kr(grunnfinansiering("0.1")));
    expect(await side.getByText(/\d\s?ms\b/).count()).toBe(0);

    // Grunnfinansiering for kommuner, 10 % → 15 % med tastaturet (5 steg à 1 %).
    const slider = side.getByRole("slider", { name: /Størrelsesjustering/ });
    await slider.focus();
    for (let i = 0; i < 5; i++) await side.keyboard.press("ArrowRight");
    const felt = side.getByRole("textbox", { name: /Størrelsesjustering, tall/ });
    await felt.evaluate((el: HTMLInputElement) => new Promise<void>((ferdig) => {
      const sjekk = () => (el.value === "15 %" ? ferdig() : requestAnimationFrame(sjekk));
      sjekk();
    }));
    expect(nb(await side.getByTestId("hvaom-inntekt").textContent())).toBe(kr(grunnfinansiering("0.15")));
    const endring = grunnfinansiering("0.15") - grunnfinansiering("0.1");
    expect(nb(await side.getByTestId("hvaom-endring").textContent())).toMatch(new RegExp(`^${kr(endring)} \\(`));
    const kroner = await side.getByRole("table", { name: "Kommune – endring i kroner", exact: true }).evaluate((t) => t.querySelector("tbody tr td:nth-child(3)")?.textContent);
    expect(Number(kroner)).toBeGreaterThan(300); // nesten alle kommuner betaler mindre
    await side.getByText("Prismatrise: Standard 2025, endret").waitFor();

    // Advarslene: et antall, listen åpnes på forespørsel (60 % for fylkeskommuner gir fortsatt fallende pris, og med
    // folketallet 1.1.2026 er Oslo og Akershus større enn matrisens referanser fra 1.1.2024).
    await side.getByText("3 advarsler om prismatrisen").waitFor();
    const advarsel = side.getByText(/Grunnfinansiering for fylkeskommuner: prisen faller/);
    expect(await advarsel.isVisible()).toBe(false);
    await side.getByText("Vis advarslene").click();
    expect(await advarsel.isVisible()).toBe(true);
    await side.evaluate(() => window.scrollTo(0, 0));
    await side.screenshot({ path: join(UT, "effekt-1280.png"), fullPage: true });
    expect(await alvorligeAxeBrudd(side, "effekt-1280")).toEqual([]);
    await side.close();
    expect(sidefeil).toEqual([]);
  });

  test.each([320, 400])("smal rute (%i px): sammendraget står i bildet ved glidebryterne, ingen sideveis rulling, axe", async (bredde) => {
    // En lav rute (som Excel på en bærbar): glidebryteren for fastpris ligger langt under sammendraget.
    const side = await apneEffekt(bredde, 560);
    const slider = side.getByRole("slider", { name: /Fastpris/ });
    await slider.scrollIntoViewIfNeeded();
    await slider.evaluate((el) => el.scrollIntoView({ block: "end" }));
    const for_ = nb(await side.getByTestId("hvaom-total").textContent());
    expect(await iBildet(side, "hvaom-total")).toBe(true);
    expect(await iBildet(side, "hvaom-endring")).toBe(true);
    await slider.focus();
    await side.keyboard.press("PageUp");
    await side.waitForFunction((f) => document.querySelector("[data-testid=hvaom-total]")?.textContent?.replace(/\u00a0/g, " ") !== f, for_);
    expect(await iBildet(side, "hvaom-total")).toBe(true);
    expect(await iBildet(side, "hvaom-endring")).toBe(true);
    await side.screenshot({ path: join(UT, `effekt-hvaom-${bredde}.png`) });
    expect(await side.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(bredde);
    await side.evaluate(() => window.scrollTo(0, 0));
    await side.screenshot({ path: join(UT, `effekt-${bredde}.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(side, `effekt-${bredde}`)).toEqual([]);
    await side.close();
    expect(sidefeil).toEqual([]);
  });
});
