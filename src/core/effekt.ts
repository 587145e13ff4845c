import { rundHalvOpp } from "./avrunding";
import {
  type Bandgrense, type Bandsett, finnBand, finnBandMotTerskler, kroneterskler, STANDARD_KRONEBAND, STANDARD_PROSENTBAND,
} from "./baand";
import { Decimal } from "./desimal";
import { type Celleproblem, PrisFeil, TabellFeil } from "./feil";
import { modellpris, prisregel } from "./innbyggerpris";
import { tolkJustering } from "./justering";
import { TALLKRAV } from "./tallkrav";
import { type Betaler, type Kalibrering, medPrisledd, selvkostpris, tolkBelop } from "./kalibrering";
import type { Kunde } from "./kundeliste";
import { KUNDETYPENAVN, KUNDETYPER, type Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Matrisekundetype, type Prisledd, type Prismatrise, tolkPrismatrise } from "./prismatrise";
import { prismatriseTilTekstceller } from "./matrisecelller";
import { prisendring } from "./prisendring";
import { raskModellpris } from "./raskpris";
import { STANDARD_SVARUT } from "./standarddata";
import { type SvarUtTabell, svarUtPris } from "./svarut";
import { finnMatrisetjeneste, MIN_KOMMUNE, SVARUT } from "./tjenester";
import { tjenestenokkel } from "./tjenestenokkel";

/** A listed service the matrix cannot price for the customer. */
export interface Manglendepris {
  tjeneste: string;
  melding: string;
  /** true: not listed by the user but implied (grunnfinansiering for kommuner and fylkeskommuner). */
  underforstatt: boolean;
}

/** Which lines a customer pays for under a matrix. */
export interface Tjenesteplan {
  /** Indices into `matrise.tjenester`, in matrix order. */
  matrise: number[];
  svarut: boolean;
  ikkePriset: Manglendepris[];
}

function harPris(matrise: Prismatrise, i: number, kundetype: Kundetype): string | null {
  try {
    prisregel(matrise, matrise.tjenester[i], kundetype);
    return null;
  } catch (feil) {
    if (feil instanceof PrisFeil) return feil.message;
    throw feil;
  }
}

/**
 * The services a customer pays for under `matrise` (decisions, see also tolkKundeliste):
 * grunnfinansiering always for KOMMUNE and FYLKESKOMMUNE (when the matrix prices it; otherwise it is reported as
 * an implied missing price); "alle" = every matrix service priced for the kundetype, plus SvarUt when the row has
 * volumes (SvarUt without volumes is left out: its price depends on them); a list = those services (Min kommune has
 * no new price and is skipped). A listed service the matrix does not price for the kundetype is in `ikkePriset`.
 */
export function tjenesteplan(kunde: Kunde, matrise: Prismatrise): Tjenesteplan {
  const valgt = new Set<number>();
  const ikkePriset: Manglendepris[] = [];
  const grunn = matrise.tjenester.findIndex((t) => tjenestenokkel(t.navn) === tjenestenokkel(GRUNNFINANSIERING));
  if (grunn >= 0 && (kunde.kundetype === "KOMMUNE" || kunde.kundetype === "FYLKESKOMMUNE")) {
    const mangler = harPris(matrise, grunn, kunde.kundetype);
    if (mangler) ikkePriset.push({ tjeneste: GRUNNFINANSIERING, melding: mangler, underforstatt: true });
    else valgt.add(grunn);
  }
  let svarut = false;
  if (kunde.tjenester.type === "alle") {
    matrise.tjenester.forEach((_, i) => {
      if (harPris(matrise, i, kunde.kundetype) === null) valgt.add(i);
    });
    svarut = kunde.svarut !== null;
  } else {
    for (const navn of kunde.tjenester.navn) {
      if (navn === SVARUT) {
        svarut = true;
        continue;
      }
      if (navn === MIN_KOMMUNE) continue;
      const i = matrise.tjenester.findIndex((t) => tjenestenokkel(t.navn) === tjenestenokkel(navn));
      const mangler = i < 0 ? `${navn} finnes ikke i prismatrisen.` : harPris(matrise, i, kunde.kundetype);
      if (!mangler) {
        valgt.add(i);
        continue;
      }
      // Grunnfinansiering listed explicitly but not priced: the implied entry becomes an explicit one.
      const underforstatt = i === grunn ? ikkePriset.find((m) => m.tjeneste === GRUNNFINANSIERING) : undefined;
      if (underforstatt) underforstatt.underforstatt = false;
      else ikkePriset.push({ tjeneste: navn, melding: mangler, underforstatt: false });
    }
  }
  return { matrise: [...valgt].sort((a, b) => a - b), svarut, ikkePriset };
}

