import { type Kundedifferanse, matriseadvarsler, NA, type Prismatrise, PrisFeil, sammenlignMatriser } from "../../core";
import {
  advarselJson, advarselTekst, type Argumenter, bandtabeller, BrukFeil, endringProsent, fordelingJson, jsonTall, type Kommando, kr,
  lesKunder, lesMatrise, pluss, tekstTabell, valgfri,
} from "../felles";

const STANDARD = "standard";

/** `--matrise` kan gis to ganger (A, så B); én gang = standardmatrisen mot den filen. */
function matrisevalg(a: Argumenter): [string, string] {
  const verdi = a.verdier.matrise as unknown;
  const liste = Array.isArray(verdi) ? (verdi as string[]) : typeof verdi === "string" ? [verdi] : [];
  if (liste.length === 0) throw new BrukFeil("Valget «--matrise» mangler: oppgi to matriser (--matrise A.csv --matrise B.csv).");
  if (liste.length > 2) throw new BrukFeil(`«--matrise» er oppgitt ${liste.length} ganger; sammenlign tar to (A og B).`);
  return liste.length === 1 ? [STANDARD, liste[0]] : [liste[0], liste[1]];
}

/** `--topp N`: et helt antall 0–1000 skrevet bare med sifre; alt annet er feil inndata (avslutningskode 1). */
function tolkTopp(verdi: string | undefined): number {
  if (verdi === undefined) return 10;
  const tekst = verdi.trim();
  if (!/^\d{1,4}$/.test(tekst) || Number(tekst) > 1000) {
    throw new PrisFeil(`«--topp» må være et heltall fra 0 til 1000, fikk «${verdi}».`);
  }
  return Number(tekst);
}

function les(sti: string): Prismatrise {
  return lesMatrise(sti.toLowerCase() === STANDARD ? undefined : sti);
}

const navn = (sti: string) => (sti.toLowerCase() === STANDARD ? "standardmatrisen 2025" : sti);

function kundetabell(rader: Kundedifferanse[]): string {
  return tekstTabell(
    ["Kunde", "Kundetype", "A", "B", "Endring kr", "Endring %"],
    rader.map((d) => [
      d.kunde.navn, d.kunde.kundetype, kr(d.a), kr(d.b), pluss(d.differanse) + kr(d.differanse),
      d.prosent === null ? NA : endringProsent(d.prosent),
    ]),
    [false, false, true, true, true, true],
  );
}

// Deklarert for seg, så den ekstra parseArgs-innstillingen `multiple` passer i den felles valgtypen.
const VALG = {
  matrise: { type: "string" as const, multiple: true },
  kunder: { type: "string" as const },
  ar: { type: "string" as const },
  innbyggerfil: { type: "string" as const },
  topp: { type: "string" as const },
};

