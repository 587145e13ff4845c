import { rundHalvOpp } from "./avrunding";
import type { Decimal } from "./desimal";
import { fiksPris, prisregel } from "./innbyggerpris";
import type { Kundetype } from "./kundetype";
import type { Prismatrise } from "./prismatrise";
import { finnMatrisetjeneste } from "./tjenester";

/** A price function for one service and kundetype: innbyggere → price rounded half-up, as a number. */
export type Prisfunksjon = (innbyggere: number) => number;

/**
 * Precompiles fiksPris for one (matrix, service, kundetype, decimals): the service lookup and the
 * matrix constants are done once, then each call is exact integer arithmetic (BigInt) on
 * fastpris + r·P·(aD·Pref − aN·P)/(aD·Pref) with r, a as exact fractions. Gives exactly
 * fiksPris(...).toNumber(); any case outside the fast path (factor ≤ 0, results beyond 2^53)
 * goes through fiksPris itself, so errors and messages are the core's own.
 * Throws immediately (like fiksPris) when the service is unknown or not offered to the kundetype.
 */
export function lagPrisfunksjon(matrise: Prismatrise, tjenestenavn: unknown, kundetype: Kundetype, desimaler = 0): Prisfunksjon {
  const tjeneste = finnMatrisetjeneste(matrise, tjenestenavn);
  const regel = prisregel(matrise, tjeneste, kundetype);
  const sakte: Prisfunksjon = (p) => fiksPris(matrise, tjeneste.navn, p, kundetype, desimaler).toNumber();
  if (regel.type === "fast") {
    const pris = rundHalvOpp(regel.pris, desimaler).toNumber();
    return () => pris;
  }
  const [fN, fD] = brok(regel.ledd.fastpris);
  const [rN, rD] = brok(regel.ledd.innbyggerpris);
  const [aN, aD] = brok(regel.ledd.justering);
  const pref = BigInt(regel.referanse);
  if (!Number.isInteger(regel.referanse) || regel.referanse <= 0) return sakte;
  const skala = 10n ** BigInt(desimaler);
  const nevner = fD * rD * aD * pref;
  const fastTeller = fN * rD * aD * pref;
  const grense = BigInt(Number.MAX_SAFE_INTEGER);
  const tiPotens = 10 ** desimaler;
  return (innbyggere) => {
    if (!Number.isSafeInteger(innbyggere) || innbyggere < 0) return sakte(innbyggere);
    const p = BigInt(innbyggere);
    const faktor = aD * pref - aN * p;
    if (faktor <= 0n) return sakte(innbyggere);
    const teller = (fastTeller + fD * rN * p * faktor) * skala;
    const avrundet = (2n * teller + nevner) / (2n * nevner);
    if (avrundet > grense) return sakte(innbyggere);
    return desimaler === 0 ? Number(avrundet) : Number(avrundet) / tiPotens;
  };
}

function brok(verdi: Decimal): [bigint, bigint] {
  const [teller, nevner] = verdi.toFraction();
  return [BigInt(teller.toFixed()), BigInt(nevner.toFixed())];
}
