import { KS } from "../../src/functions/functions";
import { Innholdsbuffer } from "../../src/functions/hurtigbuffer";
import { excelfeil, installerCustomFunctions, rundAv } from "./oppsett";

beforeAll(() => installerCustomFunctions());

// Pris = fastpris + innbyggerpris · P · (1 − a · P / Pref), regnet her med vanlige flyttall (ingen verdi nær ,5).
const pris = (f: number, r: number, a: number, p: number, pref: number) => f + r * p * (1 - (a * p) / pref);

describe("KS.FIKSPRIS", () => {
  test("Fiks Digisos for Eigersund (15 221 innbyggere) med standardverdier", () => {
    // 3000 + 0,636 · 15221 · (1 − 0,3 · 15221 / 717710) = 3000 + 9680,556 · 0,993638 ≈ 12 618,97 → 12 619
    expect(KS.FIKSPRIS("Fiks Digisos", 15221, null, null, null)).toBe(12619);
    expect(rundAv(pris(3000, 0.636, 0.3, 15221, 717710))).toBe(12619);
  });

  test("Grunnfinansiering for Bodø, to desimaler", () => {
    // 16500 + 6,345 · 53712 · (1 − 0,1 · 53712 / 717710) = 354 751,95…
    const forventet = Math.round(pris(16500, 6.345, 0.1, 53712, 717710) * 100) / 100;
    expect(KS.FIKSPRIS("Grunnfinansiering", 53712, "kommune", null, 2)).toBe(forventet);
  });

  test("fylkeskommune og statlig fastpris", () => {
    // Fiks Folkeregister, Vestland: 9000 + 0,21 · 651299 · (1 − 0,3 · 651299 / 728803)
    expect(KS.FIKSPRIS("Folkeregister", 651299, "FYLKESKOMMUNE", null, null)).toBe(rundAv(pris(9000, 0.21, 0.3, 651299, 728803)));
    expect(KS.FIKSPRIS("KS Læring", 5000, "STATLIG_VIRKSOMHET", null, null)).toBe(54000);
  });

  test("tall som tekst og tomme valgfrie argumenter", () => {
    expect(KS.FIKSPRIS("fiks digisos", "15 221", "", null, "")).toBe(12619);
  });

  test("feil: ukjent tjeneste gir #N/A med forslag", () => {
    const feil = excelfeil(() => KS.FIKSPRIS("Fiks Digisoss", 1000, null, null, null));
    expect(feil.code).toBe("#N/A");
    expect(feil.message).toContain("Mente du «Fiks Digisos»?");
  });

  test("feil: negativt, brøk og tekst som innbyggertall gir #VALUE! som nevner argumentet", () => {
    for (const p of [-5, 12.5, "mange", true]) {
      const feil = excelfeil(() => KS.FIKSPRIS("Fiks Digisos", p, null, null, null));
      expect(feil.code).toBe("#VALUE!");
      expect(feil.message).toContain("innbyggere");
    }
  });

  test("feil: ukjent kundetype og tjeneste som ikke tilbys kundetypen", () => {
    expect(excelfeil(() => KS.FIKSPRIS("Fiks Digisos", 1000, "BYDEL", null, null)).message).toContain("Ukjent kundetype «BYDEL»");
    const ikke = excelfeil(() => KS.FIKSPRIS("Fiks Digisos", 1000, "FYLKESKOMMUNE", null, null));
    expect(ikke.code).toBe("#N/A");
    expect(ikke.message).toContain("tilbys ikke");
    expect(excelfeil(() => KS.FIKSPRIS("SvarUt", 1000, null, null, null)).message).toContain("KS.SVARUTPRIS");
    expect(excelfeil(() => KS.FIKSPRIS("Fiks Digisos", 1000, null, null, 11)).message).toContain("desimaler");
  });

  test("prismatrise fra PRISMATRISE(): samme svar; redigert pris gir ny pris; feil celle nevnes", () => {
    const matrise = KS.PRISMATRISE();
    expect(KS.FIKSPRIS("Fiks Digisos", 15221, null, matrise, null)).toBe(12619);
    const redigert = matrise.map((rad: unknown[]) => rad.slice());
    const digisos = redigert.findIndex((rad: unknown[]) => rad[0] === "Fiks Digisos");
    redigert[digisos][1] = 4000; // fastpris 3000 → 4000
    expect(KS.FIKSPRIS("Fiks Digisos", 15221, null, redigert, null)).toBe(13619);
    redigert[digisos][2] = "mye";
    const feil = excelfeil(() => KS.FIKSPRIS("Fiks Digisos", 15221, null, redigert, null));
    expect(feil.code).toBe("#VALUE!");
    expect(feil.message).toContain(`Celle C${digisos + 1}`);
    expect(feil.message).toContain("prismatrise");
  });
});

