/** Det redigerbare arket SvarUt (modell 2: fastpris + transaksjonspriser per kundetype) og hvor formlene finner det. */
import { type Kundetype, SVARUTKOLONNER, svarUtTabellTilCeller, type SvarUtTabell, TALLKRAV } from "../core";
import { arkkolonne, omrade } from "../ark/adresser";
import { belop, tallkrav } from "./valideringer";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { FORMAT, satsformat } from "../ark/tallformat";

export const SVARUTARK = "SvarUt";
const OVERSKRIFTSRAD = 2;

type Kolonne = keyof typeof SVARUTKOLONNER;
const KOLONNER = Object.keys(SVARUTKOLONNER) as Kolonne[];

/** Områder over kundetyperadene: kolonne("kundetype") er oppslagskolonnen. */
export interface SvarUtOppslag {
  kolonne: (k: Kolonne) => string;
}

export function svarUtOppslag(tabell: SvarUtTabell): SvarUtOppslag {
  const antall = Object.keys(tabell).length;
  return {
    kolonne: (k) => arkkolonne(SVARUTARK, KOLONNER.indexOf(k), OVERSKRIFTSRAD + 1, OVERSKRIFTSRAD + antall),
  };
}

export function svarUtArk(tabell: SvarUtTabell): Ark {
  const b = new Arkbygger(SVARUTARK);
  b.sett(0, 0, tekst("SvarUt – fastpris + transaksjonspris per år", "tittel"));
  b.sett(1, 0, tekst(
    "Pris = fastpris + Altinn-transaksjoner × pris + forsendelser × pris + SvarInn × pris. Endre prisene i de gule cellene; " +
    "kundetypen i kolonne A må stå slik (KOMMUNE, FYLKESKOMMUNE, …).",
    "forklaring",
  ));
  const [overskrift, ...rader] = svarUtTabellTilCeller(tabell);
  b.rad(OVERSKRIFTSRAD, 0, overskrift.map((o) => tekst(String(o), "overskrift")));
  rader.forEach((rad, i) => {
    b.rad(OVERSKRIFTSRAD + 1 + i, 0, rad.map((v, k) => (k === 0
      ? tekst(String(v as Kundetype))
      : { verdi: v, format: k === 1 ? FORMAT.kroner : satsformat(Number(v), 2), stil: "inndata" as const })));
  });
  const [fra, til] = [OVERSKRIFTSRAD + 1, OVERSKRIFTSRAD + rader.length];
  b.valider({ omrade: omrade(fra, 1, til, 1), ...belop("Fastprisen") });
  b.valider({ omrade: omrade(fra, 2, til, KOLONNER.length - 1), ...tallkrav("Transaksjonsprisen", TALLKRAV.enhetspris) });
  return b.bygg([28, 14, 20, 14, 14], { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
