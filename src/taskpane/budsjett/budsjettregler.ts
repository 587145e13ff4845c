/** Feltregelen (feltregel.ts) for Budsjett-fanens tallfelt: de samme leserne som budsjettskjemaet bruker. */
import { norskTall } from "../../core";
import type { Feltregel } from "../felles/feltregel";
import { lesFra, lesProsent } from "./budsjettskjema";

/** Befolkningsvekst og prisjustering: tomt = 0; godtatt vist som «1,5 %». */
export const budsjettprosent: Feltregel = (tekst) => {
  const { prosent, feil } = lesProsent(tekst);
  if (feil !== null || prosent === null) return { type: "avvist", feil: feil ?? "" };
  return { type: "godtatt", tekst: tekst.trim() === "" ? "" : `${norskTall(prosent)} %` };
};

/** Planens første år: påkrevd heltall innenfor grensene. */
export const budsjettfra: Feltregel = (tekst) => {
  const { fra, feil } = lesFra(tekst);
  if (feil !== null || fra === null) return { type: "avvist", feil: feil ?? "" };
  return { type: "godtatt", tekst: String(fra) };
};