describe("KS.SVARUTPRIS og KS.SVARUTPRISER", () => {
  test("kommune og statlig", () => {
    // 3000 + 1000 · 1,05 + 2000 · 0,5 + 300 · 1,1 = 3000 + 1050 + 1000 + 330
    expect(KS.SVARUTPRIS(1000, 2000, 300, null, null, null)).toBe(5380);
    // 3000 + 1000 · 1,05 + 2000 · 1,3 + 300 · 1,2 = 3000 + 1050 + 2600 + 360
    expect(KS.SVARUTPRIS(1000, 2000, 300, "STATLIG_VIRKSOMHET", null, null)).toBe(7010);
    expect(KS.SVARUTPRIS(null, "", 0, null, null, null)).toBe(3000);
  });

  test("tabellen fra SVARUTPRISER() godtas og kan redigeres", () => {
    const tabell = KS.SVARUTPRISER();
    expect(tabell[0]).toEqual(["Kundetype", "Fastpris", "Altinn-transaksjoner", "Forsendelser", "SvarInn"]);
    expect(KS.SVARUTPRIS(1000, 2000, 300, null, tabell, null)).toBe(5380);
    const redigert = tabell.map((rad: unknown[]) => rad.slice());
    redigert[1][1] = 5000;
    expect(KS.SVARUTPRIS(1000, 2000, 300, null, redigert, null)).toBe(7380);
  });

  test("feil: negativt volum og kundetype uten pris", () => {
    expect(excelfeil(() => KS.SVARUTPRIS(-1, 0, 0, null, null, null)).message).toContain("altinn");
    const bare = KS.SVARUTPRISER().slice(0, 2);
    expect(excelfeil(() => KS.SVARUTPRIS(1, 1, 1, "PRIVAT_VIRKSOMHET", bare, null)).code).toBe("#N/A");
  });
});

describe("KS.DIGIFINAVGIFT og KS.DIGIFINTABELL", () => {
  test("trinnkanten 5 000 og medlemskap", () => {
    expect(KS.DIGIFINAVGIFT(4999, null, null, null, null)).toBe(25000 + 4 * 4999);
    expect(KS.DIGIFINAVGIFT(5000, "Digihelse", null, false, null)).toBe(40000 + 4 * 5000);
    expect(KS.DIGIFINAVGIFT(5000, null, null, true, null)).toBe(40000 + 4 * 5000 + 20 * 5000);
    expect(KS.DIGIFINAVGIFT(100000, null, "FYLKESKOMMUNE", "SANN", null)).toBe(40000 + 4 * 100000 + 5 * 100000);
    expect(KS.DIGIFINAVGIFT(10001, "Fiks Digiorden", null, null, null)).toBe(60000);
  });

  test("tabellen fra DIGIFINTABELL() godtas; feil gir norske meldinger", () => {
    const tabell = KS.DIGIFINTABELL();
    expect(KS.DIGIFINAVGIFT(4999, null, null, null, tabell)).toBe(44996);
    expect(excelfeil(() => KS.DIGIFINAVGIFT(1000, null, "STATLIG_VIRKSOMHET", null, null)).code).toBe("#N/A");
    expect(excelfeil(() => KS.DIGIFINAVGIFT(1000, "Digifinans", null, null, null)).message).toContain("Ukjent Digifin-løsning");
    expect(excelfeil(() => KS.DIGIFINAVGIFT(1000, null, null, "kanskje", null)).message).toContain("medlemskap");
  });
});

