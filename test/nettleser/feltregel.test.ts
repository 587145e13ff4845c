/**
 * Nettlesertest av feltregelen og svaret i bildet (produksjonsbygget, frittstående, Debians Chromium) ved 320, 400
 * og 1 280 px: «10.000», «120» og «0,3» skrevet tast for tast i hvert tallfelt (Kalkulator, Budsjett) og hvert
 * hva-om-felt (Effekt). Et avvist tall endrer ingen pris noe sted (kalkulatorens svar, planen, sektoren, prismatrisen);
 * et godtatt tall står på norsk form når feltet forlates. Sammendraget står i bildet mens det skrives i smal rute;
 * i bred rute er hele resultattabellen med Sum-raden synlig ved å rulle siden, uten en rulleboks inni.
 * axe uten alvorlige brudd i hver fane og bredde; skjermbilder i test-output/ (og bildene i brukerveiledningen).
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { UT, alvorligeAxeBrudd, apneOppgaverute, nettleseroppsett } from "./nettleser.cjs";

jest.setTimeout(400_000);

const BREDDER = [320, 400, 1280] as const;
const INNTASTINGER = ["10.000", "120", "0,3"] as const;
const miljo = nettleseroppsett();
const sidefeil: string[] = [];
const nb = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

async function apne(bredde: number): Promise<Page> {
  const side = await apneOppgaverute(miljo.nettleser, miljo.url, { bredde, hoyde: 800, feil: sidefeil });
  await side.getByRole("combobox", { name: /Organisasjon/ }).waitFor();
  return side;
}

/** Skriver i et felt slik en bruker gjør: merk alt, tast for tast (uten pauser lange nok til å bli godtatt), Tab. */
async function skrivOgForlat(felt: Locator, tekst: string): Promise<void> {
  await felt.click();
  await felt.press("ControlOrMeta+a");
  await felt.press("Delete");
  await felt.pressSequentially(tekst, { delay: 30 });
  await felt.press("Tab");
}

/** Bare tallene i en tekst: en endret matrise heter «endret» i teksten, men prisene skal være de samme. */
const tallene = (tekst: string) => (tekst.match(/−?\d[\d ,]*/g) ?? []).map((t) => t.trim()).join("|");

/** Bodø med Digisos, SvarUt med antall og Min kommune (dagens priser), og Digitalt ledsagerbevis som ny. */
async function fyllInnBodo(side: Page): Promise<void> {
  const sok = side.getByRole("combobox", { name: /Organisasjon/ });
  await sok.click();
  await sok.pressSequentially("Bodø");
  await side.getByRole("option", { name: /Bodø \(1804\)/ }).click();
  const brukte = side.getByRole("group", { name: "Tjenester dere bruker i dag" });
  for (const [tjeneste, pris] of [["Fiks Digisos", "41000"], ["SvarUt", "190 000"], [/^Min kommune/, "80 000"]] as const) {
    await brukte.getByRole("checkbox", { name: tjeneste }).check();
    const navn = typeof tjeneste === "string" ? tjeneste : "Min kommune";
    await skrivOgForlat(side.getByRole("textbox", { name: `Eksisterende pris for ${navn}` }), pris);
  }
  for (const [felt, antall] of [["Altinn-transaksjoner", "1000"], ["Forsendelser", "50 000"], ["SvarInn", "200"]]) {
    await skrivOgForlat(side.getByRole("textbox", { name: felt }), antall);
  }
  await side.getByRole("group", { name: "Vurder nye tjenester" }).getByRole("checkbox", { name: "Digitalt ledsagerbevis" }).check();
}

/** Kalkulatorens svar slik det står i resultatkortet (sammendrag, linjer og sum). */
const kalkulatorsvar = (side: Page) => side.getByRole("heading", { name: "Resultat" }).locator("xpath=..").innerText().then(nb);

interface Utfall {
  felt: string;
  tekst: string;
  avvist: boolean;
  /** Prisene før og etter (lik når feltet avviste teksten). */
  endret: boolean;
  /** Det feltet viser etter at det er forlatt. */
  vist: string;
  /** Et avvist felt sier hvilken verdi som fortsatt gjelder. */
  sierFortsatt: boolean;
}

/**
 * Hver inntasting i hvert felt: skrevet tast for tast og forlatt; prisene (`priser`) lest før og etter. Et godtatt
 * tall settes tilbake til det som sto (og prisene må da være som før), så neste inntasting starter likt.
 */
