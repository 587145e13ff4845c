/**
 * Ordboken (test/fiendtlig/ordbok.ts) kjørt gjennom oppgaverutens tallfelt: innbyggertallet, SvarUt-antallene og
 * dagens pris leses av skjemaet (tolkSkjema) slik brukeren skrev dem. Et godtatt tall må brukes i beregningen; en
 * avvisning må stå som feltfeil i rutens ord og nevne det ordboken sier – og SvarUt holdes utenfor («na.») når et
 * antall er ugyldig, i stedet for å bli 0 i det stille.
 */
import { ORGANISASJONER, STANDARD_PRISMATRISE } from "../../src/core";
import { type Skjema, TOMT_SKJEMA, feltnokkel, tolkSkjema } from "../../src/taskpane/felles/skjema";
import { ORDBOK, type Tilfelle, vanligeMellomrom, visInndata } from "../fiendtlig/ordbok";

const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;

/** Feltet tilfellet skrives i, et skjema med teksten der, og hvordan verdien og feilen leses ut av svaret. */
const FELT = {
  innbyggere: {
    skjema: (tekst: string): Skjema => ({ ...TOMT_SKJEMA, modus: "manuell", kundetype: "KOMMUNE", innbyggere: tekst }),
    nokkel: feltnokkel.innbyggere,
    verdi: (t: ReturnType<typeof tolkSkjema>) => t.innbyggere,
  },
  volum: {
    skjema: (tekst: string): Skjema => ({
      ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { SvarUt: { valgt: true, eksisterende: "190 000" } },
      volum: { altinn: "", forsendelser: tekst, svarinn: "" },
    }),
    nokkel: feltnokkel.volum("forsendelser"),
    verdi: (t: ReturnType<typeof tolkSkjema>) => t.input?.tjenester.find((s) => s.tjeneste === "SvarUt")?.forsendelser ?? null,
  },
  belop: {
    skjema: (tekst: string): Skjema => ({ ...TOMT_SKJEMA, ar: 2024, organisasjon: bodo, brukte: { "Fiks Digisos": { valgt: true, eksisterende: tekst } } }),
    nokkel: feltnokkel.eksisterende("Fiks Digisos"),
    verdi: (t: ReturnType<typeof tolkSkjema>) => t.input?.tjenester.find((s) => s.tjeneste === "Fiks Digisos")?.eksisterende ?? null,
  },
} as const;

type Feltnavn = keyof typeof FELT;
const TILFELLER = ORDBOK.filter((t): t is Tilfelle & { inndata: string; felt: Feltnavn } =>
  typeof t.inndata === "string" && t.felt in FELT && (t.utfall.type === "tall" || t.utfall.type === "avvist"));

test("ordboken har tilfeller for hvert tallfelt i ruten", () => {
  for (const felt of Object.keys(FELT)) expect(TILFELLER.filter((t) => t.felt === felt).length).toBeGreaterThanOrEqual(10);
});

test.each(TILFELLER.map((t) => [t.felt, visInndata(t), t] as const))("%s %s", (felt, _vis, t) => {
  const f = FELT[felt];
  const tolket = tolkSkjema(f.skjema(t.inndata), STANDARD_PRISMATRISE);
  const feil = tolket.feltfeil[f.nokkel];
  if (t.utfall.type === "tall") {
    expect(feil).toBeUndefined();
    expect(f.verdi(tolket)).toBe(t.utfall.verdi);
    return;
  }
  if (t.utfall.type !== "avvist") throw new Error("bare tall og avvisninger her");
  expect(feil).toBeDefined();
  // Rutens egne ord: en hel setning, ikke funksjonenes «Argumentet «…»».
  expect(feil).toMatch(/^(Skriv|Kan ikke|Er tvetydig|Er for stort)/);
  for (const ord of t.utfall.nevner) expect(vanligeMellomrom(feil!)).toContain(vanligeMellomrom(ord));
  if (felt === "volum") {
    expect(tolket.holdtUtenfor.map((h) => h.tjeneste)).toEqual(["SvarUt"]);
    expect(f.verdi(tolket)).toBeNull();
  }
});