describe("KS.STØRRELSESJUSTERING, KS.INNBYGGERE, KS.PRISENDRING", () => {
  test("faktoren 1 − a·P/Pref", () => {
    expect(KS.STORRELSESJUSTERING(15221, 0.3, null)).toBeCloseTo(1 - (0.3 * 15221) / 717710, 14);
    expect(KS.STORRELSESJUSTERING(1000, "30 %", 10000)).toBeCloseTo(0.97, 14);
    expect(excelfeil(() => KS.STORRELSESJUSTERING(1000, 1, null)).message).toContain("justering");
    expect(excelfeil(() => KS.STORRELSESJUSTERING(1000, 0.3, -5)).message).toContain("referanse");
    expect(excelfeil(() => KS.STORRELSESJUSTERING(10000, 0.9, 5000)).message).toContain("faktor ≤ 0");
  });

  test("innbyggertall fra SSB", () => {
    expect(KS.INNBYGGERE("Bodø", null)).toBe(53712);
    expect(KS.INNBYGGERE(1804, 2025)).toBe(53725);
    expect(KS.INNBYGGERE("Lillestrøm", 2026)).toBe(96771);
    expect(KS.INNBYGGERE("Vestland", null)).toBe(651299);
    expect(excelfeil(() => KS.INNBYGGERE("Bodøø", null)).message).toContain("Mente du «Bodø»?");
    expect(excelfeil(() => KS.INNBYGGERE("Bodø", 2019)).message).toContain("2024, 2025 eller 2026");
  });

  test("prisendring som andel; #N/A når en side mangler", () => {
    expect(KS.PRISENDRING(100, 65)).toBeCloseTo(-0.35, 15);
    expect(KS.PRISENDRING("12 000", "15 000")).toBeCloseTo(0.25, 15);
    for (const [a, b] of [[null, 5], [5, ""], ["na.", 5]]) {
      const feil = excelfeil(() => KS.PRISENDRING(a, b));
      expect(feil.code).toBe("#N/A");
      expect(feil.message).toContain("mangler");
    }
    expect(excelfeil(() => KS.PRISENDRING(0, 5)).code).toBe("#N/A");
    expect(excelfeil(() => KS.PRISENDRING("mye", 5)).code).toBe("#VALUE!");
    // En negativ pris er ugyldige inndata, ikke et tall å regne en endring fra.
    const negativ = excelfeil(() => KS.PRISENDRING(-100, 50));
    expect(negativ.code).toBe("#VALUE!");
    expect(negativ.message).toBe("Argumentet «eksisterende» kan ikke være negativt, fikk −100.");
  });
});

