/** Felles hjelpere for oppgaverutens jsdom-tester. */
import "./polyfill";
import { render } from "@testing-library/react";
import { ORGANISASJONER } from "../../src/core";
import { App, type Fane } from "../../src/taskpane/App";
import type { Arbeidsbok } from "../../src/taskpane/felles/excel";
import { utenExcel } from "../../src/taskpane/felles/excel";
import type { Scenariolager } from "../../src/taskpane/scenario/scenariolager";
import { forhandslastFaner } from "../../src/taskpane/faner";
import { type Skjema, TOMT_SKJEMA } from "../../src/taskpane/felles/skjema";
import { BODO_SCENARIO } from "../hjelpere/bodo";
import { grupper } from "../hjelpere/norsk";

// Fanene utenom Kalkulator lastes når de åpnes (faner.ts); testene henter bitene først, så en fane tegnes med en gang.
beforeAll(() => forhandslastFaner());

export function visApp(opts: { arbeidsbok?: Arbeidsbok; fane?: Fane; skjema?: Skjema; lager?: Scenariolager } = {}) {
  return render(<App arbeidsbok={opts.arbeidsbok ?? utenExcel} startfane={opts.fane} startskjema={opts.skjema} lager={opts.lager} />);
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

export const bodo = ORGANISASJONER.find((o) => o.navn === BODO_SCENARIO.organisasjon)!;

/**
 * Bodø-scenariet (test/hjelpere/bodo.ts) som skjemaet ruten fyller ut: dagens priser skrevet på tre norske måter
 * («41 000», «190 000 kr», «80000»), SvarUt med antall, og tjenestene som vurderes.
 */
export function bodoSkjema(): Skjema {
  const skrivemater = [(n: number) => grupper(n), (n: number) => `${grupper(n)} kr`, (n: number) => String(n)];
  const svarut = BODO_SCENARIO.tjenester.find((t) => t.tjeneste === "SvarUt")!;
  return {
    ...TOMT_SKJEMA,
    // Kalkulatoreksempelet gjenskaper KS' publiserte tabell for 2025: befolkningen 1. januar 2024.
    ar: BODO_SCENARIO.ar,
    organisasjon: bodo,
    brukte: Object.fromEntries(BODO_SCENARIO.tjenester.map((t, i) => [
      t.tjeneste === "Min Kommune" ? "Min kommune" : t.tjeneste, { valgt: true, eksisterende: skrivemater[i % 3](t.eksisterende) },
    ])),
    vurder: Object.fromEntries(BODO_SCENARIO.vurder.map((v) => [v, true])),
    volum: { altinn: grupper(svarut.altinn!), forsendelser: grupper(svarut.forsendelser!), svarinn: grupper(svarut.svarinn!) },
  };
}
