/// <reference types="office-js" />
/**
 * Inngangen til oppgaveruten. Kalkulatoren vises med en gang (den trenger ingenting fra Office); når Office.onReady
 * svarer, kobles arbeidsboken til: i Excel Office.js-implementasjonen, ellers (host null, eller office.js mangler
 * eller er blokkert) nettkalkulatoren. Excel som mangler Excel API-versjonen koden trenger, får kalkulatoren med
 * arkknappene slått av og en norsk forklaring.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { type Arbeidsbok, utenExcel, velgArbeidsbok } from "./excel";

/** Til Office har svart, venter arkknappene med en ærlig grunn. */
const venter: Arbeidsbok = { ...utenExcel, grunn: "Kobler til Excel …" };

function finnArbeidsbok(): Promise<Arbeidsbok> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(utenExcel);
  return new Promise((svar) => {
    // En office.js som aldri svarer (blokkert eller filer som mangler), skal ikke la knappene vente for alltid.
    const tidsavbrudd = setTimeout(() => svar(utenExcel), 5000);
    Office.onReady((info) => {
      clearTimeout(tidsavbrudd);
      const stotter = (sett: string, versjon: string) => Office.context.requirements.isSetSupported(sett, versjon);
      svar(velgArbeidsbok(info.host === Office.HostType.Excel, stotter, typeof Excel === "undefined" ? undefined : Excel));
    });
  });
}

function Rot() {
  const [arbeidsbok, setArbeidsbok] = useState<Arbeidsbok>(venter);
  useEffect(() => {
    finnArbeidsbok().then(setArbeidsbok);
  }, []);
  return <App arbeidsbok={arbeidsbok} />;
}

const rot = document.getElementById("rot");
if (!rot) throw new Error("Fant ikke elementet #rot i taskpane.html.");
createRoot(rot).render(<Rot />);