/** What the change is measured against. */
export type Grunnlinje =
  /** Each customer's "Pris i dag" (customers without one are "uten grunnlag"). */
  | "dagens_pris"
  /** The totals under the matrix the sector was prepared with: the effect of the what-if changes since. */
  | "startmatrise"
  /** The totals under another matrix (scenario comparison: that matrix → this one). */
  | { matrise: Prismatrise };

export interface Effektvalg {
  /** SvarUt price table for customers with volumes. Default: the published 2025 table. */
  svarut?: SvarUtTabell;
  prosentband?: Bandsett;
  kroneband?: Bandsett;
  /** Default: "dagens_pris" when at least one customer has a price today, else "startmatrise". */
  grunnlinje?: Grunnlinje;
}

export interface Tjenesteinntekt {
  tjeneste: string;
  antallKunder: number;
  /** Σ lines rounded half-up to whole kroner (as invoiced). */
  inntekt: Decimal;
  /** Σ exact prices (what calibration makes equal to the cost). */
  inntektEksakt: Decimal;
}

export interface Bandtelling {
  navn: string;
  etikett: string;
  antall: number;
  /** antall / medGrunnlag (a fraction, 0.25 = 25 %); null when no customer of the kundetype has a baseline. */
  andel: Decimal | null;
}

/** The distribution of one kundetype's customers over the bands (like KS's published tables). */
export interface Fordeling {
  kundetype: Kundetype;
  antallKunder: number;
  /** Customers with a baseline (for percentages: a baseline > 0). */
  medGrunnlag: number;
  /** Customers without a baseline ("na.": no price today, or 0 for the percentage bands). */
  utenGrunnlag: number;
  band: Bandtelling[];
}

export interface Effektsammendrag {
  grunnlinje: "dagens_pris" | "startmatrise" | "matrise";
  antallKunder: number;
  /** Revenue per line (matrix services in order, then SvarUt), new prices. */
  tjenester: Tjenesteinntekt[];
  total: {
    /** Σ all customers' new totals (rounded lines). */
    ny: Decimal;
    nyEksakt: Decimal;
    /** Σ baselines of the customers that have one. */
    gammel: Decimal;
    /** Σ new totals of the customers that have a baseline (comparable with `gammel`). */
    nyMedGrunnlag: Decimal;
    endringKr: Decimal;
    /** In percent, unrounded; null when `gammel` is 0. */
    endringProsent: Decimal | null;
    medGrunnlag: number;
  };
  prosentfordeling: Fordeling[];
  kronefordeling: Fordeling[];
}

export interface Kunderesultat {
  kunde: Kunde;
  /** The customer's lines: service and price rounded half-up to whole kroner. */
  linjer: { tjeneste: string; pris: Decimal }[];
  ny: Decimal;
  gammel: Decimal | null;
  endringKr: Decimal | null;
  /** In percent, unrounded; null ("na.") without a baseline > 0. */
  endringProsent: Decimal | null;
  /** Band indices into the band sets; null without a baseline. */
  prosentband: number | null;
  kroneband: number | null;
}

export interface Effektresultat extends Effektsammendrag {
  kunder: Kunderesultat[];
  prosentband: Bandsett;
  kroneband: Bandsett;
}

/** A what-if change of one service's price terms for one kundetype (omitted fields keep their value). */
export interface Endring {
  tjeneste: string;
  /** Default KOMMUNE. */
  kundetype?: Matrisekundetype;
  fastpris?: Decimal | number | string;
  innbyggerpris?: Decimal | number | string;
  /** Størrelsesjustering as a fraction (0.25) or text ("25 %"). */
  justering?: Decimal | number | string;
}

