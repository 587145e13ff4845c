/**
 * Det redigerbare arket Prismatrise, i nøyaktig samme oppsett som KS.PRISMATRISE() og `fikspris matrise --csv`
 * (overskrift, én rad per tjeneste, raden Referanseinnbyggertall sist), og hvor formlene slår opp i det.
 */
import {
  type Matrisekundetype, MATRISEKOLONNER, prismatriseTilCeller, type Prismatrise, REFERANSERAD, TALLKRAV,
} from "../core";
import { arkcelle, arkkolonne, ref } from "../ark/adresser";
import { forsteMelding } from "./formler";
import { tallkrav } from "./valideringer";
import { type Ark, Arkbygger, type Celle, tekst } from "../ark/modell";
import { FORMAT, prosentformat, satsformat } from "../ark/tallformat";

export const PRISMATRISEARK = "Prismatrise";
/** Overskriftsraden, fra 0 (rad 3 i arket). */
const OVERSKRIFTSRAD = 2;

type Kolonne = keyof typeof MATRISEKOLONNER;
const KOLONNER = Object.keys(MATRISEKOLONNER) as Kolonne[];

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

/** En matrisecelle slik den skrives: tall med kolonnens format, «NA» og tomme celler som de er. */
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
  // Referanseinnbyggertallene: validering og en merknad når ett av dem ikke er et tall større enn 0 (kjernen nekter da å prise).
  const r = OVERSKRIFTSRAD + rader.length;
  const celler = (["innbyggerprisKommune", "innbyggerprisFylke"] as const).map((k) => KOLONNER.indexOf(k));
  for (const k of celler) b.valider({ omrade: ref(r, k), ...tallkrav("Referanseinnbyggertallet", TALLKRAV.referanse) });
  b.sett(r, KOLONNER.length, {
    formel: forsteMelding(celler.map((k, i): [string, string] => [
      `NOT(AND(ISNUMBER(${ref(r, k)}),${ref(r, k)}>0))`,
      `Referanseinnbyggertallet for ${i === 0 ? "kommuner" : "fylkeskommuner"} (${ref(r, k)}) må være større enn 0.`,
    ])),
    stil: "forklaring",
  });
  return b.bygg([34, 16, 14, 14, 16, 14, 14, 16], { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
