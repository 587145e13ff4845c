/**
 * Rutens scenario og kommandolinjens scenariofil: en fil skrevet for `fikspris` åpnes i ruten og skrives tilbake
 * likt, og en fil med feil gir ruten nøyaktig den feilen `fikspris kalkulator` og `fikspris budsjett` gir (den bygde
 * kommandolinjen kjørt på de samme filene).
 */
import { readFileSync } from "node:fs";
import { STANDARD_PRISMATRISE } from "../../src/core";
import { type Rutescenario, TOMT_SCENARIO, apneScenario, fraHusket, huskTekst, scenariofil } from "../../src/taskpane/scenario/rutescenario";
import { byggCli, lastCli, skrivFil } from "../cli/bygg";

const EKSEMPEL = readFileSync("docs/eksempel-scenario.json", "utf8");
const BUDSJETT = readFileSync("docs/eksempel-budsjett.json", "utf8");

const apne = async (tekst: string, fil = "scenario.json"): Promise<Rutescenario> => ({ ...(await apneScenario(tekst, fil, STANDARD_PRISMATRISE)), aktiv: TOMT_SCENARIO.aktiv });

test("eksempelfilen åpnes med norske tall i feltene og skrives tilbake likt (Min kommune med rutens navn)", async () => {
  const r = await apne(EKSEMPEL);
  expect(r.skjema.organisasjon?.nummer).toBe("1804");
  expect(r.skjema.brukte).toEqual({
    "Fiks Digisos": { valgt: true, eksisterende: "41 000" },
    SvarUt: { valgt: true, eksisterende: "190 000" },
    "Min kommune": { valgt: true, eksisterende: "80 000" },
  });
  expect(r.skjema.volum).toEqual({ altinn: "1 000", forsendelser: "50 000", svarinn: "200" });
  expect(r.skjema.vurder).toEqual({ "Digitalt ledsagerbevis": true });
  expect(scenariofil(r)).toBe(EKSEMPEL.replace('"Min Kommune"', '"Min kommune"'));
});

test("budsjetteksempelet: Budsjett-fanens felt som brukeren ville skrevet dem, og filen tilbake", async () => {
  const r = await apne(BUDSJETT);
  // Eksempelet har befolkningsåret 2026 og planen fra 2027: året etter befolkningsåret er standard, så feltet står urørt.
  expect(r.budsjett).toEqual({
    fra: null, ar: 4, befolkningsvekst: "1", prisjustering: "3",
    oppstart: { "Fiks Digiorden": "2027-K3" },
    digifin: [{ losning: "Digihelse", kvartal: "2027-K2", medlemskap: false }],
  });
  expect(scenariofil(r)).toBe(BUDSJETT.replace('"Min Kommune"', '"Min kommune"').replace("1.0", "1").replace("3.0", "3"));
});

test("et overstyrt innbyggertall og en kunde uten organisasjon går rundt; en prosent mellom 0 og 1 skrives med %-tegn (ellers tvetydig)", async () => {
  const overstyrt = await apne('{"organisasjon": "Bodø", "ar": 2025, "innbyggere": 60000, "budsjett": {"fra": 2026, "befolkningsvekst": 0.3}}');
  expect(overstyrt.skjema).toMatchObject({ modus: "organisasjon", ar: 2025, overstyrInnbyggere: "60 000" });
  // Året etter befolkningsåret 2025 er standard: feltet står urørt.
  expect(overstyrt.budsjett).toMatchObject({ fra: null, befolkningsvekst: "0,3 %" });
  expect(fraHusket(huskTekst(overstyrt))).toEqual(overstyrt);
  const oppgitt = await apne('{"kundetype": "fylkeskommune", "innbyggere": 1234}');
  expect(oppgitt.skjema).toMatchObject({ modus: "manuell", kundetype: "FYLKESKOMMUNE", innbyggere: "1 234", organisasjon: null });
  expect(scenariofil(oppgitt)).toBe('{\n  "ar": 2024,\n  "innbyggere": 1234,\n  "kundetype": "FYLKESKOMMUNE",\n  "tjenester": []\n}\n');
});

describe("feil: de samme som kommandolinjen for de samme filene", () => {
  let bygg: ReturnType<typeof byggCli>;
  let fikspris: ReturnType<typeof lastCli>;
  beforeAll(() => {
    bygg = byggCli();
    fikspris = lastCli(bygg.bin);
  });
  afterAll(() => bygg.rydd());

  // Det siste: et stykke av feilen, skrevet for hånd, så testen ikke går igjennom om begge gir en tom eller feil melding.
  const filer: [string, string, "kalkulator" | "budsjett", string][] = [
    ["syntaks.json", '{"organisasjon": "Bodø",\n  "tjenester": [}', "kalkulator", "syntaks.json»: ikke gyldig JSON"],
    ["felt.json", '{"organisajon": "Bodø"}', "kalkulator", "felt.json»: ukjent felt «organisajon»"],
    ["tjeneste.json", '{"organisasjon": "Bodø", "tjenester": [{"tjeneste": "Fiks Digisoss", "eksisterende": 1}]}', "kalkulator", "Ukjent tjeneste «Fiks Digisoss». Mente du «Fiks Digisos»?"],
    ["kunde.json", '{"organisasjon": "Herøy", "tjenester": []}', "kalkulator", "«Herøy» passer på flere organisasjoner"],
    ["ar.json", '{"organisasjon": "Bodø", "ar": 2023}', "kalkulator", "må være 2024, 2025 eller 2026 (befolkning 1. januar), fikk «2023»"],
    ["tilbys.json", '{"organisasjon": "Nordland", "tjenester": ["Fiks Digisos"]}', "kalkulator", "Fiks Digisos tilbys ikke til kundetypen fylkeskommune"],
    ["vekst.json", '{"organisasjon": "Bodø", "tjenester": ["Fiks Digisos"], "budsjett": {"fra": 2026, "befolkningsvekst": "1,0"}}', "budsjett", "vekst.json»: budsjett.befolkningsvekst: forventet prosent"],
    ["oppstart.json", '{"organisasjon": "Bodø", "tjenester": ["Fiks Digisos"], "budsjett": {"fra": 2026, "oppstart": {"Fiks Smittevern": "2026-K2"}}}', "budsjett", "Fiks Smittevern er ikke med i scenariet"],
  ];
  test.each(filer)("%s", async (navn, innhold, kommando, ventet) => {
    const sti = skrivFil(bygg.mappe, navn, innhold);
    const cli = fikspris(kommando, "--scenario", sti);
    expect(cli.kode).toBe(1);
    expect(cli.feil).toContain(ventet);
    await expect(apneScenario(innhold, sti, STANDARD_PRISMATRISE)).rejects.toThrow(cli.feil.replace(/^Feil: /, "").trimEnd());
  });
});
