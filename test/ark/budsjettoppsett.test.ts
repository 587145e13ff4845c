/**
 * Budsjettarket er ett oppsett for begge mål (src/ark/budsjettoppsett.ts): arket oppgaveruten setter inn (KS.*-formler)
 * og arket Budsjett i den frittstående arbeidsboken (vanlige formler) har de samme etikettene, radene, tallformatene,
 * stilene, breddene og valideringene for den samme planen; bare formlene, målets egne inndatarader (ruten har kunden,
 * volumene og prismatrisen, som arbeidsboken har i arket Kalkulator) og hjelperadene under oversikten er forskjellige.
 * At hvert tall stemmer med kjernen, viser budsjett-ark.test.ts (ruten i HyperFormula) og budsjettbok.test.ts og
 * budsjettkalender.test.ts (arbeidsboken i LibreOffice og Gnumeric).
 */
import {
  beregnBudsjett, type Budsjettbefolkning, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT, tolkBudsjett,
} from "../../src/core";
import { lagKalkulatorbok } from "../../src/arbeidsbok/kalkulatorbok";
import { budsjettplassering } from "../../src/ark/budsjettoppsett";
import type { Ark, Celle } from "../../src/ark/modell";
import { budsjettark, RUTERADER } from "../../src/taskpane/budsjett/budsjettark";
import { budsjettarkoppsett } from "../../src/taskpane/budsjett/budsjettoppsett";
import { BODO_BEFOLKNING, BODO_BUDSJETT, BODO_BUDSJETTFIL } from "../hjelpere/bodo";
import { oppsett } from "../oppgaverute/kalkulatoroppsett";

