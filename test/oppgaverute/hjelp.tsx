/** Shared helpers for the taskpane's jsdom tests. */
import "./polyfill";
import { render } from "@testing-library/react";
import { App, type Fane } from "../../src/taskpane/App";
import type { Arbeidsbok } from "../../src/taskpane/excel";
import { utenExcel } from "../../src/taskpane/excel";
import type { Skjema } from "../../src/taskpane/skjema";

export function visApp(opts: { arbeidsbok?: Arbeidsbok; fane?: Fane; skjema?: Skjema } = {}) {
  return render(<App arbeidsbok={opts.arbeidsbok ?? utenExcel} startfane={opts.fane} startskjema={opts.skjema} />);
}

/** Text of a cell with non-breaking spaces as plain spaces. */
export const tekst = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0/g, " ");

/** The rows of a table (body and foot) as arrays of cell texts. */
export function tabellrader(tabell: HTMLElement): string[][] {
  return [...tabell.querySelectorAll("tbody tr, tfoot tr")].map((r) => [...r.querySelectorAll("td")].map(tekst));
}
