/** Priskjernens offentlige grensesnitt: rene funksjoner, eksakt (decimal.js), norske feil. */
export { Decimal } from "./modell/desimal";
export { rundHalvOpp, tolkDesimaler } from "./modell/avrunding";
export { PrisFeil, TabellFeil, formaterProblem, type Celleproblem, type Feiltype, type Henvisning } from "./modell/feil";
export { celleadresse } from "./innlesing/celleadresse";
export { tolkNorskTall, type Talltolkning } from "./innlesing/norsktall";
export {
  TALLKRAV, MAKS_INNBYGGERE, lesTall, lesArgumenttall, lesPakrevdArgumenttall, lesCelletall, lesProsentfelt,
  type Tallkrav, type Tallsvar,
} from "./innlesing/tallkrav";
export { norskTall, norskKr, norskProsent, norskProsentendring } from "./visning/tallformat";
export { sokenokkel } from "./innlesing/normaliser";
export { KUNDETYPER, KUNDETYPENAVN, tolkKundetype, type Kundetype } from "./modell/kundetype";
export { tolkInnbyggere } from "./modell/innbyggere";
export { csvTilCeller, cellerTilCsv } from "./innlesing/csv";
export { dekodTekst, type Dekodet, type Tekstkoding } from "./innlesing/tekstkoding";
export {
  ORGANISASJONER, BEFOLKNINGSAR, STANDARD_BEFOLKNINGSAR, SISTE_BEFOLKNINGSAR, KILDE, arliste,
  finnOrganisasjon, tolkBefolkningsar, kjenteBefolkningsar, storsteInnbyggertall,
  type Organisasjon, type Befolkningsar,
} from "./modell/organisasjoner";
export {
  tolkPrismatrise, MATRISEKOLONNER, GRUNNFINANSIERING, REFERANSERAD, PRISARRAD, STANDARD_PRISAR, befolkningsarForPrisar,
  type Prismatrise, type Matrisetjeneste, type Prisledd, type Matrisekundetype, type Matrisevalg,
} from "./modell/prismatrise";
export { prismatriseTilCeller, prismatriseTilTekstceller } from "./modell/matrisecelller";
export { tjenestenokkel, TJENESTEALIASER, type Tjenestealias } from "./modell/tjenestenokkel";
export { tjenestenavn, gjenkjennTjeneste, finnMatrisetjeneste, SVARUT, MIN_KOMMUNE, type Gjenkjent } from "./modell/tjenester";
export { prisregel, storrelsesjustering, modellpris, tjenestepris, fiksPris, type Prisregel } from "./modell/innbyggerpris";
export {
  tolkSvarUtTabell, svarUtTabellTilCeller, svarUtTabellTilTekstceller, svarUtPris, tolkVolum, SVARUTKOLONNER,
  type SvarUtTabell, type SvarUtPriser, type SvarUtVolum,
} from "./modell/svarut";
export {
  tolkDigifintabell, digifinTabellTilCeller, digifinTabellTilTekstceller, digifinAvgift, digifinlosninger, DIGIFINKOLONNER,
  type Digifintabell, type Digifintrinn, type Digifinavgift, type Medlemskapssatser,
} from "./modell/digifin";
export { prisendring, prisendringAndel } from "./okonomi/prisendring";
export {
  beregnKalkulator,
  type Kalkulatorinput, type Kalkulatorrad, type Kalkulatorsum, type Kalkulatorresultat, type Tjenestevalg, type Radtype,
} from "./okonomi/kalkulator";
export {
  kalkulatorvisning, visningslinje, sumlinje, celletekst, KALKULATORKOLONNER, KALKULATORKOLONNER_KORT, BARE_FASTPRIS, NA,
  type Kalkulatorvisning, type Kalkulatorlinje, type Visningslinje, type Visningscelle, type Kalkulatoroverskrift, type Celleformat,
} from "./visning/kalkulatorvisning";
export {
  bandtabell, bandtabeller, bandtittel, andelstekst, BANDTABELLKOLONNER,
  type Bandtabell, type Bandtabellrad, type Andelscelle, type Bandtabellvalg, type Enhet,
} from "./visning/bandtabell";
export {
  budsjettvisning, budsjettbelop, type Budsjettvisning, budsjettabellvisning, budsjettcelletekst, budsjettlinjenavn, BUDSJETTKOLONNER,
  OVERSIKTKOLONNER,
  type Budsjettabellvisning, type Budsjettarsvisning, type Budsjettcelle, type Budsjettjenesterad, type Budsjettlinjevisning,
} from "./visning/budsjettvisning";
export { STANDARD_PRISMATRISE, STANDARD_SVARUT, STANDARD_DIGIFIN, MEDLEMSKAPSSATSER } from "./modell/standarddata";
export { fiksTotal, type Tjenesteelement } from "./okonomi/fikstotal";
export { tolkJustering, tolkReferanse } from "./innlesing/justering";
export { avrundetModellpris, fiksPrisTall, raskModellpris, raskPrisfunksjon } from "./okonomi/raskpris";
export {
  lagBandsett, finnBand, tolkBandgrenser, STANDARD_PROSENTBAND, STANDARD_KRONEBAND, STANDARD_BANDNAVN, UTEN_GRUNNLAG,
  type Band, type Bandsett, type Bandgrense,
} from "./modell/baand";
export {
  tolkKundeliste, tolkTjenesteutvalg, alleKunder, kunderFra, KUNDEKOLONNER,
  type Kunde, type Tjenesteutvalg, type Kundelistevalg,
} from "./okonomi/kundeliste";
export {
  tjenesteinntekt, selvkostpris, medPrisledd, tolkBelop, type Betaler, type Inntekt, type Kalibrering,
} from "./okonomi/kalibrering";
export { Sektor, lagSektor, beregnEffekt } from "./okonomi/sektor";
export { tjenesteplan, type Tjenesteplan, type Manglendepris } from "./modell/tjenesteplan";
export type {
  Effektvalg, Effektsammendrag, Effektresultat, Kunderesultat, Fordeling, Bandtelling, Tjenesteinntekt, Endring, Grunnlinje,
} from "./okonomi/effekttyper";
export { sammenlignMatriser, type Sammenligning, type Kundedifferanse, type Tjenestedifferanse } from "./okonomi/sammenligning";
export { matriseadvarsler, type Matriseadvarsel, type Advarselstype } from "./modell/matriseadvarsler";
export { scenariotjenester, svarUtVolum, type Scenariotjeneste } from "./innlesing/scenariotjenester";
export { type Heltallsbrok } from "./modell/heltallsbrok";
export {
  aktiveKvartaler, arsbelop, arsbelopIAr, fordelPaKvartaler, kvartalsbelop, kvartalstekst, type Kvartal, type Kvartalsbelop,
} from "./budsjett/kvartaler";
export { framskrevetInnbyggertall, prisjusteringsfaktor } from "./budsjett/framskriving";
export { arsprisIAr, eksaktArspris, justertArspris, justertPris, modellprisBrok, prisjusteringsar } from "./okonomi/arspris";
export {
  tolkBudsjett, tolkKvartal, kvartalFraTekst, BUDSJETTGRENSER, type Budsjettvalg, type Oppstartsvalg, type Digifinvalg,
} from "./budsjett/budsjettvalg";
export {
  beregnBudsjett, type Budsjett, type Budsjettar, type Budsjettlinje, type Budsjettlinjetype, type Budsjettabeller, type Budsjettbefolkning,
} from "./budsjett/budsjett";
export {
  organisasjonsgrunnlag, oppgittGrunnlag, innbyggerkildetekst, budsjettbefolkning, type Kundegrunnlag, type Innbyggerkilde,
} from "./okonomi/kundegrunnlag";
export {
  tolkScenario, skrivScenario, scenariobudsjett, iScenariofil, type Scenario, type Scenarioinnhold,
} from "./innlesing/scenario";
export {
  planinnbyggertall, planensInnbyggertall, planinnbyggerkildetekst, befolkningsarAdvarsel, befolkningsarFor,
  type Befolkningsgrunnlag, type Planinnbyggerkilde, type Planinnbyggere,
} from "./budsjett/planbefolkning";
export { prisgrunnlag, prisnavn } from "./visning/prisgrunnlag";
export { lesFolketallsceller, lesFolketallsfil, medFolketall, type Folketall } from "./innlesing/folketallsfil";
