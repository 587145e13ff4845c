/**
 * Budsjettet som regneark i oppgaveruten: arkmodellens budsjettoppsett (src/ark/budsjettoppsett.ts, det samme som arket
 * Budsjett i den frittstående arbeidsboken) med rutens formellag. Inndataene (også kunden, SvarUt-volumene og
 * prismatrisen, som arbeidsboken har i arket Kalkulator) og oppstarten per tjeneste er celler brukeren kan endre, og
 * hvert tall er en KS.*-formel på dem (KS.PLANINNBYGGERE eller KS.INNBYGGERVEKST, KS.ÅRSPRIS, KS.JUSTERTPRIS,
 * KS.ÅRSBELØP, KS.KVARTALSBELØP, KS.DIGIFINAVGIFT). Ingen prisregler her: de ligger i kjernen og kommer inn gjennom
 * funksjonene. Formlene står i kanonisk engelsk syntaks (komma, engelske funksjonsnavn), og KS-funksjonene med sine
 * ASCII-id-er (KS.ARSPRIS): det er navnene i standardmetadataen, som Excel viser som KS.ÅRSPRIS på norsk.
 */
import { budsjettlinjenavn, type Budsjettlinjetype, type Decimal, finnOrganisasjon, type Kvartal, planinnbyggerkildetekst, SVARUT } from "../../core";
import { absoluttOmrade, ref } from "../../ark/adresser";
import { type Budsjettceller, type Budsjettformellag, budsjettoppsett, budsjettrader, type Inndatarad } from "../../ark/budsjettoppsett";
import { streng } from "../../ark/formelbiter";
import { type Celle, tekst } from "../../ark/modell";
import { FORMAT } from "../../ark/tallformat";
import { INNBYGGERE, VOLUM } from "../../ark/valideringer";
import type { Arkkunde } from "../felles/arkkunde";
import { type Ruteark, ruteark } from "../felles/arkoppsett";

export interface Budsjettarkoppsett extends Arkkunde {
  fra: number;
  antallAr: number;
  /** Prismatrisens prisår: prisene justeres fra det til hvert år. */
  prisar: number;
  /**
   * Organisasjonsnummeret når planen bruker SSB-tallene (år Y: 1. januar Y − 1, ellers framskrevet), som
   * KS.PLANINNBYGGERE slår opp; null når innbyggertallet er oppgitt for første år og vokser derfra.
   */
  innbyggeroppslag: string | null;
  /** Prosent per år, som i kjernen (1 = 1 %). */
  befolkningsvekst: Decimal;
  prisjustering: Decimal;
  /** Tjenestene i planens rekkefølge; oppstart null = hele planen. */
  tjenester: { navn: string; type: Exclude<Budsjettlinjetype, "digifin">; oppstart: Kvartal | null }[];
  digifin: { losning: string; kvartal: Kvartal; medlemskap: boolean }[];
  /** Merknadene under tabellene (kjernens budsjettvisning): tjenester i scenariet uten ny pris (Min kommune). */
  merknader: string[];
}

/** Rutens egne inndatarader etter prisåret, i rekkefølge (arbeidsboken har dem i arket Kalkulator). */
const EKSTRA = ["organisasjon", "kundetype", "altinn", "forsendelser", "svarinn", "prismatrise"] as const;
/** Radene (fra 0) i rutens budsjettark: oppsettets rader med rutens inndatarader. */
export const RUTERADER = budsjettrader(EKSTRA.length);
const celle = (n: (typeof EKSTRA)[number]) => ref(RUTERADER.ekstra + EKSTRA.indexOf(n), 1, true, true);

const forklaring = (t: string) => tekst(t, "forklaring");
const inndata = (verdi: string | number, format?: string): Celle => ({ verdi, stil: "inndata", ...(format ? { format } : {}) });