describe("KS.FIKSTOTAL, KS.TJENESTER, KS.PRISMATRISE", () => {
  test("sum av avrundede linjer; tomme celler hoppes over", () => {
    const digisos = rundAv(pris(3000, 0.636, 0.3, 15221, 717710));
    const grunn = rundAv(pris(16500, 6.345, 0.1, 15221, 717710));
    expect(KS.FIKSTOTAL([["Fiks Digisos", null], ["", "Grunnfinansiering"]], 15221, null, null)).toBe(digisos + grunn);
  });

  test("feil i én tjeneste nevner cellen; dobbel tjeneste er feil", () => {
    const feil = excelfeil(() => KS.FIKSTOTAL([["Fiks Digisos"], ["Fiks Digsos"]], 1000, null, null));
    expect(feil.message).toContain("celle A2");
    expect(excelfeil(() => KS.FIKSTOTAL([["Fiks Digisos"], ["digisos"]], 1000, null, null)).message).toContain("to ganger");
    expect(excelfeil(() => KS.FIKSTOTAL([[null]], 1000, null, null)).message).toContain("tom");
  });

  test("TJENESTER og PRISMATRISE spres i oppsettet argumentene godtar", () => {
    const navn = KS.TJENESTER(null);
    expect(navn[0]).toEqual(["Grunnfinansiering"]);
    expect(navn).toContainEqual(["Fiks Digisos"]);
    expect(navn.every((rad: unknown[]) => rad.length === 1)).toBe(true);
    const matrise = KS.PRISMATRISE();
    expect(matrise[0][0]).toBe("Tjeneste");
    expect(matrise[matrise.length - 1]).toEqual(["Referanseinnbyggertall", "", 717710, "", "", 728803, "", ""]);
    expect(KS.TJENESTER(matrise)).toEqual(navn);
    // Alle tjenester for en kommune, summert med FIKSTOTAL over TJENESTER(): lik summen av FIKSPRIS per tjeneste.
    const sum = navn.reduce((s: number, [t]: string[]) => s + KS.FIKSPRIS(t, 1000, null, null, null), 0);
    expect(KS.FIKSTOTAL(navn, 1000, null, null)).toBe(sum);
  });
});

describe("innholdsbuffer", () => {
  test("10 000 kall med samme innhold (nye matriser hver gang) tolker én gang; feil bufres også", () => {
    let tolkninger = 0;
    const buffer = new Innholdsbuffer((c: unknown[][]) => {
      tolkninger += 1;
      if (c[0][0] === "feil") throw new Error("dårlig");
      return c.length;
    });
    let sum = 0;
    for (let i = 0; i < 10_000; i++) sum += buffer.hent([["a", 1], [null, NaN]]);
    expect(sum).toBe(20_000);
    expect(tolkninger).toBe(1);
    expect(buffer.hent([["a", 1], ["", NaN]])).toBe(2); // "" ≠ null: ny tolkning
    expect(tolkninger).toBe(2);
    expect(() => buffer.hent([["feil"]])).toThrow("dårlig");
    expect(() => buffer.hent([["feil"]])).toThrow("dårlig");
    expect(tolkninger).toBe(3);
  });
});

