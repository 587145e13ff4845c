/**
 * Produksjonsbygget: fanene utenom Kalkulator ligger i egne biter som lastes når fanen åpnes, og den første bunten
 * (taskpane.js) har verken uPlot, hva-om-motoren (kjernens Sektor og bandplasseringen) eller budsjettets kjerne, og er
 * høyst 200 KB gzip.
 * Størrelsen og tiden til interaktiv måles side om side med forrige versjon i `npm run bench` (30-oppgaverute.mjs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, sikreProduksjonsbygg } from "./bunt";

beforeAll(() => sikreProduksjonsbygg(), 600_000);

const bit = (navn: string) => readdirSync(DIST).find((f) => new RegExp(`^${navn}\\.[0-9a-f]{8}\\.js$`).test(f));
const inneholder = (fil: string, tekst: string) => readFileSync(join(DIST, fil), "utf8").includes(tekst);

// Tekster som bare finnes i koden de står for (uPlots stilklasse, en melding fra Sektor, en fra budsjettet, en fra bandgrensene).
const UPLOT = "u-legend";
const HVAOM = "i prismatrisen: legg inn en pris i matrisen"; // ASCII: esbuild skriver ø som \u00F8
const BUDSJETT = "grunnfinansieringen betales h";
const BAND = "Et bandsett trenger minst";

test("hver fane utenom Kalkulator har sin egen bit", () => {
  for (const navn of ["fane-prismatrise", "fane-graf", "fane-effekt", "fane-budsjett"]) expect(bit(navn)).toBeDefined();
});

test("den første bunten har verken uPlot, hva-om-motoren eller budsjettet; bitene og functions.js har dem", () => {
  for (const tekst of [UPLOT, HVAOM, BAND]) expect(inneholder("taskpane.js", tekst)).toBe(false);
  expect(inneholder(bit("fane-graf")!, UPLOT)).toBe(true);
  // Kjernen (Sektor, bandene) brukes av KS.*-funksjonene: den ligger i functions.js, som siden laster før taskpane.js
  // (delt kjøretid), og ruten og fanene bruker den derfra i stedet for å ha sin egen kopi.
  for (const tekst of [HVAOM, BAND]) expect(inneholder("functions.js", tekst)).toBe(true);
  // Budsjettets kjerne (beregnBudsjett) brukes ikke av funksjonene og ikke av kalkulatoren: den er i Budsjett-fanens bit
  // og i biten «Åpne scenario» henter for en fil med «budsjett» (scenario/budsjettsjekk.ts), ikke i den første bunten.
  expect(inneholder("taskpane.js", BUDSJETT)).toBe(false);
  // (Hvilken bit webpack legger den i, alene eller delt med arbeidsboken, er webpacks valg.)
  const deler = readdirSync(DIST).filter((f) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(f));
  expect(deler.some((f) => inneholder(f, BUDSJETT))).toBe(true);
});

test("den første bunten (taskpane.js) er høyst 200 KB gzip", () => {
  // Samme mål som benken (scripts/bench/30-oppgaverute.mjs): gzip nivå 9 av produksjonsbygget.
  const kb = gzipSync(readFileSync(join(DIST, "taskpane.js")), { level: 9 }).length / 1024;
  expect(kb).toBeLessThanOrEqual(200);
});
