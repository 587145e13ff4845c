import { distance } from "fastest-levenshtein";
import { PrisFeil } from "./feil";
import type { Matrisetjeneste, Prismatrise } from "./prismatrise";
import { grunnform, TJENESTEALIASER, tjenestenokkel } from "./tjenestenokkel";

export const SVARUT = "SvarUt";
/** Avviklet: bare eksisterende pris; fra 2025 en del av grunnfinansieringen. */
export const MIN_KOMMUNE = "Min kommune";

export type Gjenkjent =
  | { type: "matrise"; tjeneste: Matrisetjeneste }
  | { type: "svarut" }
  | { type: "utgatt"; navn: string };

/** Alle navnene en bruker kan velge mellom, i matrisens rekkefølge, så SvarUt. */
export function tjenestenavn(matrise: Prismatrise): string[] {
  return [...matrise.tjenester.map((t) => t.navn), SVARUT];
}

/**
 * Gjenkjenner et tjenestenavn slik det skrives. Bare et nøyaktig treff på den normaliserte nøkkelen godtas —
 * aldri et nesten-treff; et ukjent navn er en feil med det nærmeste forslaget.
 */
export function gjenkjennTjeneste(matrise: Prismatrise, navn: unknown, argument = "tjeneste"): Gjenkjent {
  if (typeof navn !== "string" || navn.trim() === "") {
    throw new PrisFeil(`Argumentet «${argument}» må være navnet på en tjeneste, f.eks. «Fiks Digisos».`);
  }
  const nokkel = tjenestenokkel(navn);
  const tjeneste = matrise.tjenester.find((t) => tjenestenokkel(t.navn) === nokkel);
  if (tjeneste) return { type: "matrise", tjeneste };
  if (nokkel === tjenestenokkel(SVARUT)) return { type: "svarut" };
  if (nokkel === tjenestenokkel(MIN_KOMMUNE)) return { type: "utgatt", navn: MIN_KOMMUNE };
  const forslag = naermesteTjeneste(matrise, nokkel);
  throw new PrisFeil(
    `Ukjent tjeneste «${navn.trim()}».` + (forslag ? ` Mente du «${forslag}»?` : ` Gyldige tjenester: ${tjenestenavn(matrise).join(", ")}.`),
    "ikke_funnet",
  );
}

/** Som gjenkjennTjeneste, men bare en tjeneste som prises av matrisen (modell 1), godtas. */
export function finnMatrisetjeneste(matrise: Prismatrise, navn: unknown, argument = "tjeneste"): Matrisetjeneste {
  const gjenkjent = gjenkjennTjeneste(matrise, navn, argument);
  if (gjenkjent.type === "matrise") return gjenkjent.tjeneste;
  if (gjenkjent.type === "svarut") {
    throw new PrisFeil("SvarUt prises etter antall transaksjoner, ikke innbyggertall.", "ikke_funnet", "svarutpris");
  }
  throw new PrisFeil(
    `${gjenkjent.navn} har ingen egen pris fra 2025: tjenesten inngår i grunnfinansieringen.`,
    "ikke_funnet",
  );
}

/**
 * Det gyldige navnet som ligger nærmest et ukjent, målt mot hvert gyldige navn og hvert alias for et gyldig
 * navn (så «Skatte og inntek» foreslår «Skatte- og inntektsopplysninger» gjennom aliaset «Skatte og inntekt»).
 */
function naermesteTjeneste(matrise: Prismatrise, nokkel: string): string | null {
  const gyldige = [...tjenestenavn(matrise), MIN_KOMMUNE];
  const kandidater = [
    ...gyldige.map((navn) => ({ navn, nokkel: tjenestenokkel(navn) })),
    ...TJENESTEALIASER.flatMap((a) => {
      const navn = gyldige.find((n) => tjenestenokkel(n) === tjenestenokkel(a.tjeneste));
      return navn ? [{ navn, nokkel: grunnform(a.alias) }] : [];
    }),
  ];
  let beste: { navn: string; avstand: number } | null = null;
  for (const k of kandidater) {
    const avstand = distance(nokkel, k.nokkel);
    if (!beste || avstand < beste.avstand) beste = { navn: k.navn, avstand };
  }
  return beste && beste.avstand <= Math.max(3, Math.floor(nokkel.length / 3)) ? beste.navn : null;
}
