import type { SpinnerProps } from "@fluentui/react-components";
import { Suspense } from "react";
import { latFane } from "./latfane";

/**
 * Fluents Spinner i en egen bit: den vises bare mens en fane lastes eller noe skrives, så den første bunten klarer seg
 * uten. Ruten henter biten rett etter at den er tegnet (forhandslastVentetegn i App), før noen trenger den.
 */
const spinner = latFane<SpinnerProps>(() => import(/* webpackChunkName: "ventetegn" */ "@fluentui/react-components").then((m) => m.Spinner));

export const forhandslastVentetegn = spinner.forhandslast;

export function Ventetegn(props: SpinnerProps) {
  return (
    <Suspense fallback={null}>
      <spinner.Fane {...props} />
    </Suspense>
  );
}
