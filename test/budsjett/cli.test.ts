/** `fikspris budsjett`: tekst og JSON for eksempelet i docs, feilmeldinger og avslutningskoder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kjor } from "../hjelpere/fikspris";

const EKSEMPEL = "docs/eksempel-budsjett.json";
const mappe = mkdtempSync(join(tmpdir(), "budsjett-"));
afterAll(() => rmSync(mappe, { recursive: true, force: true }));
const scenariofil = (navn: string, innhold: unknown) => {
  const sti = join(mappe, navn);
  writeFileSync(sti, typeof innhold === "string" ? innhold : JSON.stringify(innhold));
  return sti;
};
const eksempel = JSON.parse(readFileSync(EKSEMPEL, "utf8"));

describe("fikspris budsjett", () => {
  test("tekst: én tabell per år med årspris, aktive kvartaler, beløp og K1–K4, så summene", () => {
    const { kode, ut, feil } = kjor("budsjett", "--scenario", EKSEMPEL);
    expect({ kode, feil }).toEqual({ kode: 0, feil: "" });
    expect(ut).toContain("Bodø (1804), kommune, 53 712 innbyggere");
    expect(ut).toContain("Økonomiplan 2026–2029: befolkningsvekst 1 % og prisjustering 3 % per år. Beløp i hele kroner.");
    expect(ut).toContain("2026: 53 712 innbyggere\nTjeneste ");
    // Tallene er regnet for hånd i budsjett.test.ts.
    expect(ut).toMatch(/\nGrunnfinansiering +354 752 +K1–K4 +354 752 +88 688 +88 688 +88 688 +88 688\n/);
    expect(ut).toMatch(/\nFiks Digiorden \(vurderes\) +113 112 +K3–K4 +56 556 +– +– +28 278 +28 278\n/);
    expect(ut).toMatch(/\nDigifin-avgift Digihelse +engangs +K2 +254 848 +– +254 848 +– +–\n/);
    expect(ut).toMatch(/\nSum +797 827 +121 604 +376 453 +149 885 +149 885\n/);
    // Digifin-avgiften vises bare i året den betales.
    expect(ut.match(/Digifin-avgift/g)).toHaveLength(1);
    expect(ut).toMatch(/Sum per år\nÅr +Innbyggere +Sum +K1 +K2 +K3 +K4\n[- ]+\n2026 +53 712 +797 827 /);
    expect(ut).toMatch(/\n2027 +54 249 +623 025 +155 754 +155 756 +155 757 +155 758\n/);
    expect(ut).toContain("Min kommune har ingen ny pris (inngår i grunnfinansieringen fra 2025) og er ikke med i planen.");
  });

  test("--json: den avtalte formen {ar:[{ar, sum, kvartal, linjer:[{tjeneste, belop, kvartal}]}]} med flere felt", () => {
    const { kode, ut } = kjor("budsjett", "--scenario", EKSEMPEL, "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j).toMatchObject({ fra: 2026, antallAr: 4, befolkningsvekst: 1, prisjustering: 3, utenNyPris: ["Min kommune"] });
    expect(j.ar.map((a: { ar: number }) => a.ar)).toEqual([2026, 2027, 2028, 2029]);
    expect(j.ar[0]).toMatchObject({ ar: 2026, innbyggere: 53712, sum: 797827, kvartal: [121604, 376453, 149885, 149885] });
    expect(j.ar[0].linjer[4]).toEqual({
      tjeneste: "Fiks Digiorden", type: "tillegg", arspris: 113112, aktiveKvartaler: 2, forsteKvartal: 3, oppstart: { ar: 2026, kvartal: 3 },
      digifin: null, belop: 56556, kvartal: [0, 0, 28278, 28278],
    });
    expect(j.sum).toBe(j.ar.reduce((s: number, a: { sum: number }) => s + a.sum, 0));
  });

  test("kalkulatoren leser samme fil og lar budsjettet ligge", () => {
    const { kode, ut } = kjor("kalkulator", "--scenario", EKSEMPEL, "--json");
    expect(kode).toBe(0);
    expect(JSON.parse(ut).sum.totalNy).toBe(354752 + 36394 + 29270 + 66007 + 113112);
  });

  test("uten budsjettseksjon: feil med et eksempel, kode 1", () => {
    const { budsjett: _, ...uten } = eksempel;
    const fil = scenariofil("uten.json", uten);
    expect(kjor("budsjett", "--scenario", fil)).toEqual({
      kode: 1, ut: "", feil: `Feil: Scenariofilen «${fil}»: mangler «budsjett», f.eks. "budsjett": {"fra": 2026, "ar": 4}.\n`,
    });
  });

  test("feil i budsjettet nevner filen og feltet, kode 1", () => {
    const fil = scenariofil("kvartal.json", { ...eksempel, budsjett: { ...eksempel.budsjett, oppstart: { "Fiks Digiorden": "2026-3" } } });
    const r = kjor("budsjett", "--scenario", fil);
    expect(r.kode).toBe(1);
    expect(r.feil).toBe(
      `Feil: Scenariofilen «${fil}»: budsjett.oppstart["Fiks Digiorden"]: forventet et kvartal "ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planens år, ` +
        'fra "2026-K1" til "2029-K4", fikk teksten "2026-3".\n',
    );
    const tekst = scenariofil("tekst.json", { ...eksempel, budsjett: { fra: 2026, befolkningsvekst: "1,0" } });
    expect(kjor("budsjett", "--scenario", tekst).feil).toMatch(/budsjett\.befolkningsvekst: forventet prosent per år som JSON-tall .* fikk teksten "1,0"\./);
  });

  test("bruksfeil gir kode 2; --hjelp forklarer seksjonen", () => {
    expect(kjor("budsjett").kode).toBe(2);
    expect(kjor("budsjett", "--scenario", EKSEMPEL, "--ar", "3").feil).toMatch(/^Feil: Ukjent valg «--ar» for «budsjett»/);
    const hjelp = kjor("budsjett", "--hjelp");
    expect(hjelp.kode).toBe(0);
    expect(hjelp.ut).toMatch(/^Bruk: fikspris budsjett --scenario FIL\.json/);
    expect(hjelp.ut).toContain('"oppstart": {"Fiks Digiorden": "2026-K3"}');
    expect(kjor("--hjelp").ut).toMatch(/\n {2}budsjett +Budsjett og økonomiplan/);
  });
});
