/**
 * En frittstående arbeidsbok som rene data: ark med celler som har verdier eller vanlige formler, tallformater,
 * kolonnebredder, frosne rader og inndatavalidering. Ingen exceljs, Node eller React her: xlsx.ts gjør en plan om til
 * .xlsx-bytes, og kommandolinjen og oppgaveruten lager de samme planene.
 */
import { celleadresse } from "../core";

/** Hvordan en celle ser ut: tittel, tabelloverskrift, inndata (gul, kan endres), sumrad, forklaring. */
export type Cellestil = "tittel" | "overskrift" | "inndata" | "sum" | "forklaring";

/**
 * Én celle: en vanlig verdi eller en vanlig formel (kanonisk engelsk syntaks med komma, uten «=», slik filformatet
 * lagrer den). Tekst er alltid en verdi, aldri en formel, uansett hvordan den ser ut.
 */
export interface Celle {
  verdi?: string | number;
  formel?: string;
  /** Tallformat i Excels språkuavhengige syntaks ('#,##0 "kr"', "0 %"). */
  format?: string;
  stil?: Cellestil;
}

/** Inndatavalidering av et område: et heltall eller desimaltall fra min til maks, med norsk melding. */
export interface Validering {
  omrade: string;
  type: "heltall" | "desimal";
  min: number;
  max: number;
  melding: string;
}

export interface Ark {
  navn: string;
  /** Rader fra A1; null eller manglende element = tom celle. */
  rader: (Celle | null)[][];
  /** Kolonnebredder i tegn, fra kolonne A. */
  kolonnebredder: number[];
  /** Rader og kolonner som er frosset øverst og til venstre (0 = ingen). */
  frys: { rader: number; kolonner: number };
  valideringer: Validering[];
}

export interface Arbeidsbokplan {
  /** Dokumenttittel (filens egenskaper). */
  tittel: string;
  ark: Ark[];
}

/** Bygger et ark celle for celle (rad og kolonne fra 0). */
export class Arkbygger {
  private readonly rader: (Celle | null)[][] = [];
  private readonly valideringer: Validering[] = [];

  constructor(readonly navn: string) {}

  sett(rad: number, kolonne: number, celle: Celle | null): this {
    const r = (this.rader[rad] ??= []);
    while (r.length < kolonne) r.push(null);
    r[kolonne] = celle;
    return this;
  }

  /** Celler fra (rad, kolonne) og mot høyre. */
  rad(rad: number, kolonne: number, celler: (Celle | null)[]): this {
    celler.forEach((c, i) => this.sett(rad, kolonne + i, c));
    return this;
  }

  valider(validering: Validering): this {
    this.valideringer.push(validering);
    return this;
  }

  bygg(kolonnebredder: number[], frys: Ark["frys"] = { rader: 0, kolonner: 0 }): Ark {
    const rader = Array.from({ length: this.rader.length }, (_, i) => this.rader[i] ?? []);
    return { navn: this.navn, rader, kolonnebredder, frys, valideringer: this.valideringer };
  }
}

/** En tekstcelle (en verdi, aldri en formel). */
export const tekst = (verdi: string, stil?: Cellestil): Celle => (stil ? { verdi, stil } : { verdi });

/** Alle formlene i en plan, med adresse: til testene og antallet formler. */
export function formler(plan: Arbeidsbokplan): { ark: string; adresse: string; formel: string }[] {
  return plan.ark.flatMap((ark) =>
    ark.rader.flatMap((rad, r) =>
      rad.flatMap((c, k) => (c?.formel === undefined ? [] : [{ ark: ark.navn, adresse: celleadresse(r, k), formel: c.formel }]))));
}
