/**
 * Testenes egen nb-NO-formatering av forventede tall, uavhengig av kjernens: mellomrom mellom tusener og ekte
 * minustegn (−). Brukes av alle tester som sammenligner med tall slik de vises.
 */
export const grupper = (n: bigint | number): string =>
  `${n < 0 ? "\u2212" : ""}${(n < 0 ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ")}`;

/** «36 394 kr», «−4 606 kr». */
export const kr = (n: bigint | number): string => `${grupper(n)} kr`;

/** Hele prosent avrundet halvt opp bort fra null: «−11 %». */
export const prosent = (n: number): string => `${grupper(Math.sign(n) * Math.floor(Math.abs(n) + 0.5))} %`;
