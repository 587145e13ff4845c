/**
 * Kommandolinjens konvensjoner, på den bygde kommandolinjen: --hjelp/--help/-h på hver kommando, --version, og
 * avslutningskodene nøyaktig som dokumentert (0 ok, 1 feil inndata, 2 feil bruk, 3 intern feil uten stakkspor).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KOMMANDOER } from "../../src/cli/kommandoer";
import { kjorFikspris } from "../../src/cli/main";
import { byggCli, type Kjoring, lastCli } from "./bygg";

let mappe: string;
let bin: string;
let rydd: () => void;
let fikspris: (...a: string[]) => Kjoring;
beforeAll(() => {
  ({ mappe, bin, rydd } = byggCli());
  fikspris = lastCli(bin);
});
afterAll(() => rydd());

const NAVN = ["pris", "svarut", "digifin", "innbyggere", "matrise", "kalkulator", "effekt", "kalibrer", "sammenlign", "budsjett", "arbeidsbok"];
const AVSLUTNINGSKODER = /Avslutningskoder: 0 ok, 1 feil i inndata .*\n2 feil bruk .* 3 intern feil .*\nFIKSPRIS_DEBUG=1 for detaljer\)\.\n$/;

test("testen dekker hver kommando", () => {
  expect(KOMMANDOER.map((k) => k.navn).sort()).toEqual([...NAVN].sort());
});

describe("hjelp og versjon", () => {
  test.each(["--hjelp", "--help", "-h", "hjelp", "help"])("fikspris %s: oversikten med avslutningskodene", (valg) => {
    const r = fikspris(valg);
    expect({ kode: r.kode, feil: r.feil }).toEqual({ kode: 0, feil: "" });
    expect(r.ut).toMatch(/^fikspris – priser på KS DIFs Fiks-tjenester/);
    expect(r.ut).toMatch(AVSLUTNINGSKODER);
  });

  test.each(NAVN)("fikspris %s med --hjelp, --help eller -h, eller etter hjelp/help: kommandoens hjelp", (navn) => {
    const varianter = [[navn, "--hjelp"], [navn, "--help"], [navn, "-h"], ["hjelp", navn], ["help", navn], [navn, "--json", "--help"]];
    // Hjelp vinner også over ukjente valg på samme linje.
    varianter.push([navn, "--finnes-ikke", "--help"]);
    for (const argumenter of varianter) {
      const r = fikspris(...argumenter);
      expect({ argumenter, kode: r.kode, feil: r.feil }).toEqual({ argumenter, kode: 0, feil: "" });
      expect(r.ut).toMatch(new RegExp(`^Bruk: fikspris ${navn}\\b`));
      expect(r.ut).toMatch(AVSLUTNINGSKODER);
    }
  });

  test("--version og --versjon skriver versjonen fra package.json", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const valg of ["--version", "--versjon"]) expect(fikspris(valg)).toEqual({ kode: 0, ut: `fikspris ${version}\n`, feil: "" });
  });
});

/** Feil bruk (2): ukjent kommando eller valg, manglende valg eller verdi. Feil inndata (1): en verdi som er ugyldig. */
const scenario = () => {
  const sti = join(mappe, "scenario.json");
  writeFileSync(sti, "{\"organisasjon\": \"Bodø\", \"tjenester\": [\"Fiks Digisos\"]");
  return sti;
};
const BRUK: [string, string[]][] = [
  ["pris", ["--innbyggere", "100"]],
  ["svarut", ["--finnes-ikke"]],
  ["digifin", []],
  ["innbyggere", []],
  ["matrise", ["overflodig"]],
  ["kalkulator", []],
  ["effekt", ["--kunder"]],
  ["kalibrer", ["--tjeneste", "Fiks Digisos"]],
  ["sammenlign", []],
  ["budsjett", []],
];
const INNDATA: [string, () => string[]][] = [
  ["pris", () => ["--tjeneste", "Fiks Digisos", "--innbyggere", "mange"]],
  ["svarut", () => ["--altinn", "-3"]],
  ["digifin", () => ["--innbyggere", "100", "--losning", "Digibank"]],
  ["innbyggere", () => ["Atlantis"]],
  ["matrise", () => ["--matrise", join(mappe, "finnes-ikke.csv")]],
  ["kalkulator", () => ["--scenario", scenario()]],
  ["effekt", () => ["--ar", "1999"]],
  ["kalibrer", () => ["--tjeneste", "Fiks Digisos", "--kostnad", "4000000", "--kundetype", "statlig"]],
  ["sammenlign", () => ["--matrise", "standard", "--topp", "abc"]],
  ["budsjett", () => ["--scenario", scenario()]],
];