describe("KS.SELVKOSTPRIS, KS.INNTEKT, KS.EFFEKT", () => {
  // Digisos for kommuner: 3000 + r · P · (1 − 0,3 · P / 717710).
  const grunnlag = (p: number) => p * (1 - (0.3 * p) / 717710);

  test("INNTEKT: sum av avrundede årspriser", () => {
    // 15 221 → 12 619; 215 → 3000 + 0,636 · 215 · 0,99991 ≈ 3 136,73 → 3 137
    expect(KS.INNTEKT("Fiks Digisos", [[15221], [215]], null, null)).toBe(12619 + 3137);
    expect(KS.INNTEKT("Fiks Digisos", [[15221, null], [null, 215]], "KOMMUNE", null)).toBe(12619 + 3137);
    expect(excelfeil(() => KS.INNTEKT("Fiks Digisos", [[null]], null, null)).message).toContain("ingen kunder");
  });

  test("SELVKOSTPRIS: r = (kostnad − antall · fastpris) / Σ P·(1 − a·P/Pref)", () => {
    const r = (20000 - 2 * 3000) / (grunnlag(15221) + grunnlag(215));
    expect(KS.SELVKOSTPRIS("Fiks Digisos", 20000, [[15221], [215]], null, null)).toBeCloseTo(r, 10);
    // Med den kalibrerte prisen i en redigert matrise er fakturert inntekt lik kostnaden innenfor 0,50 kr per kunde.
    const matrise = KS.PRISMATRISE().map((rad: unknown[]) => rad.slice());
    matrise.find((rad: unknown[]) => rad[0] === "Fiks Digisos")![2] = KS.SELVKOSTPRIS("Fiks Digisos", 20000, [[15221], [215]], null, null);
    expect(Math.abs(KS.INNTEKT("Fiks Digisos", [[15221], [215]], null, matrise) - 20000)).toBeLessThanOrEqual(1);
  });

  test("SELVKOSTPRIS med kundetyper: kommunene kalibreres, fylkeskommunen betaler matriseprisen", () => {
    // Folkeregister: kommune 9000 + r·P·(1 − 0,3P/717710); fylkeskommune 9000 + 0,21·P·(1 − 0,3P/728803) (eksakt, uavrundet).
    const fylke = 9000 + 0.21 * 651299 * (1 - (0.3 * 651299) / 728803);
    const r = (500000 - fylke - 9000) / grunnlag(53712);
    expect(KS.SELVKOSTPRIS("Fiks Folkeregister", 500000, [[53712], [651299]], [["KOMMUNE"], ["FYLKESKOMMUNE"]], null)).toBeCloseTo(r, 8);
    expect(excelfeil(() => KS.SELVKOSTPRIS("Fiks Folkeregister", 500000, [[1], [2]], [["KOMMUNE"]].concat([["KOMMUNE"], ["KOMMUNE"]]), null)).message).toContain("samme form");
    expect(excelfeil(() => KS.SELVKOSTPRIS("Fiks Digisos", 1000, [[15221]], null, null)).message).toContain("negativ");
    expect(excelfeil(() => KS.SELVKOSTPRIS("Fiks Digisos", 20000, [[15221]], "FYLKESKOMMUNE", null)).code).toBe("#N/A");
  });

  test("EFFEKT: båndtabell per kundetype med antall og andel", () => {
    const bodo = rundAv(16500 + 6.345 * 53712 * (1 - (0.1 * 53712) / 717710)) + rundAv(3000 + 0.636 * grunnlag(53712));
    const utsira = rundAv(16500 + 6.345 * 215 * (1 - (0.1 * 215) / 717710)) + rundAv(3000 + 0.636 * grunnlag(215));
    // Bodø betaler det samme som i dag (0 % → "Opp til snittet"), Utsira halvparten av i dag (−50 % → "Kostnadsreduksjon").
    const kunder = [["Kunde", "Pris i dag", "Tjenester"], ["Bodø", bodo, "Fiks Digisos"], ["Utsira", 2 * utsira, "Fiks Digisos"]];
    const tabell = KS.EFFEKT(kunder, null, null, null);
    expect(tabell).toEqual([
      ["Bånd", "Endring", "Kommune: antall", "Kommune: andel"],
      ["Kostnadsreduksjon", expect.any(String), 1, 0.5],
      ["Opp til snittet", expect.any(String), 1, 0.5],
      ["Noe over snittet", expect.any(String), 0, 0],
      ["Over snittet", expect.any(String), 0, 0],
      ["Stor økning", expect.any(String), 0, 0],
      // Fast form: «Uten grunnlag» står med også med 0 kunder; andelen er «na.» (kjernens regel, som i ruten og arkene).
      ["Uten grunnlag", "ingen pris i dag (eller 0 kr)", 0, "na."],
      ["Sum", "", 2, 1],
    ]);
    // Etter kroner med egne grenser: −utsira kr og 0 kr med grensene 0 og 1000 → båndene "< 0", "0–1 000", "> 1 000".
    const kroner = KS.EFFEKT(kunder, "kroner", null, "0;1000");
    expect(kroner.slice(1, 4).map((rad: unknown[]) => rad[2])).toEqual([1, 1, 0]);
    expect(excelfeil(() => KS.EFFEKT(kunder, "liter", null, null)).message).toContain("fordeling");
    expect(excelfeil(() => KS.EFFEKT([["Kunde"], ["Bodøø"]], null, null, null)).message).toContain("kunder");
  });
});
