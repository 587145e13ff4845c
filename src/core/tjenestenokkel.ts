import { sokenokkel } from "./normaliser";

/** Aliases people use, as search keys → the canonical search key they mean. */
const ALIASER: Record<string, string> = {
  protokoll: "protokoller",
  "skatte og inntektsopplysning": "skatte og inntektsopplysninger",
  minside: "min kommune",
  "min side": "min kommune",
  svarinn: "svarut",
};

/**
 * Search key of a service name as people type it: case-insensitive, with or without the "Fiks "
 * prefix, hyphens and extra spaces ignored, known aliases folded.
 * "Fiks Skatte og inntektsopplysninger" and "Skatte- og inntektsopplysninger" give the same key.
 */
export function tjenestenokkel(navn: string): string {
  const nokkel = sokenokkel(navn).replace(/^fiks /, "");
  return ALIASER[nokkel] ?? nokkel;
}
