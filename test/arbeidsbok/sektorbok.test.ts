/**
 * Sektorarbeidsboken regnet ut av LibreOffice Calc: alle 371 kunder × hver tjeneste, totalene og endringene deres,
 * inntekten per tjeneste og båndtabellene per kundetype sammenlignes med kjernens effektanalyse (lagSektor) – slik den
 * lages, laget fra en annen matrise, etter endringer i matrisen i filen, og etter endrede innbyggertall og bandgrenser
 * i filen. Én soffice-oppstart for alle filene.
 */
import {
  alleKunder, type Bandsett, Decimal, type Effektresultat, type Grunnlinje, type Kunde, KUNDETYPENAVN, lagBandsett, lagSektor,
  medPrisledd, type Prisledd, type Prismatrise, STANDARD_KRONEBAND, STANDARD_PRISMATRISE, STANDARD_PROSENTBAND,
} from "../../src/core";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";
import { skrivXlsx } from "../../src/arbeidsbok/xlsx";
import { type Arkverdier, finnRad, formelceller, matriseFraArk, rediger, regnUt, settMatrisecelle, tall } from "./libreoffice";

jest.setTimeout(600_000);

interface Forventning {
  resultat: Effektresultat;
}

function forvent(kunder: Kunde[], matrise: Prismatrise, grunnlinje: Grunnlinje, band?: { prosentband: Bandsett; kroneband: Bandsett }): Forventning {
  return { resultat: lagSektor(kunder, matrise, { grunnlinje, ...band }).resultat() };
}

const ENDRINGER: [string, string, number | string][] = [
  ["Grunnfinansiering", "Innbyggerpris kommune", 7.1],
  ["Grunnfinansiering", "Størrelsesjustering fylkeskommune", 0.45],
  ["KS Læring", "Fastpris kommune", 30_000],
  // Fylkeskommunene kjøpte ikke Fiks Digisos (NA): med en pris gjør de det, som i kjernens «alle».
  ["Fiks Digisos", "Fastpris fylkeskommune", 3_000],
  ["Fiks Digisos", "Innbyggerpris fylkeskommune", 0.2],
  ["Fiks Digisos", "Størrelsesjustering fylkeskommune", 0.3],
  ["Fiks Melding", "Fastpris kommune", 12_500],
];

/**
 * En matrise gitt på kommandolinjen (--matrise): grunnfinansiering for kommuner 300 000 kr + 3 kr per innbygger (små
 * kommuner betaler mye mer, store mindre: hvert bånd får kunder) og 25 % i stedet for 30 % for Fiks Digiorden.
 */
function filmatrise(): Prismatrise {
  const endre = (m: Prismatrise, navn: string, endring: (l: Prisledd) => Partial<Prisledd>) => {
    const t = m.tjenester.find((x) => x.navn === navn)!;
    return medPrisledd(m, t, "KOMMUNE", { ...t.kommune!, ...endring(t.kommune!) });
  };
  const m = endre(STANDARD_PRISMATRISE, "Grunnfinansiering", () => ({ fastpris: new Decimal(300_000), innbyggerpris: new Decimal(3) }));
  return endre(m, "Fiks Digiorden", (l) => ({ justering: l.justering.minus("0.05") }));
}

const NYE_INNBYGGERE: Record<string, number> = { "0301": 760_000, 1151: 10, 4601: 300_000, 32: 500_000 };
const NYE_BAND = { prosent: [-0.05, 0.1, 0.5, 1], kroner: [-1000, 20_000, 100_000, 300_000] };

const filer: Record<string, Uint8Array> = {};
const forventet: Record<string, Forventning> = {};
let lo: Map<string, Arkverdier>;

