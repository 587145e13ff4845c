import type { Decimal } from "./desimal";
import { PrisFeil } from "./feil";

/**
 * Et eksakt brøktall t/n med BigInt (n > 0). Budsjettet trenger potenser av prosentsatser, (1 + v)^n:
 * de er eksakte desimaltall, men med mange sifre, og ganget med en pris som deles på referansen kan
 * produktet passere decimal.js' 50 sifre. Med heltall er hvert steg eksakt og avrundingen skjer én gang.
 */
export interface Heltallsbrok {
  t: bigint;
  n: bigint;
}

/** Et endelig desimaltall (Decimal) som brøk: 0,636 → 636/1000. */
export function desimalbrok(verdi: Decimal): Heltallsbrok {
  const desimaler = verdi.decimalPlaces();
  return { t: BigInt(verdi.toFixed(desimaler).replace(".", "")), n: 10n ** BigInt(desimaler) };
}

export function gangBrok(a: Heltallsbrok, b: Heltallsbrok): Heltallsbrok {
  return { t: a.t * b.t, n: a.n * b.n };
}

export function potensBrok(a: Heltallsbrok, eksponent: number): Heltallsbrok {
  const e = BigInt(eksponent);
  return { t: a.t ** e, n: a.n ** e };
}

/** 1 + prosent/100 for en prosentsats som 3 (= 3 %) eller −0,5. */
export function prosentfaktor(prosent: Decimal): Heltallsbrok {
  const p = desimalbrok(prosent);
  return { t: p.n * 100n + p.t, n: p.n * 100n };
}

/** Halvt opp til hele tall (0,5 → 1; −0,5 → −1, bort fra null), samme regel som rundHalvOpp. */
export function rundBrok(a: Heltallsbrok): bigint {
  const negativ = a.t < 0n;
  const t = negativ ? -a.t : a.t;
  const hel = (2n * t + a.n) / (2n * a.n);
  return negativ ? -hel : hel;
}

/**
 * Et helt tall (kroner eller innbyggere) som number; utenfor de sikre heltallene er det en feil, aldri et
 * unøyaktig tall. `forStort` er begynnelsen av meldingen, f.eks. «Årsprisen blir urimelig stor».
 */
export function heltall(verdi: bigint, forStort: string): number {
  if (verdi > BigInt(Number.MAX_SAFE_INTEGER) || verdi < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new PrisFeil(`${forStort} (${verdi}): kontroller innbyggertall, vekst og prisjustering.`);
  }
  return Number(verdi);
}
