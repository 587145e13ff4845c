// Bench: 10 000 celler med KS.FIKSPRIS mot den tilsvarende native formelen =3000+0,636*B2*(1-0,3*B2/717710)
// i regnearkmotoren HyperFormula (norsk syntaks), med og uten prismatrise-område. Mål: forhold ≤ 1,5×.
import { performance } from "node:perf_hooks";
import { ORGANISASJONER, prismatriseTilCeller, STANDARD_PRISMATRISE } from "../../src/core";
import { lagArbeidsbok } from "../../test/funksjoner/hyperformula-ks";

const RADER = 10_000;
const MAL = 1.5;
const RUNDER = 6;

const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE").map((o) => o.innbyggere[2024]);
const innbyggere = Array.from({ length: RADER }, (_, i) => kommuner[i % kommuner.length] + Math.floor(i / kommuner.length));
const matrise = prismatriseTilCeller(STANDARD_PRISMATRISE);
const omrade = `Matrise!$A$1:$H$${matrise.length}`;

function ark(formel: (rad: number) => string): unknown[][] {
  return innbyggere.map((p, i) => [p, formel(i + 1)]);
}

interface Variant {
  navn: string;
  lagArk: () => Record<string, unknown[][]>;
  tider: number[];
  sum: number;
}

function variant(navn: string, lagArk: () => Record<string, unknown[][]>): Variant {
  return { navn, lagArk, tider: [], sum: 0 };
}

/** Én oppbygging og full beregning av arbeidsboken. */
function kjor(v: Variant): void {
  const data = v.lagArk();
  const start = performance.now();
  const hf = lagArbeidsbok(data);
  const verdier = hf.getSheetValues(0);
  v.tider.push(performance.now() - start);
  v.sum = verdier.reduce((s, rad) => s + (typeof rad[1] === "number" ? rad[1] : NaN), 0);
  hf.destroy();
}

const nativ = variant("Native formel  =3000+0,636*A*(1-0,3*A/717710)", () => ({ Ark: ark((r) => `=3000+0,636*A${r}*(1-0,3*A${r}/717710)`) }));
const uten = variant('KS.FIKSPRIS("Fiks Digisos";A)', () => ({ Ark: ark((r) => `=KS.FIKSPRIS("Fiks Digisos";A${r})`) }));
const med = variant(`KS.FIKSPRIS("Fiks Digisos";A;"KOMMUNE";${omrade})`, () => ({
  Ark: ark((r) => `=KS.FIKSPRIS("Fiks Digisos";A${r};"KOMMUNE";${omrade})`),
  Matrise: matrise,
}));
// Rettferdig sammenligning for område-varianten: native formel som leser prisene fra de samme matrisecellene.
const nativMatrise = variant("Native formel med matriseceller (Matrise!$B$3 osv.)", () => ({
  Ark: ark((r) => `=Matrise!$B$3+Matrise!$C$3*A${r}*(1-Matrise!$D$3*A${r}/Matrise!$C$${matrise.length})`),
  Matrise: matrise,
}));
// HyperFormulas egen kostnad for at 10 000 formler avhenger av et område: native formel + 0*RADER(område).
const nativOmrade = variant(`Native formel + 0*RADER(${omrade})`, () => ({
  Ark: ark((r) => `=3000+0,636*A${r}*(1-0,3*A${r}/717710)+0*RADER(${omrade})`),
  Matrise: matrise,
}));
const varianter = [nativ, uten, med, nativMatrise, nativOmrade];

// Variantene kjøres om hverandre i hver runde, så svingninger i maskinlasten rammer alle likt; første runde er oppvarming.
for (let r = 0; r < RUNDER; r++) for (const v of varianter) kjor(v);
const beste = (v: Variant) => Math.min(...v.tider.slice(1));
for (const v of varianter) {
  const ms = beste(v);
  console.log(`${v.navn}: ${ms.toFixed(1)} ms for ${RADER} celler (${((ms * 1000) / RADER).toFixed(2)} µs per celle, beste av ${RUNDER - 1} etter oppvarming)`);
}

const forhold = (v: Variant) => beste(v) / beste(nativ);
const vurder = (f: number) => (f <= MAL ? "innenfor målet" : "OVER målet");
console.log(`Forhold uten prismatrise: ${forhold(uten).toFixed(2)}× (mål ≤ ${MAL}×: ${vurder(forhold(uten))})`);
console.log(`Forhold med prismatrise-område: ${forhold(med).toFixed(2)}× mot native formel uten område (mål ≤ ${MAL}×: ${vurder(forhold(med))})`);
const f2 = beste(med) / beste(nativMatrise);
console.log(`Forhold med prismatrise-område mot native formel som leser matrisecellene: ${f2.toFixed(2)}× (mål ≤ ${MAL}×: ${vurder(f2)})`);
const f3 = beste(med) / beste(nativOmrade);
console.log(`Forhold med prismatrise-område mot native formel med samme områdeavhengighet: ${f3.toFixed(2)}× (mål ≤ ${MAL}×: ${vurder(f3)})`);
console.log(`Områdeavhengigheten alene koster i HyperFormula ${(beste(nativOmrade) / beste(nativ)).toFixed(2)}× den native formelen (Excel overfører området selv).`);
// Kontroll: native formel er uavrundet, KS.FIKSPRIS avrunder til hele kroner; summene skal ligge innenfor 0,5 kr per rad.
const avvik = Math.abs(uten.sum - nativ.sum);
console.log(`Kontroll: sum KS.FIKSPRIS ${uten.sum} kr, sum native ${nativ.sum.toFixed(2)} kr, avvik ${avvik.toFixed(2)} kr (≤ ${RADER * 0.5} tillatt: ${avvik <= RADER * 0.5 ? "OK" : "FEIL"}); med område lik uten: ${med.sum === uten.sum ? "OK" : "FEIL"}`);
if (avvik > RADER * 0.5 || med.sum !== uten.sum) process.exit(1);