beforeAll(async () => {
  const kunder2024 = alleKunder(2024);
  const standard = STANDARD_PRISMATRISE;
  filer.standard = await skrivXlsx(lagSektorbok({ matrise: standard, matrisebeskrivelse: "standard", ar: 2024 }));
  forventet.standard = forvent(kunder2024, standard, { matrise: standard });

  const fra = filmatrise();
  filer.fil = await skrivXlsx(lagSektorbok({ matrise: fra, matrisebeskrivelse: "fra fil", ar: 2024 }));
  forventet.fil = forvent(kunder2024, fra, { matrise: standard });

  let redigert: Prismatrise = standard;
  filer.redigert = await rediger(filer.standard, (bok) => {
    for (const [t, k, v] of ENDRINGER) settMatrisecelle(bok, t, k, v);
    redigert = matriseFraArk(bok);
  });
  forventet.redigert = forvent(kunder2024, redigert, { matrise: standard });

  // Befolkning 2025; så i filen: matriseendringene, fire innbyggertall, bandgrensene og «Pris i dag» for seks kunder,
  // satt slik at endringen ligger nøyaktig på en bandgrense (grenseregelen, med flyttallsdivisjon).
  const kunder2025 = alleKunder(2025);
  const original = await skrivXlsx(lagSektorbok({ matrise: standard, matrisebeskrivelse: "standard", ar: 2025 }));
  const prisIDag = lagSektor(kunder2025, standard).kunderesultater().map((k) => k.ny);
  const endrede = kunder2025.map((k, i) => ({ ...k, prisIDag: prisIDag[i], innbyggere: NYE_INNBYGGERE[k.nummer!] ?? k.innbyggere }));
  expect(endrede.filter((k, i) => k.innbyggere !== kunder2025[i].innbyggere)).toHaveLength(4);
  let redigert2025: Prismatrise = standard;
  filer.innbyggere = await rediger(original, (bok) => {
    for (const [t, k, v] of ENDRINGER) settMatrisecelle(bok, t, k, v);
    redigert2025 = matriseFraArk(bok);
    const ny = lagSektor(endrede, redigert2025).kunderesultater().map((k) => k.ny);
    const delelig = (n: number, fra: number) => ny.findIndex((x, i) => i >= fra && x.mod(n).isZero());
    const kanter: [number, Decimal][] = [
      [0, ny[0].minus(20_000)], // +20 000 kr: selve grensen, «Opp til snittet»
      [1, ny[1].minus(20_001)], // +20 001 kr: «Noe over snittet»
      [2, ny[2].plus(1_000)], // −1 000 kr: første grense er ikke inklusiv, så «Opp til snittet»
      [delelig(11, 3), ny[delelig(11, 3)].times(10).div(11)], // +10 %
      [delelig(3, 200), ny[delelig(3, 200)].times(2).div(3)], // +50 %
      [delelig(19, 300), ny[delelig(19, 300)].times(20).div(19)], // −5 %: første grense, «Opp til snittet»
    ];
    const kundeark = bok.getWorksheet("Kunder")!;
    const prisKolonne = (kundeark.getRow(14).values as unknown[]).indexOf("Pris i dag");
    kundeark.eachRow((rad, r) => {
      const ny = NYE_INNBYGGERE[String(rad.getCell(1).value)];
      if (ny !== undefined) rad.getCell(4).value = ny;
      const kant = kanter.find(([i]) => r === 15 + i);
      if (kant) rad.getCell(prisKolonne).value = kant[1].toNumber();
    });
    for (const [i, pris] of kanter) endrede[i] = { ...endrede[i], prisIDag: pris };
    const fordeling = bok.getWorksheet("Fordeling")!;
    NYE_BAND.prosent.forEach((g, k) => (fordeling.getCell(4, 2 + k).value = g));
    NYE_BAND.kroner.forEach((g, k) => (fordeling.getCell(5, 2 + k).value = g));
  });
  forventet.innbyggere = forvent(endrede, redigert2025, "dagens_pris", {
    prosentband: lagBandsett("prosent", NYE_BAND.prosent.map((g) => g * 100)),
    kroneband: lagBandsett("kroner", NYE_BAND.kroner),
  });
  lo = regnUt(filer).resultat;
});

