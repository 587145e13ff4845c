/**
 * Prismatrisen og SvarUt-tabellen slik ruten viser dem: én tabell per kundetype med lesbare navn, «kr» og like
 * mange desimaler nedover hver kolonne, og ett merke («–») for en tjeneste som ikke tilbys.
 */
import {
  Decimal, KUNDETYPENAVN, type Kundetype, type Matrisekundetype, type Prisledd, type Prismatrise, type SvarUtPriser,
  type SvarUtTabell, norskTall,
} from "../../core";
import { krDesimaler } from "../felles/format";

export const IKKE_TILBUDT = "–";

/** Desimaler for en kolonne: minst `min`, flere når en verdi trenger dem (en kalibrert 0,755384), høyst `maks`. */
function kolonnedesimaler(verdier: Decimal[], min: number, maks: number): number {
  return Math.min(maks, Math.max(min, ...verdier.map((v) => v.decimalPlaces())));
}

const prosent = (andel: Decimal, d: number) => `${norskTall(andel.times(100), d)}\u00a0%`;

export type Matrisetabell = { tittel: string; kolonner: string[]; rader: string[][]; merknad: string };

/** Kommuner eller fylkeskommuner: fastpris, innbyggerpris og størrelsesjustering per tjeneste. */
export function leddtabell(matrise: Prismatrise, kundetype: Matrisekundetype): Matrisetabell {
  const ledd = matrise.tjenester.map((t) => [t.navn, kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune] as const);
  const finnes = ledd.flatMap(([, l]) => (l ? [l] : []));
  const d = (felt: keyof Prisledd, min: number, maks: number, faktor = 1) => kolonnedesimaler(finnes.map((l) => l[felt].times(faktor)), min, maks);
  const [df, di, dj] = [d("fastpris", 0, 2), d("innbyggerpris", 3, 6), d("justering", 0, 2, 100)];
  return {
    tittel: kundetype === "KOMMUNE" ? "Kommuner" : "Fylkeskommuner",
    kolonner: ["Tjeneste", "Fastpris", "Per innbygger", "Størrelses\u00adjustering"],
    rader: ledd.map(([navn, l]) => (l
      ? [navn, krDesimaler(l.fastpris, df), krDesimaler(l.innbyggerpris, di), prosent(l.justering, dj)]
      : [navn, IKKE_TILBUDT, IKKE_TILBUDT, IKKE_TILBUDT])),
    merknad: `Referanseinnbyggertall: ${norskTall(new Decimal(matrise.referanse[kundetype]))} (den største ${kundetype === "KOMMUNE" ? "kommunen" : "fylkeskommunen"}).`,
  };
}

/** Statlige virksomheter: fastpris per tjeneste; grunnfinansieringen fastsettes per virksomhet. */
export function statligtabell(matrise: Prismatrise): Matrisetabell {
  const priser = matrise.tjenester.flatMap((t) => (t.statligFastpris ? [t.statligFastpris] : []));
  const d = kolonnedesimaler(priser, 0, 2);
  return {
    tittel: "Statlige virksomheter",
    kolonner: ["Tjeneste", "Fastpris"],
    rader: matrise.tjenester.map((t) => [t.navn, t.statligFastpris ? krDesimaler(t.statligFastpris, d) : IKKE_TILBUDT]),
    merknad: "Grunnfinansieringen for statlige virksomheter fastsettes per virksomhet.",
  };
}

/**
 * SvarUt: kundetyper med like priser deler kolonne, som i KS' publiserte tabell (to grupper); prisleddene er
 * radene, så tabellen holder seg tre kolonner bred i en smal rute.
 */
export function svaruttabell(tabell: SvarUtTabell): Matrisetabell {
  const grupper: { typer: Kundetype[]; p: SvarUtPriser }[] = [];
  for (const [k, p] of Object.entries(tabell) as [Kundetype, SvarUtPriser][]) {
    const lik = grupper.find((g) => (["fastpris", "altinn", "forsendelse", "svarinn"] as const).every((f) => g.p[f].eq(p[f])));
    if (lik) lik.typer.push(k);
    else grupper.push({ typer: [k], p });
  }
  const rad = (navn: string, felt: keyof SvarUtPriser, min: number) => {
    const d = kolonnedesimaler(grupper.map((g) => g.p[felt]), min, 4);
    return [navn, ...grupper.map((g) => krDesimaler(g.p[felt], d))];
  };
  return {
    tittel: "SvarUt",
    kolonner: ["Pris", ...grupper.map((g) => g.typer.map((k) => KUNDETYPENAVN[k]).join(", "))],
    rader: [rad("Fastpris", "fastpris", 0), rad("Per Altinn-transaksjon", "altinn", 2), rad("Per forsendelse", "forsendelse", 2), rad("Per SvarInn", "svarinn", 2)],
    merknad: "Pris per år = fastpris + antall × pris per transaksjon.",
  };
}
