/**
 * Ordboken (ordbok.ts) kjørt gjennom den bygde funksjonsbunten (dist/functions.js i en vm, slik Excel laster den)
 * og den bygde kommandolinjen. Hvert tilfelle må få utfallet ordboken sier, på hver vei inn der feltet finnes.
 * Et godtatt tall må gi det samme svaret som tallet gitt som tall, og verdien leses tilbake eller regnes uavhengig.
 */
import { dele, fra, minus, modell, somDesimal } from "../okonom/brok";
import { byggCli, type Kjoring, lastCli, skrivFil } from "../cli/bygg";
import { lastBunt, Opptaksfeil, sikreProduksjonsbygg } from "../tillegg/bunt";
import { MATRISELINJER, ORDBOK, type Tilfelle, vanligeMellomrom, visInndata } from "./ordbok";

type Svar = { ok: true; verdi: unknown } | { ok: false; kode: string; melding: string };

/** Ett tilfelle kjørt én vei inn. */
interface Kjort {
  svar: Svar;
  /** Hvor en avvisning skal peke: argumentet eller cellen. */
  sted: string;
  /** Det samme kallet med det forventede tallet (som tall) eller det kanoniske navnet: må gi samme svar. */
  likSom?: Svar;
  /** En verdi lest fra svaret, og hva den skal være (tallet selv, eller en pris regnet uavhengig med brøk). */
  lest?: unknown;
  forventet?: unknown;
  /** Et gjenkjent navn som denne veien skal avvise med denne grunnen (se AVVIST_ETTER_INNBYGGERE). */
  grunn?: string;
}

/** Alle veier inn for et tilfelle på én flate. */
type Flate = (t: Tilfelle) => Kjort[];

/** Flatene og hvilke tilfeller hver tar imot (feltet finnes der, i den formen: tekst, tall fra en celle eller fil). */
const TAR_IMOT = {
  // Funksjonene tar hvert felt som tekst eller tall fra en celle; en matrise kommer som et område, aldri som en fil.
  funksjonsbunten: (t: Tilfelle) => t.felt !== "csv-matrise",
  // Kommandolinjen: tekst i argumenter og filer; tall som tall bare i scenariofilens JSON (innbyggere, beløp, volum).
  kommandolinjen: (t: Tilfelle) => typeof t.inndata !== "number" || ["innbyggere", "belop", "volum"].includes(t.felt),
};
type Flatenavn = keyof typeof TAR_IMOT;
const FLATENAVN = Object.keys(TAR_IMOT) as Flatenavn[];

/**
 * Tjenestene som ikke har en pris etter innbyggertall (prismodellen): FIKSPRIS og `fikspris pris` gjenkjenner navnet,
 * men avviser det med denne grunnen. Alle andre gjenkjente navn må gi et svar.
 */
const AVVIST_ETTER_INNBYGGERE: Record<string, string> = {
  SvarUt: "SvarUt prises etter antall transaksjoner",
  "Min kommune": "Min kommune har ingen egen pris",
};

const TEKNISK = /TypeError|undefined|is not a function|Cannot read|Uventet feil|intern feil|\bat .*\.c?js/;

/** Kontrollerer utfallet; en beskrivelse av avviket, eller null. */
function avvik(t: Tilfelle, k: Kjort): string | null {
  const { utfall } = t;
  const svar = k.svar;
  const melding = svar.ok ? "" : vanligeMellomrom(svar.melding);
  if (TEKNISK.test(melding)) return `teknisk melding: ${melding}`;
  const likt = (a?: Svar) => JSON.stringify(a) === JSON.stringify(svar);
  switch (utfall.type) {
    case "tall":
    case "som-standard":
      if (!svar.ok) return `avvist: ${melding}`;
      if (k.likSom && !likt(k.likSom)) return `svarte ${JSON.stringify(svar.verdi)}, men det forventede selv gir ${JSON.stringify(k.likSom)}`;
      if (k.forventet !== undefined && k.lest !== k.forventet) return `leste ${String(k.lest)}, forventet ${String(k.forventet)}`;
      return null;
    case "avvist": {
      if (svar.ok) return `godtatt som ${JSON.stringify(svar.verdi)}`;
      const mangler = [...utfall.nevner, k.sted].filter((n) => !melding.includes(n));
      return mangler.length ? `meldingen nevner ikke ${mangler.map((n) => `«${n}»`).join(", ")}: ${melding}` : null;
    }
    case "navn":
      if (!svar.ok && !(k.grunn && melding.includes(k.grunn))) return `avvist: ${melding}`;
      if (svar.ok && k.grunn) return `godtatt som ${JSON.stringify(svar.verdi)}, forventet avvist: ${k.grunn}`;
      return likt(k.likSom) ? null : `svarte ${JSON.stringify(svar)}, navnet selv gir ${JSON.stringify(k.likSom)}`;
    case "ukjent": {
      if (svar.ok) return `godtatt som ${JSON.stringify(svar.verdi)}`;
      const tekst = vanligeMellomrom(String(t.inndata).trim());
      const start = t.felt === "tjeneste" ? `Ukjent tjeneste «${tekst}».`
        : t.felt === "kundetype" ? `Ukjent kundetype «${tekst}»`
          : `Fant ingen kommune eller fylkeskommune som heter «${tekst}».`;
      if (!melding.includes(start)) return `meldingen sier ikke «${start}»: ${melding}`;
      if (utfall.forslag === null) return melding.includes("Mente du") ? `uventet forslag: ${melding}` : null;
      return melding.includes(`Mente du «${utfall.forslag}»?`) ? null : `forventet forslaget «${utfall.forslag}»: ${melding}`;
    }
  }
}