const TABELLER = { matrise: STANDARD_PRISMATRISE, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
/** Dokumentasjonens Bodø-budsjett med en Digifin-avgift og en oppstart midt i planen. */
const SEKSJON = { ...BODO_BUDSJETTFIL.budsjett, digifin: [{ losning: "Digihelse", kvartal: "2027-K2", medlemskap: true }] };
/** Rutens egne inndatarader (kunden, kundetypen, volumene, prismatrisen) kommer etter prisåret: resten av arket står så mange rader lenger ned. */
const FORSKYVNING = RUTERADER.ar - budsjettplassering({ antallAr: 1, linjer: [], digifin: [] }).ar;

/** Det en celle er i oppsettet, uten selve formelen: formel, tekst (med teksten), tall eller tom, med format og stil. */
function slag(c: Celle | null | undefined): string {
  if (!c) return "tom";
  const hva = c.formel !== undefined ? "formel" : c.verdi === undefined ? "tom" : typeof c.verdi === "string" ? `tekst «${c.verdi}»` : "tall";
  return `${hva}|${c.format ?? ""}|${c.stil ?? ""}`;
}

/** Budsjettarket i ruten og i arbeidsboken for den samme planen (SSB-tallene etter kalenderen, eller et oppgitt innbyggertall). */
function begge(befolkning?: Budsjettbefolkning): { rute: Ark; fil: Ark } {
  const valg = tolkBudsjett(SEKSJON);
  const { rader: _rader, ...kunde } = oppsett();
  const budsjett = beregnBudsjett(BODO_BUDSJETT, valg, TABELLER, befolkning);
  const rute = budsjettark(budsjettarkoppsett({ ...kunde, innbyggere: BODO_BUDSJETT.innbyggere }, budsjett, valg));
  const bok = lagKalkulatorbok({
    kundenavn: "Bodø", nummer: "1804", innbyggerkilde: "SSB tabell 07459, 1. januar 2026", input: BODO_BUDSJETT, matrise: STANDARD_PRISMATRISE,
    matrisebeskrivelse: "standard prismatrise 2025", svarut: STANDARD_SVARUT,
    budsjett: { valg, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER, ...(befolkning ? { befolkning } : {}) },
  });
  return { rute, fil: bok.ark.find((a) => a.navn === "Budsjett")! };
}

describe("budsjettarket: ett oppsett, to formellag", () => {
  test.each([["SSB-tallene etter kalenderen", BODO_BEFOLKNING], ["et oppgitt innbyggertall", undefined]] as const)(
    "de samme etikettene, radene, tallformatene, stilene og breddene i ruten og i arbeidsboken (%s)", (_, befolkning) => {
      const { rute, fil } = begge(befolkning);
      const p = budsjettplassering({ antallAr: 4, linjer: Array(5), digifin: Array(1) });
      const slutt = p.oversikt + 2 + 4; // «Sum for planen»
      // Tittelen og inndataene (første år, vekst, prisjustering, innbyggere, antall år, prisår): etikettene og cellene.
      expect(rute.rader[0][0]?.verdi).toBe(fil.rader[0][0]?.verdi);
      expect(fil.rader[0][0]?.verdi).toBe("Budsjett og økonomiplan – Bodø");
      const inndata = (a: Ark) => a.rader.slice(3, 9).map((r, i) => [r[0]?.verdi, ...(i === 3 && !befolkning ? [] : [slag(r[1])])]);
      expect(inndata(rute)).toEqual(inndata(fil));
      expect(inndata(fil).map((r) => r[0])).toEqual(["Første år", "Befolkningsvekst per år", "Prisjustering per år", "Innbyggere første år", "Antall år", "Prismatrisens prisår"]);
      // Fra årstallene til «Sum for planen»: hver celle er det samme slaget med det samme formatet og den samme stilen, rutens
      // rader forskjøvet med dens egne inndatarader.
      const tabell = (a: Ark, fra: number) => a.rader.slice(fra, fra + slutt - p.ar + 1).map((r) => r.map(slag));
      expect(tabell(rute, p.ar + FORSKYVNING)).toEqual(tabell(fil, p.ar));
      expect(tabell(fil, p.ar).map((r) => r[0] ?? "tom")).toEqual([
        "tekst «År»||overskrift", "tekst «Innbyggere»||overskrift", "tekst «Innbyggertall fra»||overskrift",
        "tekst «Prisfaktor (1 + prisjustering)^(år − prisår)»||overskrift", "tekst «Tjeneste»||overskrift",
        ...["Grunnfinansiering", "Fiks Digisos", "SvarUt", "Digitalt ledsagerbevis (vurderes)", "Fiks Digiorden (vurderes)", "Digifin-avgift Digihelse med medlemskap"]
          .map((n) => `tekst «${n}»||`),
        "tekst «Sum»||sum", "tom", "tekst «Sum per år»||tittel", "tekst «År»||overskrift", "formel|0|", "formel|0|", "formel|0|", "formel|0|", "tekst «Sum for planen»||sum",
      ]);
      // Oppsettets minstebredder (arbeidsbokens ferdigstill gjør en kolonne bredere når de utregnede verdiene krever det);
      // valideringene av første år, vekst, prisjustering og oppstartene (ruten har i tillegg volumene og et oppgitt
      // innbyggertall).
      expect(rute.kolonnebredder.length).toBe(fil.kolonnebredder.length);
      expect(rute.kolonnebredder.filter((b, k) => b > fil.kolonnebredder[k])).toEqual([]);
      expect(rute.kolonnebredder.slice(0, 11)).toEqual([40, 14, 14, 13, 9, 13, 13, 13, 13, 13, 13]);
      const utenOmrade = (a: Ark) => a.valideringer.map(({ omrade: _o, ...v }) => v);
      expect(utenOmrade(rute).slice(0, fil.valideringer.length)).toEqual(utenOmrade(fil));
      // Målets eget: rutens inndatarader og ark uten beskyttelse og frysing; arbeidsbokens hjelperader.
      expect(rute.rader.slice(RUTERADER.ekstra, RUTERADER.ar).map((r) => r[0]?.verdi)).toEqual([
        "Organisasjon", "Kundetype", "Altinn-transaksjoner per år (SvarUt)", "Forsendelser per år (SvarUt)", "SvarInn per år (SvarUt)", "Prismatrise",
      ]);
      expect([rute.beskyttet, rute.frys, fil.beskyttet, fil.frys]).toEqual([false, { rader: 0, kolonner: 0 }, true, { rader: p.overskrift + 1, kolonner: 1 }]);
    },
  );
});
