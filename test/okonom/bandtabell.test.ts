/** Kjernens båndtabell: den ene regelen for «Uten grunnlag» og andelskolonnen, som ruten, CLI-en, KS.EFFEKT og arkene bruker. */
import { Decimal, type Fordeling, andelstekst, bandtabell, bandtabeller } from "../../src/core";

const d = (n: number) => new Decimal(n);
const band = (antall: number[], medGrunnlag: number) => ["Kostnadsreduksjon", "Opp til snittet"].map((navn, i) => ({
  navn, etikett: i === 0 ? "under 0 %" : "0–29 %", antall: antall[i], andel: medGrunnlag > 0 ? d(antall[i]).div(medGrunnlag) : null,
}));
// Tre kommuner med pris i dag (1 + 2) og én uten.
const kommune: Fordeling = { kundetype: "KOMMUNE", antallKunder: 4, medGrunnlag: 3, utenGrunnlag: 1, band: band([1, 2], 3) };
// To statlige, ingen med pris i dag: ingen andeler å regne.
const statlig: Fordeling = { kundetype: "STATLIG_VIRKSOMHET", antallKunder: 2, medGrunnlag: 0, utenGrunnlag: 2, band: band([0, 0], 0) };
// To fylkeskommuner, begge med pris i dag.
const fylke: Fordeling = { kundetype: "FYLKESKOMMUNE", antallKunder: 2, medGrunnlag: 2, utenGrunnlag: 0, band: band([2, 0], 2) };

const tekst = (f: Fordeling, fastForm = false) => {
  const t = bandtabell(f, "prosent", { fastForm });
  return [...t.rader, t.sum].map((r) => [r.navn, r.antall, andelstekst(r.andel, (b) => `${b.times(100).toFixed(1)} %`)]);
};

test("bånd med andel av kundene med grunnlag; «Uten grunnlag» med antall og «na.»; Sum 100 %", () => {
  // 1/3 = 33,3 %, 2/3 = 66,7 %
  expect(tekst(kommune)).toEqual([
    ["Kostnadsreduksjon", 1, "33.3 %"], ["Opp til snittet", 2, "66.7 %"], ["Uten grunnlag", 1, "na."], ["Sum", 4, "100.0 %"],
  ]);
  expect(bandtabell(kommune, "prosent").tittel).toBe("Kommune – endring i prosent");
});

test("ingen med grunnlag: båndenes andel er «na.» med grunnen, summens andel tom", () => {
  expect(tekst(statlig)).toEqual([["Kostnadsreduksjon", 0, "na."], ["Opp til snittet", 0, "na."], ["Uten grunnlag", 2, "na."], ["Sum", 2, ""]]);
  expect(bandtabell(statlig, "prosent").rader[0].andel).toEqual({ type: "na", grunn: "ingen kunder av denne typen har pris i dag" });
});

test("alle med grunnlag: ingen «Uten grunnlag»-rad, unntatt med fast form (tabeller side om side)", () => {
  expect(tekst(fylke).map((r) => r[0])).toEqual(["Kostnadsreduksjon", "Opp til snittet", "Sum"]);
  expect(tekst(fylke, true).map((r) => r.slice(0, 2))).toEqual([["Kostnadsreduksjon", 2], ["Opp til snittet", 0], ["Uten grunnlag", 0], ["Sum", 2]]);
  expect(bandtabeller([fylke, { ...kommune, antallKunder: 0 }], "kroner").map((t) => t.tittel)).toEqual(["Fylkeskommune – endring i kroner"]);
});
