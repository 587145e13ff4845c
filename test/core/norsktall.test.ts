import { TALLKRAV, lesProsentfelt, lesTall, tolkNorskTall, type Tallkrav } from "../../src/core";

/** Verdien som en enkel desimalstreng, eller det som gikk galt. */
function les(tekst: unknown, krav: Tallkrav = TALLKRAV.belop): string {
  const svar = lesTall(tekst, krav);
  return svar.type === "tall" ? svar.verdi.toFixed() : svar.type === "tom" ? "tom" : `feil: ${svar.melding}`;
}

describe("tolkNorskTall: norske skrivemåter", () => {
  test.each([
    ["3 000", "3000"],
    ["3\u00a0000", "3000"],
    ["3\u202f000", "3000"],
    ["3\u2009000", "3000"],
    ["1 234 567,50", "1234567.5"],
    ["0,636", "0.636"],
    [",5", "0.5"],
    ["3 000 kr", "3000"],
    ["kr 3 000", "3000"],
    ["kr. 3000", "3000"],
    ["3000,-", "3000"],
    ["-5", "-5"],
    ["\u22125", "-5"],
    ["+7", "7"],
    ["30 %", "0.3"],
    ["27,5%", "0.275"],
    ["1.234.567", "1234567"],
    ["1.234,50", "1234.5"],
    ["0.636", "0.636"],
    ["1.5", "1.5"],
    ["1234.567", "1234.567"],
    ["12.25", "12.25"],
  ])("«%s» → %s", (tekst, verdi) => {
    const t = tolkNorskTall(tekst);
    expect(t.type === "tall" ? t.verdi.toFixed() : t.type).toBe(verdi);
  });

  test.each(["", "  ", "NA", "na.", "n/a", "-", "–"])("«%s» er tom", (tekst) => {
    expect(tolkNorskTall(tekst).type).toBe("tom");
  });

  test.each(["1 5", "1  000", "12 34", "1,2,3", "1,234.50", "1.2.3", "mye", "1e5", "0x10", "5 kr kr", "%", ",", "."])(
    "«%s» er ikke et tall",
    (tekst) => expect(tolkNorskTall(tekst).type).toBe("ugyldig"),
  );

  test.each([
    ["1.000", "1000", "1"],
    ["3.000", "3000", "3"],
    ["10.000", "10000", "10"],
    ["100.000", "100000", "100"],
    ["-2.500", "-2500", "-2.5"],
    ["15 221.000", "15221000", "15221"],
  ])("«%s» er tvetydig: %s eller %s", (tekst, tusen, desimal) => {
    const t = tolkNorskTall(tekst);
    expect(t.type).toBe("ugyldig");
    if (t.type !== "ugyldig") return;
    expect(t.tvetydig?.map((d) => d.toFixed())).toEqual([tusen, desimal]);
  });

  test("tall som kommer som tall leses ikke på nytt", () => {
    const t = tolkNorskTall(1000.5);
    expect(t.type === "tall" && t.verdi.toFixed()).toBe("1000.5");
    expect(tolkNorskTall(Number.NaN).type).toBe("ugyldig");
    expect(tolkNorskTall(Infinity).type).toBe("ugyldig");
    expect(tolkNorskTall(true).type).toBe("ugyldig");
  });

  test("engelsk skrivemåte får en norsk forklaring", () => {
    const t = tolkNorskTall("1,234.50");
    expect(t.type === "ugyldig" && t.grunn).toBe("«1,234.50» er engelsk skrivemåte; på norsk skrives det 1 234,50.");
  });
});