const forventetTall = (t: Tilfelle) => (t.utfall.type === "tall" ? t.utfall.verdi : null);
const forventetNavn = (t: Tilfelle) => (t.utfall.type === "navn" ? t.utfall.verdi : null);
/** Grunnen en vei som priser etter innbyggertall skal avvise et gjenkjent tjenestenavn med, om noen. */
const grunnEtterInnbyggere = (t: Tilfelle) => {
  const navn = forventetNavn(t);
  return t.felt === "tjeneste" && navn !== null ? AVVIST_ETTER_INNBYGGERE[navn] : undefined;
};

/** Uavhengige forventninger: Digihelse-avgiften, SvarUt med bare Altinn, Fiks Digisos for Eigersund med D desimaler. */
const digihelse = (p: number) => (p < 5000 ? 25_000 : 40_000) + 4 * p;
const svarutAltinn = (n: number) => Number((300_000n + 105n * BigInt(n) + 50n) / 100n);
const digisos15221 = (d: number) => Number(somDesimal(modell("3000", "0,636", "30 %", 15221, 717710), d));

// ---- funksjonsbunten ----------------------------------------------------------------------------------------

function funksjonsflate(): Flate {
  const ks = lastBunt(true);
  const kall = (f: string, ...a: unknown[]): Svar => {
    try {
      return { ok: true, verdi: ks.get(f)!(...a) };
    } catch (e) {
      return e instanceof Opptaksfeil ? { ok: false, kode: e.code, melding: e.message } : { ok: false, kode: "kastet", melding: String(e) };
    }
  };
  const standard = ks.get("PRISMATRISE")!() as unknown[][];
  /** Standardmatrisen med én celle i raden for Fiks Digisos (rad 3) byttet. */
  const matriseMed = (kolonne: number, verdi: unknown) => standard.map((rad, r) => (r === 2 ? rad.map((c, k) => (k === kolonne ? verdi : c)) : rad));

  /** Per felt: veiene inn (kallet med verdien x), hvor en avvisning skal peke, og den uavhengige verdien for et tall N. */
  type Vei = { f: (x: unknown) => Svar; sted: string; uavhengig?: (n: number) => number };
  const VEIER: Record<Exclude<Tilfelle["felt"], "csv-matrise">, Vei[]> = {
    innbyggere: [{ f: (x) => kall("DIGIFINAVGIFT", x), sted: "«innbyggere»", uavhengig: digihelse }],
    volum: [{ f: (x) => kall("SVARUTPRIS", x, 0, 0), sted: "«altinn»", uavhengig: svarutAltinn }],
    belop: [
      { f: (x) => kall("PRISENDRING", 100, x), sted: "«ny»", uavhengig: (n) => Number(somDesimal(dele(minus(fra(n), fra(100)), fra(100)), 12)) },
      { f: (x) => kall("FIKSPRIS", "Fiks Digisos", 1000, null, matriseMed(1, x)), sted: "Celle B3" },
    ],
    innbyggerpris: [{ f: (x) => kall("FIKSPRIS", "Fiks Digisos", 1000, null, matriseMed(2, x)), sted: "Celle C3" }],
    justering: [
      { f: (x) => kall("STORRELSESJUSTERING", 1000, x), sted: "«justering»" },
      { f: (x) => kall("FIKSPRIS", "Fiks Digisos", 100_000, null, matriseMed(3, x), 2), sted: "Celle D3" },
    ],
    desimaler: [{ f: (x) => kall("FIKSPRIS", "Fiks Digisos", 15221, null, null, x), sted: "«desimaler»", uavhengig: digisos15221 }],
    tjeneste: [{ f: (x) => kall("FIKSPRIS", x, 1000), sted: "" }],
    // SvarUt tilbys hver kundetype; med to desimaler gir én forsendelse og én SvarInn 3 001,6 for kommune og 3 002,5 for statlig.
    kundetype: [{ f: (x) => kall("SVARUTPRIS", 0, 1, 1, x, null, 2), sted: "«kundetype»" }],
    organisasjon: [{ f: (x) => kall("INNBYGGERE", x), sted: "" }],
  };
  return (t) => {
    const n = forventetTall(t);
    const navn = forventetNavn(t);
    return (t.felt === "csv-matrise" ? [] : VEIER[t.felt]).map((v) => {
      const svar = v.f(t.inndata);
      return {
        svar,
        sted: v.sted,
        grunn: grunnEtterInnbyggere(t),
        likSom: n !== null ? v.f(n) : navn !== null ? v.f(navn) : undefined,
        ...(n !== null && v.uavhengig ? { lest: svar.ok ? svar.verdi : undefined, forventet: v.uavhengig(n) } : {}),
      };
    });
  };
}

