import { celleadresse } from "../innlesing/celleadresse";
import { Decimal } from "./desimal";
import { type Celleproblem, TabellFeil } from "./feil";
import { tolkNorskTall } from "../innlesing/norsktall";
import { type Tallkrav, TALLKRAV, lesCelletall } from "../innlesing/tallkrav";
import { sokenokkel } from "../innlesing/normaliser";
import { type Befolkningsar, BEFOLKNINGSAR, STANDARD_BEFOLKNINGSAR, storsteInnbyggertall } from "./organisasjoner";
import { erTomCelle, erTomRad, finnKolonner, sjekkForm } from "../innlesing/tabell";
import { tjenestenokkel } from "./tjenestenokkel";
import { lagPrisledd, type Prisledd } from "./prisledd";

export type { Prisledd };

/** Én tjeneste i matrisen. Uforanderlig (en hva-om-endring lager en ny matrise: medPrisledd). */
export interface Matrisetjeneste {
  readonly navn: string;
  /** null: tilbys ikke kommuner (NA). */
  readonly kommune: Prisledd | null;
  readonly fylkeskommune: Prisledd | null;
  /** Fast årspris for statlige virksomheter; null: tilbys ikke (for grunnfinansiering: ingen standardpris). */
  readonly statligFastpris: Decimal | null;
}

export type Matrisekundetype = "KOMMUNE" | "FYLKESKOMMUNE";

export interface Prismatrise {
  readonly tjenester: readonly Matrisetjeneste[];
  /** Pref per kundetype: matrisens parameter, uavhengig av befolkningsåret prisene regnes med. */
  readonly referanse: Readonly<Record<Matrisekundetype, number>>;
  /** Året prisene i matrisen gjelder (standardmatrisen: 2025). Budsjettet prisjusterer fra dette året. */
  readonly prisar: number;
  /** Hvor hver prisrads størrelsesjustering står i området den ble lest fra (til advarsler). */
  readonly justeringsceller: ReadonlyMap<Prisledd, string>;
}

export const GRUNNFINANSIERING = "Grunnfinansiering";
export const REFERANSERAD = "Referanseinnbyggertall";
/** Raden med matrisens prisår (året i den første utfylte cellen etter navnet); uten raden gjelder STANDARD_PRISAR. */
export const PRISARRAD = "Prisår";
/** Prisåret til den publiserte matrisen (KS DIF, juni 2024), og til en matrise uten raden «Prisår». */
export const STANDARD_PRISAR = 2025;
const PRISARGRENSER = { min: 2025, maks: 2099 } as const;

/** Kolonneoverskriftene i matriseoppsettet, i den rekkefølgen PRISMATRISE() sprer dem ut. */
export const MATRISEKOLONNER = {
  tjeneste: ["Tjeneste"],
  fastprisKommune: ["Fastpris kommune", "Fastpris kommuner"],
  innbyggerprisKommune: ["Innbyggerpris kommune", "Innbyggerpris kommuner"],
  justeringKommune: ["Størrelsesjustering kommune", "Størrelsesjustering kommuner"],
  fastprisFylke: ["Fastpris fylkeskommune", "Fastpris fylkeskommuner"],
  innbyggerprisFylke: ["Innbyggerpris fylkeskommune", "Innbyggerpris fylkeskommuner"],
  justeringFylke: ["Størrelsesjustering fylkeskommune", "Størrelsesjustering fylkeskommuner"],
  statligFastpris: ["Fastpris statlige", "Fastpris statlig"],
} as const;

type Kolonne = keyof typeof MATRISEKOLONNER;

export interface Matrisevalg {
  /**
   * Befolkningsåret der de største kundene gir standard-Pref når området ikke har noen referanserad. Utelatt: året før
   * matrisens prisår (KS priser år Y med folkemengden 1. januar Y − 1) når det følger med, ellers 2024.
   */
  ar?: Befolkningsar;
}

/** Befolkningsåret en matrise for prisåret `prisar` bygger på: 1. januar året før, når det året følger med. */
export function befolkningsarForPrisar(prisar: number): Befolkningsar {
  return BEFOLKNINGSAR.includes(prisar - 1) ? prisar - 1 : STANDARD_BEFOLKNINGSAR;
}

