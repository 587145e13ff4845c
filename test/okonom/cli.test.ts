import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kjor } from "../hjelpere/fikspris";
import { modell, rund } from "./brok";

const EKSEMPEL = "data/eksempel-kunder.csv";
const mappe = mkdtempSync(join(tmpdir(), "okonom-"));
afterAll(() => rmSync(mappe, { recursive: true, force: true }));
const fil = (navn: string, tekst: string) => {
  const sti = join(mappe, navn);
  writeFileSync(sti, tekst);
  return sti;
};
const standardMatrise = readFileSync("data/prismatrise-2025.csv", "utf8");

describe("fikspris effekt", () => {
  test("tekst: båndtabeller per kundetype, inntekt og advarsler", () => {
    const { kode, ut } = kjor("effekt", "--kunder", EKSEMPEL);
    expect(kode).toBe(0);
    expect(ut).toContain("Endring i prosent – Kommune (5 kunder)");
    expect(ut).toMatch(/Opp til snittet\s+0–29 %\s+2\s+50 %/);
    expect(ut).toMatch(/Noe over snittet\s+over 40 000–100 000 kr\s+1\s+50 %/);
    expect(ut).toMatch(/Uten grunnlag\s+ingen pris i dag \(eller 0 kr\)\s+1/);
    expect(ut).toMatch(/SvarUt\s+1\s+14 600 kr/);
    expect(ut).toContain("Akershus (728 803 innb.) betaler 456 097 kr");
  });

  test("--json: tall og bånd per kunde", () => {
    const { kode, ut } = kjor("effekt", "--kunder", EKSEMPEL, "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j.antallKunder).toBe(10);
    const bergen = j.kunder.find((k: { navn: string }) => k.navn === "Bergen");
    // 4 300 694 (se effekt.test.ts) − 4 000 000
    expect([bergen.ny, bergen.endringKr, bergen.prosentband, bergen.kroneband]).toEqual([4_300_694, 300_694, "Opp til snittet", "Stor økning"]);
    expect(j.kronefordeling[0].band.map((b: { antall: number }) => b.antall)).toEqual([0, 2, 0, 1, 1]);
    expect(j.advarsler.map((a: { type: string }) => a.type)).toEqual(["fallende_pris", "mangler_pris"]);
  });

  test("alle kunder (utelatt --kunder): 371 kunder, inntekt for Digisos regnet uavhengig", () => {
    const { kode, ut } = kjor("effekt", "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j.antallKunder).toBe(371);
    expect(j.grunnlinje).toBe("startmatrise");
    const digisos = j.tjenester.find((t: { tjeneste: string }) => t.tjeneste === "Fiks Digisos");
    const kommuner = j.kunder.filter((k: { kundetype: string }) => k.kundetype === "KOMMUNE");
    const sum = kommuner.reduce((s: bigint, k: { innbyggere: number }) => s + rund(modell("3000", "0.636", "0.3", k.innbyggere, 717_710)), 0n);
    expect(digisos.inntekt).toBe(Number(sum));
  });

  test("egne bånd og feil i kundefilen med celleadresse", () => {
    const egne = kjor("effekt", "--kunder", EKSEMPEL, "--prosentband", "0;50", "--json");
    expect(JSON.parse(egne.ut).prosentfordeling[0].band.map((b: { etikett: string }) => b.etikett)).toEqual(["under 0 %", "0–50 %", "over 50 %"]);
    const feil = kjor("effekt", "--kunder", fil("feil.csv", "Kunde;Innbyggere\nBodø;mange\n"));
    expect(feil.kode).toBe(1);
    expect(feil.feil).toContain("Celle B2: Argumentet «Innbyggere» må være et innbyggertall");
    expect(kjor("effekt", "--kunder", join(mappe, "finnes-ikke.csv")).feil).toMatch(/finnes ikke/);
  });
});

describe("fikspris kalibrer", () => {
  test("Digisos for alle kommuner: inntekt lik kostnaden på øret", () => {
    const { kode, ut } = kjor("kalibrer", "--tjeneste", "Fiks Digisos", "--kostnad", "4 000 000", "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j.antallKalibrert).toBe(357);
    expect(j.fastprisdel).toBe(357 * 3_000);
    expect(Number(j.inntektEksakt).toFixed(2)).toBe("4000000.00");
    expect(j.avrundet.innbyggerpris).toBe(0.563);
    const tekst = kjor("kalibrer", "--tjeneste", "Digisos", "--kostnad", "4000000").ut;
    expect(tekst).toMatch(/Innbyggerpris som dekker kostnaden\s+0,5631254147 kr/);
    expect(tekst).toMatch(/Inntekt med denne prisen \(eksakt\)\s+4 000 000,00 kr/);
  });

  test("fylkeskommuner med kundefil; feil kundetype og manglende valg", () => {
    const j = JSON.parse(kjor("kalibrer", "--tjeneste", "KS Læring", "--kostnad", "700000", "--kunder", EKSEMPEL, "--kundetype", "fylkeskommune", "--json").ut);
    // Brukerne av KS Læring: Bergen (kommune), Vestland (fylke), Digdir (statlig 54 000): bare Vestland kalibreres.
    expect([j.antallBrukere, j.antallKalibrert]).toEqual([3, 1]);
    // En ugyldig verdi er feil inndata (1), ikke feil bruk (2).
    expect(kjor("kalibrer", "--tjeneste", "Digisos", "--kostnad", "1", "--kundetype", "statlig").kode).toBe(1);
    expect(kjor("kalibrer", "--tjeneste", "Digisos").feil).toContain("«--kostnad» mangler");
    expect(kjor("kalibrer", "--tjeneste", "Digisos", "--kostnad", "100").feil).toMatch(/lavere enn det fastprisene alene gir/);
  });
});

describe("fikspris sammenlign", () => {
  test("30 % mot 25 % for Digisos: ingen vinnere, Oslo øker mest", () => {
    const b = fil("b.csv", standardMatrise.replace("Fiks Digisos;3 000;0,636;30 %", "Fiks Digisos;3 000;0,636;25 %"));
    const { kode, ut } = kjor("sammenlign", "--matrise", "standard", "--matrise", b, "--json");
    expect(kode).toBe(0);
    const j = JSON.parse(ut);
    expect(j.vinnere).toBe(0);
    expect(j.tapere + j.uendret).toBe(371);
    // Oslo: 345 348 − 322 524 (se sammenligning.test.ts)
    expect(j.kunder.find((k: { nummer: string }) => k.nummer === "0301").differanse).toBe(22_824);
    const tekst = kjor("sammenlign", "--matrise", b, "--topp", "2").ut; // én --matrise: A = standard
    expect(tekst).toMatch(/Størst økning \(inntil 2\):\nKunde.*\n-.*\nOslo - Oslove/);
    expect(tekst).toContain("Betaler mindre med B: 0.");
  });

  test("samme matrise to ganger: alt uendret", () => {
    const j = JSON.parse(kjor("sammenlign", "--matrise", "standard", "--matrise", "standard", "--kunder", EKSEMPEL, "--json").ut);
    expect(j.uendret).toBe(10);
    expect(j.total.differanse).toBe(0);
  });

  test("bruksfeil: ingen eller tre matriser; ugyldig --topp er feil inndata", () => {
    expect(kjor("sammenlign").kode).toBe(2);
    expect(kjor("sammenlign", "--matrise", "a", "--matrise", "b", "--matrise", "c").feil).toMatch(/oppgitt 3 ganger/);
    for (const topp of ["x", "abc", "1e2", "0x10", "-1", "1001", "2,5", ""]) {
      expect(kjor("sammenlign", "--matrise", "standard", "--topp", topp).kode).toBe(1);
    }
  });
});
