/**
 * Ruten husker scenariet: når lageret er klart (i Excel når Office har svart), hentes det som sist ble husket fram, og
 * hver endring etterpå skrives dit litt etter at brukeren har sluttet å skrive. Et scenario brukeren allerede har
 * begynt på før lageret var klart, overskrives ikke.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Scenariolager } from "./scenariolager";
import { type Rutescenario, TOMT_SCENARIO, fraHusket, huskTekst } from "./rutescenario";

/** Så lenge etter siste endring skrives scenariet (saveAsync skriver i dokumentet; ikke for hvert tastetrykk). */
export const HUSKEPAUSE_MS = 400;

const TOMT = huskTekst(TOMT_SCENARIO);

export interface Scenariominne {
  /** Hva som skjedde sist: hentet fram, eller en feil ved lesing eller lagring. */
  melding: { type: "info" | "feil"; tekst: string } | null;
  /** Starter på nytt: tomt skjema, standardmatrisen, og ingenting husket. */
  nytt: () => Promise<void>;
}

function feiltekst(feil: unknown): string {
  return feil instanceof Error ? feil.message : String(feil);
}

export function useScenariominne(lager: Scenariolager, scenario: Rutescenario, sett: (s: Rutescenario) => void): Scenariominne {
  const [melding, settMelding] = useState<Scenariominne["melding"]>(null);
  // Lageret som er lest (og dermed kan skrives i), og det som sist ble skrevet dit.
  const [klart, settKlart] = useState<Scenariolager | null>(null);
  const sist = useRef<string | null>(null);
  const naa = useRef(scenario);
  useEffect(() => {
    naa.current = scenario;
  }, [scenario]);

  useEffect(() => {
    if (lager.sted === null) return;
    let avbrutt = false;
    lager.les().then(
      (tekst) => {
        if (avbrutt) return;
        sist.current = tekst;
        if (tekst !== null && huskTekst(naa.current) === TOMT) {
          try {
            const husket = fraHusket(tekst);
            if (huskTekst(husket) !== TOMT) {
              sett(husket);
              settMelding({ type: "info", tekst: `Scenariet er hentet fram fra ${lager.sted}.` });
            }
          } catch (feil) {
            settMelding({ type: "feil", tekst: `Scenariet husket i ${lager.sted} kunne ikke hentes fram: ${feiltekst(feil)}` });
          }
        }
        settKlart(lager);
      },
      (feil) => !avbrutt && settMelding({ type: "feil", tekst: feiltekst(feil) }),
    );
    return () => {
      avbrutt = true;
    };
  }, [lager, sett]);

  useEffect(() => {
    if (klart !== lager) return;
    const tidsur = setTimeout(() => {
      const tekst = huskTekst(scenario);
      if (tekst === sist.current) return;
      sist.current = tekst;
      lager.skriv(tekst).catch((feil) => settMelding({ type: "feil", tekst: feiltekst(feil) }));
    }, HUSKEPAUSE_MS);
    return () => clearTimeout(tidsur);
  }, [klart, lager, scenario]);

  const nytt = useCallback(async () => {
    sist.current = TOMT;
    sett(TOMT_SCENARIO);
    settMelding(null);
    await lager.slett().catch((feil) => settMelding({ type: "feil", tekst: feiltekst(feil) }));
  }, [lager, sett]);

  return { melding, nytt };
}
