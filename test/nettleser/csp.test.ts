/**
 * Innholdssikkerheten (Content-Security-Policy) i produksjonssiden, i Chromium: regelen i taskpane.html er den
 * docs/drift.md beskriver, og siden virker under den – frittstående (office.js kan ikke nås) og som oppgaverute med
 * office.js fra Microsofts CDN-adresse (besvart fra npm-kopien) – uten ett eneste securitypolicyviolation-brudd, også
 * når arbeidsbokdelen lastes ved behov. En kontroll viser at bruddene faktisk fanges.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST, OFFICE_JS_CDN, apneOppgaverute, nettleseroppsett, type OfficeJsKilde } from "./nettleser.cjs";
import paket from "../../package.json";

jest.setTimeout(120_000);

const miljo = nettleseroppsett();

/** Direktivene i CSP-metaen i dist/taskpane.html, som navn → kilder. */
function cspIBygget(): Map<string, string[]> {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta) throw new Error("dist/taskpane.html mangler CSP-metaen.");
  return new Map(meta[1].split(";").map((d) => d.trim().split(/\s+/)).map(([navn, ...kilder]) => [navn, kilder]));
}

/** Åpner ruten med en lytter på securitypolicyviolation som er på plass før siden laster noe. */
async function apneMedCspLytter(kilde: OfficeJsKilde, sidefeil: string[]): Promise<Page> {
  return apneOppgaverute(miljo.nettleser, miljo.url, {
    bredde: 360,
    officeJsKilde: kilde,
    forLasting: async (s) => {
      s.on("pageerror", (e) => sidefeil.push(e.message));
      await s.addInitScript(() => {
        const brudd: string[] = [];
        (window as any).__cspBrudd = brudd;
        document.addEventListener("securitypolicyviolation", (e) => brudd.push(`${e.effectiveDirective}: ${e.blockedURI || "(innebygd)"}`));
      });
    },
  });
}

const brudd = (side: Page) => side.evaluate(() => (window as any).__cspBrudd as string[]);

/**
 * Utsira med Fiks Digisos, kalkulatorens innbyggertall (215, 1. januar 2024; Oslo 717 710 er referansen):
 * 3 000 + 0,636 · 215 · (1 − 0,3 · 215 / 717 710) = 3 000 + 136,74 − 0,0123 = 3 136,7277 → 3 137 kr.
 */
async function prisForUtsira(side: Page): Promise<string> {
  const sok = side.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Utsira");
  await side.getByRole("option", { name: /Utsira \(1151\)/ }).click();
  // 3 137 kr er Digisos for Utsira i KS' publiserte tabell for 2025 (innbyggere 1.1.2024), ett klikk unna standardåret.
  await side.getByRole("button", { name: "Som KS' publiserte tabell for 2025 (innbyggere 1.1.2024)" }).click();
  await side.getByRole("group", { name: "Tjenester dere bruker i dag" }).getByRole("checkbox", { name: "Fiks Digisos" }).check();
  const celle = side.locator('table[aria-label^="Prisberegning"] tbody tr', { hasText: "Fiks Digisos" }).locator("td").nth(2);
  return ((await celle.textContent()) ?? "").replace(/\u00a0/g, " ");
}

test("regelen: egne filer, office.js fra Microsofts CDN og dens telemetriramme, Griffels stiler, bilder fra siden og data:, ingen objekter", () => {
  const csp = cspIBygget();
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", new URL(OFFICE_JS_CDN).origin]);
  expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  // office.js (o15apptofilemappingtable.js, excel-win32) legger Microsofts telemetriside i en iframe.
  expect(csp.get("frame-src")).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  // Ingen eval og ingen innebygde skript.
  expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
});

test.each([
  ["frittstående (office.js kan ikke nås)", "blokkert"],
  ["oppgaverute med office.js fra CDN-adressen", "npm"],
] as const)("%s: kalkulatoren regner, arbeidsboken lastes ned, og ingen CSP-brudd", async (_navn, kilde) => {
  const sidefeil: string[] = [];
  const side = await apneMedCspLytter(kilde, sidefeil);
  expect(await prisForUtsira(side)).toBe("3 137 kr");
  expect(await side.locator("footer").textContent()).toBe(`KS prisverktøy ${paket.version}`);
  const [nedlasting] = await Promise.all([side.waitForEvent("download"), side.getByRole("button", { name: "Last ned arbeidsbok (.xlsx)" }).click()]);
  expect(nedlasting.suggestedFilename()).toBe("KS kalkulator Utsira.xlsx");
  if (kilde === "npm") {
    // office.js kjørte (Office finnes) og svarte utenfor Office med host null.
    expect(await side.evaluate(() => new Promise((svar) => Office.onReady((info) => svar(info.host))))).toBeNull();
  }
  expect(await brudd(side)).toEqual([]);
  expect(sidefeil).toEqual([]);
  await side.close();
});

test("kontroll: et innebygd skript, et bilde og en forespørsel til en annen adresse blir stoppet og fanget som brudd", async () => {
  const side = await apneMedCspLytter("npm", []);
  await side.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  const kjorte = await side.evaluate(async () => {
    const skript = document.createElement("script");
    skript.textContent = "window.__kjorte = true;";
    document.head.appendChild(skript);
    new Image().src = "https://bilder.example.org/sporing.png";
    const svar = await fetch("https://api.example.org/data").then(() => "svar", () => "stoppet");
    return { innebygd: (window as any).__kjorte === true, svar };
  });
  expect(kjorte).toEqual({ innebygd: false, svar: "stoppet" });
  await side.waitForFunction(() => (window as any).__cspBrudd.length >= 3);
  expect((await brudd(side)).sort()).toEqual([
    "connect-src: https://api.example.org/data",
    "img-src: https://bilder.example.org/sporing.png",
    "script-src-elem: inline",
  ]);
  await side.close();
});
