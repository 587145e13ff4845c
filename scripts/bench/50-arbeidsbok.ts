/**
 * De frittstående arbeidsbøkene: tiden for å lage og skrive kalkulatorarbeidsboken (mål < 300 ms), den samme med arket
 * Budsjett (eksempelet i docs/eksempel-budsjett.json, fire år, og en tiårsplan med alle tjenestene; samme mål) og
 * sektorarbeidsboken (371 kunder × alle tjenester, mål < 3 s), og tiden LibreOffice Calc bruker på å åpne og regne dem
 * ut headless (flere kopier i én kjøring, minus kjøringen med en arbeidsbok med én celle).
 */
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import {
  finnOrganisasjon, GRUNNFINANSIERING, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { type Kalkulatorbokvalg, lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { formler } from "../../src/ark/modell";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { regnUt } from "../../test/arbeidsbok/libreoffice";

const MAL_KALKULATOR_MS = 300;
const MAL_SEKTOR_MS = 3000;

const nf = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
const fmt = (x: number) => nf.format(x).replace(/\u00a0/g, " ");

async function median(antall: number, kjor: () => Promise<unknown>): Promise<number> {
  const tider: number[] = [];
  for (let i = 0; i < antall; i++) {
    const start = process.hrtime.bigint();
    await kjor();
    tider.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return tider.sort((a, b) => a - b)[Math.floor(antall / 2)];
}

const bodo = finnOrganisasjon("Bodø");
const kalkulatorplanValg = (): Kalkulatorbokvalg => ({
  kundenavn: bodo.navn, nummer: bodo.nummer, innbyggerkilde: "SSB tabell 07459, 1. januar 2024", matrise: STANDARD_PRISMATRISE,
  matrisebeskrivelse: "standard prismatrise 2025", svarut: STANDARD_SVARUT,
  input: {
    kundetype: "KOMMUNE", innbyggere: bodo.innbyggere[2024], vurder: ["Digitalt ledsagerbevis"],
    tjenester: [
      { tjeneste: "Fiks Digisos", eksisterende: 41000 },
      { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000, forsendelser: 50000, svarinn: 200 },
      { tjeneste: "Min kommune", eksisterende: 80000 },
    ],
  },
});
const kalkulatorplan = () => lagKalkulatorbok(kalkulatorplanValg());
/** Kalkulatoren med arket Budsjett: docs/eksempel-budsjett.json (Bodø, fire år, oppstart og en Digifin-avgift). */
const eksempel = JSON.parse(readFileSync("docs/eksempel-budsjett.json", "utf8"));
const budsjettplan = () => lagKalkulatorbok({
  ...kalkulatorplanValg(),
  input: { ...kalkulatorplanValg().input, vurder: eksempel.vurder },
  budsjett: { valg: tolkBudsjett(eksempel.budsjett), digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
});
/** Den største planen: alle tjenestene en kommune kan kjøpe, SvarUt, ti år, to Digifin-avgifter. */
const storPlan = () => lagKalkulatorbok({
  ...kalkulatorplanValg(),
  input: {
    kundetype: "KOMMUNE", innbyggere: bodo.innbyggere[2024],
    tjenester: [
      ...STANDARD_PRISMATRISE.tjenester.filter((t) => t.kommune && t.navn !== GRUNNFINANSIERING).map((t) => ({ tjeneste: t.navn })),
      { tjeneste: "SvarUt", altinn: 1000, forsendelser: 50000, svarinn: 200 },
    ],
    vurder: [],
  },
  budsjett: {
    valg: tolkBudsjett({
      fra: 2026, ar: 10, befolkningsvekst: 1, prisjustering: 3, oppstart: { "Fiks Digiorden": "2027-K3" },
      digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: true }, { losning: "Digiorden", kvartal: "2027-K3" }],
    }),
    digifin: STANDARD_DIGIFIN,
    medlemskap: MEDLEMSKAPSSATSER,
  },
});
const sektorplan = () => lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard prismatrise 2025", ar: 2024 });

let ok = true;
const linje = (navn: string, ms: number, mal: number, detaljer: string) => {
  const nadd = ms < mal;
  ok &&= nadd;
  console.log(`${navn.padEnd(50)} median ${fmt(ms).padStart(7)} ms  mål < ${fmt(mal)} ms: ${nadd ? "OK" : "IKKE NÅDD"} (${fmt((ms / mal) * 100)} % av målet)  ${detaljer}`);
};

async function main(): Promise<void> {
  await skrivXlsx(kalkulatorplan()); // oppvarming: laster exceljs og kompilerer kodeveiene én gang
  const kalkulator = await skrivXlsx(kalkulatorplan());
  linje("Kalkulator-arbeidsbok (plan + .xlsx)", await median(21, () => skrivXlsx(kalkulatorplan())), MAL_KALKULATOR_MS,
    `${formler(kalkulatorplan()).length} formler, ${fmt(kalkulator.byteLength / 1024)} KB`);
  const budsjett = await skrivXlsx(budsjettplan());
  linje("Med Budsjett, 4 år (plan + .xlsx)", await median(21, () => skrivXlsx(budsjettplan())), MAL_KALKULATOR_MS,
    `${formler(budsjettplan()).length} formler, ${fmt(budsjett.byteLength / 1024)} KB`);
  const stor = await skrivXlsx(storPlan());
  linje("Med Budsjett, 10 år, alle tjenester (plan + .xlsx)", await median(11, () => skrivXlsx(storPlan())), MAL_KALKULATOR_MS,
    `${formler(storPlan()).length} formler, ${fmt(stor.byteLength / 1024)} KB`);
  const sektor = await skrivXlsx(sektorplan());
  linje("Sektorarbeidsbok, 371 kunder (plan + .xlsx)", await median(5, () => skrivXlsx(sektorplan())), MAL_SEKTOR_MS,
    `${formler(sektorplan()).length} formler, ${fmt(sektor.byteLength / 1024)} KB`);

  if (spawnSync("sh", ["-c", "command -v soffice"]).status !== 0) {
    console.log("LibreOffice (soffice) mangler: utregningstiden måles ikke. Installer Debian-pakken libreoffice-calc-nogui.");
  } else {
    const bok = new ExcelJS.Workbook();
    bok.addWorksheet("Tom").getCell("A1").value = 1;
    const tom = new Uint8Array(await bok.xlsx.writeBuffer());
    // Én oppstart koster sekunder; flere kopier i én kjøring gir tiden per arbeidsbok utover oppstarten.
    const tid = (filer: Record<string, Uint8Array>) => Math.min(...[0, 1].map(() => regnUt(filer).sekunder));
    const kopier = (bytes: Uint8Array, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`bok${i}`, bytes]));
    const oppstart = tid({ tom });
    const [nK, nS] = [10, 5];
    const k = (tid(kopier(kalkulator, nK)) - oppstart) / nK;
    const b = (tid(kopier(budsjett, nK)) - oppstart) / nK;
    const st = (tid(kopier(stor, nK)) - oppstart) / nK;
    const s = (tid(kopier(sektor, nS)) - oppstart) / nS;
    console.log(`LibreOffice Calc headless: oppstart med en tom bok ${fmt(oppstart)} s; deretter per arbeidsbok (åpne, regne ut alle ` +
      `formler, skrive CSV per ark): Kalkulator ${fmt(k * 1000)} ms, med Budsjett 4 år ${fmt(b * 1000)} ms, 10 år ${fmt(st * 1000)} ms ` +
      `(${nK} i én kjøring), sektor ${fmt(s * 1000)} ms (${nS} i én kjøring)`);
  }
  console.log(ok ? "Alle mål nådd." : "Minst ett mål ble IKKE nådd.");
  if (!ok) process.exitCode = 1;
}

void main();