export const sammenlign: Kommando = {
  navn: "sammenlign",
  sammendrag: "Scenario: to prismatriser på de samme kundene – hvem vinner og hvem taper",
  hjelp: `Bruk: fikspris sammenlign --matrise A.csv --matrise B.csv [--kunder FIL.csv|alle] [--ar 2024|2025|2026]
                          [--topp N] [--json]

Priser de samme kundene med to prismatriser (f.eks. størrelsesjustering 30 % mot 25 %) og viser
endringen A → B for hver kunde: inntekt per tjeneste under A og B, hvor mange som betaler mindre
(vinnere), mer (tapere) eller det samme, de største endringene, og fordelingen av endringen i bånd
per kundetype (som i «effekt», med A som «pris i dag»). Beløp er summer av linjer avrundet til hele kroner.

Valg:
  --matrise FIL   oppgis to ganger: A og B. «standard» = den publiserte 2025-matrisen.
                  Oppgis den én gang, er A standardmatrisen og B filen.
  --kunder FIL    kundefilen (som for «effekt»); «alle» eller utelatt = alle kommuner og fylkeskommuner
  --ar ÅR         befolkningsår 2024 (standard), 2025 eller 2026
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); --ar kan da være filens år
  --topp N        antall kunder i listene over største gevinst og tap (standard 10)
  --json          maskinlesbart svar med alle kunder

Eksempel:
  fikspris matrise --csv > a.csv    (rediger en kopi til b.csv)
  fikspris sammenlign --matrise a.csv --matrise b.csv`,
  valg: VALG,
  kjor(a) {
    const [stiA, stiB] = matrisevalg(a);
    const [mA, mB] = [les(stiA), les(stiB)];
    const topp = tolkTopp(valgfri(a, "topp"));
    const kunder = lesKunder(a, mA);
    const s = sammenlignMatriser(kunder, mA, mB);
    const advarsler = matriseadvarsler(mB, kunder);
    const sortert = [...s.kunder].sort((x, y) => x.differanse.cmp(y.differanse));
    const vinnere = sortert.filter((d) => d.differanse.isNegative() && !d.differanse.isZero()).slice(0, topp);
    const tapere = sortert.reverse().filter((d) => d.differanse.isPositive() && !d.differanse.isZero()).slice(0, topp);
    const tjenester = tekstTabell(
      ["Tjeneste", "Inntekt A", "Inntekt B", "Endring"],
      [
        ...s.tjenester.map((t) => [t.tjeneste, kr(t.a), kr(t.b), pluss(t.differanse) + kr(t.differanse)]),
        ["Sum", kr(s.total.a), kr(s.total.b), pluss(s.total.differanse) + kr(s.total.differanse)],
      ],
      [false, true, true, true],
    );
    const tekst = [
      `Sammenligning av prismatriser for ${s.kunder.length} kunder: A = ${navn(stiA)}, B = ${navn(stiB)}.`,
      `Totalt: A ${kr(s.total.a)}, B ${kr(s.total.b)}, endring ${pluss(s.total.differanse) + kr(s.total.differanse)}` +
        (s.total.prosent ? ` (${endringProsent(s.total.prosent)})` : "") + ".",
      `Betaler mindre med B: ${s.vinnere}. Betaler mer: ${s.tapere}. Uendret: ${s.uendret}.`,
      "",
      tjenester,
      ...(vinnere.length ? ["", `Størst nedgang (inntil ${topp}):`, kundetabell(vinnere)] : []),
      ...(tapere.length ? ["", `Størst økning (inntil ${topp}):`, kundetabell(tapere)] : []),
      "",
      bandtabeller("Endring A → B i prosent", s.prosentfordeling, "prosent", "ingen pris under A"),
      "",
      bandtabeller("Endring A → B i kroner", s.kronefordeling, "kroner", "ingen pris under A"),
      "",
      advarselTekst(advarsler).replace("Matriseadvarsler", "Matriseadvarsler for B"),
    ].join("\n");
    return {
      tekst,
      json: {
        a: navn(stiA),
        b: navn(stiB),
        total: { a: jsonTall(s.total.a), b: jsonTall(s.total.b), differanse: jsonTall(s.total.differanse), prosent: jsonTall(s.total.prosent) },
        vinnere: s.vinnere,
        tapere: s.tapere,
        uendret: s.uendret,
        tjenester: s.tjenester.map((t) => ({ tjeneste: t.tjeneste, a: jsonTall(t.a), b: jsonTall(t.b), differanse: jsonTall(t.differanse) })),
        kunder: s.kunder.map((d) => ({
          navn: d.kunde.navn, nummer: d.kunde.nummer, kundetype: d.kunde.kundetype,
          a: jsonTall(d.a), b: jsonTall(d.b), differanse: jsonTall(d.differanse), prosent: jsonTall(d.prosent),
        })),
        prosentfordeling: fordelingJson(s.prosentfordeling),
        kronefordeling: fordelingJson(s.kronefordeling),
        advarsler: advarselJson(advarsler),
      },
    };
  },
};
