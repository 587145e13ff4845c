import { rundHalvOpp } from "../modell/avrunding";
import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import { storrelsesjustering, tjenestepris } from "../modell/innbyggerpris";
import { KUNDETYPENAVN, type Kundetype } from "../modell/kundetype";
import { type Tallkrav, TALLKRAV, lesPakrevdArgumenttall } from "../innlesing/tallkrav";
import type { Matrisekundetype, Matrisetjeneste, Prisledd, Prismatrise } from "../modell/prismatrise";
import { norskTall } from "../visning/tallformat";
import { lagPrisledd } from "../modell/prisledd";
import { finnMatrisetjeneste } from "../modell/tjenester";

/** Én betalende kunde av en tjeneste: det kalibreringen og inntekten trenger å vite. */
export interface Betaler {
  kundetype: Kundetype;
  innbyggere: number;
  /** Vises foran en feil om denne kunden, f.eks. "Celle A3" eller "Bodø". */
  etikett?: string;
}

/** Det en tjeneste gir i inntekt fra et sett kunder. */
export interface Inntekt {
  tjeneste: string;
  antall: number;
  /** Σ eksakte (uavrundede) priser: inntekten kalibreringen gjør lik kostnaden. */
  eksakt: Decimal;
  /** Σ priser avrundet halvt opp til hele kroner, som fakturert (avviker fra `eksakt` med høyst 0,50 kr per kunde). */
  avrundet: Decimal;
}

/** Resultatet av en kalibrering: innbyggerprisen som dekker `kostnad`, og kontrollen av den. */
export interface Kalibrering {
  tjeneste: string;
  kundetype: Matrisekundetype;
  kostnad: Decimal;
  /** r = (kostnad − andreKunder − fastprisdel) / grunnlag, eksakt til 50 gjeldende sifre (ikke avrundet). */
  innbyggerpris: Decimal;
  /** Kundene av `kundetype` som betaler r. */
  antall: number;
  /** Σ fastpris for disse kundene. */
  fastprisdel: Decimal;
  /** Σ P·(1 − a·P/Pref) over disse kundene. */
  grunnlag: Decimal;
  /** Eksakt inntekt fra tjenestens andre kunder (andre kundetyper, fastpriser), uendret. */
  andreKunder: Decimal;
  /** Inntekten med den kalibrerte prisen: `eksakt` er lik `kostnad` på øret; `avrundet` er det som ville blitt fakturert. */
  inntekt: Inntekt;
  /** Matrisen med den kalibrerte innbyggerprisen (de andre parameterne uendret). */
  matrise: Prismatrise;
}

function finn(matrise: Prismatrise, tjeneste: unknown): Matrisetjeneste {
  if (typeof tjeneste === "object" && tjeneste !== null && matrise.tjenester.includes(tjeneste as Matrisetjeneste)) {
    return tjeneste as Matrisetjeneste;
  }
  return finnMatrisetjeneste(matrise, tjeneste);
}

/**
 * «Hva gir matrisen»: inntekten til én tjeneste fra de gitte kundene, eksakt og som fakturert
 * (hver linje avrundet halvt opp til hele kroner). En feil for én kunde får kundens etikett foran seg.
 */
export function tjenesteinntekt(matrise: Prismatrise, tjeneste: unknown, betalere: readonly Betaler[]): Inntekt {
  const t = finn(matrise, tjeneste);
  let eksakt = new Decimal(0);
  let avrundet = new Decimal(0);
  for (const b of betalere) {
    let pris: Decimal;
    try {
      pris = tjenestepris(matrise, t, b.innbyggere, b.kundetype);
    } catch (feil) {
      if (feil instanceof PrisFeil && b.etikett) throw new PrisFeil(`${b.etikett}: ${feil.message}`, feil.type, feil.henvisning);
      throw feil;
    }
    eksakt = eksakt.plus(pris);
    avrundet = avrundet.plus(rundHalvOpp(pris));
  }
  return { tjeneste: t.navn, antall: betalere.length, eksakt, avrundet };
}

/** En kopi av matrisen der én tjenestes prisledd for én kundetype er byttet ut (de andre tjenestene deles). */
export function medPrisledd(matrise: Prismatrise, tjeneste: Matrisetjeneste, kundetype: Matrisekundetype, ledd: Prisledd): Prismatrise {
  // En ny, frossen rad (med hurtigstiens minnecelle), også når kalleren ga et vanlig objekt.
  const frossen = lagPrisledd(ledd.fastpris, ledd.innbyggerpris, ledd.justering);
  const ny: Matrisetjeneste = Object.freeze(kundetype === "KOMMUNE" ? { ...tjeneste, kommune: frossen } : { ...tjeneste, fylkeskommune: frossen });
  return Object.freeze({ ...matrise, tjenester: Object.freeze(matrise.tjenester.map((t) => (t === tjeneste ? ny : t))) });
}

