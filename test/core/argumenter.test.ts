/** Argumentleserne alle flatene deler: innbyggertall, kundetype, desimaler. */
import { tolkDesimaler, tolkInnbyggere, tolkKundetype } from "../../src/core";

test("tolkInnbyggere: hele, ikke-negative antall, tekst med mellomrom, presise meldinger", () => {
  expect(tolkInnbyggere("53 712")).toBe(53712);
  expect(tolkInnbyggere(0)).toBe(0);
  expect(() => tolkInnbyggere("-5")).toThrow("Argumentet «innbyggere» kan ikke være negativt, fikk «-5».");
  expect(() => tolkInnbyggere(-5)).toThrow("Argumentet «innbyggere» kan ikke være negativt, fikk −5.");
  expect(() => tolkInnbyggere("5,5")).toThrow("Argumentet «innbyggere» må være et heltall (fra 0 til 100 000 000), fikk «5,5».");
  expect(() => tolkInnbyggere(2.5, "--innbyggere")).toThrow("Argumentet «--innbyggere» må være et heltall (fra 0 til 100 000 000), fikk 2,5.");
  expect(() => tolkInnbyggere("mange")).toThrow("Argumentet «innbyggere» må være et innbyggertall (heltall fra 0 til 100 000 000, f.eks. 15 221), fikk «mange».");
  expect(() => tolkInnbyggere(undefined)).toThrow("Argumentet «innbyggere» mangler: oppgi et innbyggertall (heltall fra 0 til 100 000 000, f.eks. 15 221).");
  expect(() => tolkInnbyggere(100_000_001)).toThrow("Argumentet «innbyggere» er for stort, fikk 100 000 001: høyeste tillatte er 100 000 000.");
  expect(() => tolkInnbyggere("10.000")).toThrow(/tvetydig.*10 000 \(punktum som tusenskille\) eller 10 \(punktum som desimaltegn\)/);
});

test("tolkKundetype: koder og hverdagsord; tomt → KOMMUNE", () => {
  expect(tolkKundetype("fylkeskommune")).toBe("FYLKESKOMMUNE");
  expect(tolkKundetype("Statlig virksomhet")).toBe("STATLIG_VIRKSOMHET");
  expect(tolkKundetype("iks")).toBe("KOMMUNAL_VIRKSOMHET_IKS");
  expect(tolkKundetype("kommunal_virksomhet")).toBe("KOMMUNAL_VIRKSOMHET");
  expect(tolkKundetype("")).toBe("KOMMUNE");
  expect(() => tolkKundetype("bydel")).toThrow(
    "Ukjent kundetype «bydel» i argumentet «kundetype». Gyldige verdier: KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, KOMMUNAL_VIRKSOMHET, KOMMUNAL_VIRKSOMHET_IKS, PRIVAT_VIRKSOMHET.",
  );
});

test("tolkDesimaler: 0–10", () => {
  expect(tolkDesimaler(undefined)).toBe(0);
  expect(tolkDesimaler("2")).toBe(2);
  expect(() => tolkDesimaler(11)).toThrow("Argumentet «desimaler» er for stort, fikk 11: høyeste tillatte er 10.");
  expect(() => tolkDesimaler("1,5")).toThrow("Argumentet «desimaler» må være et heltall (fra 0 til 10), fikk «1,5».");
});
