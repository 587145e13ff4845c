/**
 * Arbeidsbokplanene uten regnemotor: bare funksjoner som finnes i Excel 2016, Excel på nettet, LibreOffice og Google
 * Regneark, ingen lenker ut av arbeidsboken, hver referanse til et ark som finnes, tekst fra brukere som verdier, og
 * planmodulene uten exceljs, Node og React (så oppgaveruten kan lage planer uten å laste skriveren).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  csvTilCeller, finnOrganisasjon, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  tolkBudsjett, tolkPrismatrise,
} from "../../src/core";
import { brukteFunksjoner, funksjonerI, TILLATTE_FUNKSJONER } from "../../src/arbeidsbok/funksjoner";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { type Arbeidsbokplan, formler } from "../../src/ark/modell";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";

const bodo: Kalkulatorinput = {
  kundetype: "KOMMUNE", innbyggere: 53712,
  tjenester: [{ tjeneste: "Fiks Digisos", eksisterende: 41000 }, { tjeneste: "SvarUt", eksisterende: 190000, altinn: 1000 }, { tjeneste: "Min kommune", eksisterende: 80000 }],
  vurder: ["Digitalt ledsagerbevis"],
};
const kalkulator = (input: Kalkulatorinput, matrise = STANDARD_PRISMATRISE, budsjett?: Record<string, unknown>) => lagKalkulatorbok({
  kundenavn: "Bodø", nummer: "1804", innbyggerkilde: "SSB", input, matrise, matrisebeskrivelse: "standard", svarut: STANDARD_SVARUT,
  budsjett: budsjett && { valg: tolkBudsjett(budsjett), digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
});
const BUDSJETT = {
  fra: 2026, ar: 4, befolkningsvekst: 1, prisjustering: 3, oppstart: { "Digitalt ledsagerbevis": "2026-K3" },
  digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: true }],
};
const stjernematrise = tolkPrismatrise(csvTilCeller(readFileSync("data/prismatrise-2025.csv", "utf8").replace("Fiks Digisos;", "Fiks*Digisos?;")));

const PLANER: Record<string, Arbeidsbokplan> = {
  kommune: kalkulator(bodo),
  fylkeskommune: kalkulator({ kundetype: "FYLKESKOMMUNE", innbyggere: finnOrganisasjon("Vestland").innbyggere[2024], tjenester: [{ tjeneste: "KS Læring" }], vurder: ["Fiks Protokoller"] }),
  statlig: kalkulator({ kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }, { tjeneste: "SvarUt", forsendelser: 3 }], vurder: [] }),
  stjerne: kalkulator({ ...bodo, tjenester: [{ tjeneste: "Fiks*Digisos?" }] }, stjernematrise),
  sektor: lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard", ar: 2024 }),
  budsjett: kalkulator(bodo, STANDARD_PRISMATRISE, BUDSJETT),
  statligBudsjett: kalkulator({ kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }], vurder: [] }, STANDARD_PRISMATRISE, { fra: 2027, ar: 1 }),
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

test("tekst fra brukeren (navn i matrisen) står som verdi, aldri som formel, også i arket Budsjett", () => {
  const navn = "=HYPERLINK(\"http://x\";\"y\")";
  const matrise = tolkPrismatrise(csvTilCeller(readFileSync("data/prismatrise-2025.csv", "utf8").replace("Fiks Digisos;", `"${navn.replace(/"/g, '""')}";`)));
  const plan = kalkulator({ ...bodo, tjenester: [{ tjeneste: navn }] }, matrise, { fra: 2026, oppstart: { [navn]: "2026-K2" } });
  const celler = plan.ark.flatMap((a) => a.rader.flat()).filter((c) => c?.verdi === navn || c?.formel?.includes("HYPERLINK"));
  expect(celler.length).toBeGreaterThanOrEqual(3); // Kalkulator, Budsjett og Prismatrise
  for (const c of celler) expect(c).toEqual(expect.objectContaining({ verdi: navn }));
});

test("arket Budsjett: rekkefølgen på arkene, frosne overskrifter, bredder, formater og inndatavalidering", () => {
  const plan = PLANER.budsjett;
  expect(plan.ark.map((a) => a.navn)).toEqual(["Kalkulator", "Budsjett", "Prismatrise", "SvarUt", "Digifin", "Innbyggere", "Les meg"]);
  expect(PLANER.statligBudsjett.ark.map((a) => a.navn)).toEqual(["Kalkulator", "Budsjett", "Prismatrise", "SvarUt", "Innbyggere", "Les meg"]);
  const b = plan.ark[1];
  // Rad 10–13 over årene: årstall, innbyggere, hvor innbyggertallet kommer fra, prisfaktor; tabellen fra rad 14.
  expect(b.frys).toEqual({ rader: 14, kolonner: 1 });
  expect(b.rader.slice(9, 13).map((r) => r[0]?.verdi)).toEqual(["År", "Innbyggere", "Innbyggertall fra", "Prisfaktor (1 + prisjustering)^(år − prisår)"]);
  expect(b.kolonnebredder).toHaveLength(3 + 4 * 7 + 1);
  expect(b.rader[13].slice(0, 10).map((c) => c?.verdi)).toEqual([
    "Tjeneste", "Oppstart/betaling år", "Kvartal", "Årspris", "Kvartaler i bruk", "Beløp", "K1", "K2", "K3", "K4",
  ]);
  // Linjene er kjernens: grunnfinansiering, tjenestene i bruk (uten Min kommune), de som vurderes, Digifin, Sum.
  expect(b.rader.slice(14, 20).map((r) => r[0]?.verdi)).toEqual([
    "Grunnfinansiering", "Fiks Digisos", "SvarUt", "Digitalt ledsagerbevis (vurderes)", "Digifin-avgift Digihelse med medlemskap", "Sum",
  ]);
  // Inndata: første år, vekst og prisjustering som prosent, oppstarten til ledsagerbeviset og Digihelses kvartal.
  expect([b.rader[3][1], b.rader[4][1], b.rader[5][1]]).toEqual([
    { verdi: 2026, format: "0", stil: "inndata", justering: "hoyre" }, { verdi: 0.01, format: "0.00## %", stil: "inndata", justering: "hoyre" },
    { verdi: 0.03, format: "0.00## %", stil: "inndata", justering: "hoyre" },
  ]);
  expect([b.rader[17][1]?.verdi, b.rader[17][2]?.verdi, b.rader[18][1]?.verdi, b.rader[18][2]?.verdi]).toEqual([2026, 3, 2026, 2]);
  expect(b.rader[15][1]).toEqual({ stil: "inndata", format: "0", justering: "hoyre" }); // Digisos: tom = fra første kvartal
  expect(b.rader[14][5]).toEqual(expect.objectContaining({ format: '#,##0 "kr";-#,##0 "kr"' }));
  expect(b.valideringer.map((v) => (v.type === "liste" ? v.omrade : `${v.omrade}:${v.type}:${v.min}–${v.max}`))).toEqual([
    "B4:heltall:2025–2099", "B5:desimal:-0.1–0.2", "B6:desimal:-0.1–0.2",
    ...[16, 17, 18, 19].flatMap((r) => [`B${r}:heltall:2025–2099`, `C${r}:heltall:1–4`]),
  ]);
});

test("årsprisen: før avrunding leser den matriseverdiene i Kalkulator og referansen i Prismatrise; avrundingens vindu følger beløpet", () => {
  const f = (adresse: string) => formler(PLANER.budsjett).find((x) => x.ark === "Budsjett" && x.adresse === adresse)!.formel;
  const [plan] = PLANER.budsjett.ark.filter((a) => a.navn === "Budsjett");
  const prisrad = plan.rader.findIndex((r) => r[0]?.verdi === "Årspris før avrunding") + 2; // Grunnfinansiering, 1-basert
  expect(f(`D${prisrad}`)).toBe(
    "IF(AND(ISNUMBER($D$11),ISNUMBER($D$13),ISNUMBER(Kalkulator!$J$13),ISNUMBER(Kalkulator!$K$13),ISNUMBER(Kalkulator!$L$13)),IFERROR(" +
    "IF(1-Kalkulator!$L$13*$D$11/Prismatrise!$C$16>0,(Kalkulator!$J$13+Kalkulator!$K$13*$D$11*(1-Kalkulator!$L$13*$D$11/Prismatrise!$C$16))*$D$13," +
    '"na."),"na."),"na.")',
  );
  const u = `$D$${prisrad}`;
  expect(f("D15")).toBe(
    `IF(ISNUMBER(${u}),ROUND(ROUND(${u},IF(${u}<1000,10,IF(${u}<10000,9,IF(${u}<100000,8,IF(${u}<1000000,7,IF(${u}<10000000,6,` +
    `IF(${u}<100000000,5,4))))))),0),"na.")`,
  );
  // Prisfaktoren justerer fra prismatrisens prisår (B9) til året (D10).
  expect(f("D13")).toBe('IF(AND(AND(ISNUMBER($B$6),$B$6>=-0.1,$B$6<=0.2),ISNUMBER($D$10),$D$10>=$B$9),(1+ROUND($B$6*1000000,0)/1000000)^($D$10-$B$9),"na.")');
  expect(f("K11")).toMatch(/^IFERROR\(\([A-Z]+\d+-1000000\*INT\([A-Z]+\d+\/1000000\)\)\+1000000\*/);
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
  expect(tekst).not.toContain("Budsjett og økonomiplan");
  const budsjett = PLANER.budsjett.ark.find((a) => a.navn === "Les meg")!.rader.flat().map((c) => c?.verdi).join("\n");
  expect(budsjett).toContain("Budsjett og økonomiplan");
  expect(budsjett).toContain("INT (HELTALL)");
  expect(budsjett).toContain("kronene som blir til overs, legges med 1 kr hver på de siste kvartalene i bruk");
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

test("arket Innbyggere har hvert befolkningsår som følger med, også 1.1.2026 (Lillestrøm 96 771, summen 5 627 400)", () => {
  for (const plan of [PLANER.kommune, PLANER.sektor]) {
    const ark = plan.ark.find((a) => a.navn === "Innbyggere")!;
    const overskrift = ark.rader.findIndex((r) => r[0]?.verdi === "Nummer");
    expect(ark.rader[overskrift].map((c) => c?.verdi)).toEqual(["Nummer", "Navn", "Kundetype", "Innbyggere 1.1.2024", "Innbyggere 1.1.2025", "Innbyggere 1.1.2026"]);
    const rader = ark.rader.slice(overskrift + 1);
    expect(rader.find((r) => r[0]?.verdi === "3205")!.map((c) => c?.verdi)).toEqual(["3205", "Lillestrøm", "KOMMUNE", 94201, 95762, 96771]);
    const kommuner = rader.filter((r) => r[2]?.verdi === "KOMMUNE");
    expect(kommuner).toHaveLength(357);
    expect(kommuner.reduce((s, r) => s + Number(r[5]?.verdi), 0)).toBe(5_627_400);
  }
});
