/**
 * Modell 1: fastpris + innbyggerpris · P · (1 − a · P / Pref). Hver forventning er regnet for hånd her
 * (eksakte brøker i kommentarene), aldri kopiert fra koden som testes.
 */
import { Decimal, fiksPris, PrisFeil, STANDARD_PRISMATRISE, storrelsesjustering, tjenestepris, finnMatrisetjeneste } from "../../src/core";

const m = STANDARD_PRISMATRISE;
const pris = (tjeneste: string, p: number, kundetype: Parameters<typeof fiksPris>[3] = "KOMMUNE", d = 0) =>
  fiksPris(m, tjeneste, p, kundetype, d).toString();

describe("modell 1 for kommuner (Pref 717 710, befolkning 1.1.2024)", () => {
  test("Fiks Digisos for Bodø (53 712)", () => {
    // 3000 + 0,636 · 53712 · (1 − 0,3 · 53712/717710)
    // 0,3 · 53712 / 717710 = 16113,6/717710 = 0,022451...; 1 − det = 0,977548...
    // 0,636 · 53712 = 34160,832; 34160,832 · 0,977548... = 33393,873...; + 3000 = 36393,873... → 36 394
    expect(pris("Fiks Digisos", 53712)).toBe("36394");
    // Uavrundet er det eksakte brøktallet 8162577110064 / 224284375 = 36393,87322484681...
    expect(tjenestepris(m, finnMatrisetjeneste(m, "Fiks Digisos"), 53712, "KOMMUNE").toFixed(10)).toBe("36393.8732248468");
    expect(pris("Fiks Digisos", 53712, "KOMMUNE", 2)).toBe("36393.87");
  });

  test("grunnfinansiering for Bodø: 16 500 + 6,345 · P · (1 − 0,1 · P/Pref)", () => {
    // 6,345 · 53712 = 340802,64; 1 − 5371,2/717710 = 0,992516...; produktet 338249,14...; + 16500 = 354752,14 → 354 752
    expect(pris("Grunnfinansiering", 53712)).toBe("354752");
  });

  test("grunnfinansiering for Oslo treffer et midtpunkt ved 2 desimaler og rundes halvt opp", () => {
    // P = Pref: 16500 + 6,345 · 717710 · 0,9 = 16500 + 4098482,955 = 4114982,955 nøyaktig
    expect(pris("Grunnfinansiering", 717710, "KOMMUNE", 3)).toBe("4114982.955");
    expect(pris("Grunnfinansiering", 717710, "KOMMUNE", 2)).toBe("4114982.96"); // ,955 → ,96 (halvt opp)
    expect(pris("Grunnfinansiering", 717710)).toBe("4114983");
  });

  test("Digitalt ledsagerbevis for Bodø og Digisos for 0 innbyggere", () => {
    // 3000 + 1,2 · 53712 · (1 − 16113,6/717710) = 3000 + 64454,4 · 0,977548... = 66007,31 → 66 007
    expect(pris("Digitalt ledsagerbevis", 53712)).toBe("66007");
    // P = 0: bare fastprisen
    expect(pris("Fiks Digisos", 0)).toBe("3000");
  });

  test("Fiks Melding har bare fastpris (innbyggerpris 0)", () => {
    expect(pris("Fiks Melding", 1)).toBe("9000");
    expect(pris("Fiks Melding", 700000)).toBe("9000");
  });
});

