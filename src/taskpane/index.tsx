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
import { type Arbeidsbok, utenExcel, velgArbeidsbok } from "./felles/arbeidsbok";
import { type Scenariolager, UTEN_LAGER, nettleserLager, velgScenariolager } from "./scenario/scenariolager";

/** Til Office har svart, venter arkknappene med en ærlig grunn. */
const venter: Arbeidsbok = { ...utenExcel, grunn: "Kobler til Excel …" };

interface Tilkobling {
  arbeidsbok: Arbeidsbok;
  /** Hvor scenariet huskes: arbeidsbokens dokumentinnstillinger i Excel, ellers nettleseren. */
  lager: Scenariolager;
}

const nettleser = () => (typeof localStorage === "undefined" ? undefined : localStorage);
const frittstaende = (): Tilkobling => ({ arbeidsbok: utenExcel, lager: nettleserLager(nettleser) });

function kobleTil(): Promise<Tilkobling> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(frittstaende());
  return new Promise((svar) => {
    // En office.js som aldri svarer (blokkert eller filer som mangler), skal ikke la knappene vente for alltid.
    const tidsavbrudd = setTimeout(() => svar(frittstaende()), 5000);
    Office.onReady((info) => {
      clearTimeout(tidsavbrudd);
      const iExcel = info.host === Office.HostType.Excel;
      const stotter = (sett: string, versjon: string) => Office.context.requirements.isSetSupported(sett, versjon);
      svar({
        arbeidsbok: velgArbeidsbok(iExcel, stotter, typeof Excel === "undefined" ? undefined : Excel),
        lager: velgScenariolager(iExcel ? Office.context.document?.settings : undefined, nettleser),
      });
    });
  });
}

function Rot() {
  const [tilkobling, settTilkobling] = useState<Tilkobling>({ arbeidsbok: venter, lager: UTEN_LAGER });
  useEffect(() => {
    kobleTil().then(settTilkobling);
  }, []);
  return <App arbeidsbok={tilkobling.arbeidsbok} lager={tilkobling.lager} />;
}

const rot = document.getElementById("rot");
if (!rot) throw new Error("Fant ikke elementet #rot i taskpane.html.");
createRoot(rot).render(<Rot />);