/** Leser et beløp i kroner (tall, Decimal eller norsk tekst som "1 250 000"); `krav` setter grensene. */
export function tolkBelop(verdi: unknown, argument: string, krav: Tallkrav = TALLKRAV.kostnad): Decimal {
  return lesPakrevdArgumenttall(verdi, krav, argument);
}

/**
 * Kalibrering (selvkost): innbyggerprisen r for `kundetype` som gjør tjenestens inntekt fra `betalere` lik
 * `kostnad`, med fastpris og størrelsesjustering holdt fast:
 *
 *     Σ_andre pris_j + Σ_i fastpris + r · Σ_i P_i · (1 − a · P_i / Pref) = kostnad
 *
 * der i går over kundene av `kundetype` og j over de andre (andre kundetyper betaler matriseprisen sin,
 * uendret). Beslutning: inntekten her er den EKSAKTE summen av uavrundede priser, så den kalibrerte r gjør
 * inntekten lik kostnaden på øret (r selv er eksakt til 50 gjeldende sifre); den fakturerte inntekten (avrundede
 * linjer) rapporteres ved siden av og avviker med høyst 0,50 kr per kunde.
 * Feil: kundetypen har ingen innbyggerpris (NA), ingen av kundene er av den kundetypen, alle har 0 innbyggere,
 * eller kostnaden er lavere enn det fastleddene allerede gir (r ville blitt negativ).
 */
export function selvkostpris(
  matrise: Prismatrise,
  tjeneste: unknown,
  kostnad: unknown,
  betalere: readonly Betaler[],
  kundetype: Matrisekundetype = "KOMMUNE",
): Kalibrering {
  const t = finn(matrise, tjeneste);
  const C = tolkBelop(kostnad, "kostnad");
  const ledd = kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
  const hvem = KUNDETYPENAVN[kundetype].toLowerCase();
  if (!ledd) {
    throw new PrisFeil(`${t.navn} har ingen innbyggerpris for kundetypen ${hvem} (${kundetype}) i prismatrisen: den kan ikke kalibreres.`, "ikke_funnet");
  }
  const egne = betalere.filter((b) => b.kundetype === kundetype);
  if (egne.length === 0) {
    throw new PrisFeil(`Ingen av kundene som bruker ${t.navn} er av kundetypen ${hvem} (${kundetype}): det finnes ingen innbyggerpris å kalibrere.`, "ikke_funnet");
  }
  const pref = matrise.referanse[kundetype];
  const grunnlag = egne.reduce((s, b) => s.plus(storrelsesjustering(b.innbyggere, ledd.justering, pref).times(b.innbyggere)), new Decimal(0));
  if (grunnlag.isZero()) {
    throw new PrisFeil(`Kundene av typen ${hvem} som bruker ${t.navn} har til sammen 0 innbyggere: innbyggerprisen kan ikke bestemmes.`);
  }
  const andreKunder = tjenesteinntekt(matrise, t, betalere.filter((b) => b.kundetype !== kundetype)).eksakt;
  const fastprisdel = ledd.fastpris.times(egne.length);
  const rest = C.minus(andreKunder).minus(fastprisdel);
  if (rest.isNegative()) {
    throw new PrisFeil(
      `Kostnaden ${norskTall(C)} kr er lavere enn det fastprisene${andreKunder.isZero() ? "" : " og de andre kundetypene"} alene gir (${norskTall(rundHalvOpp(andreKunder.plus(fastprisdel), 2))} kr): innbyggerprisen måtte blitt negativ.`,
    );
  }
  const innbyggerpris = rest.div(grunnlag);
  const kalibrert = medPrisledd(matrise, t, kundetype, { ...ledd, innbyggerpris });
  const inntekt = tjenesteinntekt(kalibrert, kalibrert.tjenester[matrise.tjenester.indexOf(t)], betalere);
  return { tjeneste: t.navn, kundetype, kostnad: C, innbyggerpris, antall: egne.length, fastprisdel, grunnlag, andreKunder, inntekt, matrise: kalibrert };
}