/** Hver utregnet celle i arket Kunder mot kjernen: pris per tjeneste, total, Pris i dag, endring, sumrad. */
function kundeavvik(fil: string): string[] {
  const rader = lo.get(fil)!.get("Kunder")!;
  const h = finnRad(rader, "Nummer");
  const overskrift = rader[h];
  const kol = (navn: string) => overskrift.indexOf(navn);
  const { resultat } = forventet[fil];
  const ut: string[] = [];
  const sjekk = (rad: number, k: number, f: string | number | null, omtrent = false) => {
    const faktisk = rader[rad][k];
    const ok = f === null ? faktisk === "na." : typeof f === "string" ? faktisk === f
      : omtrent ? Math.abs((tall(faktisk) ?? NaN) - f) <= 1e-13 * Math.max(1, Math.abs(f)) : tall(faktisk) === f;
    if (!ok) ut.push(`${fil} ${rader[rad][1]} «${overskrift[k]}»: forventet ${f}, fikk «${faktisk}»`);
  };
  const tjenester = overskrift.slice(4, kol("Ny pris i alt"));
  expect(tjenester).toEqual(STANDARD_PRISMATRISE.tjenester.map((t) => t.navn));
  resultat.kunder.forEach((k, i) => {
    const r = h + 1 + i;
    if (rader[r][0] !== (k.kunde.nummer ?? "")) ut.push(`${fil} rad ${r + 1}: forventet kunde ${k.kunde.nummer}, fikk ${rader[r][0]}`);
    for (const t of tjenester) sjekk(r, kol(t), k.linjer.find((l) => l.tjeneste === t)?.pris.toNumber() ?? "");
    sjekk(r, kol("Ny pris i alt"), k.ny.toNumber());
    sjekk(r, kol("Pris i dag"), k.gammel?.toNumber() ?? "");
    sjekk(r, kol("Endring kr"), k.endringKr?.toNumber() ?? null);
    sjekk(r, kol("Endring %"), k.endringProsent?.div(100).toNumber() ?? null, true);
  });
  const sum = h + 1 + resultat.kunder.length;
  for (const t of resultat.tjenester) sjekk(sum, kol(t.tjeneste), t.inntekt.toNumber());
  sjekk(sum, kol("Ny pris i alt"), resultat.total.ny.toNumber());
  sjekk(sum, kol("Pris i dag"), resultat.total.gammel.toNumber());
  sjekk(sum, kol("Endring kr"), resultat.total.endringKr.toNumber());
  sjekk(sum, kol("Endring %"), resultat.total.endringProsent?.div(100).toNumber() ?? null, true);
  return ut;
}

/** Hver båndtabell i arket Fordeling mot kjernens fordelinger. */
function fordelingsavvik(fil: string): string[] {
  const rader = lo.get(fil)!.get("Fordeling")!;
  const { resultat } = forventet[fil];
  const ut: string[] = [];
  for (const [enhet, fordelinger] of [["prosent", resultat.prosentfordeling], ["kroner", resultat.kronefordeling]] as const) {
    for (const f of fordelinger) {
      const tittel = finnRad(rader, `${KUNDETYPENAVN[f.kundetype]} – endring i ${enhet}`);
      const tabell = rader.slice(tittel + 2, tittel + 2 + f.band.length + 2);
      const faktisk = tabell.map((r) => [r[0], tall(r[2]), r[3] === "na." || r[3] === "" ? r[3] : Number((tall(r[3])! * 1e12).toFixed(0))]);
      const forventetTabell = [
        ...f.band.map((b) => [b.navn, b.antall, b.andel === null ? "na." : Number((b.andel.toNumber() * 1e12).toFixed(0))]),
        // Kjernens regel (bandtabell): «Uten grunnlag» inngår ikke i andelene («na.»); Sum er 100 % eller tom.
        ["Uten grunnlag", f.utenGrunnlag, "na."],
        ["Sum", f.antallKunder, f.medGrunnlag > 0 ? 1e12 : ""],
      ];
      if (JSON.stringify(faktisk) !== JSON.stringify(forventetTabell)) {
        ut.push(`${fil} ${enhet} ${f.kundetype}: forventet ${JSON.stringify(forventetTabell)}, fikk ${JSON.stringify(faktisk)}`);
      }
    }
  }
  return ut;
}

