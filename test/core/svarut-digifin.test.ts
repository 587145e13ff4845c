/** Modell 2 (SvarUt) og 3 (Digifins prosjektavgift), forventningene regnet for hånd. */
import {
  Decimal, digifinAvgift, MEDLEMSKAPSSATSER, rundHalvOpp, STANDARD_DIGIFIN, STANDARD_SVARUT, svarUtPris, tolkDigifintabell,
  tolkSvarUtTabell, tolkVolum,
} from "../../src/core";

describe("SvarUt: fastpris + transaksjonspris", () => {
  const volum = { altinn: 1000, forsendelser: 50000, svarinn: 200 };

  test("kommuner, fylkeskommuner, IKS og kommunale virksomheter", () => {
    // 3000 + 1000 · 1,05 + 50000 · 0,50 + 200 · 1,10 = 3000 + 1050 + 25000 + 220 = 29 270
    for (const k of ["KOMMUNE", "FYLKESKOMMUNE", "KOMMUNAL_VIRKSOMHET", "KOMMUNAL_VIRKSOMHET_IKS"] as const) {
      expect(svarUtPris(STANDARD_SVARUT, volum, k).toString()).toBe("29270");
    }
  });

  test("statlige og private virksomheter", () => {
    // 3000 + 1000 · 1,05 + 50000 · 1,30 + 200 · 1,20 = 3000 + 1050 + 65000 + 240 = 69 290
    for (const k of ["STATLIG_VIRKSOMHET", "PRIVAT_VIRKSOMHET"] as const) {
      expect(svarUtPris(STANDARD_SVARUT, volum, k).toString()).toBe("69290");
    }
  });

  test("ingen volumer: fastprisen; odde volumer gir øre, avrundet halvt opp", () => {
    expect(svarUtPris(STANDARD_SVARUT, { altinn: 0, forsendelser: 0, svarinn: 0 }, "KOMMUNE").toString()).toBe("3000");
    // 3000 + 1 · 0,50 = 3000,5 → 3001 (halvt opp)
    const pris = svarUtPris(STANDARD_SVARUT, { altinn: 0, forsendelser: 1, svarinn: 0 }, "KOMMUNE");
    expect(pris.toString()).toBe("3000.5");
    expect(rundHalvOpp(pris).toString()).toBe("3001");
  });

  test("volumer må være hele, ikke-negative antall", () => {
    expect(tolkVolum("50 000", "forsendelser")).toBe(50000);
    expect(tolkVolum(undefined, "altinn")).toBe(0);
    expect(() => tolkVolum(-1, "altinn")).toThrow("Argumentet «altinn» kan ikke være negativt, fikk −1.");
    expect(() => tolkVolum(2.5, "svarinn")).toThrow("Argumentet «svarinn» må være et heltall (fra 0 til 100 000 000), fikk 2,5.");
    expect(() => tolkVolum("mange", "svarinn")).toThrow(/må være et antall per år \(heltall fra 0 til 100 000 000, f\.eks\. 12 000\), fikk «mange»/);
    expect(() => tolkVolum("1.000", "forsendelser")).toThrow(/tvetydig.*1 000 \(punktum som tusenskille\) eller 1 \(punktum som desimaltegn\)/);
    expect(() => tolkVolum(100_000_001, "forsendelser")).toThrow(/høyeste tillatte er 100 000 000/);
  });

  test("en tabell uten kundetypen, og tabellkontroll som nevner cellen", () => {
    const tabell = tolkSvarUtTabell([
      ["Kundetype", "Fastpris", "Altinn-transaksjoner", "Forsendelser", "SvarInn"],
      ["KOMMUNE", "3 000", "1,05", "0,5", "1,1"],
    ]);
    expect(() => svarUtPris(tabell, volum, "PRIVAT_VIRKSOMHET")).toThrow(/ingen priser for kundetypen privat virksomhet/);
    expect(() => tolkSvarUtTabell([
      ["Kundetype", "Fastpris", "Altinn-transaksjoner", "Forsendelser", "SvarInn"],
      ["KOMMUNE", "3 000", "mye", "0,5", "1,1"],
    ])).toThrow("Ugyldig SvarUt-tabell: Celle C2: Altinn-transaksjoner må være en pris i kroner (fra 0 til 10 000 kr, f.eks. 0,636), fikk «mye».");
  });
});

