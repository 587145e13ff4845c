/**
 * Bodø-scenariet som går igjen i testene: kalkulatorens eksempel i docs/eksempel-scenario.json (én kilde), som
 * kalkulatorinndata, og prisene regnet for hånd med 53 712 innbyggere (1. januar 2024) og Pref 717 710 (Oslo);
 * budsjetteksempelet i docs/eksempel-budsjett.json er det samme scenariet med Fiks Digiorden vurdert og en budsjettseksjon.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Kalkulatorinput, ORGANISASJONER } from "../../src/core";

interface Scenariofil {
  organisasjon: string;
  ar: number;
  tjenester: { tjeneste: string; eksisterende: number; altinn?: number; forsendelser?: number; svarinn?: number }[];
  vurder: string[];
}

const lesDocs = (navn: string) => JSON.parse(readFileSync(join(__dirname, "../../docs", navn), "utf8"));

/** docs/eksempel-scenario.json slik CLI-en og dokumentasjonen bruker den. */
export const BODO_SCENARIO: Scenariofil = lesDocs("eksempel-scenario.json");

/** docs/eksempel-budsjett.json: scenariofilen med budsjettseksjonen, slik `fikspris budsjett` leser den. */
export const BODO_BUDSJETTFIL: Scenariofil & { budsjett: Record<string, unknown> } = lesDocs("eksempel-budsjett.json");

const bodo = ORGANISASJONER.find((o) => o.navn === BODO_SCENARIO.organisasjon)!;

/** Det samme scenariet som kjernens kalkulatorinndata. */
export const BODO_KALKULATOR: Kalkulatorinput = {
  kundetype: "KOMMUNE",
  innbyggere: bodo.innbyggere[BODO_SCENARIO.ar],
  tjenester: BODO_SCENARIO.tjenester,
  vurder: BODO_SCENARIO.vurder,
};

/**
 * Budsjetteksempelets kalkulatorinndata (tjenestene og tilleggene i docs/eksempel-budsjett.json), med innbyggertallet
 * 1. januar 2026 (53 638) som planen for 2027 bygger på.
 */
export const BODO_BUDSJETT: Kalkulatorinput = {
  ...BODO_KALKULATOR, innbyggere: bodo.innbyggere[BODO_BUDSJETTFIL.ar], tjenester: BODO_BUDSJETTFIL.tjenester, vurder: BODO_BUDSJETTFIL.vurder,
};

/** Bodøs kjente innbyggertall (SSB 1. januar 2024–2026), som budsjettet etter kalenderen bygger på. */
export const BODO_BEFOLKNING = { grunnlag: { type: "kjent" as const, tall: bodo.innbyggere }, scenarioar: BODO_BUDSJETTFIL.ar };

/**
 * Prisene for hånd (P = 53 712, Pref = 717 710):
 * - Grunnfinansiering: 16 500 + 6,345 · 53 712 · (1 − 0,10 · 53 712 / 717 710) = 354 752,14 → 354 752
 * - Fiks Digisos: 3 000 + 0,636 · 53 712 · (1 − 0,30 · 53 712 / 717 710) = 36 393,87 → 36 394
 * - Digitalt ledsagerbevis: 3 000 + 1,2 · 53 712 · (1 − 0,30 · 53 712 / 717 710) = 66 007,31 → 66 007
 * - SvarUt: 3 000 + 1 000 · 1,05 + 50 000 · 0,50 + 200 · 1,10 = 29 270
 */
export const BODO_PRISER = { innbyggere: 53712, grunnfinansiering: 354752, digisos: 36394, ledsagerbevis: 66007, svarut: 29270 } as const;
