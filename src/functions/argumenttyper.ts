/**
 * Argumenttypene til KS-funksjonene, som HyperFormulas FunctionArgumentType: hver type sier om argumentet er
 * én verdi eller et område, og gjør det Excel leverer (null for utelatt, any[][] for områder, tall som tekst)
 * om til en ren verdi for kjernen – eller kaster en norsk feil som nevner argumentet.
 */
import {
  type Decimal, type Digifintabell, type Folketall, type Kundetype, type Kvartal, lesPakrevdArgumenttall, type Prismatrise, type SvarUtTabell,
  STANDARD_PRISMATRISE, TALLKRAV, tolkBefolkningsar, tolkDesimaler, tolkInnbyggere, tolkJustering, tolkReferanse, tolkVolum,
} from "../core";
import { erUtelatt, tilBelop, tilBoolsk, tilFordeling, tilKundetype, tilValgfriTekst } from "./argumenter";
import { tilEndring, tilHeleKroner, tilHeltall, tilOppstart } from "./budsjettargumenter";
import { digifinTabell, folketall, prismatrise, svarutTabell } from "./tabeller";

interface Argumenttype<T> {
  /** Et område (any[][] i Excel, dimensionality "matrix" i metadataen) i stedet for én verdi. */
  readonly omrade: boolean;
  /** Excels verdi → ren verdi; `argument` er navnet feilmeldingene bruker. */
  readonly les: (verdi: unknown, argument: string) => T;
}

const verdi = <T>(les: (v: unknown, argument: string) => T): Argumenttype<T> => ({ omrade: false, les });
const omrade = <T>(les: (v: unknown, argument: string) => T): Argumenttype<T> => ({ omrade: true, les });

export const ARGUMENTTYPER = {
  /** Én verdi som kjernen selv tolker (tjenestenavn, organisasjon, kostnad, bandgrenser). */
  tekst: verdi((v) => v),
  innbyggere: verdi((v, a): number => tolkInnbyggere(v, a)),
  volum: verdi((v, a): number => tolkVolum(v, a)),
  kundetype: verdi((v, a): Kundetype => tilKundetype(v, a)),
  desimaler: verdi((v, a): number => tolkDesimaler(v, a)),
  justering: verdi((v, a): Decimal => tolkJustering(v, a)),
  referanse: verdi((v, a): number => tolkReferanse(v, STANDARD_PRISMATRISE.referanse.KOMMUNE, a)),
  belop: verdi((v, a): Decimal | null => tilBelop(v, a)),
  boolsk: verdi((v, a): boolean => tilBoolsk(v, a)),
  ar: verdi((v, a) => tolkBefolkningsar(v, a)),
  fordeling: verdi((v): "prosent" | "kroner" => tilFordeling(v)),
  /** Navnet på en Digifin-løsning; utelatt → Digihelse. */
  losning: verdi((v, a): string => tilValgfriTekst(v, a, "Digihelse")),
  // Budsjett og økonomiplan.
  /** En årlig endring (befolkningsvekst, prisjustering) som 3 % eller 0,03; utelatt = 0. I prosent for kjernen. */
  endring: verdi((v, a): Decimal => tilEndring(v, a)),
  planar: verdi((v, a): number => tilHeltall(v, TALLKRAV.planar, a)),
  budsjettar: verdi((v, a): number => tilHeltall(v, TALLKRAV.budsjettar, a)),
  /** Planens første år (2025–2099); utelatt → null (planen starter i matrisens prisår). */
  forsteAr: verdi((v, a): number | null => (erUtelatt(v) || v === "" ? null : tilHeltall(v, TALLKRAV.budsjettar, a))),
  kvartal: verdi((v, a): number => tilHeltall(v, TALLKRAV.kvartal, a)),
  /** En årspris i hele kroner, som KS.ÅRSPRIS gir den. */
  arspris: verdi((v, a): number => tilHeleKroner(v, a)),
  /** Et påkrevd beløp i kroner, gjerne med alle desimaler. */
  pris: verdi((v, a): Decimal => lesPakrevdArgumenttall(v, TALLKRAV.belop, a)),
  /** Et oppstartskvartal som "2026-K3"; utelatt = i bruk hele året. */
  oppstart: verdi((v, a): Kvartal | null => tilOppstart(v, a)),
  /** Et område eller én verdi som kjernen selv leser (kundeliste, liste med tjenester, innbyggertall). */
  omrade: omrade((v) => v),
  prismatrise: omrade((v): Prismatrise => prismatrise(v)),
  svarutpriser: omrade((v): SvarUtTabell => svarutTabell(v)),
  digifintabell: omrade((v): Digifintabell => digifinTabell(v)),
  /** Folketall for år som ikke følger med (docs/folketall.md); utelatt → null. */
  folketall: omrade((v): Folketall | null => folketall(v)),
} satisfies Record<string, Argumenttype<unknown>>;

export type Argumenttypenavn = keyof typeof ARGUMENTTYPER;
export type Argumentverdi<T extends Argumenttypenavn> = ReturnType<(typeof ARGUMENTTYPER)[T]["les"]>;
