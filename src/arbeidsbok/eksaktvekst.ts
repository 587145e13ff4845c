/**
 * Innbyggertallet i planens år nr. n, round-half-up(P · (1 + v)^n), regnet eksakt med vanlige formler.
 *
 * Med v i milliondeler (k = v · 1 000 000, et heltall: vekst med høyst fire desimaler i prosent) er
 * P · (1 + v)^n = P · c^n / 1 000 000^n med c = 1 000 000 + k. Telleren P · c^n skrives som sifergrupper i
 * grunntallet 1 000 000 (gruppe j er verdt 1 000 000^j), én rad per år: hver gruppe ganges med c og får med seg
 * menten fra gruppen under. Å dele på 1 000 000^n er da å stryke de n nederste gruppene, og brøkdelen er ≥ ½
 * nøyaktig når gruppe n − 1 er ≥ 500 000. Hvert mellomresultat er et heltall under 1,3 · 10^12 (gruppe < 10^6,
 * c ≤ 1,2 · 10^6), langt under 2^53, så flyttall regner alt eksakt; INT av en slik kvotient er også eksakt. MOD
 * brukes ikke (gamle Excel-versjoner gir #NUM! for store kvotienter); resten er x − 1 000 000 · INT(x / 1 000 000).
 */
import { MAKS_INNBYGGERE } from "../core";
import { ref } from "../ark/adresser";
import type { Arkbygger, Celle } from "../ark/modell";

const GRUNNTALL = "1000000";

/** Resten av x etter deling med 1 000 000: den nederste sifergruppen. */
const gruppe = (x: string) => `(${x}-${GRUNNTALL}*INT(${x}/${GRUNNTALL}))`;
const ment = (x: string) => `INT(${x}/${GRUNNTALL})`;

/** Vekstfaktoren c = 1 000 000 + vekst i milliondeler, eller «na.» for en vekst utenfor −10 % til 20 %. */
export function vekstfaktorformel(vekst: string): string {
  return `IF(AND(ISNUMBER(${vekst}),${vekst}>=-0.1,${vekst}<=0.2),${GRUNNTALL}+ROUND(${vekst}*${GRUNNTALL},0),"na.")`;
}

/**
 * Skriver sifergruppene for årene 0 … antallAr − 1 fra (rad, kolonne): én rad per år, antallAr + 1 grupper (nok for
 * P ≤ 100 000 000, c ≤ 1 200 000 og ti år). Gir formelen for innbyggertallet i hvert år: gruppe n + 1 000 000 ·
 * gruppe n + 1 (resultatet er under 100 000 000 · 1,2^9 < 10^12, så de høyere gruppene er 0), pluss 1 når gruppe
 * n − 1 er ≥ 500 000.
 *
 * `p0` er cellen med innbyggertallet i første år, `c` cellen med vekstfaktoren (vekstfaktorformel). Et innbyggertall
 * som ikke er et helt tall fra 0 til 100 000 000, eller en ugyldig vekst, gir «na.» i alle år.
 */
export function eksaktVekst(b: Arkbygger, rad: number, kolonne: number, antallAr: number, p0: string, c: string): string[] {
  const s = (n: number, j: number) => ref(rad + n, kolonne + j);
  const celle = (formel: string): Celle => ({ formel, format: "0" });
  for (let n = 0; n < antallAr; n++) {
    for (let j = 0; j <= antallAr; j++) {
      let formel: string;
      if (n === 0) {
        formel = j === 0
          ? `IF(AND(ISNUMBER(${p0}),${p0}>=0,${p0}<=${MAKS_INNBYGGERE},${p0}=INT(${p0})),${p0},"na.")`
          : `IFERROR(${ment(s(0, j - 1))},"na.")`;
      } else {
        formel = `IFERROR(${gruppe(s(n - 1, j))}*${c}${j === 0 ? "" : `+${ment(s(n, j - 1))}`},"na.")`;
      }
      b.sett(rad + n, kolonne + j, celle(formel));
    }
  }
  return Array.from({ length: antallAr }, (_, n) => (n === 0
    ? s(0, 0)
    : `IFERROR(${gruppe(s(n, n))}+${GRUNNTALL}*${gruppe(s(n, n + 1))}+IF(${gruppe(s(n, n - 1))}>=500000,1,0),"na.")`));
}
