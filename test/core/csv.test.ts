/** CSV som Excel skriver den: tegnkodingene dekodes riktig, og en fil som ikke kan leses nøyaktig avvises med linjenummer. */
import { csvTilCeller, dekodTekst, TabellFeil } from "../../src/core";
import { utf16, utf8, windows1252 } from "../hjelpere/tegnkoding";

/** Problemene csvTilCeller avviser teksten med ([] når den godtas). */
function problemer(tekst: string): string[] {
  try {
    csvTilCeller(tekst);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(TabellFeil);
    expect((e as TabellFeil).message).toMatch(/^Ugyldig CSV-fil: /);
    return (e as TabellFeil).problemer.map((p) => p.melding);
  }
}

const NORSK = "Tjeneste;Pris\r\nKS Læring;1 560\r\nFiks Kjøretøyregister;9 000\r\nSkatte- og inntektsopplysninger;0,54\r\n";

describe("dekodTekst", () => {
  test("Windows-1252 (Excels «CSV (semikolon-separert)»): æ, ø, å, NBSP og € blir riktige tegn", () => {
    const tekst = NORSK + "Æ Ø Å æ ø å\u00a0€ – «»\r\n";
    // Testens egen koder: ø = 0xF8, € = 0x80, – = 0x96.
    const bytes = windows1252(tekst);
    expect(bytes.includes(0xf8) && bytes.includes(0x80) && bytes.includes(0x96)).toBe(true);
    expect(dekodTekst(bytes)).toEqual({ tekst, koding: "windows-1252", bom: false });
  });

  test("UTF-8 med og uten BOM, UTF-16 LE og BE med BOM", () => {
    expect(dekodTekst(utf8(NORSK))).toEqual({ tekst: NORSK, koding: "utf-8", bom: false });
    expect(dekodTekst(utf8(NORSK, true))).toEqual({ tekst: NORSK, koding: "utf-8", bom: true });
    expect(dekodTekst(utf16(NORSK, "le"))).toEqual({ tekst: NORSK, koding: "utf-16le", bom: true });
    expect(dekodTekst(utf16(NORSK, "be"))).toEqual({ tekst: NORSK, koding: "utf-16be", bom: true });
  });

  test("ren ASCII er UTF-8; én ugyldig UTF-8-byte gjør hele filen til Windows-1252", () => {
    expect(dekodTekst(utf8("a;b\n1;2\n")).koding).toBe("utf-8");
    // «Bodø» i UTF-8 og «ø» i Windows-1252 i samme fil: ikke gyldig UTF-8, så hele filen leses som Windows-1252.
    const blandet = Uint8Array.from([...utf8("Bodø;"), ...windows1252("ø")]);
    expect(dekodTekst(blandet)).toEqual({ tekst: "BodÃ¸;ø", koding: "windows-1252", bom: false });
  });

  test("tom fil", () => {
    expect(dekodTekst(new Uint8Array())).toEqual({ tekst: "", koding: "utf-8", bom: false });
  });
});

describe("csvTilCeller godtar", () => {
  test("CRLF, LF og CR, tomme linjer, BOM og felt i anførselstegn med semikolon og linjeskift", () => {
    const forventet = [["a", "b"], ["1;2", "x\ny"], ["3", "«4»"]];
    for (const skift of ["\r\n", "\n", "\r"]) {
      const tekst = `\uFEFFa;b${skift}${skift}"1;2";"x\ny"${skift}3;«4»${skift}${skift}`;
      expect(csvTilCeller(tekst)).toEqual(forventet);
    }
  });

  test("tabulatorseparert tekst (Excels «Unicode-tekst»), men komma skiller aldri", () => {
    expect(csvTilCeller("Tjeneste\tPris\nKS Læring\t1,56\n")).toEqual([["Tjeneste", "Pris"], ["KS Læring", "1,56"]]);
    expect(csvTilCeller("Tjeneste;Pris\nKS Læring\t;1,56\n")).toEqual([["Tjeneste", "Pris"], ["KS Læring\t", "1,56"]]);
  });

  test("en linje med bare mellomrom er en tom linje", () => {
    expect(csvTilCeller("a;b\n   \n1;2\n")).toEqual([["a", "b"], ["1", "2"]]);
  });
});

describe("csvTilCeller avviser med linjenummer", () => {
  test("anførselstegn som aldri lukkes (ville slukt resten av filen)", () => {
    const tekst = "Tjeneste;Pris\nFiks Digisos;3 000\n\"Fiks Melding;9 000\nKS Læring;18 000\nFiks Protokoller;18 000\n";
    const p = problemer(tekst);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^Linje 3: et felt åpnes med anførselstegn .* aldri lukkes/);
  });

  test("anførselstegn midt i et felt i anførselstegn", () => {
    expect(problemer("a;b\n1;2\n\"x\"y;3\n")[0]).toMatch(/^Linje 3: feil bruk av anførselstegn/);
  });

  test("rader med for få eller for mange felt enn overskriften, med linjen etter en tom linje og et felt over to linjer", () => {
    const tekst = "Tjeneste;Fastpris;Justering\n\nFiks Digisos;3 000\n\"Fiks\nMelding\";9 000;0 %\nKS Læring;18 000;30 %;x\n";
    expect(problemer(tekst)).toEqual([
      "Linje 3 har 2 felt, men overskriftsraden (linje 1) har 3: kontroller semikolonene på linjen.",
      "Linje 6 har 4 felt, men overskriftsraden (linje 1) har 3: kontroller semikolonene på linjen.",
    ]);
  });

  test("kontrolltegn: NUL-utfylling, andre C0- og C1-tegn og erstatningstegnet U+FFFD", () => {
    expect(problemer("a;b\n1;2\n\0\0\0\0")).toEqual([
      "Linje 3: kontrolltegnet U+0000 (NUL) hører ikke hjemme i en CSV-fil; lagre filen som tekst fra Excel på nytt.",
      "Linje 3: kontrolltegnet U+0000 (NUL) hører ikke hjemme i en CSV-fil; lagre filen som tekst fra Excel på nytt.",
      "Linje 3: kontrolltegnet U+0000 (NUL) hører ikke hjemme i en CSV-fil; lagre filen som tekst fra Excel på nytt.",
      "Linje 3: kontrolltegnet U+0000 (NUL) hører ikke hjemme i en CSV-fil; lagre filen som tekst fra Excel på nytt.",
    ]);
    expect(problemer("a;b\r\n1;\u001b\r\n")[0]).toMatch(/^Linje 2: kontrolltegnet U\+001B hører/);
    expect(problemer("a;b\n1;\u0085\n")[0]).toMatch(/^Linje 2: kontrolltegnet U\+0085 /);
    expect(problemer("a;b\n\n\nBod\ufffd;2\n")[0]).toMatch(/^Linje 4: kontrolltegnet U\+FFFD \(erstatningstegnet �\)/);
    expect(problemer("a;b\n1;\u007f\n")[0]).toMatch(/^Linje 2: kontrolltegnet U\+007F \(DEL\)/);
  });

  test("høyst 20 problemer listes", () => {
    expect(problemer("a;b\n" + "1\n".repeat(50))).toHaveLength(20);
  });

  test("kommaseparert fil: navngir skilletegnet i stedet for «kolonnen mangler»", () => {
    expect(problemer("Tjeneste,Fastpris kommune\nFiks Digisos,3000\n")).toEqual([
      "Linje 1: filen ser ut til å bruke komma som skilletegn; bare semikolon og tabulator leses (i Excel: lagre som «CSV (semikolon-separert)»).",
    ]);
  });
});
