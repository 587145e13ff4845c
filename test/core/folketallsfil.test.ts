/**
 * Folketallsfiler for år som ikke følger med: de tre oppsettene (det medfølgende CSV-oppsettet, SSBs JSON-stat2 for
 * tabell 07459 og Statistikkbankens CSV), skrevet her i testen, og hver feil med fil, linje og kode.
 */
import { lesFolketallsfil, medFolketall, ORGANISASJONER } from "../../src/core";

const kommuner = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
/** Et tenkt 1.1.2027: hver kommune 1.1.2026 pluss 10 (testdata, ikke SSB-tall). */
const tall2027 = (nummer: string) => ORGANISASJONER.find((o) => o.nummer === nummer)!.innbyggere[2026] + 10;

function medfolgende(rader = kommuner.map((k) => `${k.nummer},${k.navn},KOMMUNE,${k.innbyggere[2026]},${tall2027(k.nummer)}`)): string {
  return ["kommunenummer,navn,kundetype,innbyggere_2026,innbyggere_2027", ...rader].join("\n");
}

function jsonstat(regioner = kommuner.map((k) => k.nummer), verdi = (r: string) => tall2027(r) as unknown): string {
  return JSON.stringify({
    class: "dataset", id: ["Region", "ContentsCode", "Tid"], size: [regioner.length, 1, 1],
    dimension: {
      Region: { category: { index: Object.fromEntries(regioner.map((r, i) => [r, i])) } },
      ContentsCode: { category: { index: { Personer1: 0 } } },
      Tid: { category: { index: { 2027: 0 } } },
    },
    value: regioner.map(verdi),
  });
}

function statistikkbanken(rader = kommuner.map((k) => `"${k.nummer} ${k.navn}";"Personer";${tall2027(k.nummer)}`)): string {
  return ['"07459: Befolkning, etter region, statistikkvariabel og år"', "", '"region";"statistikkvariabel";"2027"', ...rader].join("\r\n");
}

describe("de tre oppsettene gir de samme tallene, med fylkene summert fra kommunene", () => {
  test.each([
    ["det medfølgende CSV-oppsettet", medfolgende(), [2026, 2027]],
    ["SSBs JSON-stat2 for 07459", jsonstat(), [2027]],
    ["Statistikkbankens CSV", statistikkbanken(), [2027]],
  ])("%s", (_, tekst, ar) => {
    const f = lesFolketallsfil(tekst as string, "fil");
    expect(f.ar).toEqual(ar);
    const t = f.tall.get(2027)!;
    expect(t.get("3205")).toBe(96771 + 10);
    // Akershus (32) er summen av sine kommuner: 1.1.2026 pluss 10 per kommune.
    const akershus = kommuner.filter((k) => k.nummer.startsWith("32"));
    expect(t.get("32")).toBe(akershus.reduce((s, k) => s + k.innbyggere[2026] + 10, 0));
    expect(medFolketall(ORGANISASJONER.find((o) => o.nummer === "3205")!.innbyggere, "3205", f)).toEqual({ 2024: 94201, 2025: 95762, 2026: 96771, 2027: 96781 });
  });

  test("fylker i filen brukes; hele landet (0) og Oslo fylke (03) overses; «K-3205» og «301» leses", () => {
    const rader = kommuner.map((k) => `${k.nummer === "3205" ? "K-3205" : k.nummer === "0301" ? "301" : k.nummer},x,KOMMUNE,1000`);
    const f = lesFolketallsfil(["kommunenummer,navn,kundetype,innbyggere_2027", ...rader, "32,Akershus,FYLKESKOMMUNE,5", "0,Norge,,1", "03,Oslo,,1"].join("\n"), "f.csv");
    expect([f.tall.get(2027)!.get("32"), f.tall.get(2027)!.get("3205"), f.tall.get(2027)!.get("0301"), f.tall.get(2027)!.has("03")]).toEqual([5, 1000, 1000, false]);
  });
});

