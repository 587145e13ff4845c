/**
 * Det redigerbare arket Prismatrise, i nøyaktig samme oppsett som KS.PRISMATRISE() og `fikspris matrise --csv`
 * (overskrift, én rad per tjeneste, raden Referanseinnbyggertall sist), og hvor formlene slår opp i det.
 */
import { type Matrisekundetype, type Prismatrise, REFERANSERAD } from "../core";
import { arkcelle, arkkolonne } from "../ark/adresser";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import {
  type Matrisekolonne, MATRISEBREDDER, MATRISEKOLONNENE as KOLONNER, MATRISEOVERSKRIFT as OVERSKRIFTSRAD, matrisetabell, prismatrisetittel,
} from "../ark/prismatriseoppsett";

export const PRISMATRISEARK = "Prismatrise";

type Kolonne = Matrisekolonne;

/** Hvor formlene finner matrisen: områder over tjenesteradene OG referanseraden, så en rad som settes inn over
 * referanseraden, er med i hvert område (Excel og LibreOffice utvider et område når en rad settes inn i det). */
export interface Matriseoppslag {
  /** Kolonnen Tjeneste: "Prismatrise!$A$4:$A$16". */
  navn: string;
  /** De samme radene i en annen kolonne, f.eks. kolonne("innbyggerprisKommune"). */
  kolonne: (k: Kolonne) => string;
  /** Cellen med referanseinnbyggertallet for en kundetype. */
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

/** Arket Prismatrise (arkmodellens matrisetabell, den samme som i oppgaverutens ark) med arbeidsbokens forklaring. */
export function prismatriseark(matrise: Prismatrise, beskrivelse: string): Ark {
  const b = new Arkbygger(PRISMATRISEARK);
  b.sett(0, 0, tekst(prismatrisetittel(beskrivelse), "tittel"));
  b.sett(1, 0, tekst(
    "Endre tallene i de gule cellene: alle priser i arbeidsboken regnes ut på nytt. NA = tilbys ikke til kundetypen. " +
    `Størrelsesjustering i prosent. Nederste rad («${REFERANSERAD}») er referanseinnbyggertallet for kommuner og fylkeskommuner.`,
    "forklaring",
  ));
  matrisetabell(b, OVERSKRIFTSRAD, matrise);
  return b.bygg(MATRISEBREDDER, { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