async function provFelt(side: Page, navn: string, priser: () => Promise<string>, felt: Locator = side.getByRole("textbox", { name: navn })): Promise<Utfall[]> {
  const utfall: Utfall[] = [];
  const start = await felt.inputValue();
  for (const tekst of INNTASTINGER) {
    const for_ = await priser();
    await skrivOgForlat(felt, tekst);
    const avvist = (await felt.getAttribute("aria-invalid")) === "true";
    const etter = await priser();
    const sierFortsatt = await side.getByText(/^(Beregningen bruker fortsatt|Feltet regnes fortsatt som tomt)/).count() > 0;
    utfall.push({ felt: navn, tekst, avvist, endret: for_ !== etter, vist: await felt.inputValue(), sierFortsatt });
    await skrivOgForlat(felt, start);
    if (!avvist) expect(await priser()).toBe(for_);
  }
  return utfall;
}

/** Ingen avvist inntasting endret noe, og hver godtatt står på norsk form (ingen «kr kr», tusener gruppert). */
function sjekk(utfall: Utfall[]): void {
  const feil = utfall.filter((u) => u.avvist && u.endret).map((u) => `${u.felt} «${u.tekst}»: avvist, men prisene endret seg`);
  expect(feil).toEqual([]);
  expect(utfall.filter((u) => u.avvist && !u.sierFortsatt).map((u) => `${u.felt} «${u.tekst}»`)).toEqual([]);
  for (const u of utfall.filter((x) => !x.avvist)) expect(u.vist).not.toMatch(/kr|\d{4}/);
}

afterAll(() => expect(sidefeil).toEqual([]));

