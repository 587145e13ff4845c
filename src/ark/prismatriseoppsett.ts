/**
 * Prismatrisen og SvarUt-tabellen som ark, beskrevet én gang for begge mål: arket oppgaveruten setter inn (matrisen og
 * SvarUt under hverandre, som Excel-tabeller økonomen endrer og leser tilbake) og arkene Prismatrise og SvarUt i den
 * frittstående arbeidsboken (som formlene i Kalkulator leser). Radene, overskriftene, tallformatene, de gule
 * inndatacellene, valideringene og merknaden ved referanseinnbyggertallene er de samme; tabellen står i nøyaktig det
 * oppsettet tolkPrismatrise leser tilbake. Bare verdier og vanlige formler: ingen formellag å velge.
 */
import {
  type Kundetype, MATRISEKOLONNER, prismatriseTilCeller, type Prismatrise, SVARUTKOLONNER, svarUtTabellTilCeller,
  type SvarUtTabell, TALLKRAV,
} from "../core";
import { omrade, ref } from "./adresser";
import { forsteMelding } from "./formelbiter";
import { type Arkbygger, type Celle, tekst } from "./modell";
import { FORMAT, prosentformat, satsformat } from "./tallformat";
import { belop, tallkrav } from "./valideringer";

export type Matrisekolonne = keyof typeof MATRISEKOLONNER;
export const MATRISEKOLONNENE = Object.keys(MATRISEKOLONNER) as Matrisekolonne[];
export type SvarUtKolonne = keyof typeof SVARUTKOLONNER;
export const SVARUTKOLONNENE = Object.keys(SVARUTKOLONNER) as SvarUtKolonne[];

/** Overskriftsraden i arket Prismatrise (fra 0): tabellen begynner i A3 i begge mål. */
export const MATRISEOVERSKRIFT = 2;

/** Tittelen på prismatrisearket. */
export const prismatrisetittel = (beskrivelse: string) => `Prismatrise – ${beskrivelse}`;
export const SVARUTTITTEL = "SvarUt – fastpris + transaksjonspris per år";
/** Minstebreddene (tegn) i arket Prismatrise og i arket SvarUt. */
export const MATRISEBREDDER = [34, 16, 14, 14, 16, 14, 14, 16];
export const SVARUTBREDDER = [28, 14, 20, 14, 14];

/** En matrisecelle: tall med kolonnens format som gul inndata, «NA» som gul tekst, navnene som tekst, tomme celler tomme. */
function matrisecelle(verdi: string | number, kolonne: Matrisekolonne, referanserad: boolean): Celle | null {
  if (verdi === "") return null;
  if (typeof verdi === "string") return kolonne === "tjeneste" ? { verdi } : { verdi, stil: "inndata" };
  const format = referanserad ? FORMAT.heltall
    : kolonne.startsWith("innbyggerpris") ? satsformat(verdi)
      : kolonne.startsWith("justering") ? prosentformat(verdi)
        : FORMAT.kroner;
  return { verdi, format, stil: "inndata" };
}

/**
 * Matrisetabellen fra raden `overskrift` (overskrift, tjenestene og referanseraden), med
 * validering av referanseinnbyggertallene og en merknad ved siden av når ett av dem ikke er et tall større enn 0
 * (kjernen nekter da å prise). Gir området tabellen dekker.
 */
export function matrisetabell(b: Arkbygger, overskrift: number, matrise: Prismatrise): string {
  const [hode, ...rader] = prismatriseTilCeller(matrise);
  b.rad(overskrift, 0, hode.map((o) => tekst(String(o), "overskrift")));
  rader.forEach((rad, i) => {
    const referanserad = i === rader.length - 1;
    b.rad(overskrift + 1 + i, 0, rad.map((v, k) => matrisecelle(v, MATRISEKOLONNENE[k], referanserad)));
  });
  const r = overskrift + rader.length;
  const celler = (["innbyggerprisKommune", "innbyggerprisFylke"] as const).map((k) => MATRISEKOLONNENE.indexOf(k));
  for (const k of celler) b.valider({ omrade: ref(r, k), ...tallkrav("Referanseinnbyggertallet", TALLKRAV.referanse) });
  b.sett(r, MATRISEKOLONNENE.length, {
    formel: forsteMelding(celler.map((k, i): [string, string] => [
      `NOT(AND(ISNUMBER(${ref(r, k)}),${ref(r, k)}>0))`,
      `Referanseinnbyggertallet for ${i === 0 ? "kommuner" : "fylkeskommuner"} (${ref(r, k)}) må være større enn 0.`,
    ])),
    stil: "forklaring",
  });
  return omrade(overskrift, 0, r, hode.length - 1);
}

/** SvarUt-tabellen fra raden `overskrift`: kundetypen, fastprisen og transaksjonsprisene som gule celler, med validering. */
export function svaruttabell(b: Arkbygger, overskrift: number, tabell: SvarUtTabell): string {
  const [hode, ...rader] = svarUtTabellTilCeller(tabell);
  b.rad(overskrift, 0, hode.map((o) => tekst(String(o), "overskrift")));
  rader.forEach((rad, i) => {
    b.rad(overskrift + 1 + i, 0, rad.map((v, k) => (k === 0
      ? tekst(String(v as Kundetype))
      : { verdi: v, format: k === 1 ? FORMAT.kroner : satsformat(Number(v), 2), stil: "inndata" as const })));
  });
  const [fra, til] = [overskrift + 1, overskrift + rader.length];
  b.valider({ omrade: omrade(fra, 1, til, 1), ...belop("Fastprisen") });
  b.valider({ omrade: omrade(fra, 2, til, SVARUTKOLONNENE.length - 1), ...tallkrav("Transaksjonsprisen", TALLKRAV.enhetspris) });
  return omrade(overskrift, 0, til, hode.length - 1);
}
