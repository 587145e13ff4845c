import type { Decimal } from "../modell/desimal";
import { framskrevetInnbyggertall, prisjusteringsfaktor } from "../budsjett/framskriving";
import { PrisFeil } from "../modell/feil";
import { desimalbrok, gangBrok, type Heltallsbrok, heltall, rundBrok } from "../modell/heltallsbrok";
import { prisregel, storrelsesjustering } from "../modell/innbyggerpris";
import type { Kundetype } from "../modell/kundetype";
import { type Matrisetjeneste, type Prisledd, type Prismatrise, STANDARD_PRISAR } from "../modell/prismatrise";
import type { Scenariotjeneste } from "../innlesing/scenariotjenester";
import { type SvarUtTabell, type SvarUtVolum, svarUtPris } from "../modell/svarut";
import { finnMatrisetjeneste } from "../modell/tjenester";

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
 * Antall år prisene i planens år nr. `n` justeres fra prisåret: (første år + n) − prisåret. Uten første år starter
 * planen i prisåret. Et år før prisåret har ingen pris å justere fra, og det er en feil.
 */
export function prisjusteringsar(prisar: number, forsteAr: number | null, n: number): number {
  const ar = (forsteAr ?? prisar) + n;
  if (ar < prisar) {
    throw new PrisFeil(`Prisene gjelder ${prisar}, men året er ${ar}: velg første år ${prisar} eller senere, eller en prismatrise for ${ar}.`);
  }
  return ar - prisar;
}

/**
 * KS.ÅRSPRIS: årsprisen til en tjeneste i prismatrisen i planens år nr. `n` (0 = første år), hele kroner:
 * innbyggertallet framskrevet med `vekstProsent` fra `innbyggere`, prisen ganget med (1 + prisjustering)^m, der m er
 * antall år fra matrisens prisår til året (forsteAr + n; uten forsteAr starter planen i prisåret, og m = n).
 * Samme regler som budsjettet (beregnBudsjett); n = 0 uten vekst og justering gir kjernens fiksPris.
 */
export function arsprisIAr(
  matrise: Prismatrise, tjenestenavn: unknown, innbyggere: number, kundetype: Kundetype, n: number,
  vekstProsent: Decimal, prisjusteringProsent: Decimal, forsteAr: number | null = null,
): number {
  const tjeneste = finnMatrisetjeneste(matrise, tjenestenavn);
  const m = prisjusteringsar(matrise.prisar, forsteAr, n);
  const p = framskrevetInnbyggertall(innbyggere, vekstProsent, n);
  return justertArspris(matriseprisBrok(matrise, tjeneste, p, kundetype), prisjusteringsfaktor(prisjusteringProsent, m));
}

/**
 * KS.JUSTERTPRIS: en eksakt pris for 2025 (f.eks. SvarUt med alle desimaler) ganget med (1 + prisjustering)^m, hele
 * kroner; m er antall år fra 2025 til planens år nr. `n` (uten forsteAr starter planen i 2025, og m = n).
 */
export function justertPris(pris: Decimal, prisjusteringProsent: Decimal, n: number, forsteAr: number | null = null): number {
  return justertArspris(desimalbrok(pris), prisjusteringsfaktor(prisjusteringProsent, prisjusteringsar(STANDARD_PRISAR, forsteAr, n)));
}
