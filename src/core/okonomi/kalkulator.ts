import { rundHalvOpp } from "../modell/avrunding";
import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import type { Kundetype } from "../modell/kundetype";
import type { Prismatrise } from "../modell/prismatrise";
import { prisendring } from "./prisendring";
import { fiksPrisTall } from "./raskpris";
import { type Scenariotjeneste, scenariotjenester, svarUtVolum } from "../innlesing/scenariotjenester";
import { type SvarUtTabell, svarUtPris } from "../modell/svarut";
import { lesTall, TALLKRAV } from "../innlesing/tallkrav";

export interface Tjenestevalg {
  tjeneste: string;
  /** Dagens årspris (fra fjorårets fakturaer); null/undefined = ikke oppgitt. */
  eksisterende?: number | null;
  /** SvarUt-volumer per år. */
  altinn?: number | null;
  forsendelser?: number | null;
  svarinn?: number | null;
}

export interface Kalkulatorinput {
  kundetype: Kundetype;
  innbyggere: number;
  /** Tjenester i bruk i dag. */
  tjenester: Tjenestevalg[];
  /** Tjenester som ikke er i bruk i dag, til vurdering ("tillegg"). */
  vurder: (string | Tjenestevalg)[];
}

export type Radtype = "grunnfinansiering" | "tjeneste" | "utgatt" | "tillegg";

/** Én linje i kalkulatoren; null = "na." eller tom. Beløp er hele kroner (avrundet halvt opp). */
export interface Kalkulatorrad {
  tjeneste: string;
  type: Radtype;
  eksisterende: Decimal | null;
  ny: Decimal | null;
  /** I prosent, uavrundet. */
  endringProsent: Decimal | null;
  endringKr: Decimal | null;
  tillegg: Decimal | null;
  totalNy: Decimal | null;
  /** SvarUt uten volumer: prisen er bare fastprisen (visningen sier det ved linjen og i overskriften). */
  bareFastpris?: boolean;
}

export type Kalkulatorsum = Omit<Kalkulatorrad, "tjeneste" | "type" | "bareFastpris">;

export interface Kalkulatorresultat {
  rader: Kalkulatorrad[];
  sum: Kalkulatorsum;
}

/**
 * KS' priskalkulator. Regler vi har bestemt der KS' beskrivelse av kalkulatoren er taus:
 * - grunnfinansiering legges til først for KOMMUNE og FYLKESKOMMUNE, med mindre brukeren fører den opp selv
 *   (med en eksisterende pris);
 * - en tjeneste i bruk uten eksisterende pris viser "na." i begge endringskolonnene (bare grunnfinansieringen,
 *   som er ny for alle, regner hele beløpet som endringen i kroner);
 * - Min kommune (avviklet) beholder sin eksisterende pris, har ingen ny pris, og begge endringskolonnene er "na.";
 * - tjenester til vurdering viser bare "tillegg" og "total ny"; endringskolonnene deres er tomme;
 * - totalraden: summer av de avrundede linjene; endring i % og kr fra total ny mot total eksisterende;
 * - en tjeneste oppført to ganger, eller både i bruk og til vurdering, er en feil.
 */
export function beregnKalkulator(input: Kalkulatorinput, matrise: Prismatrise, svarut: SvarUtTabell): Kalkulatorresultat {
  const pris = ({ navn, gjenkjent, valg }: Scenariotjeneste): Decimal | null => {
    if (gjenkjent.type === "utgatt") return null;
    if (gjenkjent.type === "matrise") {
      // Hele kroner, halvt opp, eksakt: hurtigstien med sikre heltall (faller selv tilbake på Decimal-veien).
      return new Decimal(fiksPrisTall(matrise, gjenkjent.tjeneste, input.innbyggere, input.kundetype, 0));
    }
    return rundHalvOpp(svarUtPris(svarut, svarUtVolum(valg, navn), input.kundetype));
  };

  // SvarUt uten ett eneste volum prises bare med fastprisen: det skal visningen si.
  const bareFastpris = ({ gjenkjent, valg, navn }: Scenariotjeneste) => {
    if (gjenkjent.type !== "svarut") return {};
    const v = svarUtVolum(valg, navn);
    return v.altinn + v.forsendelser + v.svarinn === 0 ? { bareFastpris: true } : {};
  };

  const rader: Kalkulatorrad[] = [];
  for (const linje of scenariotjenester(input, matrise)) {
    const { navn, type, valg } = linje;
    const ny = pris(linje);
    if (type === "tillegg") {
      rader.push({ tjeneste: navn, type, eksisterende: null, ny: null, endringProsent: null, endringKr: null, tillegg: ny, totalNy: ny, ...bareFastpris(linje) });
      continue;
    }
    const eksisterende = tolkEksisterende(valg.eksisterende, navn);
    const endringKr = ny === null ? null : eksisterende !== null ? ny.minus(eksisterende) : type === "grunnfinansiering" ? ny : null;
    rader.push({
      tjeneste: navn, type, eksisterende, ny,
      endringProsent: prisendring(eksisterende, ny),
      endringKr, tillegg: null, totalNy: ny, ...bareFastpris(linje),
    });
  }
  return { rader, sum: summer(rader) };
}

/** En eksisterende pris kommer som tall (skjema, JSON): leses ikke på nytt, men holdes innenfor grensene for et beløp. */
function tolkEksisterende(verdi: number | null | undefined, navn: string): Decimal | null {
  if (verdi === null || verdi === undefined) return null;
  const svar = typeof verdi === "number" ? lesTall(verdi, TALLKRAV.belop) : null;
  if (svar === null || svar.type !== "tall") {
    throw new PrisFeil(`Eksisterende pris for ${navn} ${svar?.type === "feil" ? svar.melding : `må være ${TALLKRAV.belop.hva} (${TALLKRAV.belop.regel}), fikk «${String(verdi)}»`}.`);
  }
  return svar.verdi;
}

function summer(rader: Kalkulatorrad[]): Kalkulatorsum {
  const sum = (velg: (r: Kalkulatorrad) => Decimal | null) =>
    rader.reduce((s, r) => s.plus(velg(r) ?? 0), new Decimal(0));
  const eksisterende = sum((r) => r.eksisterende);
  const ny = sum((r) => r.ny);
  const tillegg = sum((r) => r.tillegg);
  return {
    eksisterende,
    ny,
    endringProsent: prisendring(eksisterende.isZero() ? null : eksisterende, ny),
    endringKr: ny.minus(eksisterende),
    tillegg,
    totalNy: ny.plus(tillegg),
  };
}
