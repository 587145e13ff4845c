/**
 * Arbeidsbøkene testene av det brukeren ser (bufrede resultater, utskrift, vern) bruker: Lillestrøms kalkulator og
 * budsjett med alle tjenestene en kommune kan kjøpe og SvarUt med volumer, dokumentasjonens Bodø-budsjett
 * (docs/eksempel-budsjett.json), en fylkeskommune, en statlig virksomhet, og sektorboken.
 */
import {
  budsjettbefolkning, finnOrganisasjon, organisasjonsgrunnlag, GRUNNFINANSIERING, type Kalkulatorinput, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  tolkBudsjett,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { lagSektorbok } from "../../src/arbeidsbok/sektorbok";
import type { Arbeidsbokplan } from "../../src/ark/modell";
import { BODO_BUDSJETT, BODO_BUDSJETTFIL } from "../hjelpere/bodo";

const LILLESTROM = finnOrganisasjon("Lillestrøm");

/** Lillestrøm: alle kommunetjenestene (eksisterende pris 20 000 kr + 1 000 kr per linje), SvarUt med volumer, fire års budsjett. */
export const LILLESTROM_INPUT: Kalkulatorinput = {
  kundetype: "KOMMUNE", innbyggere: LILLESTROM.innbyggere[2024],
  tjenester: [
    ...STANDARD_PRISMATRISE.tjenester.filter((t) => t.kommune && t.navn !== GRUNNFINANSIERING).map((t, i) => ({ tjeneste: t.navn, eksisterende: 20_000 + 1_000 * i })),
    { tjeneste: "SvarUt", eksisterende: 250_000, altinn: 2_000, forsendelser: 80_000, svarinn: 500 },
  ],
  vurder: [],
};

/** En kalkulator- og budsjettbok; budsjettet bruker SSB-tallene etter kalenderen for en organisasjon med SSB-tall (`ar`). */
const kalkulator = (navn: string, nummer: string | null, input: Kalkulatorinput, budsjett?: Record<string, unknown>, ar = 2024): Arbeidsbokplan => lagKalkulatorbok({
  kundenavn: navn, nummer, innbyggerkilde: `SSB tabell 07459, 1. januar ${ar}`, input, matrise: STANDARD_PRISMATRISE,
  matrisebeskrivelse: "standard prismatrise 2025", svarut: STANDARD_SVARUT,
  budsjett: budsjett && {
    valg: tolkBudsjett(budsjett), digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER,
    befolkning: budsjettbefolkning(organisasjonsgrunnlag(finnOrganisasjon(navn), ar, null), ar),
  },
});

export const BOKER: Record<string, () => Arbeidsbokplan> = {
  lillestrom: () => kalkulator(LILLESTROM.navn, LILLESTROM.nummer, LILLESTROM_INPUT, {
    fra: 2026, ar: 4, befolkningsvekst: 1, prisjustering: 3, digifin: [{ losning: "Digihelse", kvartal: "2026-K2", medlemskap: true }],
  }),
  bodo: () => kalkulator("Bodø", "1804", BODO_BUDSJETT, BODO_BUDSJETTFIL.budsjett),
  vestland: () => kalkulator("Vestland", "46", {
    kundetype: "FYLKESKOMMUNE", innbyggere: finnOrganisasjon("Vestland").innbyggere[2024],
    tjenester: [{ tjeneste: "KS Læring", eksisterende: 100_000 }, { tjeneste: "SvarUt", forsendelser: 12_000 }], vurder: ["Fiks Protokoller"],
  }, { fra: 2027, ar: 2 }),
  statlig: () => lagKalkulatorbok({
    kundenavn: null, nummer: null, innbyggerkilde: "Oppgitt", matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard prismatrise 2025",
    svarut: STANDARD_SVARUT, input: { kundetype: "STATLIG_VIRKSOMHET", innbyggere: 0, tjenester: [{ tjeneste: "KS Læring" }, { tjeneste: "SvarUt" }], vurder: [] },
  }),
  sektor: () => lagSektorbok({ matrise: STANDARD_PRISMATRISE, matrisebeskrivelse: "standard prismatrise 2025", ar: 2024 }),
};