/**
 * Hvor SSB-tallet for året i cellen `ar` kommer fra, som kjernens planinnbyggerkildetekst: «1.1.2026» når folkemengden
 * 1. januar året før er kjent, ellers «framskrevet 2 år fra 1.1.2026» fra det siste kjente året før (`kjente`).
 */
function ssbKilde(ar: string, kjente: readonly number[]): string {
  const y = `(${ar}-1)`;
  const g = [...kjente].sort((a, b) => a - b).reduce((resten, k) => `IF(${y}>=${k},${k},${resten})`, '"na."');
  return `IFERROR(IF(${y}-${g}=0,"1.1."&${g},"framskrevet "&(${y}-${g})&" år fra 1.1."&${g}),"na.")`;
}

/**
 * Formellaget i oppgaverutens budsjettark: innbyggertallet per år er KS.PLANINNBYGGERE (SSB-tallene etter kalenderen)
 * eller KS.INNBYGGERVEKST (det oppgitte tallet i B7), årsprisen KS.ÅRSPRIS (SvarUt: KS.JUSTERTPRIS av KS.SVARUTPRIS),
 * beløpet og kvartalene KS.ÅRSBELØP og KS.KVARTALSBELØP med oppstarten i B og C, og Digifin-avgiften KS.DIGIFINAVGIFT.
 */
