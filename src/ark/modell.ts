/**
 * Arkmodellen: en arbeidsbok som rene data, felles for alle som skriver ark (exceljs-skriveren i src/arbeidsbok,
 * oppgaverutens Office.js-skriver). Celler med verdier eller vanlige formler og formlenes bufrede resultat, tallformater,
 * stiler, kolonnebredder, radhøyder, sammenslåtte celler, utskriftsoppsett, inndatavalidering med norske meldinger og
 * cellebeskyttelse. Ingen exceljs, Node, React eller Office.js her; modulen importerer bare kjernen.
 */
import { celleadresse } from "./adresser";

/** Hvordan en celle ser ut: tittel, tabelloverskrift, inndata (gul, kan endres), sumrad, forklaring. */
export type Cellestil = "tittel" | "overskrift" | "inndata" | "sum" | "forklaring";

/** Et bufret formelresultat: tall, tekst, sannhetsverdi eller en regnearkfeil («#N/A»). */
export type Resultat = number | string | boolean | { feil: string };

/**
 * Én celle: en vanlig verdi eller en vanlig formel (kanonisk engelsk syntaks med komma, uten «=», slik filformatet
 * lagrer den). Tekst er alltid en verdi, aldri en formel, uansett hvordan den ser ut.
 */
export interface Celle {
  verdi?: string | number;
  formel?: string;
  /** Formelens resultat slik en regnemotor regner det (ferdigstill fyller det inn): forhåndsvisninger viser det. */
  resultat?: Resultat;
  /** Tallformat i Excels språkuavhengige syntaks ('#,##0 "kr"', "0 %"). */
  format?: string;
  stil?: Cellestil;
  /** Teksten brytes over flere linjer i cellen (radhøyden følger antall linjer). */
  bryt?: boolean;
  /** Vannrett justering; tallceller (og «na.» i dem) står til høyre. */
  justering?: "venstre" | "hoyre";
}

/**
 * Inndatavalidering av et område: et heltall eller desimaltall fra min til maks, eller en verdi fra en liste (et område
 * i boken). `inndatamelding` vises når cellen velges, `melding` når en ugyldig verdi skrives inn.
 */
export type Validering = {
  omrade: string;
  melding: string;
  inndatamelding: string;
} & ({ type: "heltall" | "desimal"; min: number; max: number } | { type: "liste"; kilde: string });

/** Utskriftsoppsettet: alltid A4 og tilpasset sidebredden, med arknavn og sidetall i bunnteksten. */
export interface Utskrift {
  liggende: boolean;
  /** Radene (fra 0) som gjentas øverst på hver side, eller null. */
  gjentaRader: { fra: number; til: number } | null;
}

export interface Ark {
  navn: string;
  /** Rader fra A1; null eller manglende element = tom celle. */
  rader: (Celle | null)[][];
  /** Kolonnebredder i tegn, fra kolonne A. */
  kolonnebredder: number[];
  /** Radhøyder i punkter, fra rad 1; null = standard. */
  radhoyder: (number | null)[];
  /** Rader og kolonner som er frosset øverst og til venstre (0 = ingen). */
  frys: { rader: number; kolonner: number };
  valideringer: Validering[];
  /** Sammenslåtte områder («A2:M2»). */
  sammenslatt: string[];
  utskrift: Utskrift;
  /** Arket er beskyttet uten passord: bare inndatacellene kan endres (brukeren kan oppheve beskyttelsen). */
  beskyttet: boolean;
  /** Excel-tabeller over områder i arket (overskriftsraden først); oppgaveruten skriver dem, .xlsx-filen ikke. */
  tabeller?: Tabell[];
}

/** En Excel-tabell: området («A12:G17») med overskriftsrad, ønsket navn (skriveren gjør det unikt) og tabellstil. */
export interface Tabell {
  omrade: string;
  navn: string;
  stil: string;
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
  private readonly sammenslatt: string[] = [];

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

  /** Slår sammen et område («A4:D4»): innholdet står i den øverste venstre cellen. */
  slaSammen(omrade: string): this {
    this.sammenslatt.push(omrade);
    return this;
  }

  valider(validering: Validering): this {
    this.valideringer.push(validering);
    return this;
  }

  /**
   * `kolonnebredder` er minstebreddene i tegn (ferdigstill gjør en kolonne bredere når innholdet krever det). Når den
   * siste frosne raden er tabelloverskriften, gjentas den øverst på hver utskrevne side.
   */
  bygg(kolonnebredder: number[], frys: Ark["frys"] = { rader: 0, kolonner: 0 }): Ark {
    const rader = Array.from({ length: this.rader.length }, (_, i) => this.rader[i] ?? []);
    const sisteFrosne = frys.rader > 0 ? rader[frys.rader - 1].filter((c) => c !== null) : [];
    const gjenta = sisteFrosne.length > 0 && sisteFrosne.every((c) => c.stil === "overskrift") ? { fra: frys.rader - 1, til: frys.rader - 1 } : null;
    return {
      navn: this.navn, rader, kolonnebredder, radhoyder: [], frys, valideringer: this.valideringer, sammenslatt: this.sammenslatt,
      utskrift: { liggende: false, gjentaRader: gjenta }, beskyttet: true,
    };
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
