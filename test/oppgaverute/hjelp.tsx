/** Felles hjelpere for oppgaverutens jsdom-tester. */
import "./polyfill";
import { render } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { App, type Fane } from "../../src/taskpane/App";
import type { Arbeidsbok } from "../../src/taskpane/excel";
import { utenExcel } from "../../src/taskpane/excel";
import { type Skjema, TOMT_SKJEMA } from "../../src/taskpane/skjema";

export function visApp(opts: { arbeidsbok?: Arbeidsbok; fane?: Fane; skjema?: Skjema } = {}) {
  return render(<App arbeidsbok={opts.arbeidsbok ?? utenExcel} startfane={opts.fane} startskjema={opts.skjema} />);
}

/** Teksten i en celle med hardt mellomrom som vanlig mellomrom. */
export const tekst = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");

/** Radene i en tabell (kropp og fot) som lister av celletekster. */
export function tabellrader(tabell: HTMLElement): string[][] {
  return [...tabell.querySelectorAll("tbody tr, tfoot tr")].map((r) => [...r.querySelectorAll("th, td")].map(tekst));
}

/**
 * Punktene i en tolinjeliste (Toradsliste): navn, hovedtall, detalj og endring, uten de skjulte etikettene for
 * skjermlesere («Ny pris: »).
 */
export function listeposter(liste: HTMLElement): { navn: string; hoved: string; detalj: string; endring: string }[] {
  const utenEtikett = (el: Element | null) => tekst(el).replace(/^[^:]*: /, "");
  return [...liste.querySelectorAll("li")].map((li) => {
    const deler = li.children;
    return { navn: tekst(deler[0]), hoved: utenEtikett(deler[1]), detalj: tekst(deler[2]), endring: utenEtikett(deler[3]) };
  });
}

export const bodo = ORGANISASJONER.find((o) => o.navn === "Bodø")!;

/** Bodø-scenariet fra README: Digisos 41 000, SvarUt 190 000 med volumer, Min kommune 80 000, vurderer ledsagerbevis. */
export function bodoSkjema(): Skjema {
  return {
    ...TOMT_SKJEMA,
    organisasjon: bodo,
    brukte: {
      "Fiks Digisos": { valgt: true, eksisterende: "41 000" },
      SvarUt: { valgt: true, eksisterende: "190 000 kr" },
      "Min kommune": { valgt: true, eksisterende: "80000" },
    },
    vurder: { "Digitalt ledsagerbevis": true },
    volum: { altinn: "1 000", forsendelser: "50 000", svarinn: "200" },
  };
}
