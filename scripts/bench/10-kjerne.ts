/**
 * Benchmark of the pricing core (issue 2): exact price evaluations per second (Decimal path and the
 * safe-integer fast path) against the same formula in plain floats, and the calculator for every
 * organisation in the data × every service it can buy. Prints Norwegian lines with measured numbers.
 */
import {
  beregnKalkulator, fiksPrisTall, type Kundetype, raskPrisfunksjon, type Matrisetjeneste, ORGANISASJONER, rundHalvOpp,
  STANDARD_PRISMATRISE, STANDARD_SVARUT, tjenestepris, type Tjenestevalg,
} from "../../src/core";

const matrise = STANDARD_PRISMATRISE;
const nf = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
const fmt = (x: number) => nf.format(x).replace(/\u00a0/g, " ").replace(/\u2212/g, "-");

/** Every (service row, kundetype, population) a kommune or fylkeskommune in the data can be priced with. */
interface Tilfelle { tjeneste: Matrisetjeneste; kundetype: Kundetype; p: number; f: number; r: number; a: number; pref: number }
const tilfeller: Tilfelle[] = [];
for (const org of ORGANISASJONER) {
  for (const t of matrise.tjenester) {
    const ledd = org.kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
    if (!ledd) continue;
    tilfeller.push({
      tjeneste: t, kundetype: org.kundetype, p: org.innbyggere[2024],
      f: ledd.fastpris.toNumber(), r: ledd.innbyggerpris.toNumber(), a: ledd.justering.toNumber(),
      pref: matrise.referanse[org.kundetype],
    });
  }
}

