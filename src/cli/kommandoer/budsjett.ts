import {
  beregnBudsjett, budsjettabellvisning, type Budsjettabellvisning, type Budsjettarsvisning, type Budsjettcelle, budsjettcelletekst, BUDSJETTKOLONNER,
  budsjettvisning, type Budsjett, Decimal, iScenariofil, KUNDETYPENAVN, MEDLEMSKAPSSATSER, OVERSIKTKOLONNER, PrisFeil, prisnavn, type Scenario,
  scenariobudsjett, STANDARD_DIGIFIN, STANDARD_SVARUT,
} from "../../core";
import { type Kommando, kr, kundeJson, lesScenarioOgMatrise, tall, tekstTabell, valg } from "../felles";

/** En celle i tabellene etter kjernens regel (0 kroner vises som «–»). */
const celle = (c: Budsjettcelle) => budsjettcelletekst(c, (n) => tall(new Decimal(n)));

function artabell(a: Budsjettarsvisning): string {
  // En Digifin-avgift vises bare det året den betales (JSON har alle linjene hvert år).
  const rader = [...a.linjer.filter((l) => l.vises).map((l) => [l.navn, ...l.celler.map(celle)]), ["Sum", "", "", ...a.sum.map(celle)]];
  const hoyre = BUDSJETTKOLONNER.map((_, k) => k !== 0 && k !== 2);
  return `${a.ar}: ${a.innbyggere}, ${a.prisnavn}\n${tekstTabell([...BUDSJETTKOLONNER], rader, hoyre)}`;
}

function oversikt(t: Budsjettabellvisning): string {
  const hoyre = OVERSIKTKOLONNER.map((_, k) => k > 0 && k !== 2);
  return `Sum per år\n${tekstTabell([...OVERSIKTKOLONNER], t.oversikt.map((r) => r.map(celle)), hoyre)}`;
}

/** «Bodø (1804), kommune» eller kundetypen for en kunde uten navn: innbyggertallet står for hvert år. */
function planbeskrivelse({ kunde }: Scenario): string {
  const org = kunde.organisasjon;
  return org ? `${org.navn} (${org.nummer}), ${KUNDETYPENAVN[kunde.kundetype].toLowerCase()}` : KUNDETYPENAVN[kunde.kundetype];
}

/** Hva årsprisene hviler på: matrisens prisår, justeringen fram til hvert år, og innbyggertallet etter kalenderen. */
function grunnlagstekst(b: Budsjett): string {
  const forste = b.ar[0];
  const justert = forste.prisjusteringsar === 0
    ? `${prisnavn(forste.ar)} er prismatrisens pris`
    : `${prisnavn(forste.ar)} = ${prisnavn(b.prisar)} × (1 + prisjustering)^${forste.prisjusteringsar}`;
  const innbyggere = forste.innbyggerkilde.type === "oppgitt"
    ? "innbyggertallet er oppgitt for første år og framskrevet med befolkningsveksten"
    : "innbyggertallet er folkemengden 1. januar året før hvert år (SSB), framskrevet med befolkningsveksten der den ikke er kjent";
  return `Prismatrise ${b.prisar}: prisene justeres fra ${b.prisar} (${justert}); ${innbyggere}.`;
}

function tekst(hvem: string, b: Budsjett): string {
  const visning = budsjettvisning(b);
  const tabeller = budsjettabellvisning(b);
  return [
    hvem,
    `${visning.tittel}: ${visning.forutsetninger}. Beløp i hele kroner.\n${grunnlagstekst(b)}`,
    ...tabeller.ar.map(artabell),
    oversikt(tabeller),
    `Sum for planen: ${kr(new Decimal(b.sum))}`,
    ...visning.merknader,
  ].join("\n\n");
}