describe("avslutningskoder som dokumentert", () => {
  test.each(BRUK)("fikspris %s med feil bruk: kode 2 og henvisning til --hjelp", (navn, argumenter) => {
    const r = fikspris(navn, ...argumenter);
    expect({ kode: r.kode, ut: r.ut }).toEqual({ kode: 2, ut: "" });
    expect(r.feil).toMatch(/^Feil: .*\nSe «fikspris --hjelp»\.\n$/);
  });

  test.each(INNDATA)("fikspris %s med feil inndata: kode 1 og en norsk melding", (navn, argumenter) => {
    const r = fikspris(navn, ...argumenter());
    expect({ kode: r.kode, ut: r.ut }).toEqual({ kode: 1, ut: "" });
    expect(r.feil).toMatch(/^Feil: /);
    expect(r.feil).not.toMatch(/fikspris --hjelp|Error|Unexpected|position|at .*\.c?js/);
  });

  test("ukjent kommando og valg før kommandoen er feil bruk", () => {
    for (const argumenter of [["prisen"], ["--json"], ["constructor"], ["__proto__"], ["hjelp", "toString"]]) {
      expect(fikspris(...argumenter).kode).toBe(2);
    }
  });
});

describe("intern feil: én norsk linje, kode 3, stakkspor bare med FIKSPRIS_DEBUG=1", () => {
  function medFeilIPris<T>(kropp: () => T): T {
    const pris = KOMMANDOER.find((k) => k.navn === "pris")!;
    const ekte = pris.kjor;
    pris.kjor = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'toLowerCase')");
    };
    try {
      return kropp();
    } finally {
      pris.kjor = ekte;
    }
  }
  const kjor = (feilsok: boolean) => medFeilIPris(() => {
    let ut = "";
    let feil = "";
    const kode = kjorFikspris(["pris", "--tjeneste", "x", "--innbyggere", "1"], (t) => (ut += t + "\n"), (t) => (feil += t + "\n"), { feilsok });
    return { kode, ut, feil };
  });

  test("uten feilsøking", () => {
    expect(kjor(false)).toEqual({
      kode: 3,
      ut: "",
      feil: "Feil: fikspris stoppet på en intern feil (en programfeil, ikke en feil i det du skrev inn). Kjør på nytt med FIKSPRIS_DEBUG=1 for detaljer.\n",
    });
  });

  test("med feilsøking: stakksporet følger", () => {
    const r = kjor(true);
    expect(r.kode).toBe(3);
    expect(r.feil).toMatch(/^Feil: fikspris stoppet på en intern feil .* Detaljer:\nTypeError: Cannot read properties .*\n\s+at /);
  });
});

test("en leser som stopper tidlig (| head) gir verken stakkspor eller feilkode", async () => {
  const barn = spawn(process.execPath, [bin, "effekt", "--json"], { stdio: ["ignore", "pipe", "pipe"] });
  let feil = "";
  barn.stderr.on("data", (d) => (feil += String(d)));
  barn.stdout.once("data", () => barn.stdout.destroy());
  const kode = await new Promise<number | null>((ferdig) => barn.on("close", ferdig));
  expect({ kode, feil }).toEqual({ kode: 0, feil: "" });
});
