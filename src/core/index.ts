/** Priskjernens offentlige grensesnitt: rene funksjoner, eksakt (decimal.js), norske feil. */
export { Decimal } from "./desimal";
export { rundHalvOpp, tolkDesimaler } from "./avrunding";
export { PrisFeil, TabellFeil, formaterProblem, type Celleproblem, type Feiltype, type Henvisning } from "./feil";
export { celleadresse } from "./celleadresse";
export { tolkNorskTall, type Talltolkning } from "./norsktall";
export {
  TALLKRAV, MAKS_INNBYGGERE, lesTall, lesArgumenttall, lesPakrevdArgumenttall, lesCelletall, lesProsentfelt,
  type Tallkrav, type Tallsvar,
} from "./tallkrav";
export { norskTall, norskKr, norskProsent, norskProsentendring } from "./tallformat";
export { sokenokkel } from "./normaliser";
export { KUNDETYPER, KUNDETYPENAVN, tolkKundetype, type Kundetype } from "./kundetype";
export { tolkInnbyggere } from "./innbyggere";
export { csvTilCeller, cellerTilCsv } from "./csv";
export { dekodTekst, type Dekodet, type Tekstkoding } from "./tekstkoding";
export {
  ORGANISASJONER, BEFOLKNINGSAR, STANDARD_BEFOLKNINGSAR, SISTE_BEFOLKNINGSAR, KILDE, arliste,
  finnOrganisasjon, tolkBefolkningsar, storsteInnbyggertall,
  type Organisasjon, type Befolkningsar,
} from "./organisasjoner";
export {
  tolkPrismatrise, MATRISEKOLONNER, GRUNNFINANSIERING, REFERANSERAD, PRISARRAD, STANDARD_PRISAR, befolkningsarForPrisar,
  type Prismatrise, type Matrisetjeneste, type Prisledd, type Matrisekundetype, type Matrisevalg,
} from "./prismatrise";
export { prismatriseTilCeller, prismatriseTilTekstceller } from "./matrisecelller";
export { tjenestenokkel, TJENESTEALIASER, type Tjenestealias } from "./tjenestenokkel";
export { tjenestenavn, gjenkjennTjeneste, finnMatrisetjeneste, SVARUT, MIN_KOMMUNE, type Gjenkjent } from "./tjenester";
export { prisregel, storrelsesjustering, modellpris, tjenestepris, fiksPris, type Prisregel } from "./innbyggerpris";
export {
  tolkSvarUtTabell, svarUtTabellTilCeller, svarUtTabellTilTekstceller, svarUtPris, tolkVolum, SVARUTKOLONNER,
  type SvarUtTabell, type SvarUtPriser, type SvarUtVolum,
} from "./svarut";
export {
  tolkDigifintabell, digifinTabellTilCeller, digifinTabellTilTekstceller, digifinAvgift, digifinlosninger, DIGIFINKOLONNER,
  type Digifintabell, type Digifintrinn, type Digifinavgift, type Medlemskapssatser,
} from "./digifin";
export { prisendring, prisendringAndel } from "./prisendring";
export {
  beregnKalkulator,
  type Kalkulatorinput, type Kalkulatorrad, type Kalkulatorsum, type Kalkulatorresultat, type Tjenestevalg, type Radtype,
} from "./kalkulator";
export {
  kalkulatorvisning, visningslinje, sumlinje, celletekst, KALKULATORKOLONNER, KALKULATORKOLONNER_KORT, BARE_FASTPRIS,
  type Kalkulatorvisning, type Kalkulatorlinje, type Visningslinje, type Visningscelle, type Kalkulatoroverskrift, type Celleformat,
} from "./kalkulatorvisning";
export {
  bandtabell, bandtabeller, bandtittel, andelstekst, BANDTABELLKOLONNER,
  type Bandtabell, type Bandtabellrad, type Andelscelle, type Bandtabellvalg, type Enhet,
} from "./bandtabell";
export { budsjettvisning, budsjettbelop, type Budsjettvisning } from "./budsjettvisning";
export { STANDARD_PRISMATRISE, STANDARD_SVARUT, STANDARD_DIGIFIN, MEDLEMSKAPSSATSER } from "./standarddata";
export { fiksTotal, type Tjenesteelement } from "./fikstotal";
export { tolkJustering, tolkReferanse } from "./justering";
export { avrundetModellpris, fiksPrisTall, raskModellpris, raskPrisfunksjon } from "./raskpris";
export {
  lagBandsett, finnBand, tolkBandgrenser, STANDARD_PROSENTBAND, STANDARD_KRONEBAND, STANDARD_BANDNAVN, UTEN_GRUNNLAG,
  type Band, type Bandsett, type Bandgrense,
} from "./baand";
export {
  tolkKundeliste, tolkTjenesteutvalg, alleKunder, kunderFra, KUNDEKOLONNER,
  type Kunde, type Tjenesteutvalg, type Kundelistevalg,
} from "./kundeliste";
export {
  tjenesteinntekt, selvkostpris, medPrisledd, tolkBelop, type Betaler, type Inntekt, type Kalibrering,
} from "./kalibrering";
export { Sektor, lagSektor, beregnEffekt } from "./sektor";
export { tjenesteplan, type Tjenesteplan, type Manglendepris } from "./tjenesteplan";
export type {
  Effektvalg, Effektsammendrag, Effektresultat, Kunderesultat, Fordeling, Bandtelling, Tjenesteinntekt, Endring, Grunnlinje,
} from "./effekttyper";
export { sammenlignMatriser, type Sammenligning, type Kundedifferanse, type Tjenestedifferanse } from "./sammenligning";
export { matriseadvarsler, type Matriseadvarsel, type Advarselstype } from "./matriseadvarsler";
export { scenariotjenester, svarUtVolum, type Scenariotjeneste } from "./scenariotjenester";
export { type Heltallsbrok } from "./heltallsbrok";
export {
  aktiveKvartaler, arsbelop, arsbelopIAr, fordelPaKvartaler, kvartalsbelop, kvartalstekst, type Kvartal, type Kvartalsbelop,
} from "./kvartaler";
export { framskrevetInnbyggertall, prisjusteringsfaktor } from "./framskriving";
export { arsprisIAr, eksaktArspris, justertArspris, justertPris, modellprisBrok, prisjusteringsar } from "./arspris";
export {
  tolkBudsjett, tolkKvartal, kvartalFraTekst, BUDSJETTGRENSER, type Budsjettvalg, type Oppstartsvalg, type Digifinvalg,
} from "./budsjettvalg";
export {
  beregnBudsjett, type Budsjett, type Budsjettar, type Budsjettlinje, type Budsjettlinjetype, type Budsjettabeller, type Budsjettbefolkning,
} from "./budsjett";
export {
  organisasjonsgrunnlag, oppgittGrunnlag, innbyggerkildetekst, budsjettbefolkning, type Kundegrunnlag, type Innbyggerkilde,
} from "./kundegrunnlag";
export {
  tolkScenario, skrivScenario, scenariobudsjett, iScenariofil, type Scenario, type Scenarioinnhold,
} from "./scenario";
export {
  planinnbyggertall, planensInnbyggertall, planinnbyggerkildetekst, befolkningsarAdvarsel, befolkningsarFor,
  type Befolkningsgrunnlag, type Planinnbyggerkilde, type Planinnbyggere,
} from "./planbefolkning";
export { prisgrunnlag, prisnavn } from "./prisgrunnlag";
export { lesFolketallsceller, lesFolketallsfil, medFolketall, type Folketall } from "./folketallsfil";
