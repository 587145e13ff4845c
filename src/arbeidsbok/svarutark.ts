/** Det redigerbare arket SvarUt (modell 2: fastpris + transaksjonspriser per kundetype) og hvor formlene finner det. */
import type { SvarUtTabell } from "../core";
import { arkkolonne } from "../ark/adresser";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { type SvarUtKolonne, SVARUTBREDDER, SVARUTKOLONNENE as KOLONNER, svaruttabell, SVARUTTITTEL } from "../ark/prismatriseoppsett";

export const SVARUTARK = "SvarUt";
const OVERSKRIFTSRAD = 2;

/** Områder over kundetyperadene: kolonne("kundetype") er oppslagskolonnen. */
export interface SvarUtOppslag {
  kolonne: (k: SvarUtKolonne) => string;
}

export function svarUtOppslag(tabell: SvarUtTabell): SvarUtOppslag {
  const antall = Object.keys(tabell).length;
  return {
    kolonne: (k) => arkkolonne(SVARUTARK, KOLONNER.indexOf(k), OVERSKRIFTSRAD + 1, OVERSKRIFTSRAD + antall),
  };
}

/** Arket SvarUt: arkmodellens SvarUt-tabell (den samme som under matrisen i oppgaverutens ark) med arbeidsbokens forklaring. */
export function svarUtArk(tabell: SvarUtTabell): Ark {
  const b = new Arkbygger(SVARUTARK);
  b.sett(0, 0, tekst(SVARUTTITTEL, "tittel"));
  b.sett(1, 0, tekst(
    "Pris = fastpris + Altinn-transaksjoner × pris + forsendelser × pris + SvarInn × pris. Endre prisene i de gule cellene; " +
    "kundetypen i kolonne A må stå slik (KOMMUNE, FYLKESKOMMUNE, …).",
    "forklaring",
  ));
  svaruttabell(b, OVERSKRIFTSRAD, tabell);
  return b.bygg(SVARUTBREDDER, { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
