import fc from "fast-check";
import { KS } from "../../src/functions/functions";
import { KATALOG } from "../../src/functions/katalog";
import { installerCustomFunctions, TestExcelfeil } from "./oppsett";

beforeAll(() => installerCustomFunctions());

const ANTALL = Number(process.env.KS_FIENDTLIG_ANTALL ?? 10_000);

// Fiendtlige celleverdier: tekst (også nesten gyldig), tomme, sannhetsverdier, feiltekster, enorme/negative/ikke-hele/uendelige tall.
const celle = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "NA", "na.", "-", "30 %", "3 000", "0,636", "1e999", "#DIV/0!", "KOMMUNE", "fylke", "Fiks Digisos",
    "Grunnfinansiering", "SvarUt", "Min kommune", "Digihelse", "Bodø", "0301", "SANN", "USANN", "Tjeneste", "Referanseinnbyggertall",
    "constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "1.000", "10.000", "1,000", "15\u00a0221", "30\u00a0%"),
  fc.integer({ min: -1_000_000, max: 2_000_000 }),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, 2 ** 53, 0.5, 717710, NaN, Infinity, -Infinity, 1e-320),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

// Rare områder: tilfeldige former, rader med ulik lengde, og de gyldige standardtabellene med noen celler byttet ut.
function redigert(tabell: () => unknown[][]) {
  return fc.array(fc.tuple(fc.nat(), fc.nat(), celle), { minLength: 1, maxLength: 4 }).map((endringer) => {
    const t = tabell().map((rad) => rad.slice());
    for (const [r, k, v] of endringer) t[r % t.length][k % t[0].length] = v;
    return t;
  });
}
const omrade = fc.oneof(
  fc.array(fc.array(celle, { maxLength: 9 }), { maxLength: 15 }),
  redigert(KS.PRISMATRISE),
  redigert(KS.SVARUTPRISER),
  redigert(KS.DIGIFINTABELL),
  redigert(() => [
    ["Kunde", "Kundetype", "Innbyggere", "Pris i dag", "Tjenester"],
    ["Bodø", "", "", "300 000", "alle"],
    ["Utsira", "KOMMUNE", 215, 30000, "Fiks Digisos, SvarUt"],
    ["Vestland", "", "", 1e6, "Grunnfinansiering"],
  ]),
  fc.constant(null),
  celle,
  fc.constant([[]]),
  fc.constant([]),
);
const arg = fc.oneof({ weight: 4, arbitrary: celle }, { weight: 1, arbitrary: omrade });

/** Hvert kall gir enten en gyldig verdi eller kaster en CustomFunctions.Error med norsk melding. */
function sjekk(kall: () => unknown, matrise: boolean): void {
  const problem = finnProblem(kall, matrise);
  if (problem) throw new Error(problem);
}

// Enkle kontroller (ikke expect per kall: 110 000 kall må gå raskt).
function finnProblem(kall: () => unknown, matrise: boolean): string | null {
  let svar: unknown;
  try {
    svar = kall();
  } catch (feil) {
    if (!(feil instanceof TestExcelfeil)) return `Ikke en CustomFunctions.Error: ${String(feil)}`;
    if (feil.code !== "#VALUE!" && feil.code !== "#N/A") return `Uventet feilkode ${feil.code}`;
    if (feil.message.trim().length <= 10) return `For kort melding: «${feil.message}»`;
    // Norsk, ikke en lekket JavaScript-/engelsk melding (brukerens egne inndata, sitert «…», kan inneholde hva som helst).
    const utenSitat = feil.message.replace(/«[^»]*»/g, "«»");
    if (/undefined|Cannot |is not a function|is not defined|\[object |DecimalError|NaN|Uventet feil/.test(utenSitat)) return `Lekket melding: ${feil.message}`;
    if (!/[æøå«]|ikke|må|mangler|ugyldig|feil|forventet|tjeneste|argumentet/i.test(feil.message)) return `Ikke norsk: ${feil.message}`;
    return null;
  }
  if (matrise) {
    if (!Array.isArray(svar)) return "Forventet en matrise";
    const ok = (svar as unknown[][]).every((rad) => Array.isArray(rad) && rad.every((c) => typeof c === "string" || (typeof c === "number" && Number.isFinite(c))));
    return ok ? null : "Matrisen har en celle som verken er tekst eller endelig tall";
  }
  return typeof svar === "number" && Number.isFinite(svar) ? null : `Ikke et endelig tall: ${String(svar)}`;
}

// Ariteten og resultatformen kommer fra funksjonstabellen: én kilde for listen over funksjoner.
const FUNKSJONER = KATALOG.map((d) => [d.id, KS[d.id], d.parametre.length, d.resultat !== "tall"] as const);

describe.each(FUNKSJONER)("KS.%s med fiendtlige argumenter", (_navn, funksjon, antall, matrise) => {
  test(`${ANTALL} tilfeller: aldri et ubehandlet unntak, NaN eller Infinity`, () => {
    let kjort = 0;
    fc.assert(
      fc.property(fc.array(arg, { minLength: antall, maxLength: antall }), (argumenter) => {
        kjort += 1;
        sjekk(() => funksjon(...argumenter), matrise);
      }),
      { numRuns: ANTALL },
    );
    expect(kjort).toBeGreaterThanOrEqual(ANTALL);
  }, 120_000);
});