function ruteformler(o: Budsjettarkoppsett): Budsjettformellag {
  const oppslag = o.innbyggeroppslag;
  const matrise = o.matriseomrade ? absoluttOmrade(o.matriseomrade) : "";
  const kt = celle("kundetype");
  const kjente = oppslag ? Object.keys(finnOrganisasjon(oppslag).innbyggere).map(Number) : [];
  const innbyggere = (c: Budsjettceller): Inndatarad => (oppslag
    ? [{ formel: c.befolkning(0), format: FORMAT.heltall },
      forklaring("SSB: hvert år bruker folkemengden 1. januar året før, framskrevet med veksten etter det siste kjente året.")]
    : [inndata(o.innbyggere, FORMAT.heltall), forklaring(`${o.innbyggerkilde}. År nr. n: innbyggere × (1 + vekst)^n, avrundet.`)]);
  const ekstra: Record<(typeof EKSTRA)[number], [string, Inndatarad]> = {
    organisasjon: ["Organisasjon", [tekst(o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn), forklaring("Inndata (gule celler) kan endres: alle tall regnes ut på nytt.")]],
    kundetype: ["Kundetype", [inndata(o.kundetype), forklaring("KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …")]],
    altinn: ["Altinn-transaksjoner per år (SvarUt)", [inndata(o.volum.altinn, FORMAT.heltall), null]],
    forsendelser: ["Forsendelser per år (SvarUt)", [inndata(o.volum.forsendelser, FORMAT.heltall), null]],
    svarinn: ["SvarInn per år (SvarUt)", [inndata(o.volum.svarinn, FORMAT.heltall), null]],
    prismatrise: ["Prismatrise", [tekst(o.matrisenavn), forklaring(o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025.")]],
  };
  return {
    forklaring:
      `Laget med KS prisverktøy. Tallene er formler (KS.ÅRSPRIS, KS.JUSTERTPRIS, KS.ÅRSBELØP, KS.KVARTALSBELØP, ${oppslag ? "KS.PLANINNBYGGERE" : "KS.INNBYGGERVEKST"}, ` +
      "KS.DIGIFINAVGIFT) på de gule cellene: endre vekst, prisjustering, første år, kunden, volumene eller oppstarten, så følger hvert tall med. " +
      "Kolonne B og C: kvartalet en tjeneste starter (tomt = fra første kvartal i planen) eller kvartalet en Digifin-avgift betales.",
    matrise: "prismatrisen",
    antallForklaring: "Velg antall år i Budsjett-fanen og sett inn arket på nytt for en plan med flere eller færre år.",
    innbyggere,
    ekstraInndata: EKSTRA.map((n) => ({ etikett: ekstra[n][0], celler: ekstra[n][1] })),
    hjelperader: (b, rad, c) => {
      // Under oversikten: tjenestene i scenariet som ikke er med i planen (kjernens budsjettvisning).
      o.merknader.forEach((m, i) => b.sett(rad + i, 0, tekst(m)));
      const arNr = (n: number) => `${c.ar(n)}-${c.fra}`;
      const oppstart = (i: number, ar: string, kv: string) => (o.tjenester[i].type === "grunnfinansiering" ? '""' : `IF(AND(${ar}="",${kv}=""),"",${ar}&"-K"&${kv})`);
      return {
        innbyggere: Array.from({ length: o.antallAr }, (_, n) => (oppslag
          ? `KS.PLANINNBYGGERE(${streng(oppslag)},${c.ar(n)},${c.vekst})`
          : `KS.INNBYGGERVEKST(${c.innbyggere},${c.vekst},${arNr(n)})`)),
        kilde: Array.from({ length: o.antallAr }, (_, n): Celle => (oppslag
          ? { formel: ssbKilde(c.ar(n), kjente) }
          : tekst(planinnbyggerkildetekst({ type: "oppgitt", ar: n })))),
        arspris: (i, n) => (o.tjenester[i].navn === SVARUT
          ? `KS.JUSTERTPRIS(KS.SVARUTPRIS(${celle("altinn")},${celle("forsendelser")},${celle("svarinn")},${kt},,10),${c.justering},${arNr(n)},${c.fra})`
          : `KS.ARSPRIS(${streng(o.tjenester[i].navn)},${c.befolkning(n)},${arNr(n)},0,${c.justering},${kt},${matrise},${c.fra})`),
        belop: (i, x) => `KS.ARSBELOP(${x.pris},${x.ar},${oppstart(i, x.oppstartAr, x.oppstartKvartal)})`,
        kvartal: (i, k, x) => `KS.KVARTALSBELOP(${x.pris},${x.ar},${k},${oppstart(i, x.oppstartAr, x.oppstartKvartal)})`,
        digifinavgift: (d, n) => {
          const a = o.digifin[d];
          return `KS.DIGIFINAVGIFT(${c.befolkning(n)},${streng(a.losning)},${kt},${streng(a.medlemskap ? "Ja" : "Nei")})`;
        },
        prismerknader: () => [],
        digifinmerknad: "Avgiften kan ikke beregnes: kontroller løsningen og innbyggertallet det året.",
      };
    },
    valideringer: [
      ...(oppslag ? [] : [{ omrade: ref(RUTERADER.innbyggere, 1), ...INNBYGGERE }]),
      { omrade: `${ref(RUTERADER.ekstra + EKSTRA.indexOf("altinn"), 1)}:${ref(RUTERADER.ekstra + EKSTRA.indexOf("svarinn"), 1)}`, ...VOLUM },
    ],
  };
}

/**
 * Budsjettarket (arkmodellens budsjettoppsett) med rutens formellag. Arknavnet er ønsket navn («Budsjett Bodø»);
 * excel.ts gjør det unikt. Kolonnebreddene er oppsettets.
 */
export function budsjettark(o: Budsjettarkoppsett): Ruteark {
  const ark = budsjettoppsett({
    arknavn: `Budsjett ${o.kundenavn}`, kundenavn: o.kundenavn, fra: o.fra, antallAr: o.antallAr, prisar: o.prisar,
    vekstandel: o.befolkningsvekst.div(100).toNumber(), justeringsandel: o.prisjustering.div(100).toNumber(),
    linjer: o.tjenester.map((t) => ({ navn: budsjettlinjenavn(t.navn, t.type), type: t.type, oppstart: t.oppstart })),
    digifin: o.digifin.map((d) => ({ tjeneste: `Digifin-avgift ${d.losning}${d.medlemskap ? " med medlemskap" : ""}`, kvartal: d.kvartal })),
    formler: ruteformler(o),
  });
  return ruteark(ark, ark.kolonnebredder);
}

