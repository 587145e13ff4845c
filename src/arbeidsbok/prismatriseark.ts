/**
 * The editable Prismatrise sheet, in exactly the layout of KS.PRISMATRISE() and `fikspris matrise --csv`
 * (header, one row per service, the Referanseinnbyggertall row last), and where the formulas look things up in it.
 */
import {
  type Matrisekundetype, MATRISEKOLONNER, prismatriseTilCeller, type Prismatrise, REFERANSERAD,
} from "../core";
import { arkcelle, arkkolonne } from "./formler";
import { type Ark, Arkbygger, type Celle, tekst } from "./plan";
import { FORMAT, prosentformat, satsformat } from "./tallformat";

export const PRISMATRISEARK = "Prismatrise";
/** 0-based row of the header (row 3 in the sheet). */
const OVERSKRIFTSRAD = 2;

type Kolonne = keyof typeof MATRISEKOLONNER;
const KOLONNER = Object.keys(MATRISEKOLONNER) as Kolonne[];

/** Where formulas find the matrix: ranges over the service rows AND the reference row, so a row inserted above
 * the reference row is inside every range (Excel and LibreOffice widen a range when a row is inserted in it). */
export interface Matriseoppslag {
  /** The Tjeneste column: "Prismatrise!$A$4:$A$16". */
  navn: string;
  /** The same rows of another column, e.g. kolonne("innbyggerprisKommune"). */
  kolonne: (k: Kolonne) => string;
  /** The reference population cell of a kundetype. */
  referanse: Record<Matrisekundetype, string>;
}

export function matriseoppslag(matrise: Prismatrise): Matriseoppslag {
  const forste = OVERSKRIFTSRAD + 1;
  const referanserad = forste + matrise.tjenester.length;
  const kolonne = (k: Kolonne) => arkkolonne(PRISMATRISEARK, KOLONNER.indexOf(k), forste, referanserad);
  return {
    navn: kolonne("tjeneste"),
    kolonne,
    referanse: {
      KOMMUNE: arkcelle(PRISMATRISEARK, referanserad, KOLONNER.indexOf("innbyggerprisKommune")),
      FYLKESKOMMUNE: arkcelle(PRISMATRISEARK, referanserad, KOLONNER.indexOf("innbyggerprisFylke")),
    },
  };
}

/** A matrix cell as written: numbers with the column's format, "NA" and blanks as they are. */
function matrisecelle(verdi: string | number, kolonne: Kolonne, referanserad: boolean): Celle | null {
  if (verdi === "") return null;
  if (typeof verdi === "string") return { verdi, stil: kolonne === "tjeneste" ? undefined : "inndata" };
  const format = referanserad ? FORMAT.heltall
    : kolonne.startsWith("innbyggerpris") ? satsformat(verdi)
      : kolonne.startsWith("justering") ? prosentformat(verdi)
        : FORMAT.kroner;
  return { verdi, format, stil: "inndata" };
}

export function prismatriseark(matrise: Prismatrise, beskrivelse: string): Ark {
  const b = new Arkbygger(PRISMATRISEARK);
  b.sett(0, 0, tekst(`Prismatrise – ${beskrivelse}`, "tittel"));
  b.sett(1, 0, tekst(
    "Endre tallene i de gule cellene: alle priser i arbeidsboken regnes ut på nytt. NA = tilbys ikke til kundetypen. " +
    `Størrelsesjustering i prosent. Nederste rad («${REFERANSERAD}») er referanseinnbyggertallet for kommuner og fylkeskommuner.`,
    "forklaring",
  ));
  const [overskrift, ...rader] = prismatriseTilCeller(matrise);
  b.rad(OVERSKRIFTSRAD, 0, overskrift.map((o) => tekst(String(o), "overskrift")));
  rader.forEach((rad, i) => {
    const referanserad = i === rader.length - 1;
    b.rad(OVERSKRIFTSRAD + 1 + i, 0, rad.map((v, k) => matrisecelle(v, KOLONNER[k], referanserad)));
  });
  return b.bygg([34, 16, 14, 14, 16, 14, 14, 16], { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
