/**
 * «Les inn folketall» i produksjonsbygget av oppgaveruten (Chromium, frittstående): åpnet, med en godtatt 2027-fil og
 * med en avvist fil, ved 320, 400 og 1 280 px. Ingenting stikker ut til siden (heller ikke et langt filnavn i
 * feilmeldingen), og Effekt-fanen regner med filens år. Skjermbilder i test-output/folketall-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ORGANISASJONER } from "../../src/core";
import { UT, alvorligeAxeBrudd, apneOppgaverute, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(180_000);

const miljo = nettleseroppsett();
const sidefeil: string[] = [];
let mappe: string;
const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
// Et langt filnavn uten mellomrom, som SSB-nedlastinger kan ha: det må brytes i en 320 px smal rute.
const GODTATT = "folketall_07459_kommuner_1-januar-2027_lastet_ned_fra_statistikkbanken.csv";
const AVVIST = "folketall_07459_kommuner_1-januar-2027_med_en_feil_i_lillestrom.csv";

beforeAll(() => {
  mappe = mkdtempSync(join(tmpdir(), "folketall-"));
  // 1.1.2026-tallene som 2027 (Lillestrøm 100 000); den avviste har et negativt tall for Lillestrøm.
  const fil = (lillestrom: string) => ["kommunenummer,navn,kundetype,innbyggere_2027",
    ...kommuner.map((k) => `${k.nummer},${k.navn},KOMMUNE,${k.nummer === "3205" ? lillestrom : k.innbyggere[2026]}`)].join("\n");
  writeFileSync(join(mappe, GODTATT), fil("100000"));
  writeFileSync(join(mappe, AVVIST), fil("-5"));
});
afterAll(() => rmSync(mappe, { recursive: true, force: true }));

/**
 * Elementer i «Les inn folketall» (eller `hvor`) som stikker ut til høyre for ruten eller har tekst bredere enn seg
 * selv. Kortene klipper det som stikker ut, så sidens bredde alene sier ikke fra.
 */
function utenforRuten(side: Page, hvor = "details"): Promise<string[]> {
  return side.locator(hvor).evaluate((rot) => {
    const bredde = document.documentElement.clientWidth;
    // Skjulte etiketter for skjermlesere (1 px brede) og innhold i en rullboks (en bred tabell) er med vilje klippet.
    const rullboks = (el: Element) => {
      for (let e = el.parentElement; e && e !== rot; e = e.parentElement) if (["auto", "scroll"].includes(getComputedStyle(e).overflowX)) return true;
      return false;
    };
    const ut = [rot, ...rot.querySelectorAll("*")]
      .filter((el) => el.clientWidth > 1 && !rullboks(el))
      .filter((el) => el.getBoundingClientRect().right > bredde + 0.5 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join(".")}: høyre ${Math.round(el.getBoundingClientRect().right)}, scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    if (document.documentElement.scrollWidth > bredde) ut.push(`siden ruller sidelengs: ${document.documentElement.scrollWidth} > ${bredde}`);
    return ut;
  });
}

async function bilde(side: Page, navn: string): Promise<void> {
  await side.locator("details").scrollIntoViewIfNeeded();
  await side.screenshot({ path: join(UT, `${navn}.png`) });
}

test.each([320, 400, 1280])("åpnet, lest inn og avvist ved %i px: ingenting stikker ut, feilen og filen står i feltet", async (bredde) => {
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, feil: sidefeil });
  const apne = side.getByText("Les inn folketall for senere år (fil fra SSB)");
  await apne.click();
  const filfelt = side.getByLabel("Les inn folketall (CSV eller JSON)");
  await side.getByRole("button", { name: "Velg fil …" }).waitFor();
  expect(await utenforRuten(side)).toEqual([]);
  await bilde(side, `folketall-apnet-${bredde}`);

  await filfelt.setInputFiles(join(mappe, AVVIST));
  const linje = kommuner.findIndex((k) => k.nummer === "3205") + 2;
  await side.getByText(`Folketallsfilen «${AVVIST}», linje ${linje}, 3205 (2027): innbyggertallet kan ikke være negativt, fikk «-5».`).waitFor();
  expect(await utenforRuten(side)).toEqual([]);
  await bilde(side, `folketall-avvist-${bredde}`);

  await filfelt.setInputFiles(join(mappe, GODTATT));
  await side.getByText(`Lest inn: «${GODTATT}» (1. januar 2027)`).waitFor();
  expect(await side.getByText(/innbyggertallet kan ikke være negativt/).count()).toBe(0);
  expect(await side.getByRole("combobox", { name: /Innbyggertall per 1\. januar/ }).inputValue()).toBe("2027");
  expect(await utenforRuten(side)).toEqual([]);
  await bilde(side, `folketall-lest-${bredde}`);
  expect(await alvorligeAxeBrudd(side, `folketall-${bredde}`)).toEqual([]);

  // Effekt-fanen: filens år i årsvalget, og alle kundene regnes med filens tall.
  await side.getByRole("tab", { name: "Effekt" }).click();
  await side.getByRole("heading", { name: "Hva om?" }).waitFor({ timeout: 60_000 });
  expect(await side.getByRole("combobox", { name: /Innbyggertall per 1\. januar/ }).inputValue()).toBe("2027");
  await side.getByRole("radio", { name: "Alle kommuner og fylkeskommuner (folketallsfilen, 1. januar 2027; alle tjenester)" }).waitFor();
  expect(await utenforRuten(side, "[role=tabpanel]")).toEqual([]);
  await side.getByRole("combobox", { name: /Innbyggertall per 1\. januar/ }).scrollIntoViewIfNeeded();
  await side.screenshot({ path: join(UT, `folketall-effekt-${bredde}.png`) });
  await side.close();
  expect(sidefeil).toEqual([]);
});
