/**
 * Metadataen Excel leser (functions.json, functions.nb-NO.json) og hjelpesiden, laget fra funksjonstabellen.
 * Formen er den custom-functions-metadata genererer fra JSDoc; testen test/funksjoner/metadata.test.ts lar
 * Microsofts egen generator lage den samme filen fra tabellen og sammenligner.
 */
import { ARGUMENTTYPER } from "./argumenttyper";
import { KATALOG, type Funksjonsdefinisjon } from "./katalog";

export const DEV_URL = "https://localhost:3000";

interface Metadataparameter {
  description: string;
  dimensionality?: "matrix";
  name: string;
  optional?: true;
  type: "any";
}

export interface Metadatafunksjon {
  description: string;
  helpUrl: string;
  id: string;
  name: string;
  parameters: Metadataparameter[];
  result: { dimensionality?: "matrix"; type?: "number" | "string" };
}

export interface Metadata {
  allowCustomDataForDataTypeAny: true;
  functions: Metadatafunksjon[];
}

function resultat(d: Funksjonsdefinisjon): Metadatafunksjon["result"] {
  if (d.resultat === "tall") return { type: "number" };
  return d.resultat === "tekstkolonne" ? { dimensionality: "matrix", type: "string" } : { dimensionality: "matrix" };
}

/** Én funksjon; `norsk` gir det norske visningsnavnet (STØRRELSESJUSTERING), ellers id-en (bare ASCII). */
function funksjon(d: Funksjonsdefinisjon, norsk: boolean): Metadatafunksjon {
  return {
    description: d.beskrivelse,
    helpUrl: `${DEV_URL}/hjelp.html#${d.id.toLowerCase()}`,
    id: d.id,
    name: norsk ? (d.navn ?? d.id) : d.id,
    parameters: d.parametre.map((p) => ({
      description: p.beskrivelse,
      ...(ARGUMENTTYPER[p.type].omrade ? { dimensionality: "matrix" as const } : {}),
      name: p.navn,
      ...(p.valgfri ? { optional: true as const } : {}),
      type: "any" as const,
    })),
    result: resultat(d),
  };
}

/** functions.json (standard: ASCII-navn) og functions.nb-NO.json (norske visningsnavn). */
export function lagMetadata(norsk: boolean, katalog: readonly Funksjonsdefinisjon[] = KATALOG): Metadata {
  return { allowCustomDataForDataTypeAny: true, functions: katalog.map((d) => funksjon(d, norsk)) };
}
