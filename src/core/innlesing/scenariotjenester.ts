import { PrisFeil } from "../modell/feil";
import type { Kalkulatorinput, Radtype, Tjenestevalg } from "../okonomi/kalkulator";
import { GRUNNFINANSIERING, type Prismatrise } from "../modell/prismatrise";
import { type SvarUtVolum, tolkVolum } from "../modell/svarut";
import { type Gjenkjent, gjenkjennTjeneste, MIN_KOMMUNE, SVARUT } from "../modell/tjenester";
import { tjenestenokkel } from "../modell/tjenestenokkel";

/** Én linje i et scenario (kalkulatoren og budsjettet): tjenesten gjenkjent, med sitt navn og sin rolle. */
export interface Scenariotjeneste {
  /** Tjenestens navn slik prismatrisen skriver det (SvarUt, Min kommune for de to utenfor matrisen). */
  navn: string;
  type: Radtype;
  gjenkjent: Gjenkjent;
  valg: Tjenestevalg;
}

/**
 * Linjene i et scenario i kalkulatorens rekkefølge: grunnfinansiering først for kommuner og fylkeskommuner
 * (med mindre brukeren har ført den opp selv), så tjenestene i bruk, så dem som vurderes («tillegg»).
 * Navnene gjenkjennes av kjernens navnegjenkjenning; en tjeneste valgt to ganger er en feil, og Min kommune
 * (uten egen pris fra 2025) kan ikke vurderes som ny tjeneste.
 */
export function scenariotjenester(input: Kalkulatorinput, matrise: Prismatrise): Scenariotjeneste[] {
  const sett = new Set<string>();
  const linje = (valg: Tjenestevalg, iBruk: boolean): Scenariotjeneste => {
    const gjenkjent = gjenkjennTjeneste(matrise, valg.tjeneste);
    const navn = gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : gjenkjent.type === "svarut" ? SVARUT : MIN_KOMMUNE;
    const nokkel = tjenestenokkel(navn);
    if (sett.has(nokkel)) throw new PrisFeil(`Tjenesten «${navn}» er valgt mer enn én gang.`);
    sett.add(nokkel);
    if (!iBruk && gjenkjent.type === "utgatt") {
      throw new PrisFeil(`${navn} kan ikke vurderes som ny tjeneste: den inngår i grunnfinansieringen fra 2025.`);
    }
    const type: Radtype = !iBruk ? "tillegg" : gjenkjent.type === "utgatt" ? "utgatt" : navn === GRUNNFINANSIERING ? "grunnfinansiering" : "tjeneste";
    return { navn, type, gjenkjent, valg };
  };
  const brukerGrunnfinansiering = input.tjenester.some((t) => tjenestenokkel(t.tjeneste) === tjenestenokkel(GRUNNFINANSIERING));
  const medGrunnfinansiering = input.kundetype === "KOMMUNE" || input.kundetype === "FYLKESKOMMUNE";
  const brukte: Tjenestevalg[] = medGrunnfinansiering && !brukerGrunnfinansiering
    ? [{ tjeneste: GRUNNFINANSIERING }, ...input.tjenester]
    : input.tjenester;
  return [
    ...brukte.map((v) => linje(v, true)),
    ...input.vurder.map((v) => linje(typeof v === "string" ? { tjeneste: v } : v, false)),
  ];
}

/** SvarUt-volumene på en scenariolinje (tomt = 0), lest med kjernens tolkVolum; feil nevner linjen. */
export function svarUtVolum(valg: Tjenestevalg | undefined, navn = SVARUT): SvarUtVolum {
  return {
    altinn: tolkVolum(valg?.altinn, `Altinn (${navn})`),
    forsendelser: tolkVolum(valg?.forsendelser, `forsendelser (${navn})`),
    svarinn: tolkVolum(valg?.svarinn, `SvarInn (${navn})`),
  };
}
