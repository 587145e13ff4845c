import {
  beregnKalkulator, type Celleformat, celletekst, kalkulatorvisning, KALKULATORKOLONNER_KORT, type Kalkulatorrad, prisgrunnlag,
  type Prismatrise, type Scenario, STANDARD_SVARUT, type Visningslinje,
} from "../../core";
import { type Kommando, jsonTall, kr, kundebeskrivelse, kundeJson, lesScenarioOgMatrise, prosent, tekstTabell, valg } from "../felles";

/** «Prismatrise 2025 · innbyggere 1.1.2024» for kalkulatoren, eller «… · innbyggere oppgitt». */
function kalkulatorgrunnlag(scenario: Scenario, matrise: Prismatrise): string {
  return prisgrunnlag(matrise.prisar, scenario.befolkning.grunnlag.type === "kjent" ? scenario.ar : null);
}

type Radverdier = Omit<Kalkulatorrad, "tjeneste" | "type">;

function radJson(tjeneste: string, r: Radverdier) {
  return {
    tjeneste,
    eksisterende: jsonTall(r.eksisterende),
    ny: jsonTall(r.ny),
    endringProsent: jsonTall(r.endringProsent),
    endringKr: jsonTall(r.endringKr),
    tillegg: jsonTall(r.tillegg),
    totalNy: jsonTall(r.totalNy),
    ...(r.bareFastpris ? { bareFastpris: true } : {}),
  };
}

const TEKSTFORMAT: Celleformat = { kr, prosent: (d) => prosent(d) };

/** En linje som tekst etter kjernens visning (samme «na.»-regel som ruten); SvarUt uten volumer sier det ved navnet. */
function radTekst(linje: Visningslinje): string[] {
  const navn = linje.bareFastpris ? `${linje.tjeneste} (${linje.merknad})` : linje.tjeneste;
  return [navn, ...linje.celler.map((c) => celletekst(c, TEKSTFORMAT))];
}

export const kalkulator: Kommando = {
  navn: "kalkulator",
  sammendrag: "Priskalkulatoren: eksisterende mot ny pris for én organisasjon",
  hjelp: `Bruk: fikspris kalkulator --scenario FIL.json [--matrise FIL] [--json]

Sammenligner det organisasjonen betaler i dag med nye priser (grunnfinansiering + tjenestepriser), og
viser prisen på tjenester den vurderer («tillegg»). Grunnfinansiering legges til automatisk for kommuner og
fylkeskommuner. Linjene avrundes halvt opp til hele kroner; summene er summer av linjene.

Scenariofilen (JSON):
  {"organisasjon": "Bodø", "ar": 2024,
   "tjenester": [{"tjeneste": "Fiks Digisos", "eksisterende": 41000},
                 {"tjeneste": "SvarUt", "eksisterende": 190000, "altinn": 1000, "forsendelser": 50000, "svarinn": 200},
                 {"tjeneste": "Min Kommune", "eksisterende": 80000}],
   "vurder": ["Digitalt ledsagerbevis"]}
  «organisasjon» (navn eller nummer) kan byttes med «innbyggere» og «kundetype»; «innbyggere» sammen med
  «organisasjon» overstyrer SSB-tallet. «ar» er befolkningsåret (2024 standard, 2025 eller 2026).

Valg:
  --scenario FIL    scenariofilen (påkrevd)
  --matrise FIL     egen prismatrise som CSV (samme oppsett som «fikspris matrise --csv»)
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); «ar» kan da være filens år
  --json            maskinlesbart svar: {"organisasjon":{…},"rader":[…],"sum":{…}}; null = «na.»/tom celle,
                    endringProsent i prosent, uavrundet

Eksempel:
  fikspris kalkulator --scenario docs/eksempel-scenario.json`,
  valg: valg(["scenario", "matrise", "innbyggerfil"]),
  kjor(a) {
    const { matrise, advarsler, scenario } = lesScenarioOgMatrise(a);
    const { kunde, tjenester, vurder } = scenario;
    const resultat = beregnKalkulator(
      { kundetype: kunde.kundetype, innbyggere: kunde.innbyggere, tjenester, vurder }, matrise, STANDARD_SVARUT,
    );
    const hvem = kundebeskrivelse(scenario);
    const visning = kalkulatorvisning(resultat);
    const overskrift = [...KALKULATORKOLONNER_KORT];
    const rader = [...visning.linjer.map(radTekst), radTekst(visning.sum)];
    const merknader = visning.overskrift.merknader.map((m) => `- ${m}`);
    return {
      json: {
        organisasjon: kundeJson(scenario),
        rader: resultat.rader.map((r) => radJson(r.tjeneste, r)),
        sum: radJson("Sum", resultat.sum),
      },
      tekst: [hvem, kalkulatorgrunnlag(scenario, matrise), "", tekstTabell(overskrift, rader, overskrift.map((_, k) => k > 0)), ...(merknader.length > 0 ? ["", "Merknader:", ...merknader] : [])].join("\n"),
      advarsler,
    };
  },
};
