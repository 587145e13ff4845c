import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { avledMetadata, lagHjelpeside } = require("../../src/functions/bygg.cjs");

interface Parameter { name: string; type: string; optional?: boolean; dimensionality?: string; description?: string }
interface Funksjon { id: string; name: string; description?: string; helpUrl?: string; parameters: Parameter[]; result: { type?: string; dimensionality?: string } }

// The contract Excel formulas depend on: id, display name, parameters (name, matrix?, optional?) and result shape.
// "p" = required scalar, "p?" = optional scalar, "p[]" / "p[]?" = (optional) range.
const KONTRAKT: Record<string, { navn: string; parametre: string[]; matrise: boolean }> = {
  FIKSPRIS: { navn: "FIKSPRIS", parametre: ["tjeneste", "innbyggere", "kundetype?", "prismatrise[]?", "desimaler?"], matrise: false },
  SVARUTPRIS: { navn: "SVARUTPRIS", parametre: ["altinn", "forsendelser", "svarinn", "kundetype?", "svarutpriser[]?", "desimaler?"], matrise: false },
  SVARUTPRISER: { navn: "SVARUTPRISER", parametre: [], matrise: true },
  DIGIFINAVGIFT: { navn: "DIGIFINAVGIFT", parametre: ["innbyggere", "losning?", "kundetype?", "medlemskap?", "digifintabell[]?"], matrise: false },
  DIGIFINTABELL: { navn: "DIGIFINTABELL", parametre: [], matrise: true },
  STORRELSESJUSTERING: { navn: "STØRRELSESJUSTERING", parametre: ["innbyggere", "justering", "referanse?"], matrise: false },
  INNBYGGERE: { navn: "INNBYGGERE", parametre: ["organisasjon", "ar?"], matrise: false },
  PRISENDRING: { navn: "PRISENDRING", parametre: ["eksisterende", "ny"], matrise: false },
  FIKSTOTAL: { navn: "FIKSTOTAL", parametre: ["tjenester[]", "innbyggere", "kundetype?", "prismatrise[]?"], matrise: false },
  TJENESTER: { navn: "TJENESTER", parametre: ["prismatrise[]?"], matrise: true },
  PRISMATRISE: { navn: "PRISMATRISE", parametre: [], matrise: true },
  SELVKOSTPRIS: { navn: "SELVKOSTPRIS", parametre: ["tjeneste", "kostnad", "innbyggere[]", "kundetyper[]?", "prismatrise[]?"], matrise: false },
  INNTEKT: { navn: "INNTEKT", parametre: ["tjeneste", "innbyggere[]", "kundetyper[]?", "prismatrise[]?"], matrise: false },
  EFFEKT: { navn: "EFFEKT", parametre: ["kunder[]", "fordeling?", "prismatrise[]?", "band?"], matrise: true },
  INNBYGGERVEKST: { navn: "INNBYGGERVEKST", parametre: ["innbyggere", "vekst", "ar_nr"], matrise: false },
  ARSPRIS: { navn: "ÅRSPRIS", parametre: ["tjeneste", "innbyggere", "ar_nr", "vekst?", "prisjustering?", "kundetype?", "prismatrise[]?"], matrise: false },
  JUSTERTPRIS: { navn: "JUSTERTPRIS", parametre: ["pris", "prisjustering", "ar_nr"], matrise: false },
  ARSBELOP: { navn: "ÅRSBELØP", parametre: ["arspris", "ar", "oppstart?"], matrise: false },
  KVARTALSBELOP: { navn: "KVARTALSBELØP", parametre: ["arspris", "ar", "kvartal", "oppstart?"], matrise: false },
};

function beskriv(p: Parameter): string {
  return `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`;
}

let generert: { functions: Funksjon[] };
let metadataJson: string;

beforeAll(async () => {
  const resultat = await generateCustomFunctionsMetadata(["src/functions/functions.ts"], true);
  expect(resultat.errors).toEqual([]);
  metadataJson = resultat.metadataJson;
  generert = JSON.parse(metadataJson);
}, 60_000);

test("hver funksjon har forventet id, visningsnavn, parametere og resultatform", () => {
  expect(generert.functions.map((f) => f.id).sort()).toEqual(Object.keys(KONTRAKT).sort());
  for (const f of generert.functions) {
    const k = KONTRAKT[f.id];
    expect({ id: f.id, navn: f.name, parametre: f.parameters.map(beskriv), matrise: f.result.dimensionality === "matrix" })
      .toEqual({ id: f.id, navn: k.navn, parametre: k.parametre, matrise: k.matrise });
  }
});

test("id-er er ASCII; typer er any (egne norske feilmeldinger) og tall/tekst/matrise som resultat", () => {
  for (const f of generert.functions) {
    expect(f.id).toMatch(/^[A-Za-z0-9._]+$/);
    for (const p of f.parameters) expect(p.type).toBe("any");
    expect(f.result.type ?? "any").toBe(f.result.dimensionality === "matrix" ? (f.id === "TJENESTER" ? "string" : "any") : "number");
  }
});

test("norske beskrivelser og hjelpelenke for hver funksjon og parameter", () => {
  for (const f of generert.functions) {
    expect(f.description && f.description.length).toBeGreaterThan(20);
    expect(f.description).toMatch(/[a-zæøå]/);
    expect(f.helpUrl).toBe(`https://localhost:3000/hjelp.html#${f.id.toLowerCase()}`);
    for (const p of f.parameters) expect(p.description && p.description.length).toBeGreaterThan(5);
  }
});

test("avledet metadata: standard har ASCII-navn, nb-NO norske visningsnavn; samme id-er og parametere", () => {
  const { standard, norsk } = avledMetadata(metadataJson) as { standard: { functions: Funksjon[] }; norsk: { functions: Funksjon[] } };
  expect(norsk.functions.map((f) => f.id)).toEqual(standard.functions.map((f) => f.id));
  norsk.functions.forEach((f, i) => {
    const s = standard.functions[i];
    expect(f.parameters.length).toBe(s.parameters.length);
    expect(f.parameters.map((p) => p.name)).toEqual(s.parameters.map((p) => p.name));
    expect(f.description).toBe(s.description);
    expect(s.name).toBe(s.id);
    expect(s.name).toMatch(/^[A-Z0-9._]+$/);
  });
  expect(norsk.functions.find((f) => f.id === "STORRELSESJUSTERING")!.name).toBe("STØRRELSESJUSTERING");
  expect(norsk.functions.find((f) => f.id === "KVARTALSBELOP")!.name).toBe("KVARTALSBELØP");
});

test("hjelpesiden har et anker for hver hjelpelenke og norsk signatur med semikolon", () => {
  const html: string = lagHjelpeside(generert);
  for (const f of generert.functions) expect(html).toContain(`id="${f.helpUrl!.split("#")[1]}"`);
  expect(html).toContain("KS.FIKSPRIS(tjeneste; innbyggere; [kundetype]; [prismatrise]; [desimaler])");
  expect(html).toContain("KS.STØRRELSESJUSTERING(innbyggere; justering; [referanse])");
  expect(html).toContain("KS.ÅRSPRIS(tjeneste; innbyggere; ar_nr; [vekst]; [prisjustering]; [kundetype]; [prismatrise])");
});
