/** Inndatavalideringen av arbeidsbøkenes gule celler (Excel og LibreOffice avviser andre verdier når de skrives inn). */
import { Decimal, MAKS_INNBYGGERE, norskTall } from "../core";
import type { Validering } from "./plan";

type Grense = Omit<Validering, "omrade">;

const MAKS_BELOP = 1_000_000_000_000;

export const INNBYGGERE: Grense = { type: "heltall", min: 0, max: MAKS_INNBYGGERE, melding: `Innbyggere må være et helt tall fra 0 til ${norskTall(new Decimal(MAKS_INNBYGGERE))}.` };
export const VOLUM: Grense = { type: "heltall", min: 0, max: MAKS_BELOP, melding: "Antall per år må være et helt tall ≥ 0." };
/** Et beløp i kroner ≥ 0; `hva` navngir kolonnen («Eksisterende pris», «Pris i dag»). */
export const belop = (hva: string): Grense => ({ type: "desimal", min: 0, max: MAKS_BELOP, melding: `${hva} må være et beløp i kroner ≥ 0.` });
