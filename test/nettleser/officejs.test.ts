/**
 * office.js i produksjonssiden (Chromium): siden laster den fra Microsofts CDN, og kalkulatoren virker også når
 * office.js ikke kan lastes i det hele tatt, og i en Excel som er for gammel (en Office-dubl i stedet for office.js).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { FOR_GAMMEL_EXCEL, IKKE_I_EXCEL } from "../../src/taskpane/felles/excel";
import { DIST, OFFICE_JS_CDN, UT, apneOppgaverute, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(120_000);

const miljo = nettleseroppsett();

/** En Office-dubl for office.js: svarer at verten er Excel, og at ExcelApi-settene til og med 1.`hoyeste` finnes. */
const officeDubl = (hoyeste: number) => ({
  skript: `window.Office = {
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: function (sett, v) { return sett === "ExcelApi" && Number(v.split(".")[1]) <= ${hoyeste}; } } },
    onReady: function (f) { setTimeout(function () { f({ host: "Excel", platform: "OfficeOnline" }); }, 0); },
  };
  window.Excel = { run: function () { return Promise.reject(new Error("Office-dublen kjører ikke Excel.run")); } };`,
});

/**
 * Bodø med Fiks Digisos og rutens standardår (1. januar 2026: 53 638): prisen i tabellen.
 * 3 000 + 0,636 · 53 638 · (1 − 0,3 · 53 638 / 717 710) = 36 348,92 → 36 349.
 */
async function digisosForBodo(side: Page): Promise<string> {
  const sok = side.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await side.getByRole("option", { name: /Bodø \(1804\)/ }).click();
  await side.getByRole("group", { name: "Tjenester dere bruker i dag" }).getByRole("checkbox", { name: "Fiks Digisos" }).check();
  const rad = side.locator('table[aria-label^="Prisberegning"] tbody tr', { hasText: "Fiks Digisos" });
  return ((await rad.locator("td").nth(2).textContent()) ?? "").replace(/\u00a0/g, " ");
}

const settInn = (side: Page) => side.getByRole("button", { name: "Sett inn i arket" });

test("produksjonssiden laster office.js fra Microsofts CDN, ikke fra bygget", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  const skript = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  // office.js først (synkront, før buntene, som Microsoft krever), og ingen kopi fra bygget.
  expect(skript[0]).toBe(OFFICE_JS_CDN);
  expect(skript.slice(1).every((s) => !s.includes("office"))).toBe(true);
});

test("når office.js ikke kan lastes, virker kalkulatoren, og arkknappene er av med norsk grunn", async () => {
  const feil: string[] = [];
  const forespurt: string[] = [];
  // Konsollen melder den blokkerte forespørselen; her teller bare sidefeil.
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, {
    bredde: 400,
    officeJsKilde: "blokkert",
    forLasting: async (s) => {
      s.on("requestfailed", (f) => forespurt.push(f.url()));
      s.on("pageerror", (e) => feil.push(e.message));
    },
  });
  expect(await digisosForBodo(side)).toBe("36 349 kr");
  expect(await settInn(side).getAttribute("aria-disabled")).toBe("true");
  await side.getByText(IKKE_I_EXCEL).first().waitFor();
  expect(forespurt).toEqual([OFFICE_JS_CDN]);
  expect(feil).toEqual([]);
  await side.close();
});

test("for gammel Excel: norsk melding, arkknappene av med grunnen, og kalkulatoren regner", async () => {
  const feil: string[] = [];
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde: 400, feil, officeJsKilde: officeDubl(8) });
  await side.getByText("Excel-versjonen er for gammel for innsetting i regneark; kalkulatoren virker.").waitFor();
  expect(await digisosForBodo(side)).toBe("36 349 kr");
  expect(await settInn(side).getAttribute("aria-disabled")).toBe("true");
  await side.getByText(FOR_GAMMEL_EXCEL).first().waitFor();
  await side.screenshot({ path: join(UT, "oppgaverute-gammel-excel.png"), fullPage: true });
  expect(feil).toEqual([]);
  await side.close();
});

test("Excel med ExcelApi 1.9: arkknappene er på", async () => {
  const feil: string[] = [];
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde: 400, feil, officeJsKilde: officeDubl(9) });
  expect(await digisosForBodo(side)).toBe("36 349 kr");
  await side.waitForFunction(() => [...document.querySelectorAll("button")]
    .some((b) => b.textContent === "Sett inn i arket" && b.getAttribute("aria-disabled") !== "true"));
  expect(await settInn(side).getAttribute("aria-disabled")).toBeNull();
  expect(await side.getByText(/kjører utenfor Excel|for gammel/).count()).toBe(0);
  expect(feil).toEqual([]);
  await side.close();
});