/** Runs `kjor` over all cases until at least `ms` milliseconds have passed; returns evaluations per second. */
function mal(navn: string, kjor: (t: Tilfelle) => number, ms = 700): { perSek: number; sjekksum: number } {
  let sjekksum = 0;
  for (let i = 0; i < 2; i++) for (const t of tilfeller) sjekksum += kjor(t); // oppvarming
  let antall = 0;
  const start = process.hrtime.bigint();
  let brukt = 0;
  while (brukt < ms) {
    for (const t of tilfeller) sjekksum += kjor(t);
    antall += tilfeller.length;
    brukt = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSek = (antall / brukt) * 1000;
  console.log(`${navn.padEnd(44)} ${fmt(perSek).padStart(14)} priser/s  (${fmt((brukt * 1e6) / antall)} ns per pris)`);
  return { perSek, sjekksum };
}

console.log(`Priskjernen: ${tilfeller.length} (tjeneste, kunde)-par fra ${ORGANISASJONER.length} organisasjoner, befolkning 2024\n`);

const flyt = mal("Vanlige flyttall (ikke eksakt)", (t) => Math.round(t.f + t.r * t.p * (1 - (t.a * t.p) / t.pref)));
const desimal = mal("Eksakt, decimal.js (tjenestepris + avrunding)", (t) =>
  rundHalvOpp(tjenestepris(matrise, t.tjeneste, t.p, t.kundetype)).toNumber(), 400);
const rask = mal("Eksakt, hurtigsti (fiksPrisTall, heltall)", (t) => fiksPrisTall(matrise, t.tjeneste, t.p, t.kundetype));
const funksjoner = new Map<string, (p: number) => number>();
const forhand = (t: Tilfelle) => {
  const nokkel = `${t.tjeneste.navn}|${t.kundetype}`;
  let f = funksjoner.get(nokkel);
  if (!f) funksjoner.set(nokkel, (f = raskPrisfunksjon(matrise, t.tjeneste, t.kundetype)));
  return f;
};
const kompilert = tilfeller.map(forhand);
let i = 0;
const raskFunksjon = mal("Eksakt, forhåndskompilert (raskPrisfunksjon)", (t) => kompilert[i++ % kompilert.length](t.p));
const raskNavn = mal("Eksakt, hurtigsti med tjenestenavn", (t) => fiksPrisTall(matrise, t.tjeneste.navn, t.p, t.kundetype));

// The two exact paths must agree on every case (they are exact; the float version may differ by rounding).
let ulike = 0;
let avvikFlyt = 0;
for (const t of tilfeller) {
  const d = rundHalvOpp(tjenestepris(matrise, t.tjeneste, t.p, t.kundetype)).toNumber();
  if (fiksPrisTall(matrise, t.tjeneste, t.p, t.kundetype) !== d) ulike += 1;
  if (Math.round(t.f + t.r * t.p * (1 - (t.a * t.p) / t.pref)) !== d) avvikFlyt += 1;
}

const MAL_PER_SEK = 200_000;
const MAL_FORHOLD = 10;
console.log("");
console.log(`Hurtigsti mot decimal.js: ${fmt(rask.perSek / desimal.perSek)} ganger raskere; like svar i ${tilfeller.length - ulike} av ${tilfeller.length} tilfeller.`);
console.log(`Flyttall avrundet til hele kroner avviker fra det eksakte svaret i ${avvikFlyt} av ${tilfeller.length} tilfeller.`);
console.log(`Mål ≥ ${fmt(MAL_PER_SEK)} eksakte priser/s: hurtigsti ${fmt(rask.perSek)} (${rask.perSek >= MAL_PER_SEK ? "nådd" : "IKKE nådd"}), decimal.js ${fmt(desimal.perSek)} (${desimal.perSek >= MAL_PER_SEK ? "nådd" : "ikke nådd"}).`);
for (const [navn, r] of [["forhåndskompilert", raskFunksjon], ["hurtigsti", rask], ["hurtigsti med navn", raskNavn], ["decimal.js", desimal]] as const) {
  const forhold = flyt.perSek / r.perSek;
  console.log(`Forhold flyttall/eksakt (${navn}): ${fmt(forhold)}× (mål ≤ ${MAL_FORHOLD}×: ${forhold <= MAL_FORHOLD ? "nådd" : "IKKE nådd"}).`);
}

// The calculator for every organisation × every service it can buy (plus SvarUt and Min kommune).
function scenario(kundetype: Kundetype): Tjenestevalg[] {
  const valg: Tjenestevalg[] = matrise.tjenester
    .filter((t) => t.navn !== "Grunnfinansiering" && (kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune))
    .map((t) => ({ tjeneste: t.navn, eksisterende: 50_000 }));
  valg.push({ tjeneste: "SvarUt", eksisterende: 190_000, altinn: 1000, forsendelser: 50_000, svarinn: 200 });
  if (kundetype === "KOMMUNE") valg.push({ tjeneste: "Min kommune", eksisterende: 80_000 });
  return valg;
}
const scenarier = { KOMMUNE: scenario("KOMMUNE"), FYLKESKOMMUNE: scenario("FYLKESKOMMUNE") };
const hele = () => {
  let linjer = 0;
  for (const org of ORGANISASJONER) {
    const r = beregnKalkulator(
      { kundetype: org.kundetype, innbyggere: org.innbyggere[2024], tjenester: scenarier[org.kundetype], vurder: [] },
      matrise, STANDARD_SVARUT,
    );
    linjer += r.rader.length;
  }
  return linjer;
};
for (let i = 0; i < 5; i++) hele(); // oppvarming (JIT)
const tider: number[] = [];
let linjer = 0;
for (let i = 0; i < 15; i++) {
  const start = process.hrtime.bigint();
  linjer = hele();
  tider.push(Number(process.hrtime.bigint() - start) / 1e6);
}
tider.sort((x, y) => x - y);
const MAL_MS = 50;
console.log("");
console.log(`Kalkulatoren for hele sektoren: ${ORGANISASJONER.length} organisasjoner, ${linjer} linjer: median ${fmt(tider[7])} ms, beste ${fmt(tider[0])} ms (mål < ${MAL_MS} ms: ${tider[7] < MAL_MS ? "nådd" : "IKKE nådd"}).`);
if (ulike > 0) {
  console.error(`FEIL: hurtigstien ga et annet svar enn decimal.js i ${ulike} tilfeller.`);
  process.exitCode = 1;
}
void [flyt.sjekksum, desimal.sjekksum, rask.sjekksum, raskNavn.sjekksum];