export const budsjett: Kommando = {
  navn: "budsjett",
  sammendrag: "Budsjett og økonomiplan: beløp per år og kvartal med befolkningsvekst og prisjustering",
  hjelp: `Bruk: fikspris budsjett --scenario FIL.json [--matrise FIL] [--innbyggerfil FIL] [--json]

Lager budsjettet og økonomiplanen for scenariet: hvert år og hver tjeneste med årets beløp og de fire
kvartalene (KS fakturerer kvartalsvis), med summer. Scenariofilen er kalkulatorens, med en seksjon «budsjett»:

  "budsjett": {"fra": 2026, "ar": 4, "befolkningsvekst": 1.0, "prisjustering": 3.0,
               "oppstart": {"Fiks Digiorden": "2026-K3"},
               "digifin": [{"losning": "Digihelse", "kvartal": "2026-K2", "medlemskap": false}]}

  fra               planens første år (påkrevd), 2025–2099
  ar                antall år, 1–10 (standard 4)
  befolkningsvekst  prosent per år, −10 til 20 (standard 0); år Y bruker folkemengden 1. januar Y − 1 når
                    den er kjent, ellers det siste kjente året × (1 + vekst)^år, avrundet halvt opp; et
                    oppgitt «innbyggere» gjelder første år og framskrives derfra
  prisjustering     prosent per år, −10 til 20 (standard 0); prisene i matrisen (2025-priser) ganges med
                    (1 + justering)^(Y − 2025) før hver linje avrundes halvt opp til hele kroner
  oppstart          kvartalet en tjeneste i scenariet starter ("ÅÅÅÅ-K1" til "ÅÅÅÅ-K4" innenfor planen);
                    uten oppstart løper tjenesten fra første kvartal
  digifin           Digifin-avgifter (engangsbeløp) som i «fikspris digifin», betalt i sitt kvartal
                    (standard første kvartal) med det årets innbyggertall

Årets beløp er årsprisen × aktive kvartaler / 4, avrundet halvt opp. Kvartalene er hele kroner, så like som
mulig; resten legges med 1 kr på de siste aktive kvartalene, så de summerer nøyaktig til året.
Grunnfinansieringen løper hele planen; Min kommune har ingen ny pris. Tall i JSON skrives som tall.

Valg:
  --scenario FIL    scenariofilen med «budsjett» (påkrevd)
  --matrise FIL     egen prismatrise som CSV (samme oppsett som «fikspris matrise --csv»)
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md): planen bruker dem for årene
                    etter, i stedet for å framskrive
  --json            maskinlesbart svar: {"ar":[{"ar","innbyggere","sum","kvartal":[K1,K2,K3,K4],
                    "linjer":[{"tjeneste","type","arspris","aktiveKvartaler","belop","kvartal"}]}],"sum",…}

Eksempel:
  fikspris budsjett --scenario docs/eksempel-budsjett.json`,
  valg: valg(["scenario", "matrise", "innbyggerfil"]),
  kjor(a) {
    const { fil, matrise, advarsler, scenario } = lesScenarioOgMatrise(a);
    const { kunde, tjenester, vurder, befolkning } = scenario;
    const valgt = scenariobudsjett(scenario, fil);
    if (valgt === null) {
      throw new PrisFeil(`Scenariofilen «${fil}»: mangler «budsjett», f.eks. "budsjett": {"fra": 2026, "ar": 4}.`);
    }
    const plan = iScenariofil(fil, () => beregnBudsjett(
      { kundetype: kunde.kundetype, innbyggere: kunde.innbyggere, tjenester, vurder },
      valgt,
      { matrise, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER },
      befolkning,
    ));
    return {
      json: {
        organisasjon: kundeJson(scenario),
        fra: plan.fra,
        antallAr: plan.antallAr,
        prisar: plan.prisar,
        befolkningsvekst: plan.befolkningsvekst.toNumber(),
        prisjustering: plan.prisjustering.toNumber(),
        ar: plan.ar,
        sum: plan.sum,
        utenNyPris: plan.utenNyPris,
        advarsler: plan.advarsler,
      },
      tekst: tekst(planbeskrivelse(scenario), plan),
      advarsler: [...advarsler, ...plan.advarsler],
    };
  },
};