/** Σ P and Σ P² of the customers of one kundetype priced by model 1 for one service (exact integers). */
interface Gruppe {
  antall: number;
  sumP: Decimal;
  sumP2: Decimal;
}

const NULL = new Decimal(0);

/**
 * Σ_i modellpris(ledd, P_i, Pref) in closed form: (n·f·Pref + r·(Pref·ΣP − a·ΣP²)) / Pref. The same rational
 * number as summing the exact prices (it is the left side of the calibration equation), with one division.
 */
function modellsum(ledd: Prisledd, g: Gruppe, pref: number): Decimal {
  if (g.antall === 0) return NULL;
  return ledd.fastpris.times(g.antall).times(pref)
    .plus(ledd.innbyggerpris.times(g.sumP.times(pref).minus(ledd.justering.times(g.sumP2))))
    .div(pref);
}

/** modellpris rounded half-up to whole kroner, as a number: the core's safe-integer fast path, else Decimal. */
export function avrundetModellpris(ledd: Prisledd, innbyggere: number, pref: number): number {
  return raskModellpris(ledd, pref, innbyggere, 0) ?? rundHalvOpp(modellpris(ledd, innbyggere, pref)).toNumber();
}

/** The first band whose largest whole-krone value is ≥ e (e a whole number of kroner). */
function heltallsband(maks: readonly number[], e: number): number {
  for (let k = 0; k < maks.length; k++) if (e <= maks[k]) return k;
  return maks.length;
}

/**
 * The largest whole number in each band below a limit: inklusiv ? ⌊t⌋ : ⌈t⌉ − 1. For a whole-krone change e,
 * "e ≤ maks" is then exactly "e ≤ t" (inklusiv) or "e < t".
 */
function heltallsgrenser(grenser: readonly Bandgrense[], terskler: readonly Decimal[]): number[] {
  return grenser.map((g, k) => (g.inklusiv ? terskler[k].floor() : terskler[k].ceil().minus(1)).toNumber());
}

/**
 * A prepared sector: customers × services with every line priced once (rounded to whole kroner, kept as safe
 * integers), per-customer totals, baselines and band limits precomputed, so that a what-if change of one service
 * re-prices only that service's lines for the customers of the changed kundetype (the core's exact fast path,
 * `raskModellpris`, falling back to `modellpris`) and re-bands only them; the exact (unrounded) revenue of the
 * service is updated in O(1) from Σ P and Σ P² of its users. Made by {@link lagSektor}; the taskpane keeps one and
 * calls {@link Sektor.oppdater} on every slider move. Results are exact decimal.js values.
 */
export class Sektor {
  readonly kunder: readonly Kunde[];
  readonly prosentband: Bandsett;
  readonly kroneband: Bandsett;
  readonly grunnlinje: Effektsammendrag["grunnlinje"];
  private aktiv: Prismatrise;
  private readonly start: Prismatrise;
  private kontrollert: Prismatrise | null = null;
  private readonly svarut: SvarUtTabell;
  private readonly svarutIndeks: number;
  /** Per customer and line index (matrix services, then SvarUt): price in whole kroner; null = not used. */
  private linjer: (number | null)[][];
  private ny: number[];
  private readonly gammel: (Decimal | null)[];
  /** The baseline as a safe integer when it is one (then every band test is integer arithmetic). */
  private readonly gammelTall: (number | null)[];
  private readonly pMaks: (number[] | null)[];
  private readonly pTerskler: (Decimal[] | null)[];
  private readonly kMaks: number[];
  private readonly pBand: (number | null)[];
  private readonly kBand: (number | null)[];
  private readonly brukere: number[][];
  /** Per line and kundetype: the model-priced users of that kundetype. */
  private readonly modellbrukere: Record<Matrisekundetype, number[]>[];
  private readonly grupper: Record<Matrisekundetype, Gruppe>[];
  /** Per line: exact revenue from users not priced by model 1 (fixed prices, SvarUt). */
  private readonly fastEksakt: Decimal[];
  private modellEksakt: Record<Matrisekundetype, Decimal>[];
  private inntekt: number[];
  private readonly startverdier: {
    linjer: (number | null)[][]; ny: number[]; modellEksakt: Record<Matrisekundetype, Decimal>[]; inntekt: number[];
  };

