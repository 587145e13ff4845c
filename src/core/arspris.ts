import type { Decimal } from "./desimal";
import { framskrevetInnbyggertall, prisjusteringsfaktor } from "./framskriving";
import { desimalbrok, gangBrok, type Heltallsbrok, heltall, rundBrok } from "./heltallsbrok";
import { prisregel, storrelsesjustering } from "./innbyggerpris";
import type { Kundetype } from "./kundetype";
import type { Matrisetjeneste, Prisledd, Prismatrise } from "./prismatrise";
import type { Scenariotjeneste } from "./scenariotjenester";
import { type SvarUtTabell, type SvarUtVolum, svarUtPris } from "./svarut";
import { finnMatrisetjeneste } from "./tjenester";

interface Leddbrok {
  f: Heltallsbrok;
  r: Heltallsbrok;
  a: Heltallsbrok;
}

// Brøkene til en matriserad regnes én gang (budsjettet priser samme rad for mange år og kunder).
const leddbrok = new WeakMap<Prisledd, Leddbrok>();

function somBrok(ledd: Prisledd): Leddbrok {
  let b = leddbrok.get(ledd);
  if (!b) {
    b = { f: desimalbrok(ledd.fastpris), r: desimalbrok(ledd.innbyggerpris), a: desimalbrok(ledd.justering) };
    leddbrok.set(ledd, b);
  }
  return b;
}

/**
 * Modell 1 som eksakt brøk: fastpris + innbyggerpris · P · (Pref − a·P) / Pref, over fellesnevneren
 * fn·rn·an·Pref. Samme feil som kjernens modellpris når faktoren 1 − a·P/Pref er ≤ 0.
 */
export function modellprisBrok(ledd: Prisledd, innbyggere: number, referanse: number): Heltallsbrok {
  const { f, r, a } = somBrok(ledd);
  if (!Number.isSafeInteger(referanse) || referanse <= 0) storrelsesjustering(innbyggere, ledd.justering, referanse);
  const P = BigInt(innbyggere);
  const R = BigInt(referanse);
  // (Pref − a·P)·an
  const rest = a.n * R - a.t * P;
  if (rest <= 0n) storrelsesjustering(innbyggere, ledd.justering, referanse);
  return { t: f.t * r.n * a.n * R + f.n * r.t * P * rest, n: f.n * r.n * a.n * R };
}

/**
 * Den eksakte, uavrundede årsprisen til én scenariolinje for `innbyggere`: modell 1 eller fastpris fra matrisen,
 * SvarUt etter volumene. null for Min kommune (ingen ny pris fra 2025).
 */
export function eksaktArspris(
  linje: Scenariotjeneste,
  innbyggere: number,
  kundetype: Kundetype,
  matrise: Prismatrise,
  svarut: SvarUtTabell,
  volum: SvarUtVolum,
): Heltallsbrok | null {
  const { gjenkjent } = linje;
  if (gjenkjent.type === "utgatt") return null;
  if (gjenkjent.type === "svarut") return desimalbrok(svarUtPris(svarut, volum, kundetype));
  return matriseprisBrok(matrise, gjenkjent.tjeneste, innbyggere, kundetype);
}

/** Den eksakte årsprisen til en matrisetjeneste: modell 1, eller fastprisen (statlige). */
function matriseprisBrok(matrise: Prismatrise, tjeneste: Matrisetjeneste, innbyggere: number, kundetype: Kundetype): Heltallsbrok {
  const regel = prisregel(matrise, tjeneste, kundetype);
  return regel.type === "fast" ? desimalbrok(regel.pris) : modellprisBrok(regel.ledd, innbyggere, regel.referanse);
}

/**
 * Årsprisen i hele kroner etter prisjustering: den eksakte prisen ganget med (1 + d)^n og så avrundet
 * halvt opp — det samme som å justere fastpris og innbyggerpris (og SvarUts priser) før linjen avrundes.
 */
export function justertArspris(eksakt: Heltallsbrok, faktor: Heltallsbrok): number {
  return heltall(rundBrok(gangBrok(eksakt, faktor)), "Årsprisen blir urimelig stor");
}

/**
 * KS.ÅRSPRIS: årsprisen til en tjeneste i prismatrisen i planens år nr. `n` (0 = første år), hele kroner:
 * innbyggertallet framskrevet med `vekstProsent` fra `innbyggere`, prisen ganget med (1 + prisjustering)^n.
 * Samme regler som budsjettet (beregnBudsjett); n = 0 uten vekst og justering gir kjernens fiksPris.
 */
export function arsprisIAr(
  matrise: Prismatrise, tjenestenavn: unknown, innbyggere: number, kundetype: Kundetype, n: number,
  vekstProsent: Decimal, prisjusteringProsent: Decimal,
): number {
  const tjeneste = finnMatrisetjeneste(matrise, tjenestenavn);
  const p = framskrevetInnbyggertall(innbyggere, vekstProsent, n);
  return justertArspris(matriseprisBrok(matrise, tjeneste, p, kundetype), prisjusteringsfaktor(prisjusteringProsent, n));
}

/** KS.JUSTERTPRIS: en eksakt pris (f.eks. SvarUt med alle desimaler) ganget med (1 + prisjustering)^n, hele kroner. */
export function justertPris(pris: Decimal, prisjusteringProsent: Decimal, n: number): number {
  return justertArspris(desimalbrok(pris), prisjusteringsfaktor(prisjusteringProsent, n));
}