describe("lesTall: feltets regler og grenser", () => {
  test("tvetydig punktum nevner begge lesningene og hvordan det skrives", () => {
    expect(les("10.000", TALLKRAV.innbyggere)).toBe(
      "feil: er tvetydig, fikk «10.000»: det kan bety 10 000 (punktum som tusenskille) eller 10 (punktum som desimaltegn). Skriv 10 000 eller 10",
    );
  });

  test("«1,000» er én krone med desimalkomma for en innbyggerpris, men tvetydig for beløp og heltall", () => {
    expect(les("1,200", TALLKRAV.enhetspris)).toBe("1.2");
    expect(les("1,000", TALLKRAV.belop)).toMatch(/^feil: er tvetydig, fikk «1,000»: det kan bety 1 \(komma som desimaltegn\) eller 1 000 \(komma som engelsk tusenskille\)/);
    expect(les("15,221", TALLKRAV.innbyggere)).toMatch(/det kan bety 15,221 .* eller 15 221/);
    expect(les("0,500", TALLKRAV.belop)).toBe("0.5");
    expect(les("1,50", TALLKRAV.belop)).toBe("1.5");
  });

  test("innbyggere: heltall fra 0 til 100 000 000", () => {
    expect(les("15 221", TALLKRAV.innbyggere)).toBe("15221");
    expect(les(100_000_000, TALLKRAV.innbyggere)).toBe("100000000");
    expect(les(100_000_001, TALLKRAV.innbyggere)).toBe("feil: er for stort, fikk 100 000 001: høyeste tillatte er 100 000 000");
    expect(les("-5", TALLKRAV.innbyggere)).toBe("feil: kan ikke være negativt, fikk «-5»");
    expect(les(2.5, TALLKRAV.innbyggere)).toBe("feil: må være et heltall (fra 0 til 100 000 000), fikk 2,5");
    expect(les("30 %", TALLKRAV.innbyggere)).toMatch(/ikke en prosent, fikk «30 %»/);
    expect(les("mange", TALLKRAV.innbyggere)).toBe(
      "feil: må være et innbyggertall (heltall fra 0 til 100 000 000, f.eks. 15 221), fikk «mange»",
    );
  });

  test("beløp: fra 0 til 100 000 000 kr; et absurd beløp avvises", () => {
    expect(les("41 000 kr")).toBe("41000");
    expect(les("99999999999999999999999")).toMatch(/^feil: er for stort, fikk «99999999999999999999999»: høyeste tillatte er 100 000 000$/);
    expect(les(-1)).toBe("feil: kan ikke være negativt, fikk −1");
  });

  test("størrelsesjustering: 30 % eller 0,3; fra 0 % til under 100 %", () => {
    expect(les("30 %", TALLKRAV.justering)).toBe("0.3");
    expect(les("0,3", TALLKRAV.justering)).toBe("0.3");
    expect(les(0, TALLKRAV.justering)).toBe("0");
    expect(les("100 %", TALLKRAV.justering)).toBe("feil: må være fra 0 % til under 100 % (f.eks. 30 % eller 0,3), fikk «100 %»");
    expect(les(-0.1, TALLKRAV.justering)).toMatch(/fra 0 % til under 100 %/);
  });

  test("feltmeldingen er en hel setning i rutens ord", () => {
    const svar = lesTall("førti", TALLKRAV.belop);
    expect(svar.type === "feil" && svar.felt).toBe("Skriv et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «førti».");
    const tvetydig = lesTall("1.000", TALLKRAV.belop);
    expect(tvetydig.type === "feil" && tvetydig.felt).toMatch(/^Er tvetydig, fikk «1.000»/);
  });
});

describe("lesProsentfelt: prosentfeltet ved glidebryteren", () => {
  const felt = (v: unknown) => {
    const s = lesProsentfelt(v, { min: 0, maks: 95 });
    return s.type === "tall" ? s.verdi.toFixed() : s.type === "tom" ? "tom" : `feil: ${s.felt}`;
  };
  test("30, 30 % og 27,5 % er prosent", () => {
    expect(felt("30")).toBe("0.3");
    expect(felt("30 %")).toBe("0.3");
    expect(felt("27,5 %")).toBe("0.275");
    expect(felt("0")).toBe("0");
    expect(felt("0,5 %")).toBe("0.005");
    expect(felt("95")).toBe("0.95");
  });
  test("0,3 uten prosenttegn er tvetydig; grensene er glidebryterens; tomt er tomt", () => {
    expect(felt("0,3")).toBe("feil: Er tvetydig, fikk «0,3»: det kan bety 0,3 % eller 30 % (skrevet som andel). Skriv 30 % eller 0,3 %.");
    expect(felt("96")).toBe("feil: Skriv en prosent fra 0 % til 95 %, fikk «96».");
    expect(felt("-5 %")).toBe("feil: Skriv en prosent fra 0 % til 95 %, fikk «-5 %».");
    expect(felt("mye")).toBe("feil: Skriv en prosent (fra 0 % til 95 %, f.eks. 30 %), fikk «mye».");
    expect(felt("")).toBe("tom");
    // Med grensene −10 %–20 % kan «0,5» bare bety 0,5 % (50 % er utenfor): ingen tvetydighet.
    const budsjett = (v: string) => {
      const s = lesProsentfelt(v, { min: -10, maks: 20 });
      return s.type === "tall" ? s.verdi.toFixed() : s.type === "tom" ? "tom" : `feil: ${s.felt}`;
    };
    expect(budsjett("0,5")).toBe("0.005");
    expect(budsjett("0,1")).toBe("feil: Er tvetydig, fikk «0,1»: det kan bety 0,1 % eller 10 % (skrevet som andel). Skriv 10 % eller 0,1 %.");
    expect(budsjett("25")).toBe("feil: Skriv en prosent fra −10 % til 20 %, fikk «25».");
  });
});
