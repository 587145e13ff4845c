/** Organisasjonene fra SSB (tabell 07459): oppslag etter nummer og navn, Oslo som én kunde, standardverdier for Pref. */
import { BEFOLKNINGSAR, SISTE_BEFOLKNINGSAR, finnOrganisasjon, ORGANISASJONER, storsteInnbyggertall, STANDARD_PRISMATRISE, tolkBefolkningsar } from "../../src/core";

describe("finnOrganisasjon", () => {
  test("etter nummer, også uten den innledende nullen Excel fjerner", () => {
    expect(finnOrganisasjon("3205").navn).toBe("Lillestrøm");
    expect(finnOrganisasjon("0301").navn).toBe("Oslo - Oslove");
    expect(finnOrganisasjon("301").nummer).toBe("0301");
    expect(finnOrganisasjon(301).nummer).toBe("0301");
    expect(finnOrganisasjon("1804").innbyggere).toEqual({ 2024: 53712, 2025: 53725, 2026: 53638 });
    expect(finnOrganisasjon("46").navn).toBe("Vestland");
  });

  test("etter navn: store/små bokstaver og aksenter likegyldig, hver halvdel av et tospråklig navn", () => {
    expect(finnOrganisasjon("Oslo").nummer).toBe("0301");
    expect(finnOrganisasjon("oslove").nummer).toBe("0301");
    expect(finnOrganisasjon("OSLO - OSLOVE").nummer).toBe("0301");
    expect(finnOrganisasjon("Bodo").nummer).toBe("1804");
    expect(finnOrganisasjon("  bodø ").nummer).toBe("1804");
    expect(finnOrganisasjon("lillestrom").nummer).toBe("3205");
  });

  test("tvetydige navn lister kandidatene; hele navnet eller nummeret avgjør", () => {
    expect(() => finnOrganisasjon("Herøy")).toThrow(
      "«Herøy» passer på flere organisasjoner: Herøy (Møre og Romsdal) (1515), Herøy (Nordland) (1818). Bruk nummeret eller hele navnet.",
    );
    expect(() => finnOrganisasjon("Våler")).toThrow(/Våler \(Østfold\) \(3114\), Våler \(Innlandet\) \(3419\)/);
    expect(finnOrganisasjon("Herøy (Nordland)").nummer).toBe("1818");
    expect(finnOrganisasjon("1515").navn).toBe("Herøy (Møre og Romsdal)");
  });

  test("ukjente navn og numre, med forslag når et ligger nær", () => {
    expect(() => finnOrganisasjon("Bodøø")).toThrow("Fant ingen kommune eller fylkeskommune som heter «Bodøø». Mente du «Bodø»?");
    expect(() => finnOrganisasjon("Atlantis by the sea")).toThrow(/Fant ingen kommune/);
    expect(() => finnOrganisasjon("9999")).toThrow("Fant ingen kommune eller fylkeskommune med nummer «9999».");
    expect(() => finnOrganisasjon("")).toThrow(/Forventet navn eller nummer/);
  });

  test("Oslos fylkesrad 03 er ikke en kunde", () => {
    expect(() => finnOrganisasjon("03")).toThrow(/Oslo kommune \(0301\) faktureres én gang, som kommune/);
    expect(() => finnOrganisasjon(3)).toThrow(/Oslo kommune \(0301\)/);
    expect(ORGANISASJONER.some((o) => o.nummer === "03")).toBe(false);
  });
});

describe("kundelisten", () => {
  test("357 kommuner og 14 fylkeskommuner", () => {
    expect(ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE")).toHaveLength(357);
    expect(ORGANISASJONER.filter((o) => o.kundetype === "FYLKESKOMMUNE")).toHaveLength(14);
    expect(ORGANISASJONER).toHaveLength(371);
  });

  test("de 357 kommunene summerer til SSBs tall for landet (data/KILDER.md: 5 550 203 i 2024, 5 594 340 i 2025)", () => {
    const sum = (ar: number) => ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE").reduce((s, o) => s + o.innbyggere[ar], 0);
    expect(sum(2024)).toBe(5550203);
    expect(sum(2025)).toBe(5594340);
    // 1.1.2026 (SSB 07459, se data/KILDER.md): summen av de 357 kommunene; Lillestrøm og Oslo som i kildene.
    expect(sum(2026)).toBe(5627400);
    expect(finnOrganisasjon("3205").innbyggere[2026]).toBe(96771);
    expect(finnOrganisasjon("0301").innbyggere[2026]).toBe(728714);
  });

  test("standard-Pref: den største kunden av kundetypen (2024: Oslo 717 710, Akershus 728 803)", () => {
    expect(storsteInnbyggertall("KOMMUNE", 2024)).toBe(717710);
    expect(storsteInnbyggertall("FYLKESKOMMUNE", 2024)).toBe(728803);
    expect(storsteInnbyggertall("KOMMUNE", 2025)).toBe(724290);
    expect(storsteInnbyggertall("FYLKESKOMMUNE", 2025)).toBe(740680);
    expect(STANDARD_PRISMATRISE.referanse).toEqual({ KOMMUNE: 717710, FYLKESKOMMUNE: 728803 });
  });

  test("befolkningsår", () => {
    expect(tolkBefolkningsar(undefined)).toBe(2024);
    expect(tolkBefolkningsar("2025")).toBe(2025);
    expect(tolkBefolkningsar("2 026")).toBe(2026);
    expect(BEFOLKNINGSAR).toEqual([2024, 2025, 2026]);
    expect(SISTE_BEFOLKNINGSAR).toBe(2026);
    expect(() => tolkBefolkningsar(2023)).toThrow("Argumentet «år» må være 2024, 2025 eller 2026 (befolkning 1. januar), fikk «2023».");
  });
});
