/// <reference types="office-js" />
/**
 * Hvor oppgaveruten husker scenariet: i Excel i arbeidsbokens dokumentinnstillinger (Office.context.document.settings,
 * lagret med saveAsync, så det følger filen), frittstående i nettleserens localStorage. All Office-tilgang for dette
 * står her, og ruten får et `Scenariolager` (som `Arbeidsbok` fra excel.ts), så den testes uten Office.
 */

export interface Scenariolager {
  /** Hvor scenariet huskes, til teksten i ruten; null når det ikke huskes (f.eks. localStorage sperret). */
  readonly sted: "arbeidsboken" | "nettleseren" | null;
  /** Det som sist ble lagret, eller null. */
  les(): Promise<string | null>;
  skriv(tekst: string): Promise<void>;
  slett(): Promise<void>;
}

/** Navnet på innstillingen (dokumentinnstillinger og localStorage). */
export const LAGERNOKKEL = "ks-prisverktoy.scenario";

export const UTEN_LAGER: Scenariolager = {
  sted: null,
  les: () => Promise.resolve(null),
  skriv: () => Promise.resolve(),
  slett: () => Promise.resolve(),
};

/** Office svarer med status "succeeded" eller "failed" (Office.AsyncResultStatus i office.js). */
function lagre(innstillinger: Office.Settings): Promise<void> {
  return new Promise((ferdig, feilet) => {
    innstillinger.saveAsync((svar) => {
      if (String(svar.status) === "failed") {
        feilet(new Error(`Excel kunne ikke lagre scenariet i arbeidsboken: ${svar.error?.message ?? "ukjent feil"}.`));
      } else ferdig();
    });
  });
}

/** Arbeidsbokens dokumentinnstillinger: set() endrer bare kopien i minnet, saveAsync() skriver den i dokumentet. */
export function officeLager(innstillinger: Office.Settings): Scenariolager {
  return {
    sted: "arbeidsboken",
    les: async () => {
      const verdi: unknown = innstillinger.get(LAGERNOKKEL);
      return typeof verdi === "string" ? verdi : null;
    },
    skriv: (tekst) => {
      innstillinger.set(LAGERNOKKEL, tekst);
      return lagre(innstillinger);
    },
    slett: () => {
      innstillinger.remove(LAGERNOKKEL);
      return lagre(innstillinger);
    },
  };
}

/** Nettleserens localStorage; uten localStorage (sperret eller privat modus som kaster) huskes ingenting. */
export function nettleserLager(hent: () => Storage | undefined): Scenariolager {
  let lager: Storage | undefined;
  try {
    lager = hent();
    lager?.getItem(LAGERNOKKEL);
  } catch {
    lager = undefined;
  }
  if (!lager) return UTEN_LAGER;
  const l = lager;
  return {
    sted: "nettleseren",
    les: async () => l.getItem(LAGERNOKKEL),
    skriv: async (tekst) => l.setItem(LAGERNOKKEL, tekst),
    slett: async () => l.removeItem(LAGERNOKKEL),
  };
}

/** I Excel dokumentinnstillingene (når Office har dem), ellers nettleserens lager. */
export function velgScenariolager(innstillinger: Office.Settings | undefined, lokalt: () => Storage | undefined): Scenariolager {
  return innstillinger ? officeLager(innstillinger) : nettleserLager(lokalt);
}