describe("Digifin prosjektavgift", () => {
  const avgift = (p: number, losning = "Digihelse", kundetype: "KOMMUNE" | "FYLKESKOMMUNE" = "KOMMUNE", medlem = false) => {
    const a = digifinAvgift(STANDARD_DIGIFIN, MEDLEMSKAPSSATSER, p, losning, kundetype, medlem);
    return { fastledd: a.fastledd.toNumber(), variabelledd: a.variabelledd.toNumber(), medlemskap: a.medlemskap.toNumber(), pris: a.pris.toNumber() };
  };

  test("Digihelse: 25 000 under 5 000 innbyggere, 40 000 fra nøyaktig 5 000", () => {
    // 4 999: 25 000 + 4 · 4 999 = 25 000 + 19 996 = 44 996
    expect(avgift(4999)).toEqual({ fastledd: 25000, variabelledd: 19996, medlemskap: 0, pris: 44996 });
    // nøyaktig 5 000 (beslutning: "under 5 000" er 0–4 999): 40 000 + 4 · 5 000 = 60 000
    expect(avgift(5000)).toEqual({ fastledd: 40000, variabelledd: 20000, medlemskap: 0, pris: 60000 });
    // 0 innbyggere: bare fastleddet
    expect(avgift(0).pris).toBe(25000);
  });

  test("trinnene for Digiorden: 0–4 999, 5 000–10 000, fra 10 001", () => {
    expect(avgift(4999, "Digiorden").pris).toBe(25000);
    expect(avgift(5000, "Digiorden").pris).toBe(40000);
    expect(avgift(10000, "Digiorden").pris).toBe(40000); // nøyaktig 10 000 er fortsatt 40 000
    expect(avgift(10001, "Digiorden").pris).toBe(60000);
    expect(avgift(10001, "fiks digiorden").pris).toBe(60000); // navnet slik det skrives
  });

  test("medlemskap: 20 kr per innbygger for kommuner, 5 kr for fylkeskommuner", () => {
    // 40 000 + 4 · 53 712 + 20 · 53 712 = 40 000 + 214 848 + 1 074 240 = 1 329 088
    expect(avgift(53712, "Digihelse", "KOMMUNE", true)).toEqual({ fastledd: 40000, variabelledd: 214848, medlemskap: 1074240, pris: 1329088 });
    // 40 000 + 4 · 651 299 + 5 · 651 299 = 40 000 + 2 605 196 + 3 256 495 = 5 901 691
    expect(avgift(651299, "Digihelse", "FYLKESKOMMUNE", true).pris).toBe(5901691);
  });

  test("feil: ukjent løsning, andre kundetyper", () => {
    expect(() => avgift(100, "Digitull")).toThrow("Ukjent Digifin-løsning «Digitull». Gyldige: Digihelse, Digiorden.");
    expect(() => digifinAvgift(STANDARD_DIGIFIN, MEDLEMSKAPSSATSER, 100, "Digihelse", "STATLIG_VIRKSOMHET", false)).toThrow(/kommuner og fylkeskommuner/);
  });

  test("kontroll av trinntabellen: hull og overlapp, med celleadresser", () => {
    const hode = ["Løsning", "Fra og med innbyggere", "Til og med innbyggere", "Fastledd", "Variabelledd per innbygger"];
    expect(() => tolkDigifintabell([hode, ["X", 0, 100, 1, 0], ["X", 200, "", 2, 0]])).toThrow(/skulle startet på 101/);
    expect(() => tolkDigifintabell([hode, ["X", 0, "", "mye", 0]])).toThrow("Ugyldig Digifin-tabell: Celle D2: Fastledd må være et beløp i kroner (fra 0 til 100 000 000 kr, f.eks. 41 000), fikk «mye».");
    const ok = tolkDigifintabell([hode, ["X", 0, 99, "1 000 kr", "2,5"], ["X", 100, "", 2000, 0]]);
    expect(digifinAvgift(ok, { KOMMUNE: new Decimal(0) }, 99, "X", "KOMMUNE", false).pris.toString()).toBe("1247.5"); // 1000 + 2,5 · 99
  });
});