/**
 * Tolker en prismatrise fra et område nøyaktig slik Excel gir det: overskriftsrad, én rad per tjeneste,
 * eventuelt en rad "Referanseinnbyggertall". Tall kan være tall eller norsk tekst ("3 000 kr",
 * "0,636", "30 %"); tomt eller NA i alle tre cellene for en kundetype = tilbys ikke den kundetypen.
 *
 * Beslutninger: en størrelsesjustering utenfor [0, 1) er en feil; en pris som faller når innbyggertallet vokser,
 * er en advarsel, ikke en feil (den publiserte grunnfinansieringen for fylkeskommuner gjør dette): se
 * matriseadvarsler. En tom størrelsesjustering ved siden av en pris betyr 0 %. Resultatet er frosset.
 * Alle problemene samles og kastes samlet som én TabellFeil.
 */
export function tolkPrismatrise(celler: unknown, valg: Matrisevalg = {}): Prismatrise {
  const problemer: Celleproblem[] = [];
  if (!sjekkForm(celler, problemer)) throw new TabellFeil("prismatrise", problemer);
  const kol = finnKolonner(celler[0], MATRISEKOLONNER, problemer);
  if (problemer.length > 0) throw new TabellFeil("prismatrise", problemer);

  const referanse: Partial<Record<Matrisekundetype, number>> = {};
  let prisar = STANDARD_PRISAR;
  const justeringsceller = new Map<Prisledd, string>();
  const tjenester: Matrisetjeneste[] = [];
  const sett = new Map<string, string>();

  celler.forEach((rad, r) => {
    if (r === 0 || erTomRad(rad)) return;
    const navnCelle = rad[kol.tjeneste];
    const adresse = (k: Kolonne) => celleadresse(r, kol[k]);
    if (typeof navnCelle !== "string" || navnCelle.trim() === "") {
      problemer.push({ celle: adresse("tjeneste"), melding: `${MATRISEKOLONNER.tjeneste[0]}: tjenestenavnet mangler.` });
      return;
    }
    const navn = navnCelle.trim();
    if (sokenokkel(navn) === sokenokkel(REFERANSERAD)) {
      lesReferanse(rad, r, kol, referanse, problemer);
      return;
    }
    if (sokenokkel(navn) === sokenokkel(PRISARRAD)) {
      prisar = lesPrisar(rad, r, kol.tjeneste, problemer) ?? prisar;
      return;
    }
    const nokkel = tjenestenokkel(navn);
    const tidligere = sett.get(nokkel);
    if (tidligere) {
      problemer.push({ celle: adresse("tjeneste"), melding: `Tjenesten «${navn}» står to ganger (også i ${tidligere}).` });
      return;
    }
    sett.set(nokkel, adresse("tjeneste"));
    const lesLedd = (f: Kolonne, i: Kolonne, a: Kolonne, hvem: string) =>
      lesPrisledd(rad, r, [kol[f], kol[i], kol[a]], [f, i, a].map((k) => MATRISEKOLONNER[k as Kolonne][0]), `${navn}, ${hvem}`, problemer, justeringsceller);
    tjenester.push({
      navn,
      kommune: lesLedd("fastprisKommune", "innbyggerprisKommune", "justeringKommune", "kommuner"),
      fylkeskommune: lesLedd("fastprisFylke", "innbyggerprisFylke", "justeringFylke", "fylkeskommuner"),
      statligFastpris: lesBelop(rad[kol.statligFastpris], adresse("statligFastpris"), MATRISEKOLONNER.statligFastpris[0], problemer),
    });
  });
  if (tjenester.length === 0 && problemer.length === 0) {
    problemer.push({ celle: "", melding: "Prismatrisen har ingen tjenester under overskriftsraden." });
  }
  if (problemer.length > 0) throw new TabellFeil("prismatrise", problemer);
  const ar = valg.ar ?? befolkningsarForPrisar(prisar);
  return Object.freeze({
    tjenester: Object.freeze(tjenester.map((t) => Object.freeze(t))),
    referanse: Object.freeze({
      KOMMUNE: referanse.KOMMUNE ?? storsteInnbyggertall("KOMMUNE", ar),
      FYLKESKOMMUNE: referanse.FYLKESKOMMUNE ?? storsteInnbyggertall("FYLKESKOMMUNE", ar),
    }),
    prisar,
    justeringsceller,
  });
}

