/**
 * Fanene utenom Kalkulator, hver i sin bit som lastes første gang fanen åpnes: uPlot (Graf), hva-om-motoren (Effekt)
 * og budsjettet kommer ikke med i den første bunten, så kalkulatoren er klar før resten er hentet.
 */
import { latFane } from "./felles/latfane";
import { forhandslastVentetegn } from "./felles/Ventetegn";

export const Prismatrisefane = latFane(() => import(/* webpackChunkName: "fane-prismatrise" */ "./prismatrise/Prismatrisevisning").then((m) => m.Prismatrisevisning));
export const Graffane = latFane(() => import(/* webpackChunkName: "fane-graf" */ "./graf/Graf").then((m) => m.Graf));
export const Effektfane = latFane(() => import(/* webpackChunkName: "fane-effekt" */ "./effekt/Effekt").then((m) => m.Effekt));
export const Budsjettfane = latFane(() => import(/* webpackChunkName: "fane-budsjett" */ "./budsjett/Budsjett").then((m) => m.Budsjett));

/** Henter alle fanenes biter og ventetegnet (testene, før ruten tegnes; ellers lastes hver fane når den åpnes). */
export function forhandslastFaner(): Promise<unknown> {
  return Promise.all([...[Prismatrisefane, Graffane, Effektfane, Budsjettfane].map((f) => f.forhandslast()), forhandslastVentetegn()]);
}
