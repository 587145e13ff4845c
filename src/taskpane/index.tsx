/// <reference types="office-js" />
/**
 * Taskpane entry. In Excel (Office.onReady host Excel) the workbook is reachable through excel.ts;
 * anywhere else (host null, or office.js missing) the same page is a web calculator.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { type Arbeidsbok, officeArbeidsbok, utenExcel } from "./excel";

let startet = false;

function start(arbeidsbok: Arbeidsbok): void {
  if (startet) return;
  startet = true;
  const rot = document.getElementById("rot");
  if (!rot) throw new Error("Fant ikke elementet #rot i taskpane.html.");
  createRoot(rot).render(<App arbeidsbok={arbeidsbok} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const iExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
    start(iExcel ? officeArbeidsbok(Excel) : utenExcel);
  });
  // office.js that never answers (blocked or missing files) must not leave an empty page.
  setTimeout(() => start(utenExcel), 3000);
} else {
  start(utenExcel);
}