function lesBelop(verdi: unknown, celle: string, kolonne: string, problemer: Celleproblem[], krav: Tallkrav = TALLKRAV.belop): Decimal | null {
  return lesCelletall(verdi, krav, celle, kolonne, problemer) ?? null;
}

function lesPrisledd(
  rad: readonly unknown[],
  r: number,
  [f, i, a]: number[],
  /** Kolonneoverskriftene for fastpris, innbyggerpris og størrelsesjustering: hver melding nevner kolonnen sin. */
  [fNavn, iNavn, aNavn]: string[],
  hva: string,
  problemer: Celleproblem[],
  justeringsceller: Map<Prisledd, string>,
): Prisledd | null {
  if (erTomt(rad[f]) && erTomt(rad[i]) && erTomt(rad[a])) return null;
  const antall = problemer.length;
  const fastpris = lesBelop(rad[f], celleadresse(r, f), fNavn, problemer);
  const innbyggerpris = lesBelop(rad[i], celleadresse(r, i), iNavn, problemer, TALLKRAV.enhetspris);
  if (problemer.length > antall) return null;
  if (fastpris === null || innbyggerpris === null) {
    const tom = fastpris === null ? f : i;
    problemer.push({
      celle: celleadresse(r, tom),
      melding: `${fastpris === null ? fNavn : iNavn} mangler (${hva}). Skriv 0 for ingen, eller la fastpris, innbyggerpris og størrelsesjustering alle stå tomme (eller NA) når tjenesten ikke tilbys.`,
    });
    return null;
  }
  const justering = lesCelletall(rad[a], TALLKRAV.justering, celleadresse(r, a), `${aNavn} (${hva})`, problemer);
  if (justering === undefined) return null;
  const ledd = lagPrisledd(fastpris, innbyggerpris, justering ?? new Decimal(0));
  justeringsceller.set(ledd, celleadresse(r, a));
  return ledd;
}

function erTomt(verdi: unknown): boolean {
  return erTomCelle(verdi) || tolkNorskTall(verdi).type === "tom";
}

/** Prisåret i raden «Prisår»: et helt år fra 2025 til 2099 i den første utfylte cellen etter tjenestenavnet. */
function lesPrisar(rad: readonly unknown[], r: number, navnekolonne: number, problemer: Celleproblem[]): number | null {
  const k = rad.findIndex((v, i) => i !== navnekolonne && !erTomCelle(v));
  const tall = k < 0 ? null : tolkNorskTall(rad[k]);
  const ar = tall?.type === "tall" && !tall.prosent && !tall.kroner ? tall.verdi : null;
  if (ar === null || !ar.isInteger() || ar.lt(PRISARGRENSER.min) || ar.gt(PRISARGRENSER.maks)) {
    problemer.push({
      celle: celleadresse(r, k < 0 ? navnekolonne + 1 : k),
      melding: `${PRISARRAD}: forventet året prisene gjelder, et heltall fra ${PRISARGRENSER.min} til ${PRISARGRENSER.maks}, fikk «${k < 0 ? "" : String(rad[k])}».`,
    });
    return null;
  }
  return ar.toNumber();
}

function lesReferanse(
  rad: readonly unknown[],
  r: number,
  kol: Record<Kolonne, number>,
  referanse: Partial<Record<Matrisekundetype, number>>,
  problemer: Celleproblem[],
): void {
  const plasser: [Matrisekundetype, number, string][] = [
    ["KOMMUNE", kol.innbyggerprisKommune, MATRISEKOLONNER.innbyggerprisKommune[0]],
    ["FYLKESKOMMUNE", kol.innbyggerprisFylke, MATRISEKOLONNER.innbyggerprisFylke[0]],
  ];
  for (const [kundetype, k, kolonne] of plasser) {
    const hvem = kundetype === "KOMMUNE" ? "kommuner" : "fylkeskommuner";
    const tall = lesCelletall(rad[k], TALLKRAV.referanse, celleadresse(r, k), `Referanseinnbyggertall for ${hvem} (kolonnen «${kolonne}»)`, problemer);
    if (tall) referanse[kundetype] = tall.toNumber();
  }
}