  /** Use {@link lagSektor}. Throws TabellFeil naming the customer cells when a line cannot be priced. */
  constructor(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}) {
    this.kunder = kunder;
    this.aktiv = matrise;
    this.start = matrise;
    this.svarut = valg.svarut ?? STANDARD_SVARUT;
    this.prosentband = valg.prosentband ?? STANDARD_PROSENTBAND;
    this.kroneband = valg.kroneband ?? STANDARD_KRONEBAND;
    const m = matrise.tjenester.length;
    this.svarutIndeks = m;
    this.brukere = Array.from({ length: m + 1 }, () => []);
    this.modellbrukere = Array.from({ length: m + 1 }, () => ({ KOMMUNE: [], FYLKESKOMMUNE: [] }));
    this.grupper = Array.from({ length: m + 1 }, () => ({
      KOMMUNE: { antall: 0, sumP: NULL, sumP2: NULL }, FYLKESKOMMUNE: { antall: 0, sumP: NULL, sumP2: NULL },
    }));
    this.fastEksakt = new Array(m + 1).fill(NULL);
    const problemer: Celleproblem[] = [];
    this.linjer = [];
    this.ny = [];
    kunder.forEach((kunde, i) => {
      const linjer: (number | null)[] = new Array(m + 1).fill(null);
      const plan = tjenesteplan(kunde, matrise);
      for (const mangler of plan.ikkePriset) {
        if (!mangler.underforstatt) problemer.push({ celle: kunde.celler.tjenester, melding: `${kunde.navn}: ${mangler.melding}` });
      }
      for (const s of plan.svarut ? [...plan.matrise, m] : plan.matrise) {
        try {
          linjer[s] = this.prisLinje(kunde, i, s, matrise);
          this.brukere[s].push(i);
        } catch (feil) {
          if (!(feil instanceof PrisFeil)) throw feil;
          problemer.push({ celle: kunde.celler.kunde, melding: `${kunde.navn}: ${feil.message}` });
        }
      }
      this.linjer.push(linjer);
      this.ny.push(linjer.reduce<number>((sum, l) => sum + (l ?? 0), 0));
    });
    if (problemer.length > 0) throw new TabellFeil("kundeliste", problemer);
    this.modellEksakt = this.grupper.map((_, s) => this.modellinntekt(s, matrise));
    this.inntekt = this.brukere.map((b, s) => b.reduce((sum, i) => sum + this.linjer[i][s]!, 0));
    this.startverdier = {
      linjer: this.linjer.map((l) => [...l]), ny: [...this.ny], modellEksakt: this.modellEksakt.map((e) => ({ ...e })), inntekt: [...this.inntekt],
    };

    const grunnlinje = valg.grunnlinje ?? (kunder.some((k) => k.prisIDag !== null) ? "dagens_pris" : "startmatrise");
    if (grunnlinje === "dagens_pris") {
      this.grunnlinje = "dagens_pris";
      this.gammel = kunder.map((k) => k.prisIDag);
    } else if (grunnlinje === "startmatrise") {
      this.grunnlinje = "startmatrise";
      this.gammel = this.ny.map((n) => new Decimal(n));
    } else {
      this.grunnlinje = "matrise";
      this.gammel = new Sektor(kunder, grunnlinje.matrise, { svarut: this.svarut, grunnlinje: "startmatrise" }).ny.map((n) => new Decimal(n));
    }
    const positiv = (g: Decimal | null): g is Decimal => g !== null && g.isPositive() && !g.isZero();
    this.gammelTall = this.gammel.map((g) => (g !== null && g.isInteger() && g.abs().lte(Number.MAX_SAFE_INTEGER) ? g.toNumber() : null));
    this.pTerskler = this.gammel.map((g) => (positiv(g) ? kroneterskler(this.prosentband, g) : null));
    this.pMaks = this.pTerskler.map((t, i) => (t && this.gammelTall[i] !== null ? heltallsgrenser(this.prosentband.grenser, t) : null));
    this.kMaks = heltallsgrenser(this.kroneband.grenser, this.kroneband.grenser.map((g) => g.verdi));
    this.pBand = [];
    this.kBand = [];
    kunder.forEach((_, i) => this.plasser(i));
  }

  /** Prices one line of a customer in whole kroner and records what the exact revenue needs. */
  private prisLinje(kunde: Kunde, i: number, s: number, matrise: Prismatrise): number {
    if (s === this.svarutIndeks) {
      const pris = svarUtPris(this.svarut, kunde.svarut ?? { altinn: 0, forsendelser: 0, svarinn: 0 }, kunde.kundetype);
      this.fastEksakt[s] = this.fastEksakt[s].plus(pris);
      return rundHalvOpp(pris).toNumber();
    }
    const regel = prisregel(matrise, matrise.tjenester[s], kunde.kundetype);
    if (regel.type === "fast") {
      this.fastEksakt[s] = this.fastEksakt[s].plus(regel.pris);
      return rundHalvOpp(regel.pris).toNumber();
    }
    const pris = avrundetModellpris(regel.ledd, kunde.innbyggere, regel.referanse);
    const kundetype = kunde.kundetype as Matrisekundetype;
    const g = this.grupper[s][kundetype];
    const p = new Decimal(kunde.innbyggere);
    this.grupper[s][kundetype] = { antall: g.antall + 1, sumP: g.sumP.plus(p), sumP2: g.sumP2.plus(p.times(p)) };
    this.modellbrukere[s][kundetype].push(i);
    return pris;
  }

  private modellinntekt(s: number, matrise: Prismatrise): Record<Matrisekundetype, Decimal> {
    const t = matrise.tjenester[s];
    const sum = (k: Matrisekundetype) => {
      const ledd = k === "KOMMUNE" ? t?.kommune : t?.fylkeskommune;
      return ledd ? modellsum(ledd, this.grupper[s][k], matrise.referanse[k]) : NULL;
    };
    return { KOMMUNE: sum("KOMMUNE"), FYLKESKOMMUNE: sum("FYLKESKOMMUNE") };
  }

  private plasser(i: number): void {
    const heltall = this.gammelTall[i];
    if (heltall !== null) {
      const e = this.ny[i] - heltall;
      this.kBand[i] = heltallsband(this.kMaks, e);
      const p = this.pMaks[i];
      this.pBand[i] = p ? heltallsband(p, e) : null;
      return;
    }
    const g = this.gammel[i];
    if (g === null) {
      this.pBand[i] = null;
      this.kBand[i] = null;
      return;
    }
    const endring = new Decimal(this.ny[i]).minus(g);
    const terskler = this.pTerskler[i];
    this.pBand[i] = terskler ? finnBandMotTerskler(this.prosentband.grenser, endring, (_, k) => terskler[k]) : null;
    this.kBand[i] = finnBand(this.kroneband, endring);
  }

  /**
   * The current matrix (after the what-if changes so far), validated again so that its `advarsler` are current.
   * Use it for "Sett inn i arket" or to run the other analyses on the edited matrix.
   */
  get matrise(): Prismatrise {
    if (this.aktiv === this.start) return this.start;
    this.kontrollert ??= tolkPrismatrise(prismatriseTilTekstceller(this.aktiv));
    return this.kontrollert;
  }

  /**
   * Applies a what-if change to one service for one kundetype and returns the new sector summary. Cumulative:
   * each call starts from the current state. Exact; only the affected lines are recomputed (target < 16 ms for all
   * 371 customers, see scripts/bench/40-effekt.ts). On an error (a value out of range, a size factor ≤ 0 for some
   * customer) nothing is changed and a PrisFeil in Norwegian is thrown.
   */
  oppdater(endring: Endring): Effektsammendrag {
    const kundetype = endring.kundetype ?? "KOMMUNE";
    const tjeneste = finnMatrisetjeneste(this.aktiv, endring.tjeneste);
    const s = this.aktiv.tjenester.indexOf(tjeneste);
    const gammeltLedd = kundetype === "KOMMUNE" ? tjeneste.kommune : tjeneste.fylkeskommune;
    if (!gammeltLedd) {
      throw new PrisFeil(
        `${tjeneste.navn} har ingen pris for ${KUNDETYPENAVN[kundetype].toLowerCase()} (${kundetype}) i prismatrisen: legg inn en pris i matrisen før du justerer den.`,
        "ikke_funnet",
      );
    }
    const ledd: Prisledd = {
      fastpris: endring.fastpris === undefined ? gammeltLedd.fastpris : tolkBelop(endring.fastpris, "fastpris", TALLKRAV.belop),
      innbyggerpris: endring.innbyggerpris === undefined ? gammeltLedd.innbyggerpris : tolkBelop(endring.innbyggerpris, "innbyggerpris", TALLKRAV.enhetspris),
      justering: endring.justering === undefined
        ? gammeltLedd.justering
        : tolkJustering(endring.justering instanceof Decimal ? endring.justering.toString() : endring.justering, "justering"),
    };
    const pref = this.aktiv.referanse[kundetype];
    const berorte = this.modellbrukere[s][kundetype];
    const nye = berorte.map((i) => avrundetModellpris(ledd, this.kunder[i].innbyggere, pref)); // throws before any change
    this.aktiv = medPrisledd(this.aktiv, tjeneste, kundetype, ledd);
    this.kontrollert = null;
    let inntekt = this.inntekt[s];
    berorte.forEach((i, j) => {
      const linjer = this.linjer[i];
      const forskjell = nye[j] - linjer[s]!;
      linjer[s] = nye[j];
      this.ny[i] += forskjell;
      inntekt += forskjell;
      this.plasser(i);
    });
    this.inntekt[s] = inntekt;
    this.modellEksakt[s] = { ...this.modellEksakt[s], [kundetype]: modellsum(ledd, this.grupper[s][kundetype], pref) };
    return this.sammendrag();
  }

  /** Back to the matrix the sector was prepared with. */
  tilbakestill(): Effektsammendrag {
    this.aktiv = this.start;
    this.kontrollert = null;
    this.linjer = this.startverdier.linjer.map((l) => [...l]);
    this.ny = [...this.startverdier.ny];
    this.modellEksakt = this.startverdier.modellEksakt.map((e) => ({ ...e }));
    this.inntekt = [...this.startverdier.inntekt];
    this.kunder.forEach((_, i) => this.plasser(i));
    return this.sammendrag();
  }

  /** The customers that pay for a service under the current matrix, as calibration input. */
  betalere(tjeneste: string): Betaler[] {
    const s = this.aktiv.tjenester.indexOf(finnMatrisetjeneste(this.aktiv, tjeneste));
    return this.brukere[s].map((i) => ({ kundetype: this.kunder[i].kundetype, innbyggere: this.kunder[i].innbyggere, etikett: this.kunder[i].navn }));
  }

  /**
   * The innbyggerpris of `tjeneste` for `kundetype` that makes the sector's revenue from it equal `kostnad`
   * (exact; see {@link selvkostpris}). Does not change the sector: apply it with
   * `oppdater({ tjeneste, kundetype, innbyggerpris: k.innbyggerpris })`.
   */
  kalibrer(tjeneste: string, kostnad: unknown, kundetype: Matrisekundetype = "KOMMUNE"): Kalibrering {
    return selvkostpris(this.aktiv, tjeneste, kostnad, this.betalere(tjeneste), kundetype);
  }

  /** Sector totals and the band distributions per kundetype. O(customers); no prices are computed. */
  sammendrag(): Effektsammendrag {
    const tjenester: Tjenesteinntekt[] = [];
    let ny = 0;
    let nyEksakt = NULL;
    this.brukere.forEach((b, s) => {
      if (s === this.svarutIndeks && b.length === 0) return;
      const eksakt = this.fastEksakt[s].plus(this.modellEksakt[s].KOMMUNE).plus(this.modellEksakt[s].FYLKESKOMMUNE);
      tjenester.push({
        tjeneste: s === this.svarutIndeks ? SVARUT : this.aktiv.tjenester[s].navn,
        antallKunder: b.length,
        inntekt: new Decimal(this.inntekt[s]),
        inntektEksakt: eksakt,
      });
      ny += this.inntekt[s];
      nyEksakt = nyEksakt.plus(eksakt);
    });
    let gammel = NULL;
    let nyMedGrunnlag = 0;
    let medGrunnlag = 0;
    this.gammel.forEach((g, i) => {
      if (g === null) return;
      gammel = gammel.plus(g);
      nyMedGrunnlag += this.ny[i];
      medGrunnlag += 1;
    });
    const nyMed = new Decimal(nyMedGrunnlag);
    return {
      grunnlinje: this.grunnlinje,
      antallKunder: this.kunder.length,
      tjenester,
      total: {
        ny: new Decimal(ny), nyEksakt, gammel, nyMedGrunnlag: nyMed, medGrunnlag,
        endringKr: nyMed.minus(gammel),
        endringProsent: prisendring(gammel, nyMed),
      },
      prosentfordeling: this.fordeling(this.prosentband, this.pBand),
      kronefordeling: this.fordeling(this.kroneband, this.kBand),
    };
  }

  private fordeling(bandsett: Bandsett, plassering: (number | null)[]): Fordeling[] {
    const perType = new Map<Kundetype, { antall: number; uten: number; band: number[] }>();
    this.kunder.forEach((k, i) => {
      let f = perType.get(k.kundetype);
      if (!f) {
        f = { antall: 0, uten: 0, band: new Array(bandsett.band.length).fill(0) };
        perType.set(k.kundetype, f);
      }
      f.antall += 1;
      const b = plassering[i];
      if (b === null) f.uten += 1;
      else f.band[b] += 1;
    });
    return KUNDETYPER.filter((k) => perType.has(k)).map((kundetype) => {
      const f = perType.get(kundetype)!;
      const med = f.antall - f.uten;
      return {
        kundetype,
        antallKunder: f.antall,
        medGrunnlag: med,
        utenGrunnlag: f.uten,
        band: bandsett.band.map((b, j) => ({ ...b, antall: f.band[j], andel: med > 0 ? new Decimal(f.band[j]).div(med) : null })),
      };
    });
  }

  /** Every customer's lines, new total and change (builds objects: for tables, not for every slider move). */
  kunderesultater(): Kunderesultat[] {
    return this.kunder.map((kunde, i) => {
      const g = this.gammel[i];
      const ny = new Decimal(this.ny[i]);
      const linjer = this.linjer[i].flatMap((pris, s) =>
        pris === null ? [] : [{ tjeneste: s === this.svarutIndeks ? SVARUT : this.aktiv.tjenester[s].navn, pris: new Decimal(pris) }]);
      return {
        kunde,
        linjer,
        ny,
        gammel: g,
        endringKr: g === null ? null : ny.minus(g),
        endringProsent: prisendring(g, ny),
        prosentband: this.pBand[i],
        kroneband: this.kBand[i],
      };
    });
  }

  /** The full effect analysis: the summary plus every customer's result. */
  resultat(): Effektresultat {
    return { ...this.sammendrag(), kunder: this.kunderesultater(), prosentband: this.prosentband, kroneband: this.kroneband };
  }
}

/**
 * Prepares a sector for the effect analysis and the what-if panel: prices every customer's lines once.
 * Throws TabellFeil (cell-addressed, Norwegian) when a listed service is not priced for a customer's kundetype
 * or a price cannot be computed (e.g. a customer larger than the reference makes the size factor ≤ 0).
 */
export function lagSektor(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}): Sektor {
  return new Sektor(kunder, matrise, valg);
}

/**
 * Effect analysis (prismodell.md, "Effect analysis"): every customer's new total (grunnfinansiering for kommuner
 * and fylkeskommuner + the services it uses, each line rounded half-up to whole kroner), the change in kr and %
 * against today's price (or another baseline), the distribution in bands per kundetype by % and by kr, and revenue
 * per service and overall, old vs new. Old revenue exists only as a total: "Pris i dag" is one amount per customer.
 */
export function beregnEffekt(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}): Effektresultat {
  return lagSektor(kunder, matrise, valg).resultat();
}
