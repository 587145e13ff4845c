/**
 * The commands of `fikspris`, in the order `--hjelp` lists them.
 * To add a command: one file in this folder exporting a Kommando, then one import and one entry below.
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