describe("en fil som ikke kan leses nøyaktig, avvises med fil, linje og kode", () => {
  const linje = (nummer: string) => kommuner.findIndex((k) => k.nummer === nummer) + 2;
  const bytt = (nummer: string, ny: string) => medfolgende(kommuner.map((k) => (k.nummer === nummer ? ny : `${k.nummer},${k.navn},KOMMUNE,1,2`)));
  test.each([
    ["ukjent kode", bytt("3205", "9999,Ingenstad,KOMMUNE,1,2"), `Folketallsfilen «f.csv», linje ${linje("3205")}: ukjent kommune- eller fylkesnummer «9999» (kommunestrukturen fra 2024).`],
    ["ikke et nummer", bytt("3205", "Lillestrøm,x,KOMMUNE,1,2"), `Folketallsfilen «f.csv», linje ${linje("3205")}: ukjent kommune- eller fylkesnummer «Lillestrøm».`],
    ["dublett", bytt("3205", "1804,Bodø,KOMMUNE,1,2"), `Folketallsfilen «f.csv», linje ${linje("3205")}: «1804» står to ganger for 2026 (også linje ${linje("1804")}).`],
    ["tvetydig", bytt("3205", '3205,Lillestrøm,KOMMUNE,1,"96.771"'), `Folketallsfilen «f.csv», linje ${linje("3205")}, 3205 (2027): «96.771» er tvetydig: det kan bety 96771 eller 96,771. Skriv innbyggertallet uten skilletegn.`],
    ["desimaltall", bytt("3205", '3205,Lillestrøm,KOMMUNE,1,"96771,5"'), `Folketallsfilen «f.csv», linje ${linje("3205")}, 3205 (2027): innbyggertallet må være et helt tall, fikk «96771,5».`],
    ["negativt", bytt("3205", "3205,Lillestrøm,KOMMUNE,1,-5"), `Folketallsfilen «f.csv», linje ${linje("3205")}, 3205 (2027): innbyggertallet kan ikke være negativt, fikk «-5».`],
    ["tekst", bytt("3205", "3205,Lillestrøm,KOMMUNE,1,.."), `Folketallsfilen «f.csv», linje ${linje("3205")}, 3205 (2027): forventet et helt innbyggertall, fikk «..».`],
    ["året kan ikke leses", "kommunenummer,navn,kundetype,innbyggere_20x7\n3205,L,KOMMUNE,1", "Folketallsfilen «f.csv», linje 1: året i kolonnen «innbyggere_20x7» kan ikke leses (forventet f.eks. innbyggere_2027)."],
    ["ingen år", "kommunenummer,navn,kundetype\n3205,L,KOMMUNE", "Folketallsfilen «f.csv», linje 1: ingen årskolonne (forventet f.eks. innbyggere_2027)."],
    ["ingen overskrift", "3205;96771", "Folketallsfilen «f.csv»: fant ingen overskrift med «kommunenummer» (oppsettet fra data/ssb-folkemengde.csv) eller «region» (SSBs Statistikkbanken)."],
  ])("%s", (_, tekst, melding) => {
    expect(() => lesFolketallsfil(tekst, "f.csv")).toThrow(melding);
  });

  test("manglende kommuner: hvor mange og hvilke (de ti første ved navn)", () => {
    const uten = medfolgende(kommuner.filter((k) => !["3205", "1804"].includes(k.nummer)).map((k) => `${k.nummer},${k.navn},KOMMUNE,1,2`));
    expect(() => lesFolketallsfil(uten, "f.csv")).toThrow("Folketallsfilen «f.csv» mangler 2 kommuner for 2026: 1804 Bodø, 3205 Lillestrøm. Alle 357 kommuner må være med.");
    const tolv = medfolgende(kommuner.slice(12).map((k) => `${k.nummer},${k.navn},KOMMUNE,1,2`));
    expect(() => lesFolketallsfil(tolv, "f.csv")).toThrow(/mangler 12 kommuner for 2026: 0301 Oslo - Oslove, .* og 2 til\. /);
  });

  test("JSON-stat: regionen og året i meldingen; andre dimensjoner med flere verdier og manglende Tid avvises", () => {
    expect(() => lesFolketallsfil(jsonstat(kommuner.map((k) => k.nummer), (r) => (r === "3205" ? -1 : 5)), "07459.json"))
      .toThrow("Folketallsfilen «07459.json», Region «3205», Tid «2027», 3205 (2027): innbyggertallet kan ikke være negativt, fikk «-1».");
    expect(() => lesFolketallsfil(jsonstat([...kommuner.map((k) => k.nummer), "9999"], () => 5), "07459.json"))
      .toThrow("Folketallsfilen «07459.json», Region «9999», Tid «2027»: ukjent kommune- eller fylkesnummer «9999» (kommunestrukturen fra 2024).");
    const kjonn = JSON.parse(jsonstat());
    kjonn.id = ["Region", "Kjonn", "Tid"];
    kjonn.size = [kommuner.length, 2, 1];
    expect(() => lesFolketallsfil(JSON.stringify(kjonn), "k.json")).toThrow("Folketallsfilen «k.json»: dimensjonen «Kjonn» har 2 verdier. Hent bare Region og Tid, så SSB summerer resten.");
    const utenTid = JSON.parse(jsonstat());
    utenTid.id = ["Region", "ContentsCode", "Aar"];
    expect(() => lesFolketallsfil(JSON.stringify(utenTid), "t.json")).toThrow("Folketallsfilen «t.json» har ingen år: JSON-stat-svaret har ingen dimensjon «Tid».");
  });

  test("Statistikkbanken: linjenummeret teller tittellinjen og den tomme linjen", () => {
    const rader = kommuner.map((k) => `"${k.nummer} ${k.navn}";"Personer";${k.nummer === "3205" ? "x" : 1}`);
    expect(() => lesFolketallsfil(statistikkbanken(rader), "ssb.csv"))
      .toThrow(`Folketallsfilen «ssb.csv», linje ${kommuner.findIndex((k) => k.nummer === "3205") + 4}, 3205 (2027): forventet et helt innbyggertall, fikk «x».`);
  });
});

