/** Budsjettseksjonen i scenariofilen: standardverdier, grenser og norske feilmeldinger som nevner feltet. */
import { Decimal, tolkBudsjett } from "../../src/core";

describe("tolkBudsjett: gyldige seksjoner", () => {
  test("eksempelseksjonen (som i docs/eksempel-budsjett.json) tolkes felt for felt", () => {
    const valg = tolkBudsjett({
      fra: 2026, ar: 4, befolkningsvekst: 1.0, prisjustering: 3.0,
      oppstart: { "Fiks Digiorden": "2026-K3" },
      digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: false }],
    });
    expect(valg.fra).toBe(2026);
    expect(valg.ar).toBe(4);
    expect(valg.befolkningsvekst.eq(1)).toBe(true);
    expect(valg.prisjustering.eq(3)).toBe(true);
    expect(valg.oppstart).toEqual([{ tjeneste: "Fiks Digiorden", kvartal: { ar: 2026, kvartal: 3 }, felt: 'budsjett.oppstart["Fiks Digiorden"]' }]);
    expect(valg.digifin).toEqual([{ losning: "Digihelse", kvartal: { ar: 2026, kvartal: 2 }, medlemskap: false, felt: "budsjett.digifin[0]" }]);
  });

  test("bare «fra» er påkrevd: fire år, ingen vekst eller justering, Digifin i første kvartal", () => {
    const valg = tolkBudsjett({ fra: 2027, digifin: [{ losning: "Digiorden" }] });
    expect(valg).toMatchObject({ fra: 2027, ar: 4, oppstart: [] });
    expect(valg.befolkningsvekst.isZero() && valg.prisjustering.isZero()).toBe(true);
    expect(valg.digifin[0]).toMatchObject({ kvartal: { ar: 2027, kvartal: 1 }, medlemskap: false });
  });

  test("null betyr utelatt; negative satser, fire desimaler og små bokstaver i kvartalet godtas", () => {
    const valg = tolkBudsjett({ fra: 2026, ar: null, befolkningsvekst: -0.5, prisjustering: 2.7525, oppstart: { SvarUt: " 2029 - k4 " } });
    expect(valg.ar).toBe(4);
    expect(valg.befolkningsvekst.toFixed()).toBe("-0.5");
    expect(valg.prisjustering.eq(new Decimal("2.7525"))).toBe(true);
    expect(valg.oppstart[0].kvartal).toEqual({ ar: 2029, kvartal: 4 });
  });

  test("grensene: 1 og 10 år, −10 % og 20 %", () => {
    expect(tolkBudsjett({ fra: 2025, ar: 1 }).ar).toBe(1);
    expect(tolkBudsjett({ fra: 2099, ar: 10, befolkningsvekst: -10, prisjustering: 20 }).ar).toBe(10);
  });
});