describe("feltregelen i Chromium (produksjonsbygg)", () => {
  test.each(BREDDER)("Kalkulator ved %i px: avviste tall endrer ingen pris; godtatte vises på norsk form; sammendraget står i bildet", async (bredde) => {
    const side = await apne(bredde);
    await fyllInnBodo(side);
    // «41000» skrevet og forlatt står som «41 000».
    expect(await side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" }).inputValue()).toBe("41 000");
    const svar = () => kalkulatorsvar(side);
    const utfall: Utfall[] = [];
    for (const navn of ["Eksisterende pris for Fiks Digisos", "Eksisterende pris for SvarUt", "Eksisterende pris for Min kommune", "Altinn-transaksjoner", "Forsendelser", "SvarInn", "Overstyr innbyggertall (valgfritt)"]) {
      utfall.push(...await provFelt(side, navn, svar));
    }
    sjekk(utfall);
    // «10.000» er tvetydig i hvert felt; «0,3» er ikke et heltall for antallene og innbyggertallet.
    expect(utfall.filter((u) => u.tekst === "10.000").every((u) => u.avvist)).toBe(true);
    expect(utfall.filter((u) => u.tekst === "0,3" && !u.felt.startsWith("Eksisterende")).every((u) => u.avvist)).toBe(true);

    // Mens dagens pris skrives, står sammendraget (I dag · Ny pris · Endring) i bildet.
    const felt = side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" });
    await felt.scrollIntoViewIfNeeded();
    await felt.click();
    await felt.press("ControlOrMeta+a");
    await felt.pressSequentially("45 000", { delay: 30 });
    const iBildet = await side.evaluate(() => {
      const linje = document.querySelector('[data-testid="sammendragslinje"]');
      const kilde = linje && getComputedStyle(linje).display !== "none" ? linje : document.querySelector('dl[aria-label="Sammendrag"]');
      const felt = document.activeElement as HTMLElement;
      const b = kilde!.getBoundingClientRect();
      const f = felt.getBoundingClientRect();
      const dekker = !(b.bottom <= f.top || b.top >= f.bottom);
      return { inne: b.top >= 0 && b.bottom <= window.innerHeight && b.right <= document.documentElement.clientWidth, dekker, tekst: kilde!.textContent };
    });
    expect(iBildet.inne).toBe(true);
    expect(iBildet.dekker).toBe(false);
    expect(nb(iBildet.tekst)).toMatch(/I dag.*Ny pris.*Endring/);
    await felt.press("Tab");
    await side.screenshot({ path: join(UT, `feltregel-kalkulator-${bredde}.png`) });
    expect(await alvorligeAxeBrudd(side, `feltregel-kalkulator-${bredde}`)).toEqual([]);
    await side.close();
  });

  test.each(BREDDER)("Effekt ved %i px: «10.000», «120» og «0,3» i hva-om-feltene endrer ingen pris når de avvises", async (bredde) => {
    const side = await apne(bredde);
    await fyllInnBodo(side);
    const kalkulatorFor = tallene(await kalkulatorsvar(side));
    await side.getByRole("tab", { name: "Prismatrise" }).click();
    // Fanen lastes første gang den åpnes: vent på matrisetabellen før tallene leses.
    await side.getByRole("tabpanel").getByRole("table").first().waitFor({ timeout: 60_000 });
    const matrise = () => side.getByRole("tabpanel").innerText().then((t) => tallene(nb(t)));
    const matriseFor = await matrise();
    await side.getByRole("tab", { name: "Effekt" }).click();
    await side.getByRole("heading", { name: "Hva om?" }).waitFor({ timeout: 60_000 });
    await side.getByRole("combobox", { name: "Tjeneste" }).selectOption("Fiks Digisos");
    const sektor = () => side.getByRole("definition").evaluateAll((d) => d.map((x) => x.textContent).join("|")).then(nb);
    const utfall: Utfall[] = [];
    for (const navn of ["Størrelsesjustering, tall", "Innbyggerpris, tall", "Fastpris, tall"]) utfall.push(...await provFelt(side, navn, sektor));
    sjekk(utfall);
    // Issue 16: alle tre i størrelsesjusteringen og «10.000» i fastprisen ble brukt før; nå avvises de.
    expect(utfall.filter((u) => u.felt.startsWith("Størrelsesjustering")).map((u) => u.avvist)).toEqual([true, true, true]);
    expect(utfall.find((u) => u.felt.startsWith("Fastpris") && u.tekst === "10.000")!.avvist).toBe(true);
    await side.screenshot({ path: join(UT, `feltregel-effekt-${bredde}.png`) });
    expect(await alvorligeAxeBrudd(side, `feltregel-effekt-${bredde}`)).toEqual([]);
    // Ingenting av dette nådde prismatrisen eller kalkulatoren.
    await side.getByRole("tab", { name: "Prismatrise" }).click();
    expect(await matrise()).toBe(matriseFor);
    expect(await alvorligeAxeBrudd(side, `feltregel-prismatrise-${bredde}`)).toEqual([]);
    await side.getByRole("tab", { name: "Kalkulator" }).click();
    expect(tallene(await kalkulatorsvar(side))).toBe(kalkulatorFor);
    await side.close();
  });

  test.each(BREDDER)("Budsjett ved %i px: avviste tall endrer ikke planen; oppstart foldet, planen og sammendraget i bildet", async (bredde) => {
    const side = await apne(bredde);
    await fyllInnBodo(side);
    await side.getByRole("group", { name: "Tjenester dere bruker i dag" }).getByRole("checkbox", { name: "Velg alt" }).check();
    await side.getByRole("tab", { name: "Budsjett" }).click();
    const plan = () => side.getByRole("heading", { name: /^Økonomiplan/ }).locator("xpath=..").innerText().then(nb);
    await skrivOgForlat(side.getByRole("textbox", { name: "Befolkningsvekst per år" }), "1,5");
    expect(await side.getByRole("textbox", { name: "Befolkningsvekst per år" }).inputValue()).toBe("1,5 %");
    const utfall: Utfall[] = [];
    for (const navn of ["Første år", "Befolkningsvekst per år", "Prisjustering per år"]) utfall.push(...await provFelt(side, navn, plan));
    sjekk(utfall);
    // Med grensene −10 %–20 % kan «0,3» bare bety 0,3 % (30 % er utenfor): godtatt i prosentfeltene.
    expect(utfall.filter((u) => !u.avvist).map((u) => `${u.felt} ${u.tekst} → ${u.vist}`)).toEqual([
      "Befolkningsvekst per år 0,3 → 0,3 %", "Prisjustering per år 0,3 → 0,3 %",
    ]);
    // Oppstartslistene er foldet sammen: ingen av dem er synlig før de åpnes.
    expect(await side.getByRole("combobox", { name: /^Oppstart for/ }).first().isVisible()).toBe(false);
    if (bredde === 1280) {
      // Planen begynner i første skjermbilde (800 px høyt).
      await side.evaluate(() => window.scrollTo(0, 0));
      const topp = await side.getByRole("heading", { name: /^Økonomiplan/ }).evaluate((el) => el.getBoundingClientRect().top);
      expect(topp).toBeLessThan(800);
    } else {
      // Mens veksten skrives, står sammendraget med planens sum i bildet.
      const felt = side.getByRole("textbox", { name: "Prisjustering per år" });
      await felt.scrollIntoViewIfNeeded();
      await felt.click();
      const linje = await side.getByTestId("sammendragslinje").evaluate((el) => {
        const b = el.getBoundingClientRect();
        return { inne: b.top >= 0 && b.bottom <= window.innerHeight, tekst: el.textContent };
      });
      expect(linje.inne).toBe(true);
      expect(nb(linje.tekst)).toMatch(/Økonomiplan \d{4}–\d{4}/);
    }
    await side.screenshot({ path: join(UT, `feltregel-budsjett-${bredde}.png`) });
    expect(await alvorligeAxeBrudd(side, `feltregel-budsjett-${bredde}`)).toEqual([]);
    await side.close();
  });

  test("1 280 px: hele resultattabellen med Sum-raden nås ved å rulle siden, uten rulleboks inni og uten overlapp", async () => {
    const side = await apne(1280);
    await fyllInnBodo(side);
    await side.getByRole("group", { name: "Tjenester dere bruker i dag" }).getByRole("checkbox", { name: "Velg alt" }).check();
    const sum = side.locator('table[aria-label^="Prisberegning"] tr[data-radtype="sum"]');
    await sum.scrollIntoViewIfNeeded();
    const svar = await sum.evaluate((rad) => {
      // Ingen forelder med egen loddrett rulling (en rulleboks rundt svaret).
      const bokser: string[] = [];
      for (let el = rad.parentElement; el && el !== document.body; el = el.parentElement) {
        const s = getComputedStyle(el);
        if (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) bokser.push(el.tagName);
      }
      const b = rad.getBoundingClientRect();
      const celler = [...rad.querySelectorAll("td")].map((td) => {
        const r = td.getBoundingClientRect();
        const treff = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!treff && (treff === td || td.contains(treff));
      });
      // Merknadene («Dagens pris mangler for …») ligger over tabellens overskrift, ikke oppå den. (Testid-en het
      // «uten-pris-i-dag» før; da fantes ingen merknad, og overlappet var alltid false.)
      const merknad = document.querySelector('[data-testid="merknader"]')?.getBoundingClientRect();
      const hode = rad.closest("table")!.querySelector("thead")!.getBoundingClientRect();
      return { bokser, inne: b.top >= 0 && b.bottom <= window.innerHeight, celler, harMerknad: !!merknad, overlapp: merknad ? merknad.bottom > hode.top + 1 : false };
    });
    expect(svar.bokser).toEqual([]);
    expect(svar.inne).toBe(true);
    expect(svar.celler.every(Boolean)).toBe(true);
    // Alle tjenester valgt, de fleste uten dagens pris: merknaden finnes, så overlappet over er faktisk målt.
    expect(svar.harMerknad).toBe(true);
    expect(svar.overlapp).toBe(false);
    await side.close();
  });

  test.each(BREDDER)("Graf og faner ved %i px: fanene på én linje, 40 sifre gjør ikke feltet bredere enn ruten, tabellen bak grafen uten sideveis rulling", async (bredde) => {
    const side = await apne(bredde);
    await fyllInnBodo(side);
    const faner = await side.getByRole("tab").evaluateAll((t) => new Set(t.map((x) => Math.round(x.getBoundingClientRect().top))).size);
    expect(faner).toBe(1);
    const felt = side.getByRole("textbox", { name: "Eksisterende pris for Fiks Digisos" });
    await skrivOgForlat(felt, "1".repeat(40));
    const bredt = await felt.evaluate((el) => {
      const rute = document.documentElement.clientWidth;
      const feltet = el.closest(".fui-Field")!;
      return { felt: el.getBoundingClientRect().right <= rute, melding: feltet.getBoundingClientRect().right <= rute, rulling: document.documentElement.scrollWidth <= rute };
    });
    expect(bredt).toEqual({ felt: true, melding: true, rulling: true });
    await skrivOgForlat(felt, "41 000");
    await side.getByRole("tab", { name: "Graf" }).click();
    const tabell = side.getByRole("region", { name: "Tallene bak grafen" });
    await tabell.waitFor();
    expect(await tabell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Forklaringen viser verdiene uten peker over grafen (kundens punkt), ikke «–».
    const verdier = await side.locator(".u-legend .u-value").allTextContents();
    expect(verdier.length).toBeGreaterThan(0);
    expect(verdier.filter((v) => v.trim() === "–")).toEqual([]);
    // Linjene kan velges: bare tjenestene (uten sumlinjen).
    await side.getByText(/^Velg linjer/).click();
    await side.getByRole("button", { name: "Bare tjenestene" }).click();
    expect(nb(await side.getByText(/^Velg linjer/).textContent())).toMatch(/^Velg linjer \(\d+ av \d+ vises\)$/);
    // Logaritmisk skala: grafen tegnes på nytt, og forklaringen har fortsatt verdiene.
    await side.getByRole("switch", { name: /Logaritmisk skala/ }).check();
    expect((await side.locator(".u-legend .u-value").allTextContents()).filter((v) => v.trim() === "–")).toEqual([]);
    await side.screenshot({ path: join(UT, `feltregel-graf-${bredde}.png`), fullPage: true });
    expect(await alvorligeAxeBrudd(side, `feltregel-graf-${bredde}`)).toEqual([]);
    await side.close();
  });
});
