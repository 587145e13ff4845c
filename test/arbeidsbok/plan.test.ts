/**
 * Arbeidsbokplanene uten regnemotor: bare funksjoner som finnes i Excel 2016, Excel på nettet, LibreOffice og Google
 * Regneark, ingen lenker ut av arbeidsboken, hver referanse til et ark som finnes, tekst fra brukere som verdier, og
 * planmodulene uten exceljs, Node og React (så oppgaveruten kan lage planer uten å laste skriveren).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  csvTilCeller, finnOrganisasjon, type Kalkulatorinput, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkPrismatrise,
} from "../../src/core";
import { brukteFunksjoner, funksjonerI, TILLATTE_FUNKSJONER } from "../../src/arbeidsbok/funksjoner";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { type Arbeidsbokplan, formler } from "../../src/arbeidsbok/plan";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";

const bodo: Kalkulatorinput = {
  kundetype: "KOMMUNE", innbyggere: 53712,
  tjenester: [{ tjeneste: "Fiks Digisos", eksisterende: 41000 }, { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000 }, { tjeneste: "Min kommune", eksisterende: 80000 }],
  vurder: ["Digitalt ledsagerbevis"],
};
const kalkulator = (input: Kalkulatorinput, matrise = STANDARD_PRISMATRISE) => lagKalkulatorbok({
  kundenavn: "Bodø", nummer: "1804", innbyggerkilde: "SSB", input, matrise, matrisebeskrivelse: "standard", svarut: STANDARD_SVARUT,
});
const stjernematrise = tolkPrismatrise(csvTilCeller(readFileSync("data/prismatrise-2025.csv", "utf8").replace("Fiks Digisos;", "Fiks*Digisos?;")));

const PLANER: Record<string, Arbeidsbokplan> = {
  kommune: kalkulator(bodo),
  fylkeskommune: kalkulator({ kundetype: "FYLKESKOMMUNE", innbyggere: finnOrganisasjon("Vestland").innbyggere[2024], tjenester: [{ tjeneste: "KS Læring" }], vurder: ["Fiks Protokoller"] }),
  statlig: kalkulator({ kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }, { tjeneste: "SvarUt", forsendelser: 3 }], vurder: [] }),
  stjerne: kalkulator({ ...bodo, tjenester: [{ tjeneste: "Fiks*Digisos?" }] }, stjernematrise),
  sektor: lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard", ar: 2024 }),
};

test("hver formel bruker bare funksjoner som finnes i Excel 2016, Excel på nettet, LibreOffice og Google Regneark", () => {
  for (const plan of Object.values(PLANER)) {
    for (const f of brukteFunksjoner(plan)) expect(TILLATTE_FUNKSJONER).toContain(f);
  }
  // Hele listen er i bruk (ingen funksjon er tillatt «for sikkerhets skyld»).
  expect(new Set(Object.values(PLANER).flatMap(brukteFunksjoner))).toEqual(new Set(TILLATTE_FUNKSJONER));
});

test("funksjonsnavn telles utenfor tekst i anførselstegn", () => {
  expect(funksjonerI('IF(A1="XLOOKUP(",ROUND(B1,0),"")')).toEqual(["IF", "ROUND"]);
  expect(funksjonerI("LET(x,1,x)")).toEqual(["LET"]);
});

test("ingen lenker ut av arbeidsboken, og hver arkreferanse peker på et ark i boken", () => {
  for (const plan of Object.values(PLANER)) {
    const ark = new Set(plan.ark.map((a) => a.navn));
    for (const { formel, ark: hvor, adresse } of formler(plan)) {
      const utenTekst = formel.replace(/"(?:[^"]|"")*"/g, '""');
      expect(`${hvor}!${adresse}: ${utenTekst}`).not.toMatch(/\[|https?:|\.xls/i);
      for (const [, navn] of utenTekst.matchAll(/([A-Za-z_][A-Za-z0-9_]*)!/g)) expect(ark).toContain(navn);
    }
  }
});

test("formler i kanonisk syntaks: uten «=» foran, komma mellom argumenter, ingen semikolon", () => {
  for (const plan of Object.values(PLANER)) {
    for (const { formel } of formler(plan)) {
      expect(formel.startsWith("=")).toBe(false);
      expect(formel.replace(/"(?:[^"]|"")*"/g, '""')).not.toContain(";");
    }
  }
});

test("et tjenestenavn med jokertegn slås opp med ~ foran * og ? (MATCH ville ellers finne feil rad)", () => {
  const f = formler(PLANER.stjerne).find((x) => x.ark === "Kalkulator" && x.adresse === "I14")!.formel;
  expect(f).toContain('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A14,"~","~~"),"*","~*"),"?","~?")');
  const vanlig = formler(PLANER.kommune).find((x) => x.ark === "Kalkulator" && x.adresse === "I14")!.formel;
  expect(vanlig).toBe('IFERROR(MATCH($A14,Prismatrise!$A$4:$A$16,0),"")');
});

test("tekst fra brukeren (navn i matrisen) står som verdi, aldri som formel", () => {
  const navn = "=HYPERLINK(\"http://x\";\"y\")";
  const matrise = tolkPrismatrise(csvTilCeller(readFileSync("data/prismatrise-2025.csv", "utf8").replace("Fiks Digisos;", `"${navn.replace(/"/g, '""')}";`)));
  const plan = kalkulator({ ...bodo, tjenester: [{ tjeneste: navn }] }, matrise);
  const celler = plan.ark.flatMap((a) => a.rader.flat()).filter((c) => c?.verdi === navn || c?.formel?.includes("HYPERLINK"));
  expect(celler.length).toBeGreaterThanOrEqual(2); // Kalkulator og Prismatrise
  for (const c of celler) expect(c).toEqual(expect.objectContaining({ verdi: navn }));
});

test("kalkulatoren har de samme kolonnene som «fikspris kalkulator», og ark, bredder og frosne rader", () => {
  const [k] = PLANER.kommune.ark;
  expect(PLANER.kommune.ark.map((a) => a.navn)).toEqual(["Kalkulator", "Prismatrise", "SvarUt", "Innbyggere", "Les meg"]);
  expect(k.rader[11].slice(0, 7).map((c) => c?.verdi)).toEqual([
    "Tjeneste", "Eksisterende prismodell", "Grunnfinansiering + nye tjenestepriser", "Prisendring %", "Prisendring kr",
    "Ny tjenestepris tillegg", "Total ny tjenestepris",
  ]);
  expect(k.rader.slice(12).map((r) => r[0]?.verdi)).toEqual(["Grunnfinansiering", "Fiks Digisos", "SvarUt", "Min kommune", "Digitalt ledsagerbevis", "Sum"]);
  expect(k.frys).toEqual({ rader: 12, kolonner: 1 });
  for (const a of [...PLANER.kommune.ark, ...PLANER.sektor.ark]) expect(a.kolonnebredder.length).toBeGreaterThan(0);
});

test("en kalkulator uten linjer (kommunal virksomhet uten tjenester) får en sumrad med 0 kr og «na.»", () => {
  const [k] = kalkulator({ kundetype: "KOMMUNAL_VIRKSOMHET", innbyggere: 0, tjenester: [], vurder: [] }).ark;
  const sum = k.rader[12];
  expect(sum.slice(0, 3).map((c) => c?.verdi)).toEqual(["Sum", 0, 0]);
  expect(sum[3]?.formel).toBe('IF(B13=0,"na.",(C13-B13)/B13)');
  expect(k.valideringer.map((v) => v.omrade)).toEqual(["B6", "B7:B9"]);
});

test("Les meg nevner kilden, lisensen, modellformelen og funksjonene som faktisk brukes", () => {
  const tekst = PLANER.kommune.ark.find((a) => a.navn === "Les meg")!.rader.flat().map((c) => c?.verdi).join("\n");
  expect(tekst).toContain("Statistisk sentralbyrå (SSB), tabell 07459");
  expect(tekst).toContain("NLOD 2.0");
  expect(tekst).toContain("Pris = fastpris + innbyggerpris × innbyggere × (1 − størrelsesjustering × innbyggere / referanseinnbyggertall)");
  expect(tekst).toContain("ROUND (AVRUND)");
  expect(tekst).not.toContain("COUNTIFS"); // kalkulatorarbeidsboken har ingen båndtabeller
});

test("planmodulene importerer ikke exceljs, Node eller React (bare xlsx.ts laster exceljs)", () => {
  const mappe = "src/arbeidsbok";
  for (const fil of readdirSync(mappe)) {
    const kilde = readFileSync(join(mappe, fil), "utf8");
    const importer = [...kilde.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    const forbudt = importer.filter((i) => /^(exceljs|react|node:|fs$|path$)/.test(i) || i.includes("komponenter"));
    expect([fil, forbudt]).toEqual([fil, fil === "xlsx.ts" ? ["exceljs"] : []]);
  }
});
