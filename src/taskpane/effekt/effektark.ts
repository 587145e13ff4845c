/**
 * Effektanalysen som ark: summene, båndtabellene per kundetype (etter % og etter kr, som KS' publiserte tabeller)
 * og hver kundes resultat, hver som en Excel-tabell. Bare verdier (analysen er et øyeblikksbilde av matrisen og
 * hva-om-endringene akkurat da); alle tallene kommer fra kjernens Sektor.
 */
import { type Andelscelle, bandtabell, type Effektresultat, type Enhet, type Fordeling, KUNDETYPENAVN, NA } from "../../core";
import { omrade } from "../../ark/adresser";
import { type Bandtabelloppsett, bandtabelloppsett, type Innhold } from "../../ark/bandtabelloppsett";
import { Arkbygger, type Celle as Arkcelle, type Tabell, tekst } from "../../ark/modell";
import { FORMAT } from "../../ark/tallformat";
import { ruteark, type Ruteark } from "../felles/arkoppsett";

/** En celle i effektarket: tekst, et tall, eller "" for tom. */
type Celle = string | number;

export const INNTEKTSKOLONNER = ["Tjeneste", "Kunder", "Inntekt (fakturert)", "Inntekt eksakt"] as const;

export interface Effektarkoppsett {
  kildetekst: string;
  matrisenavn: string;
  /** "Dagens pris fra kundelisten …" osv. */
  sammenligning: string;
  /** true når det er gjort hva-om-endringer siden analysen ble kjørt. */
  hvaom: boolean;
  /** Hele sektorens resultat (sammendraget, hver kunde, båndinndelingene). */
  resultat: Effektresultat;
  /** Til merknaden i A2, f.eks. "23.11.2026 10:15". */
  tidspunkt: string;
}

export const KUNDEKOLONNER_ARK = [
  "Kunde", "Nummer", "Kundetype", "Innbyggere", "Gammel pris", "Ny pris", "Endring kr", "Endring %", "Band (prosent)", "Band (kroner)",
] as const;

const PROSENT_EN_DESIMAL = "0.0 %";

interface Tabellbygger {
  ark: Arkbygger;
  tabeller: Tabell[];
  /** Raden (fra 0) til neste ledige linje. */
  rad: number;
}

/** Legger til en overskrift og så en tabell (overskriftsrad + rader) med formater per kolonne; én tom rad etter. */
function leggTil(b: Tabellbygger, overskrift: string, navn: string, kolonner: readonly string[], rader: Celle[][], format: string[]): void {
  b.ark.sett(b.rad, 0, tekst(overskrift, "sum"));
  const forste = b.rad + 1;
  const siste = forste + rader.length;
  b.ark.rad(forste, 0, kolonner.map((k) => tekst(k)));
  rader.forEach((rad, i) => b.ark.rad(forste + 1 + i, 0, rad.map((v, k): Arkcelle => (v === "" ? { format: format[k] } : { verdi: v, format: format[k] }))));
  b.tabeller.push({ omrade: omrade(forste, 0, siste, kolonner.length - 1), navn, stil: "TableStyleMedium2" });
  b.rad = siste + 2;
}

/** Kjernens båndtabell (én regel for «Uten grunnlag», andelene og «na.») som innholdet i arkmodellens båndtabell. */
function bandceller(f: Fordeling, enhet: Enhet): Bandtabelloppsett {
  const t = bandtabell(f, enhet, { fastForm: true });
  const rader = [...t.rader, t.sum];
  const andel = (a: Andelscelle): Innhold => (a.type === "andel" ? { verdi: a.verdi.toNumber() } : a.type === "na" ? { verdi: NA } : {});
  return {
    kundetype: f.kundetype, enhet, band: f.band.map((x) => x.navn),
    rad: (i) => ({ intervall: { verdi: rader[i].etikett }, antall: { verdi: rader[i].antall }, andel: andel(rader[i].andel) }),
  };
}

const tall = (d: { toNumber(): number } | null): Celle => (d === null ? "" : d.toNumber());

export function effektark(o: Effektarkoppsett): Ruteark {
  const ark = new Arkbygger("Effektanalyse");
  ark.sett(0, 0, tekst("Effektanalyse – ny prismodell", "tittel"));
  ark.sett(1, 0, tekst(
    `${o.kildetekst}. ${o.matrisenavn}${o.hvaom ? " med hva-om-endringer" : ""}. Sammenlignet med: ${o.sammenligning}. Laget ${o.tidspunkt} med KS prisverktøy (verdier, ikke formler).`,
    "forklaring",
  ));
  const b: Tabellbygger = { ark, tabeller: [], rad: 3 };
  const s = o.resultat;
  const inntekt: Celle[][] = [
    ...s.tjenester.map((t): Celle[] => [t.tjeneste, t.antallKunder, t.inntekt.toNumber(), t.inntektEksakt.toNumber()]),
    ["Sum ny inntekt", s.antallKunder, s.total.ny.toNumber(), s.total.nyEksakt.toNumber()],
  ];
  leggTil(b, "Inntekt per tjeneste (ny pris)", "Effekt_inntekt", INNTEKTSKOLONNER, inntekt, [FORMAT.tekst, FORMAT.heltall, FORMAT.kroner, '#,##0.00 "kr"']);
  leggTil(b, "Gammelt mot nytt (kunder med grunnlag)", "Effekt_total", ["Kunder med grunnlag", "Gammelt", "Nytt", "Endring kr", "Endring %"], [[
    s.total.medGrunnlag, s.total.gammel.toNumber(), s.total.nyMedGrunnlag.toNumber(), s.total.endringKr.toNumber(),
    s.total.endringProsent === null ? NA : s.total.endringProsent.div(100).toNumber(),
  ]], [FORMAT.heltall, FORMAT.kroner, FORMAT.kroner, FORMAT.kroner, PROSENT_EN_DESIMAL]);
  for (const [fordelinger, enhet] of [[s.prosentfordeling, "prosent"], [s.kronefordeling, "kroner"]] as const) {
    for (const f of fordelinger) {
      const { tabell, neste } = bandtabelloppsett(b.ark, b.rad, bandceller(f, enhet));
      b.tabeller.push(tabell);
      b.rad = neste;
    }
  }
  const prosentband = (i: number | null) => (i === null ? NA : s.prosentband.band[i].navn);
  const kroneband = (i: number | null) => (i === null ? NA : s.kroneband.band[i].navn);
  const kunder: Celle[][] = s.kunder.map((k) => [
    // Kundenummeret er tekst: «0301» blir stående som 0301 i arket (excel.ts skriver tekst som tekst).
    k.kunde.navn, k.kunde.nummer ?? "", KUNDETYPENAVN[k.kunde.kundetype], k.kunde.innbyggere, tall(k.gammel), k.ny.toNumber(), tall(k.endringKr),
    k.endringProsent === null ? NA : k.endringProsent.div(100).toNumber(), prosentband(k.prosentband), kroneband(k.kroneband),
  ]);
  leggTil(b, "Kunder", "Effekt_kunder", KUNDEKOLONNER_ARK, kunder, [
    FORMAT.tekst, FORMAT.tekst, FORMAT.tekst, FORMAT.heltall, FORMAT.kroner, FORMAT.kroner, FORMAT.kroner, PROSENT_EN_DESIMAL, FORMAT.tekst, FORMAT.tekst,
  ]);
  return ruteark({ ...ark.bygg([]), tabeller: b.tabeller });
}