describe("hver feil i hvert av de tre oppsettene: meldingen nevner filen, linjen (Region og Tid i JSON-stat) og koden", () => {
  /** En rad i filen: koden slik den står, og verdien (tekst i CSV, et tall eller tekst i JSON). */
  type Rad = [kode: string, verdi: string | number | null];
  const alle = (): Rad[] => kommuner.map((k) => [k.nummer, 1000]);
  const med = (nummer: string, rad: Rad | null): Rad[] => alle().flatMap((r) => (r[0] === nummer ? (rad ? [rad] : []) : [r]));
  const indeks = (nummer: string) => kommuner.findIndex((k) => k.nummer === nummer);

  interface Oppsett {
    navn: string;
    fil: string;
    lag: (rader: Rad[], ar?: string | null) => string;
    /** Hvor rad nr. i (fra 0) står i meldingen. */
    sted: (i: number, kode: string, ar?: string) => string;
    /** Stedet for en årsfeil, og eksempelet meldingen gir. */
    arsted: string;
    eksempel: string;
  }
  const OPPSETT: Oppsett[] = [
    {
      navn: "det medfølgende CSV-oppsettet", fil: "f.csv",
      lag: (rader, ar = "2027") => [`kommunenummer,navn,kundetype${ar === null ? "" : `,innbyggere_${ar}`}`, ...rader.map(([k, v]) => `${k},x,KOMMUNE${ar === null ? "" : `,"${v}"`}`)].join("\n"),
      sted: (i) => `linje ${i + 2}`, arsted: "linje 1", eksempel: "innbyggere_2027",
    },
    {
      navn: "Statistikkbankens CSV", fil: "ssb.csv",
      lag: (rader, ar = "2027") => ['"07459: Befolkning, etter region, statistikkvariabel og år"', "", `"region";"statistikkvariabel"${ar === null ? "" : `;"${ar}"`}`,
        ...rader.map(([k, v]) => `"${k} Sted";"Personer"${ar === null ? "" : `;${v}`}`)].join("\r\n"),
      sted: (i) => `linje ${i + 4}`, arsted: "linje 3", eksempel: "2027",
    },
    {
      navn: "SSBs JSON-stat2", fil: "07459.json",
      // Regionene som liste (JSON-stat tillater begge former), så en kode kan stå to ganger.
      lag: (rader, ar = "2027") => JSON.stringify({
        id: ["Region", "ContentsCode", ar === null ? "Aar" : "Tid"], size: [rader.length, 1, 1],
        dimension: { Region: { category: { index: rader.map(([k]) => k) } }, ContentsCode: { category: { index: ["Personer1"] } }, [ar === null ? "Aar" : "Tid"]: { category: { index: [ar ?? "2027"] } } },
        value: rader.map(([, v]) => v),
      }),
      sted: (_, kode, ar = "2027") => `Region «${kode}», Tid «${ar}»`, arsted: "", eksempel: "",
    },
  ];

  test("et desimalkomma uten anførselstegn i en kommaseparert fil gir et felt for mye, ikke et avkortet tall", () => {
    const rader = alle().map(([k]) => `${k},x,KOMMUNE,${k === "3205" ? "96771,5" : 1000}`);
    expect(() => lesFolketallsfil(["kommunenummer,navn,kundetype,innbyggere_2027", ...rader].join("\n"), "f.csv"))
      .toThrow(`Folketallsfilen «f.csv», linje ${indeks("3205") + 2}: raden har 5 felt, overskriften 4 (et tall med komma i en kommaseparert fil? Sett det i anførselstegn eller skriv det uten skilletegn).`);
    // Et tomt felt til slutt (et skilletegn for mye) er ikke et tall og godtas.
    expect(lesFolketallsfil(["kommunenummer,navn,kundetype,innbyggere_2027", ...alle().map(([k]) => `${k},x,KOMMUNE,1000,`)].join("\n"), "f.csv").tall.get(2027)!.get("3205")).toBe(1000);
  });

  describe.each(OPPSETT)("$navn", (o) => {
    const les = (tekst: string) => () => lesFolketallsfil(tekst, o.fil);
    const hvor = `Folketallsfilen «${o.fil}»`;
    const l = indeks("3205");

    test("ukjent kode", () => {
      expect(les(o.lag(med("3205", ["9999", 1000])))).toThrow(`${hvor}, ${o.sted(l, "9999")}: ukjent kommune- eller fylkesnummer «9999» (kommunestrukturen fra 2024).`);
    });
    test("en nedlagt kommune i SSBs fulle regionliste uten tall for året overses; med et tall avvises den", () => {
      // 0101 Halden (før 2020) står i 07459 med «..» (JSON: null) for senere år.
      const tom = o.navn === "SSBs JSON-stat2" ? null : "..";
      expect(lesFolketallsfil(o.lag([...alle(), ["0101", tom as string]]), o.fil).tall.get(2027)!.has("0101")).toBe(false);
      const rader: Rad[] = [...alle(), ["0101", 5]];
      expect(les(o.lag(rader))).toThrow(`${hvor}, ${o.sted(rader.length - 1, "0101")}: ukjent kommune- eller fylkesnummer «0101» (kommunestrukturen fra 2024).`);
    });
    test("manglende kommuner: hvor mange og hvilke", () => {
      expect(les(o.lag(med("3205", null)))).toThrow(`${hvor} mangler 1 kommune for 2027: 3205 Lillestrøm. Alle 357 kommuner må være med.`);
      const tre = alle().filter(([k]) => !["3205", "1804", "0301"].includes(k));
      expect(les(o.lag(tre))).toThrow(`${hvor} mangler 3 kommuner for 2027: 0301 Oslo - Oslove, 1804 Bodø, 3205 Lillestrøm. Alle 357 kommuner må være med.`);
    });
    test("dublett", () => {
      // Bodø står også der Lillestrøm skulle stå; Bodøs egen rad kommer først i filen.
      const b = indeks("1804");
      expect(b).toBeLessThan(l);
      expect(les(o.lag(med("3205", ["1804", 1000])))).toThrow(`${hvor}, ${o.sted(l, "1804")}: «1804» står to ganger for 2027 (også ${o.sted(b, "1804")}).`);
    });
    test.each([
      ["ikke et helt tall", "96771,5", "innbyggertallet må være et helt tall, fikk «96771,5»."],
      ["negativt", -5, "innbyggertallet kan ikke være negativt, fikk «-5»."],
      ["tvetydig", "96.771", "«96.771» er tvetydig: det kan bety 96771 eller 96,771. Skriv innbyggertallet uten skilletegn."],
      ["ikke et tall", "..", "forventet et helt innbyggertall, fikk «..»."],
    ])("%s", (_, verdi, melding) => {
      expect(les(o.lag(med("3205", ["3205", verdi])))).toThrow(`${hvor}, ${o.sted(l, "3205")}, 3205 (2027): ${melding}`);
    });
    test("et år som ikke kan leses, og ingen år", () => {
      const uleselig = o.navn === "SSBs JSON-stat2"
        ? `${hvor}, Tid «20271»: året kan ikke leses.`
        : `${hvor}, ${o.arsted}: året i kolonnen «${o.navn.startsWith("det") ? "innbyggere_20271" : "20271"}» kan ikke leses (forventet f.eks. ${o.eksempel}).`;
      expect(les(o.lag(alle(), "20271"))).toThrow(uleselig);
      const ingen = o.navn === "SSBs JSON-stat2"
        ? `${hvor} har ingen år: JSON-stat-svaret har ingen dimensjon «Tid».`
        : `${hvor}, ${o.arsted}: ingen årskolonne (forventet f.eks. ${o.eksempel}).`;
      expect(les(o.lag(alle(), null))).toThrow(ingen);
    });
  });
});
