import type { Bandsett } from "../modell/baand";
import type { Decimal } from "../modell/desimal";
import type { Kunde } from "./kundeliste";
import type { Kundetype } from "../modell/kundetype";
import type { Matrisekundetype, Prismatrise } from "../modell/prismatrise";
import type { SvarUtTabell } from "../modell/svarut";

/** Det endringen måles mot. */
export type Grunnlinje =
  /** Hver kundes "Pris i dag" (kunder uten den er "uten grunnlag"). */
  | "dagens_pris"
  /** Totalene med matrisen sektoren ble klargjort med: virkningen av hva-om-endringene siden. */
  | "startmatrise"
  /** Totalene med en annen matrise (scenariosammenligning: den matrisen → denne). */
  | { matrise: Prismatrise };

export interface Effektvalg {
  /** SvarUt-pristabellen for kunder med volumer. Standard: den publiserte tabellen for 2025. */
  svarut?: SvarUtTabell;
  prosentband?: Bandsett;
  kroneband?: Bandsett;
  /** Standard: "dagens_pris" når minst én kunde har en pris i dag, ellers "startmatrise". */
  grunnlinje?: Grunnlinje;
}

export interface Tjenesteinntekt {
  tjeneste: string;
  antallKunder: number;
  /** Σ linjer avrundet halvt opp til hele kroner (som fakturert). */
  inntekt: Decimal;
  /** Σ eksakte priser (det kalibreringen gjør lik kostnaden). */
  inntektEksakt: Decimal;
}

export interface Bandtelling {
  navn: string;
  etikett: string;
  antall: number;
  /** antall / medGrunnlag (en brøk, 0.25 = 25 %); null når ingen kunde av kundetypen har grunnlag. */
  andel: Decimal | null;
}

/** Fordelingen av én kundetypes kunder på båndene (som i KS' publiserte tabeller). */
export interface Fordeling {
  kundetype: Kundetype;
  antallKunder: number;
  /** Kunder med grunnlag (for prosent: et grunnlag > 0). */
  medGrunnlag: number;
  /** Kunder uten grunnlag ("na.": ingen pris i dag, eller 0 for prosentbåndene). */
  utenGrunnlag: number;
  band: Bandtelling[];
}

export interface Effektsammendrag {
  grunnlinje: "dagens_pris" | "startmatrise" | "matrise";
  antallKunder: number;
  /** Inntekt per linje (matrisetjenestene i rekkefølge, så SvarUt), nye priser. */
  tjenester: Tjenesteinntekt[];
  total: {
    /** Σ alle kunders nye totaler (avrundede linjer). */
    ny: Decimal;
    nyEksakt: Decimal;
    /** Σ grunnlagene til kundene som har et. */
    gammel: Decimal;
    /** Σ nye totaler for kundene som har grunnlag (sammenlignbar med `gammel`). */
    nyMedGrunnlag: Decimal;
    endringKr: Decimal;
    /** I prosent, uavrundet; null når `gammel` er 0. */
    endringProsent: Decimal | null;
    medGrunnlag: number;
  };
  prosentfordeling: Fordeling[];
  kronefordeling: Fordeling[];
}

export interface Kunderesultat {
  kunde: Kunde;
  /** Kundens linjer: tjeneste og pris avrundet halvt opp til hele kroner. */
  linjer: { tjeneste: string; pris: Decimal }[];
  ny: Decimal;
  gammel: Decimal | null;
  endringKr: Decimal | null;
  /** I prosent, uavrundet; null ("na.") uten et grunnlag > 0. */
  endringProsent: Decimal | null;
  /** Båndindekser i båndsettene; null uten grunnlag. */
  prosentband: number | null;
  kroneband: number | null;
}

export interface Effektresultat extends Effektsammendrag {
  kunder: Kunderesultat[];
  prosentband: Bandsett;
  kroneband: Bandsett;
}

/** En hva-om-endring av én tjenestes prisledd for én kundetype (utelatte felt beholder verdien). */
export interface Endring {
  tjeneste: string;
  /** Standard KOMMUNE. */
  kundetype?: Matrisekundetype;
  fastpris?: Decimal | number | string;
  innbyggerpris?: Decimal | number | string;
  /** Størrelsesjustering som brøk (0.25) eller tekst ("25 %"). */
  justering?: Decimal | number | string;
}
