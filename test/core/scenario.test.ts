/**
 * Scenariofilen i kjernen: tolkScenario leser det kommandolinjen og oppgaveruten leser, skrivScenario skriver det
 * samme oppsettet tilbake (tegn for tegn for eksempelfilen), og kundegrunnlaget sier hvor innbyggertallet kommer fra.
 */
import { readFileSync } from "node:fs";
import {
  Decimal, ORGANISASJONER, PrisFeil, innbyggerkildetekst, scenariobudsjett, skrivScenario, tolkScenario,
} from "../../src/core";

const EKSEMPEL = readFileSync("docs/eksempel-scenario.json", "utf8");
const BUDSJETTEKSEMPEL = readFileSync("docs/eksempel-budsjett.json", "utf8");

describe("tolkScenario", () => {
  test("eksempelscenariet for Bodø: SSBs tall for 2024, tjenestene slik de står", () => {
    const s = tolkScenario(EKSEMPEL, "eksempel.json");
    expect(s.kunde.organisasjon?.nummer).toBe("1804");
    expect(s.kunde.innbyggere).toBe(53712);
    expect(s.kunde.kilde).toEqual({ type: "ssb", ar: 2024 });
    expect(innbyggerkildetekst(s.kunde.kilde)).toBe("SSB tabell 07459, 1. januar 2024");
    expect(s.tjenester.map((t) => t.tjeneste)).toEqual(["Fiks Digisos", "SvarUt", "Min Kommune"]);
    expect(s.vurder).toEqual([{ tjeneste: "Digitalt ledsagerbevis" }]);
    expect(s.budsjett).toBeUndefined();
    expect(scenariobudsjett(s, "eksempel.json")).toBeNull();
  });

  test("et skrevet innbyggertall for en organisasjon er overstyrt, aldri SSBs; likt SSBs tall er SSBs", () => {
    const s = tolkScenario('{"organisasjon":"Bodø","ar":2024,"innbyggere":60000,"tjenester":[]}', "f.json");
    expect(s.kunde.innbyggere).toBe(60000);
    expect(s.kunde.kilde).toEqual({ type: "overstyrt", ar: 2024, ssb: 53712 });
    expect(innbyggerkildetekst(s.kunde.kilde)).toBe("Overstyrt av brukeren (SSB 1. januar 2024: 53 712)");
    const lik = tolkScenario('{"organisasjon":"Bodø","innbyggere":53712}', "f.json");
    expect(lik.kunde.kilde).toEqual({ type: "ssb", ar: 2024 });
  });

  test("en kunde uten organisasjon: oppgitt kundetype og innbyggertall", () => {
    const s = tolkScenario('{"innbyggere":"1 234","kundetype":"statlig virksomhet"}', "f.json");
    expect(s.kunde).toEqual({ organisasjon: null, kundetype: "STATLIG_VIRKSOMHET", innbyggere: 1234, kilde: { type: "oppgitt" } });
    expect(innbyggerkildetekst(s.kunde.kilde)).toBe("Oppgitt av brukeren");
  });

  test("feilene nevner filen og feltet (de samme som «fikspris kalkulator»)", () => {
    const feil = (tekst: string) => {
      try {
        tolkScenario(tekst, "bodo.json");
      } catch (e) {
        expect(e).toBeInstanceOf(PrisFeil);
        return (e as Error).message;
      }
      throw new Error("ventet en feil");
    };
    // «}» er tegn 14 på linje 2: to mellomrom, «"ar": 2024,» (11 tegn), så «}».
    expect(feil('{"organisasjon": "Bodø",\n  "ar": 2024,}')).toBe("Scenariofilen «bodo.json»: ikke gyldig JSON (feil ved linje 2, tegn 14).");
    expect(feil('{"organisajon": "Bodø"}')).toBe(
      "Scenariofilen «bodo.json»: ukjent felt «organisajon» i scenariet. Gyldige felt: organisasjon, ar, innbyggere, kundetype, tjenester, vurder, budsjett.",
    );
    expect(feil('{"organisasjon": "Bodø", "tjenester": [{"tjeneste": "Digisos", "eksisterende": "41 000"}]}'))
      .toBe('Scenariofilen «bodo.json»: «eksisterende» i tjenester[0] (Digisos) må være et tall, fikk "41 000".');
    const s = tolkScenario('{"organisasjon": "Bodø", "budsjett": {"ar": 4}}', "bodo.json");
    expect(() => scenariobudsjett(s, "bodo.json")).toThrow('Scenariofilen «bodo.json»: budsjett.fra mangler: oppgi planens første år, f.eks. "fra": 2026.');
  });
});

