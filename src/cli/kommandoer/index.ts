/**
 * Kommandoene i `fikspris`, i rekkefølgen `--hjelp` lister dem.
 * En ny kommando: én fil i denne mappen som eksporterer en Kommando, så én import og én oppføring under.
 */
import type { Kommando } from "../felles";
import { pris } from "./pris";
import { svarut } from "./svarut";
import { digifin } from "./digifin";
import { innbyggere } from "./innbyggere";
import { matrise } from "./matrise";
import { kalkulator } from "./kalkulator";
import { budsjett } from "./budsjett";
import { effekt } from "./effekt";
import { kalibrer } from "./kalibrer";
import { sammenlign } from "./sammenlign";
import { arbeidsbok } from "./arbeidsbok";

export const KOMMANDOER: Kommando[] = [
  pris,
  svarut,
  digifin,
  innbyggere,
  matrise,
  kalkulator,
  budsjett,
  effekt,
  kalibrer,
  sammenlign,
  arbeidsbok,
];