describe("tolkBudsjett: feil nevner feltet og hva som var ventet", () => {
  const feil = (verdi: unknown) => () => tolkBudsjett(verdi);

  test("seksjonen og ukjente felt", () => {
    expect(feil([2026])).toThrow('budsjett: forventet et objekt, f.eks. {"fra": 2026, "ar": 4}, fikk [2026].');
    expect(feil({ fra: 2026, år: 4 })).toThrow("budsjett: ukjent felt «år». Gyldige felt: fra, ar, befolkningsvekst, prisjustering, oppstart, digifin.");
    expect(feil({ ar: 4 })).toThrow('budsjett.fra mangler: oppgi planens første år, f.eks. "fra": 2026.');
  });

  test("år: heltall innenfor grensene, som JSON-tall (tekst leses ikke om)", () => {
    expect(feil({ fra: "2026" })).toThrow('budsjett.fra: forventet planens første år, et heltall fra 2025 til 2099 (JSON-tall), fikk teksten "2026".');
    expect(feil({ fra: 2024 })).toThrow(/budsjett\.fra: .* fikk 2024\./);
    expect(feil({ fra: 2026.5 })).toThrow(/budsjett\.fra: .* fikk 2026\.5\./);
    expect(feil({ fra: 2026, ar: 0 })).toThrow("budsjett.ar: forventet antall år i planen, et heltall fra 1 til 10 (JSON-tall), fikk 0.");
    expect(feil({ fra: 2026, ar: 11 })).toThrow(/budsjett\.ar: .* fikk 11\./);
  });

  test("prosentsatser: JSON-tall fra −10 til 20 med høyst fire desimaler", () => {
    expect(feil({ fra: 2026, befolkningsvekst: "1,0" }))
      .toThrow('budsjett.befolkningsvekst: forventet prosent per år som JSON-tall fra -10 til 20 (f.eks. 2.5 for 2,5 %), fikk teksten "1,0".');
    // 100 i stedet for 1,0: en typisk skrivefeil
    expect(feil({ fra: 2026, prisjustering: 100 })).toThrow(/budsjett\.prisjustering: .* fikk 100\./);
    expect(feil({ fra: 2026, prisjustering: -10.5 })).toThrow(/budsjett\.prisjustering: .* fikk -10\.5\./);
    expect(feil({ fra: 2026, prisjustering: 0.1 + 0.2 })).toThrow("budsjett.prisjustering: høyst 4 desimaler (f.eks. 2.75), fikk 0.30000000000000004.");
  });

  test("oppstart: et objekt med kvartal innenfor planens år", () => {
    expect(feil({ fra: 2026, oppstart: ["Fiks Digiorden"] }))
      .toThrow('budsjett.oppstart: forventet et objekt med tjenestenavn og kvartal, f.eks. {"Fiks Digiorden": "2026-K3"}, fikk ["Fiks Digiorden"].');
    expect(feil({ fra: 2026, oppstart: { "Fiks Digiorden": "2026-Q3" } }))
      .toThrow('budsjett.oppstart["Fiks Digiorden"]: forventet et kvartal "ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planens år, fra "2026-K1" til "2029-K4", fikk teksten "2026-Q3".');
    expect(feil({ fra: 2026, oppstart: { "Fiks Digiorden": "2030-K1" } })).toThrow(/fra "2026-K1" til "2029-K4", fikk teksten "2030-K1" \(etter planens siste år\)\./);
    expect(feil({ fra: 2026, ar: 2, oppstart: { "Fiks Digiorden": "2025-K4" } })).toThrow(/til "2027-K4", fikk teksten "2025-K4" \(før planens første år\)\./);
    expect(feil({ fra: 2026, oppstart: { "Fiks Digiorden": "2026-K5" } })).toThrow(/budsjett\.oppstart\["Fiks Digiorden"\]: .* fikk teksten "2026-K5"\./);
    expect(feil({ fra: 2026, oppstart: { "Fiks Digiorden": 3 } })).toThrow(/budsjett\.oppstart\["Fiks Digiorden"\]: .* fikk 3\./);
  });

  test("digifin: en liste av objekter med løsning, kvartal og medlemskap", () => {
    expect(feil({ fra: 2026, digifin: { losning: "Digihelse" } })).toThrow(/^budsjett\.digifin: forventet en liste, f\.eks\. \[/);
    expect(feil({ fra: 2026, digifin: ["Digihelse"] })).toThrow(/^budsjett\.digifin\[0\]: forventet et objekt med «losning»/);
    expect(feil({ fra: 2026, digifin: [{ losning: "Digihelse", kvartl: "2026-K2" }] }))
      .toThrow("budsjett.digifin[0]: ukjent felt «kvartl». Gyldige felt: losning, kvartal, medlemskap.");
    expect(feil({ fra: 2026, digifin: [{ kvartal: "2026-K2" }] }))
      .toThrow('budsjett.digifin[0].losning mangler: oppgi Digifin-løsningen, f.eks. "losning": "Digihelse".');
    expect(feil({ fra: 2026, digifin: [{ losning: 7 }] }))
      .toThrow('budsjett.digifin[0].losning: forventet navnet på en Digifin-løsning, f.eks. "Digihelse", fikk 7.');
    expect(feil({ fra: 2026, digifin: [{ losning: "Digihelse", medlemskap: "ja" }] }))
      .toThrow('budsjett.digifin[0].medlemskap: forventet true eller false, fikk teksten "ja".');
    expect(feil({ fra: 2026, digifin: [{ losning: "Digihelse", kvartal: "2031-K1" }] })).toThrow(/^budsjett\.digifin\[0\]\.kvartal: forventet et kvartal/);
  });

  test("medlemskapet i Digifin betales én gang", () => {
    expect(feil({ fra: 2026, digifin: [{ losning: "Digihelse", medlemskap: true }, { losning: "Digiorden", medlemskap: true }] }))
      .toThrow("budsjett.digifin[1].medlemskap: medlemskapet i Digifin betales én gang; det er allerede tatt med i budsjett.digifin[0].");
  });
});
