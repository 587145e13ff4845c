import { type ComponentType, lazy } from "react";

/**
 * En fane som lastes første gang den åpnes (React.lazy, en egen bit i bygget). Når biten først er hentet, får React
 * den straks (en thenable som svarer med en gang), så et nytt besøk i fanen ikke blinker med «Laster …».
 * `forhandslast` henter biten uten å vise fanen (testene gjør det før de tegner ruten).
 */
export function latFane<P extends object>(hent: () => Promise<ComponentType<P>>): { Fane: ComponentType<P>; forhandslast: () => Promise<unknown> } {
  let lastet: { default: ComponentType<P> } | null = null;
  let underveis: Promise<{ default: ComponentType<P> }> | null = null;
  const forhandslast = () => (underveis ??= hent().then((komponent) => (lastet = { default: komponent })));
  const Fane = lazy(() => (lastet === null ? forhandslast() : { then: (ferdig: (m: { default: ComponentType<P> }) => unknown) => ferdig(lastet!) }) as Promise<{ default: ComponentType<P> }>);
  return { Fane, forhandslast };
}
