/**
 * Feltregelen (feltregel.ts) for én celle i matriseredigeringen: tomt (eller NA) betyr at tjenesten ikke tilbys
 * kundetypen; ellers et tall av kolonnens slag, lest som kjernens matriseleser gjør (beløp, pris per innbygger,
 * størrelsesjustering). Hele raden kontrolleres av tolkPrismatrise når endringen brukes.
 */
import { TALLKRAV, type Tallkrav, lesTall, norskProsent, norskTall } from "../../core";
import { type Feltregel, somFeltsvar } from "../felles/feltregel";

/** Kolonnene 1–7 i matriseoppsettet: fastpris, innbyggerpris, justering (kommune, fylkeskommune), statlig fastpris. */
const KRAV: Record<number, Tallkrav> = {
  1: TALLKRAV.belop, 2: TALLKRAV.enhetspris, 3: TALLKRAV.justering,
  4: TALLKRAV.belop, 5: TALLKRAV.enhetspris, 6: TALLKRAV.justering,
  7: TALLKRAV.belop,
};

export function matriseregel(kolonne: number): Feltregel {
  const krav = KRAV[kolonne] ?? TALLKRAV.belop;
  return (tekst) => {
    if (/^\s*na\s*$/i.test(tekst)) return { type: "godtatt", tekst: "" };
    return somFeltsvar(lesTall(tekst, krav), (s) => (krav.prosent ? norskProsent(s.verdi) : norskTall(s.verdi)));
  };
}
