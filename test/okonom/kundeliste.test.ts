import fc from "fast-check";
import eksempelCsv from "../../data/eksempel-kunder.csv";
import { alleKunder, csvTilCeller, kunderFra, TabellFeil, tolkKundeliste } from "../../src/core";

function problemer(celler: unknown[][]): { celle: string; melding: string }[] {
  try {
    tolkKundeliste(celler);
  } catch (feil) {
    if (feil instanceof TabellFeil) return feil.problemer;
    throw feil;
  }
  throw new Error("forventet TabellFeil");
}

const HODE = ["Kunde", "Kundetype", "Innbyggere", "Pris i dag", "Tjenester"];

describe("kundetabellen", () => {
  test("eksempelfilen: navn og nummer slås opp i SSB-dataene (2024)", () => {
    const kunder = tolkKundeliste(csvTilCeller(eksempelCsv));
    expect(kunder).toHaveLength(10);
    const [utsira, bergen, tromso] = kunder;
    expect([utsira.navn, utsira.nummer, utsira.kundetype, utsira.innbyggere, utsira.ar]).toEqual(["Utsira", "1151", "KOMMUNE", 215, 2024]);
    expect(utsira.prisIDag?.toNumber()).toBe(15_091);
    expect(utsira.tjenester).toEqual({ type: "liste", navn: ["Fiks Digisos", "Fiks Folkeregister"] });
    expect(bergen.tjenester).toEqual({ type: "alle" });
    expect([tromso.navn, tromso.innbyggere]).toEqual(["Tromsø", 78_745]);
    expect(tromso.svarut).toEqual({ altinn: 1_000, forsendelser: 20_000, svarinn: 500 });
    const nykommune = kunder[3];
    expect([nykommune.nummer, nykommune.innbyggere, nykommune.ar, nykommune.prisIDag]).toEqual([null, 5_000, null, null]);
    expect(kunder[5].tjenester).toEqual({ type: "liste", navn: ["KS Læring", "Fiks Protokoller"] });
    expect(kunder[6].tjenester).toEqual({ type: "liste", navn: [] });
    expect(kunder[7]).toMatchObject({ navn: "Digitaliseringsdirektoratet", kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0 });
  });

  test("år: 2025-befolkning fra valg eller fra kolonnen År; oppgitt innbyggertall vinner", () => {
    // Bodø: 53 712 (2024), 53 725 (2025). Samme kommune to ganger (under et annet navn) er en feil.
    expect(() => tolkKundeliste([["Kommune"], ["Bodø"], ["1804"]])).toThrow(/står to ganger \(også i A2\)/);
    expect(tolkKundeliste([["Kommune", "År"], ["Bodø", ""], ["Tromsø", 2025]]).map((k) => k.innbyggere)).toEqual([53_712, 79_421]);
    expect(tolkKundeliste([["Kunde"], ["Bodø"]], { ar: 2025 })[0].innbyggere).toBe(53_725);
    expect(tolkKundeliste([["Kunde", "Innbyggere"], ["Oslo", "700 000"]])[0]).toMatchObject({ innbyggere: 700_000, ar: null });
  });

  test("Excel-tall: nummer 301 er Oslo, tjenester skilt med semikolon og linjeskift", () => {
    const kunder = tolkKundeliste([["Nummer", "Tjenester"], [301, "Digisos;\nfolkeregister"]]);
    expect(kunder[0]).toMatchObject({ navn: "Oslo - Oslove", innbyggere: 717_710 });
    expect(kunder[0].tjenester).toEqual({ type: "liste", navn: ["Fiks Digisos", "Fiks Folkeregister"] });
  });

  test("feil navngir cellene, alle på én gang", () => {
    const p = problemer([
      HODE,
      ["Bergen", "FYLKESKOMMUNE", "", "", "alle"],
      ["Bergen", "", "", "-5", "alle"],
      ["Tromsø", "", "mange", "", "Digisos, Digisos"],
      ["Atlantis", "", "", "", "alle"],
      ["Bodø", "", "", "", "Fiks Digisoss"],
      ["Molde", "", "", "", ""],
    ]);
    expect(p.map((x) => x.celle)).toEqual(["B2", "D3", "C4", "E4", "A5", "E6", "E7"]);
    expect(p[0].melding).toMatch(/Bergen \(4601\) er kommune i SSB-dataene/);
    expect(p[1].melding).toMatch(/Pris i dag kan ikke være negativt, fikk «-5»/);
    expect(p[3].melding).toMatch(/står to ganger/);
    expect(p[4].melding).toMatch(/Fant ingen kommune.*trenger både Kundetype og Innbyggere/);
    expect(p[5].melding).toMatch(/Mente du «Fiks Digisos»/);
    expect(p[6].melding).toMatch(/skriv «alle», «ingen»/);
  });

  test("SvarUt i listen krever volumer; volumer uten SvarUt er feil", () => {
    const hode = ["Kunde", "Tjenester", "Altinn", "Forsendelser", "SvarInn"];
    expect(problemer([hode, ["Bodø", "SvarUt", "", "", ""]])[0]).toMatchObject({ celle: "B2" });
    expect(problemer([hode, ["Bodø", "Digisos", "10", "", ""]])[0].melding).toMatch(/SvarUt står ikke i tjenestelisten/);
    expect(problemer([hode, ["Bodø", "SvarUt", "", "1,5", ""]])[0]).toMatchObject({ celle: "D2" });
    expect(tolkKundeliste([hode, ["Bodø", "alle", "0", "", ""]])[0].svarut).toEqual({ altinn: 0, forsendelser: 0, svarinn: 0 });
  });

  test("manglende kundekolonne og tomt område", () => {
    expect(problemer([["Navnet", "Tjenester"], ["Bodø", "alle"]])[0]).toMatchObject({ celle: "A1" });
    expect(problemer([["Kunde"]])[0].celle).toBe("");
    expect(problemer([["Kunde"], ["", ""]])[0].melding).toMatch(/ingen kunder/);
  });

  test("egenskap: en ugyldig innbyggerverdi i en tilfeldig rad navngis med riktig celle", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("mange", "-3", "1,5", "12a"),
        fc.constantFrom(0, 1, 2),
        (rader, feilverdi, kolonneplass) => {
          // Stokk kolonnerekkefølgen, så adressen avhenger av hvor "Innbyggere" står.
          const hode = ["Kunde", "Kundetype"];
          hode.splice(kolonneplass, 0, "Innbyggere");
          const feilrad = 1 + ((rader * 7) % rader);
          const celler = [hode];
          for (let r = 1; r <= rader; r++) {
            const rad = [`Kunde ${r}`, "KOMMUNE"];
            rad.splice(kolonneplass, 0, r === feilrad ? feilverdi : String(1000 + r));
            celler.push(rad);
          }
          const p = problemer(celler);
          return p.length === 1 && p[0].celle === `${"ABC"[kolonneplass]}${feilrad + 1}`;
        },
      ),
    );
  });

  test("alle kunder: 357 kommuner og 14 fylkeskommuner, alle tjenester, ingen pris i dag", () => {
    const alle = alleKunder();
    expect(alle.filter((k) => k.kundetype === "KOMMUNE")).toHaveLength(357);
    expect(alle.filter((k) => k.kundetype === "FYLKESKOMMUNE")).toHaveLength(14);
    expect(alle.every((k) => k.prisIDag === null && k.tjenester.type === "alle")).toBe(true);
    expect(kunderFra("alle")).toHaveLength(371);
    expect(kunderFra(undefined, { ar: 2025 }).find((k) => k.nummer === "0301")?.innbyggere).toBe(724_290);
  });
});
