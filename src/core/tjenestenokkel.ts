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
  let nokkel = husket.get(navn);
  if (nokkel === undefined) {
    const ren = sokenokkel(navn).replace(/^fiks /, "");
    nokkel = ALIASER[ren] ?? ren;
    // Memoised (normalising costs µs and every lookup normalises each matrix name); bounded.
    if (husket.size >= 10_000) husket.clear();
    husket.set(navn, nokkel);
  }
  return nokkel;
}

const husket = new Map<string, string>();
