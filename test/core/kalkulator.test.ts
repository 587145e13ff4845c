/** Priskalkulatoren: eksempelscenariet for Bodø (docs/eksempel-scenario.json) regnet for hånd. */
import { beregnKalkulator, type Kalkulatorinput, type Kalkulatorrad, STANDARD_PRISMATRISE, STANDARD_SVARUT } from "../../src/core";
import { BODO_KALKULATOR } from "../hjelpere/bodo";

const kjor = (input: Kalkulatorinput) => beregnKalkulator(input, STANDARD_PRISMATRISE, STANDARD_SVARUT);
type Rad = Omit<Kalkulatorrad, "tjeneste" | "type">;
const tekst = (r: Rad, prosentDesimaler = 10) => ({
  eksisterende: r.eksisterende?.toString() ?? null,
  ny: r.ny?.toString() ?? null,
  endringProsent: r.endringProsent?.toFixed(prosentDesimaler) ?? null,
  endringKr: r.endringKr?.toString() ?? null,
  tillegg: r.tillegg?.toString() ?? null,
  totalNy: r.totalNy?.toString() ?? null,
});

describe("Bodø (53 712 innbyggere, 2024), eksempelscenariet", () => {
  const resultat = kjor(BODO_KALKULATOR);

  test("radene i rekkefølge: grunnfinansiering først, så tjenestene i bruk, så dem som vurderes", () => {
    expect(resultat.rader.map((r) => [r.tjeneste, r.type])).toEqual([
      ["Grunnfinansiering", "grunnfinansiering"],
      ["Fiks Digisos", "tjeneste"],
      ["SvarUt", "tjeneste"],
      ["Min kommune", "utgatt"],
      ["Digitalt ledsagerbevis", "tillegg"],
    ]);
  });

  test("grunnfinansiering: ny for alle, hele beløpet er endringen i kroner", () => {
    // 16500 + 6,345 · 53712 · (1 − 5371,2/717710) = 354 752,14 → 354 752
    expect(tekst(resultat.rader[0])).toEqual({
      eksisterende: null, ny: "354752", endringProsent: null, endringKr: "354752", tillegg: null, totalNy: "354752",
    });
  });

  test("Fiks Digisos: 41 000 → 36 394", () => {
    // (36394 − 41000) / 41000 · 100 = −4606/410 = −11,2341463414…
    expect(tekst(resultat.rader[1])).toEqual({
      eksisterende: "41000", ny: "36394", endringProsent: "-11.2341463415", endringKr: "-4606", tillegg: null, totalNy: "36394",
    });
  });

  test("SvarUt: 190 000 → 29 270 (3000 + 1050 + 25000 + 220)", () => {
    // (29270 − 190000) / 190000 · 100 = −160730/1900 = −84,5947368421…
    expect(tekst(resultat.rader[2])).toEqual({
      eksisterende: "190000", ny: "29270", endringProsent: "-84.5947368421", endringKr: "-160730", tillegg: null, totalNy: "29270",
    });
  });

  test("Min kommune: bare eksisterende pris, na. i hver ny kolonne", () => {
    expect(tekst(resultat.rader[3])).toEqual({
      eksisterende: "80000", ny: null, endringProsent: null, endringKr: null, tillegg: null, totalNy: null,
    });
  });

  test("Digitalt ledsagerbevis til vurdering: bare tillegg og total", () => {
    // 3000 + 1,2 · 53712 · (1 − 16113,6/717710) = 66 007,31 → 66 007
    expect(tekst(resultat.rader[4])).toEqual({
      eksisterende: null, ny: null, endringProsent: null, endringKr: null, tillegg: "66007", totalNy: "66007",
    });
  });

  test("totalraden: summer av de avrundede linjene", () => {
    // eksisterende 41000 + 190000 + 80000 = 311 000; ny 354752 + 36394 + 29270 = 420 416
    // endring kr 420416 − 311000 = 109 416; endring % 109416/311000 · 100 = 35,1819935691…
    // tillegg 66 007; total ny 420416 + 66007 = 486 423
    expect(tekst(resultat.sum)).toEqual({
      eksisterende: "311000", ny: "420416", endringProsent: "35.1819935691", endringKr: "109416", tillegg: "66007", totalNy: "486423",
    });
  });
});