// ---- kommandolinjen -----------------------------------------------------------------------------------------

function kommandoflate(fikspris: (...a: string[]) => Kjoring, mappe: string): Flate {
  let teller = 0;
  const fil = (innhold: string | Uint8Array, endelse = "csv") => skrivFil(mappe, `ordbok-${teller++}.${endelse}`, innhold);
  const kjor = (...a: string[]): Svar => {
    const r = fikspris(...a);
    return r.kode === 0 ? { ok: true, verdi: JSON.parse(r.ut) } : { ok: false, kode: String(r.kode), melding: r.ut + r.feil };
  };
  const standard = kjor("matrise", "--json");
  /** Matrisefilen med én celle i linjen for Fiks Digisos byttet, lest av `matrise --json`; verdien lest tilbake. */
  const matrisecelle = (kolonne: number, x: string, felt: string, sted: string, n: number | null): Kjort => {
    const linjer = MATRISELINJER.map((l, i) => (i === 2 ? l.split(";").map((c, k) => (k === kolonne ? x : c)).join(";") : l));
    const svar = kjor("matrise", "--matrise", fil(linjer.join("\n")), "--json");
    const lest = svar.ok ? (svar.verdi as { tjenester: { kommune: Record<string, unknown> }[] }).tjenester[1].kommune[felt] : undefined;
    return { svar, sted, lest, forventet: n ?? undefined };
  };
  /** Et scenario til `kalkulator --json`: den eneste veien inn for tall som JSON-tall. */
  const scenario = (json: unknown, les: (v: any) => unknown, sted: string, forventet: unknown): Kjort => {
    const svar = kjor("kalkulator", "--scenario", fil(JSON.stringify(json), "json"), "--json");
    return { svar, sted, lest: svar.ok ? les(svar.verdi) : undefined, forventet };
  };
  const lesFelt = (svar: Svar, felt: string) => (svar.ok ? (svar.verdi as Record<string, unknown>)[felt] : undefined);

  return (t) => {
    const x = t.inndata;
    const n = forventetTall(t);
    const navn = forventetNavn(t);
    // Linjen eller cellen står i ordbokens «nevner» for hver fil.
    if (x instanceof Uint8Array) return [{ svar: kjor("matrise", "--matrise", fil(x), "--json"), sted: "", likSom: standard }];
    if (typeof x === "number") {
      const f = n ?? undefined;
      if (t.felt === "innbyggere") return [scenario({ innbyggere: x, kundetype: "KOMMUNE" }, (v) => v.organisasjon.innbyggere, "innbyggere", f)];
      if (t.felt === "belop") {
        return [scenario({ innbyggere: 1000, kundetype: "KOMMUNE", tjenester: [{ tjeneste: "Fiks Digisos", eksisterende: x }] }, (v) => v.rader[1].eksisterende, "Eksisterende pris", f)];
      }
      if (t.felt === "volum") {
        return [scenario({ innbyggere: 1000, kundetype: "KOMMUNE", tjenester: [{ tjeneste: "SvarUt", altinn: x }] }, (v) => v.rader[1].ny, "Altinn", n === null ? undefined : svarutAltinn(n))];
      }
      return [];
    }
    const sammen = (sted: string, f: (v: string) => Svar): Kjort[] => [{ svar: f(x), sted, grunn: grunnEtterInnbyggere(t), likSom: navn !== null ? f(navn) : undefined }];
    switch (t.felt) {
      case "innbyggere": {
        const svar = kjor("pris", "--tjeneste", "Fiks Melding", "--innbyggere", x, "--json");
        return [{ svar, sted: "«--innbyggere»", lest: lesFelt(svar, "innbyggere"), forventet: n ?? undefined }];
      }
      case "volum": {
        const svar = kjor("svarut", "--altinn", x, "--json");
        return [{ svar, sted: "«--altinn»", lest: lesFelt(svar, "pris"), forventet: n === null ? undefined : svarutAltinn(n) }];
      }
      case "belop": {
        const svar = kjor("effekt", "--kunder", fil(`Kunde;Kundetype;Innbyggere;Pris i dag\nTestkunde;KOMMUNE;1000;${x}\n`), "--json");
        const lest = svar.ok ? (svar.verdi as { kunder: { prisIDag: unknown }[] }).kunder[0].prisIDag : undefined;
        return [{ svar, sted: "Celle D2", lest, forventet: n ?? undefined }, matrisecelle(1, x, "fastpris", "Celle B3", n)];
      }
      case "innbyggerpris":
        return [matrisecelle(2, x, "innbyggerpris", "Celle C3", n)];
      case "justering":
        return [matrisecelle(3, x, "storrelsesjustering", "Celle D3", n)];
      case "desimaler": {
        const svar = kjor("pris", "--tjeneste", "Fiks Digisos", "--innbyggere", "15221", "--desimaler", x, "--json");
        return [{ svar, sted: "«--desimaler»", lest: lesFelt(svar, "pris"), forventet: n === null ? undefined : digisos15221(n) }];
      }
      case "tjeneste":
        return sammen("", (v) => kjor("pris", "--tjeneste", v, "--innbyggere", "1000", "--json"));
      case "kundetype":
        return sammen("«--kundetype»", (v) => kjor("svarut", "--kundetype", v, "--json"));
      case "organisasjon":
        return sammen("", (v) => kjor("innbyggere", v, "--json"));
      default:
        return [];
    }
  };
}