describe("skrivScenario", () => {
  test("eksempelscenariet skrives tilbake tegn for tegn", () => {
    const s = tolkScenario(EKSEMPEL, "eksempel.json");
    expect(skrivScenario({ ...s, budsjett: null })).toBe(EKSEMPEL);
  });

  test("med budsjett: eksempelfilens oppsett (JSON skriver 1.0 som 1), og det leses tilbake til det samme", () => {
    const s = tolkScenario(BUDSJETTEKSEMPEL, "b.json");
    const budsjett = scenariobudsjett(s, "b.json")!;
    const tekst = skrivScenario({ ...s, budsjett });
    expect(tekst).toBe(BUDSJETTEKSEMPEL.replace('"befolkningsvekst": 1.0', '"befolkningsvekst": 1').replace('"prisjustering": 3.0', '"prisjustering": 3'));
    const igjen = tolkScenario(tekst, "b.json");
    expect(scenariobudsjett(igjen, "b.json")).toEqual(budsjett);
  });

  test("overstyrt og oppgitt innbyggertall, og brøkprosent, leses tilbake til det samme", () => {
    const overstyrt = tolkScenario('{"organisasjon":"0301","ar":2025,"innbyggere":700000,"tjenester":["SvarUt"]}', "f.json");
    const tekst = skrivScenario({
      ...overstyrt,
      budsjett: { fra: 2027, ar: 2, befolkningsvekst: new Decimal("0.3"), prisjustering: new Decimal("-1.25"), oppstart: [], digifin: [] },
    });
    expect(tekst).toBe(
      '{\n  "organisasjon": "Oslo - Oslove",\n  "ar": 2025,\n  "innbyggere": 700000,\n  "tjenester": [\n    "SvarUt"\n  ],\n' +
      '  "budsjett": {\n    "fra": 2027, "ar": 2, "befolkningsvekst": 0.3, "prisjustering": -1.25\n  }\n}\n',
    );
    const igjen = tolkScenario(tekst, "f.json");
    expect(igjen.kunde).toEqual(overstyrt.kunde);
    expect(scenariobudsjett(igjen, "f.json")!.befolkningsvekst.toString()).toBe("0.3");
    const oppgitt = tolkScenario('{"innbyggere":0,"kundetype":"FYLKESKOMMUNE"}', "f.json");
    expect(skrivScenario({ ...oppgitt, budsjett: null })).toBe('{\n  "ar": 2024,\n  "innbyggere": 0,\n  "kundetype": "FYLKESKOMMUNE",\n  "tjenester": []\n}\n');
    expect(tolkScenario(skrivScenario({ ...oppgitt, budsjett: null }), "f.json").kunde).toEqual(oppgitt.kunde);
  });

  test("hver av de 371 organisasjonene finnes igjen (navnet når det er entydig, ellers nummeret)", () => {
    for (const org of ORGANISASJONER) {
      const s = tolkScenario(JSON.stringify({ organisasjon: org.nummer }), "f.json");
      expect(tolkScenario(skrivScenario({ ...s, budsjett: null }), "f.json").kunde.organisasjon).toBe(org);
    }
  });
});