describe("kalkulatorens regler", () => {
  test("fylkeskommuner får grunnfinansiering, statlige gjør det ikke", () => {
    const fk = kjor({ kundetype: "FYLKESKOMMUNE", innbyggere: 651299, tjenester: [{ tjeneste: "KS Læring", eksisterende: 200000 }], vurder: [] });
    // grunnfinansiering 467 181 og KS Læring 203 908 (se modell1.test.ts)
    expect(fk.rader.map((r) => [r.tjeneste, r.ny?.toString()])).toEqual([["Grunnfinansiering", "467181"], ["KS Læring", "203908"]]);
    expect(fk.sum.endringKr?.toString()).toBe("471089"); // 467181 + 203908 − 200000
    const stat = kjor({ kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring", eksisterende: 60000 }], vurder: [] });
    expect(stat.rader.map((r) => [r.tjeneste, r.ny?.toString()])).toEqual([["KS Læring", "54000"]]);
    // (54000 − 60000)/60000 · 100 = −10
    expect(stat.sum.endringProsent?.toString()).toBe("-10");
  });

  test("grunnfinansiering ført opp av brukeren (med eksisterende pris) legges ikke til to ganger", () => {
    const r = kjor({ kundetype: "KOMMUNE", innbyggere: 53712, tjenester: [{ tjeneste: "grunnfinansiering", eksisterende: 300000 }], vurder: [] });
    expect(r.rader).toHaveLength(1);
    expect(r.rader[0].endringKr?.toString()).toBe("54752"); // 354752 − 300000
  });

  test("en tjeneste i bruk uten eksisterende pris: na. i begge endringskolonnene; eksisterende 0: na. i %", () => {
    const r = kjor({ kundetype: "KOMMUNE", innbyggere: 53712, tjenester: [{ tjeneste: "Digisos" }, { tjeneste: "Fiks Melding", eksisterende: 0 }], vurder: [] });
    expect(tekst(r.rader[1])).toMatchObject({ eksisterende: null, ny: "36394", endringProsent: null, endringKr: null });
    expect(tekst(r.rader[2])).toMatchObject({ eksisterende: "0", ny: "9000", endringProsent: null, endringKr: "9000" });
  });

  test("SvarUt uten volumer er fastprisen; uten noen eksisterende pris er total-% na.", () => {
    const r = kjor({ kundetype: "KOMMUNE", innbyggere: 1000, tjenester: [{ tjeneste: "SvarUt" }], vurder: [] });
    expect(r.rader[1].ny?.toString()).toBe("3000");
    expect(r.sum.endringProsent).toBeNull();
  });

  test("feil: oppført to ganger, både i bruk og vurdert, avviklet tjeneste vurdert, ukjent navn, ugyldige beløp", () => {
    const base = { kundetype: "KOMMUNE" as const, innbyggere: 1000 };
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Digisos" }, { tjeneste: "Fiks Digisos" }], vurder: [] })).toThrow("Tjenesten «Fiks Digisos» er valgt mer enn én gang.");
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Digisos" }], vurder: ["digisos"] })).toThrow(/valgt mer enn én gang/);
    expect(() => kjor({ ...base, tjenester: [], vurder: ["Minside"] })).toThrow(/Min kommune kan ikke vurderes som ny tjeneste/);
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Fiks Digisoss" }], vurder: [] })).toThrow("Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?");
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Digisos", eksisterende: -1 }], vurder: [] })).toThrow("Eksisterende pris for Fiks Digisos kan ikke være negativt, fikk −1.");
    // Et tall leses ikke på nytt, men holdes innenfor grensene for et beløp.
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Digisos", eksisterende: 1e23 }], vurder: [] })).toThrow(/^Eksisterende pris for Fiks Digisos er for stort, .*høyeste tillatte er 100.000.000\.$/);
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "Digisos", eksisterende: NaN }], vurder: [] })).toThrow(/^Eksisterende pris for Fiks Digisos må være et beløp i kroner/);
    expect(() => kjor({ ...base, tjenester: [{ tjeneste: "SvarUt", altinn: 1.5 }], vurder: [] })).toThrow(/Altinn \(SvarUt\)/);
    expect(() => kjor({ ...base, kundetype: "FYLKESKOMMUNE", tjenester: [{ tjeneste: "Digisos" }], vurder: [] })).toThrow(/tilbys ikke/);
  });
});

describe("SvarUt uten volumer", () => {
  test("bareFastpris er satt bare når alle tre volumene er tomme eller 0", () => {
    const svarut = (valg: object) => beregnKalkulator(
      { kundetype: "KOMMUNE", innbyggere: 53712, tjenester: [{ tjeneste: "SvarUt", eksisterende: 376518, ...valg }], vurder: [] },
      STANDARD_PRISMATRISE, STANDARD_SVARUT,
    ).rader.find((r) => r.tjeneste === "SvarUt")!;
    // Bare fastprisen for kommuner: 3 000 kr.
    expect(svarut({}).ny!.toNumber()).toBe(3000);
    expect(svarut({}).bareFastpris).toBe(true);
    expect(svarut({ altinn: 0, forsendelser: 0, svarinn: 0 }).bareFastpris).toBe(true);
    expect(svarut({ svarinn: 1 }).bareFastpris).toBeUndefined();
  });
});