// ---- kjøringen ----------------------------------------------------------------------------------------------

const flater = {} as Record<Flatenavn, Flate>;
let rydd: () => void;

beforeAll(() => {
  sikreProduksjonsbygg();
  flater.funksjonsbunten = funksjonsflate();
  const bygg = byggCli();
  rydd = bygg.rydd;
  flater.kommandolinjen = kommandoflate(lastCli(bygg.bin), bygg.mappe);
}, 180_000);
afterAll(() => rydd());

test("ordboken dekker hver gruppe av funn og hvert felt", () => {
  const grupper = new Set(ORDBOK.map((t) => t.gruppe));
  for (const g of ["punktum", "prosent", "volum", "grenser", "prototypenavn", "csv", "KS-navn", "ASCII", "tallformer", "tall som tall"] as const) {
    expect([g, grupper.has(g)]).toEqual([g, true]);
  }
  const felt = new Set(ORDBOK.map((t) => t.felt));
  expect(felt.size).toBe(10);
});

test("hvert tilfelle i ordboken kjøres gjennom minst én flate", () => {
  expect(ORDBOK.filter((t) => !FLATENAVN.some((f) => TAR_IMOT[f](t))).map(visInndata)).toEqual([]);
});

const tilfeller = ORDBOK.map((t, i): [string, Tilfelle] => [`${i + 1}. ${t.felt} ${visInndata(t)}: ${t.hvorfor}`, t]);

describe.each(FLATENAVN)("ordboken gjennom %s", (flate) => {
  test.each(tilfeller.filter(([, t]) => TAR_IMOT[flate](t)))("%s", (_navn, t) => {
    const kjorte = flater[flate](t);
    expect(kjorte.length).toBeGreaterThan(0);
    for (const kjort of kjorte) expect(avvik(t, kjort)).toBeNull();
  });
});
