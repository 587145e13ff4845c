import { rundHalvOpp } from "./avrunding";
import { fiksPris, prisregel } from "./innbyggerpris";
import type { Kundetype } from "./kundetype";
import type { Prismatrise } from "./prismatrise";
import { raskModellpris } from "./raskpris";
import { finnMatrisetjeneste } from "./tjenester";

/** A price function for one service and kundetype: innbyggere → price rounded half-up, as a number. */
export type Prisfunksjon = (innbyggere: number) => number;

/**
 * Precompiles fiksPris for one (matrix, service, kundetype, decimals): the service lookup and the price
 * rule are resolved once, then each call is raskModellpris's exact safe-integer arithmetic. Gives exactly
 * fiksPris(...).toNumber(); anything outside the fast path (factor ≤ 0, huge numbers, non-integers) goes
 * through fiksPris itself, so errors and messages are the core's own.
 * Throws immediately (like fiksPris) when the service is unknown or not offered to the kundetype.
 */
export function lagPrisfunksjon(matrise: Prismatrise, tjenestenavn: unknown, kundetype: Kundetype, desimaler = 0): Prisfunksjon {
  const tjeneste = finnMatrisetjeneste(matrise, tjenestenavn);
  const regel = prisregel(matrise, tjeneste, kundetype);
  if (regel.type === "fast") {
    const pris = rundHalvOpp(regel.pris, desimaler).toNumber();
    return () => pris;
  }
  const { ledd, referanse } = regel;
  return (innbyggere) =>
    raskModellpris(ledd, referanse, innbyggere, desimaler) ?? fiksPris(matrise, tjeneste.navn, innbyggere, kundetype, desimaler).toNumber();
}
