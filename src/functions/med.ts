import { PrisFeil } from "../core";

/** Setter argumentet foran en feil fra en tabell eller et oppslag: «Argumentet «prismatrise»: Ugyldig prismatrise: …». */
export function med<T>(argument: string, kropp: () => T): T {
  try {
    return kropp();
  } catch (feil) {
    if (feil instanceof PrisFeil && !feil.message.startsWith(`Argumentet «${argument}»`)) {
      throw new PrisFeil(`Argumentet «${argument}»: ${feil.message}`, feil.type, feil.henvisning);
    }
    throw feil;
  }
}
