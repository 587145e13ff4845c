import type { Bandsett } from "./baand";
import type { Decimal } from "./desimal";
import type { Kunde } from "./kundeliste";
import type { Kundetype } from "./kundetype";
import type { Matrisekundetype, Prismatrise } from "./prismatrise";
import type { SvarUtTabell } from "./svarut";

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