describe("modell 1 for fylkeskommuner (Pref 728 803 = Akershus 2024)", () => {
  test("grunnfinansiering for Vestland (651 299)", () => {
    // 150000 + 1,05 · 651299 · (1 − 0,6 · 651299/728803)
    // = 150000 + 683863,95 · (1 − 390779,4/728803) = 150000 + 683863,95 · 0,463805... = 467180,57 → 467 181
    expect(pris("Grunnfinansiering", 651299, "FYLKESKOMMUNE")).toBe("467181");
  });

  test("grunnfinansiering ved Pref: Akershus betaler mindre enn Vestland (a = 60 % > 50 %)", () => {
    // 150000 + 1,05 · 728803 · 0,4 = 150000 + 306097,26 = 456097,26 → 456 097 (< 467 181 for Vestland)
    expect(pris("Grunnfinansiering", 728803, "FYLKESKOMMUNE")).toBe("456097");
  });

  test("KS Læring for Vestland bruker fylkeskommunesatsen", () => {
    // 18000 + 0,39 · 651299 · (1 − 0,3 · 651299/728803) = 18000 + 254006,61 · 0,731907... = 203908,27 → 203 908
    expect(pris("KS Læring", 651299, "FYLKESKOMMUNE")).toBe("203908");
  });
});

describe("statlige virksomheter og tjenester som ikke tilbys", () => {
  test("fastpris uansett innbyggertall", () => {
    expect(pris("KS Læring", 0, "STATLIG_VIRKSOMHET")).toBe("54000");
    expect(pris("Fiks Protokoller", 5_000_000, "STATLIG_VIRKSOMHET")).toBe("60000");
  });

  test("tilbys ikke: feilen nevner tjenesten og kundetypen", () => {
    expect(() => pris("Fiks Digisos", 1000, "FYLKESKOMMUNE")).toThrow(
      "Fiks Digisos tilbys ikke til kundetypen fylkeskommune (FYLKESKOMMUNE) i prismatrisen.",
    );
    expect(() => pris("Fiks Digisos", 1000, "STATLIG_VIRKSOMHET")).toThrow(/tilbys ikke.*STATLIG_VIRKSOMHET/);
    expect(() => pris("KS Læring", 1000, "PRIVAT_VIRKSOMHET")).toThrow(/tilbys ikke.*PRIVAT_VIRKSOMHET/);
    expect(() => pris("Fiks Folkeregister", 1000, "KOMMUNAL_VIRKSOMHET_IKS")).toThrow(/tilbys ikke/);
  });

  test("grunnfinansiering for statlige har ingen standardpris", () => {
    expect(() => pris("Grunnfinansiering", 1000, "STATLIG_VIRKSOMHET")).toThrow(/ingen standardpris/);
  });

  test("feilene er typede: tilbys ikke → ikke_funnet", () => {
    try {
      pris("Fiks Digisos", 1000, "FYLKESKOMMUNE");
      throw new Error("skulle feilet");
    } catch (e) {
      expect(e).toBeInstanceOf(PrisFeil);
      expect((e as PrisFeil).type).toBe("ikke_funnet");
    }
  });

  test("SvarUt og Min kommune er ikke tjenester i modell 1", () => {
    expect(() => pris("SvarUt", 1000)).toThrow(/transaksjoner/);
    expect(() => pris("Min kommune", 1000)).toThrow(/grunnfinansieringen/);
  });
});

describe("størrelsesfaktoren", () => {
  test("1 − a·P/Pref eksakt", () => {
    // 1 − 0,3 · 100/1000 = 0,97
    expect(storrelsesjustering(100, new Decimal("0.3"), 1000).toString()).toBe("0.97");
  });

  test("a·P/Pref ≥ 1 er en feil, aldri en negativ pris", () => {
    // 0,3 · P / 717710 ≥ 1 ⇔ P ≥ 2 392 366,67: 2 392 367 innbyggere gir en faktor < 0
    expect(() => pris("Fiks Digisos", 2_392_367)).toThrow(/faktor ≤ 0/);
    // like under: faktor = 1 − 717709,8/717710 = 0,2/717710 > 0, formelen gjelder fortsatt over Pref:
    // 0,636 · 2392366 · 0,2/717710 = 304308,9552/717710 = 0,42400... → 3000,42
    expect(pris("Fiks Digisos", 2_392_366, "KOMMUNE", 2)).toBe("3000.42");
    expect(() => storrelsesjustering(10, new Decimal("0.5"), 5)).toThrow(/faktor ≤ 0/);
    expect(() => storrelsesjustering(10, new Decimal("0.5"), 0)).toThrow(/større enn 0/);
  });
});