test("hver formel i filene bærer sitt bufrede resultat (redigerte filer: ingen, de regnes på nytt)", async () => {
  for (const [navn, bytes] of Object.entries(filer)) {
    const { formler, medResultat } = await formelceller(bytes);
    expect(formler).toBeGreaterThan(371 * 12);
    expect([navn, medResultat]).toEqual([navn, ["redigert", "innbyggere"].includes(navn) ? 0 : formler]);
  }
});

test("alle 371 kunder (357 kommuner, Oslo én gang, 14 fylkeskommuner) × alle tjenester er lik kjernens effektanalyse", () => {
  const { kunder } = forventet.standard.resultat;
  expect(kunder).toHaveLength(371);
  expect(kunder.filter((k) => k.kunde.kundetype === "FYLKESKOMMUNE")).toHaveLength(14);
  expect(kundeavvik("standard")).toEqual([]);
  expect(fordelingsavvik("standard")).toEqual([]);
});

test("arbeidsbok laget fra en annen matrise (--matrise): endring mot standardmatrisen 2025, bånd som kjernen", () => {
  // Filens matrise sprer kommunene over alle båndene.
  expect(forventet.fil.resultat.prosentfordeling[0].band.every((b) => b.antall > 0)).toBe(true);
  expect(forventet.fil.resultat.kronefordeling[0].band.every((b) => b.antall > 0)).toBe(true);
  expect(kundeavvik("fil")).toEqual([]);
  expect(fordelingsavvik("fil")).toEqual([]);
});

test("matrisen endret i filen: alle priser, inntekter og bånd følger, også en tjeneste fylkeskommunene ikke hadde", () => {
  const digisos = forventet.redigert.resultat.tjenester.find((t) => t.tjeneste === "Fiks Digisos")!;
  expect(digisos.antallKunder).toBe(357 + 14);
  expect(kundeavvik("redigert")).toEqual([]);
  expect(fordelingsavvik("redigert")).toEqual([]);
});

test("innbyggertall, «Pris i dag» på bandgrensene og bandgrensene endret i filen (befolkning 2025): lik kjernen", () => {
  const kunder = forventet.innbyggere.resultat.kunder;
  // De seks kundene på en grense: +20 000 kr, +20 001 kr, −1 000 kr, +10 %, +50 %, −5 %.
  const paGrensen = kunder.filter((k) => k.endringKr !== null && ["20000", "20001", "-1000"].includes(k.endringKr.toFixed()));
  expect(paGrensen.map((k) => STANDARD_KRONEBAND.band[k.kroneband!].navn)).toEqual(["Opp til snittet", "Noe over snittet", "Opp til snittet"]);
  const prosent = kunder.filter((k) => k.endringProsent !== null && ["10", "50", "-5"].includes(k.endringProsent.toFixed()));
  expect(prosent.map((k) => [k.endringProsent!.toFixed(), k.prosentband])).toEqual([["10", 1], ["50", 2], ["-5", 1]]);
  expect(kundeavvik("innbyggere")).toEqual([]);
  expect(fordelingsavvik("innbyggere")).toEqual([]);
});

test("båndetikettene følger grensene i cellene", () => {
  const rader = lo.get("innbyggere")!.get("Fordeling")!;
  const etiketter = (tittel: string) => rader.slice(finnRad(rader, tittel) + 2).slice(0, 5).map((r) => r[1]);
  expect(etiketter("Kommune – endring i prosent")).toEqual(["under -5 %", "-5–10 %", "over 10–50 %", "over 50–100 %", "over 100 %"]);
  // LibreOffice kjører med engelsk språk her: FIXED skiller tusener med komma (norsk Excel: mellomrom).
  expect(etiketter("Kommune – endring i kroner")).toEqual(["under -1,000 kr", "-1,000–20,000 kr", "over 20,000–100,000 kr", "over 100,000–300,000 kr", "over 300,000 kr"]);
  // Standardbåndene slik de lages: de samme tekstene som kjernens etiketter.
  const standard = lo.get("standard")!.get("Fordeling")!;
  const start = finnRad(standard, "Kommune – endring i prosent") + 2;
  expect(standard.slice(start, start + 5).map((r) => r[1])).toEqual(STANDARD_PROSENTBAND.band.map((b) => b.etikett));
});
