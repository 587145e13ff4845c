/**
 * Budsjettet som regneark: inndata i kolonne B, oppstart per tjeneste og Digifin-avgiftene som celler brukeren kan
 * endre, og hvert tall som en KS.*-formel på dem (KS.INNBYGGERVEKST, KS.ÅRSPRIS, KS.JUSTERTPRIS, KS.ÅRSBELØP,
 * KS.KVARTALSBELØP, KS.DIGIFINAVGIFT), summene som SUM. Ingen prisregler her: de ligger i kjernen og kommer inn
 * gjennom funksjonene. Formlene står i kanonisk engelsk syntaks (komma, engelske funksjonsnavn), og KS-funksjonene
 * med sine ASCII-id-er (KS.ARSPRIS): det er navnene i standardmetadataen, som Excel viser som KS.ÅRSPRIS på norsk.
 */
import { type Budsjettlinjetype, type Decimal, type Kvartal, SVARUT } from "../../core";
import { absoluttOmrade, kolonnebokstav as kolonne, omradegrenser, tolkOmrade } from "../../ark/adresser";
import { Arkbygger, type Celle, type Cellestil } from "../../ark/modell";
import { FORMAT } from "../../ark/tallformat";
import type { Arkkunde } from "../felles/arkkunde";
import { type Ruteark, ruteark, tegnFraPunkter } from "../felles/arkoppsett";

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

/** Inndatacellene (kolonne B). */
export const BUDSJETTINNDATA = {
  organisasjon: "B4",
  kundetype: "B5",
  innbyggere: "B6",
  vekst: "B7",
  prisjustering: "B8",
  fra: "B9",
  altinn: "B10",
  forsendelser: "B11",
  svarinn: "B12",
  matrise: "B13",
} as const;

/** Prosent med inntil fire desimaler (vekst og prisjustering kan ha det): 1 % → «1,0 %», 2,75 % → «2,75 %». */
const ENDRINGSFORMAT = "0.0### %";
/** Kvartalsnummeret som tall (formlene regner med det), vist som «K3». */
const KVARTALSFORMAT = '"K"0';

const abs = (celle: string) => celle.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** Første kolonne med tall (C). */
const FORSTE = 2;

/** Radene i arket, regnet ut fra antall år, tjenester og Digifin-avgifter. */
export function budsjettrader(antallAr: number, tjenester: number, digifin: number) {
  const sammendrag = 15; // overskrift; årene på radene under, så «Sum for planen»
  const arspris = sammendrag + antallAr + 3; // overskrift med årstallene; innbyggere; tjenestene
  const digifinStart = arspris + 2 + tjenester + 1;
  const perAr = digifin > 0 ? digifinStart + digifin + 2 : digifinStart;
  const perArSum = perAr + tjenester + digifin + 1;
  const perKvartal = perArSum + 2; // årstall; kvartalsnummer; linjene
  const perKvartalSum = perKvartal + 2 + tjenester + digifin;
  return { sammendrag, arspris, digifin: digifinStart, perAr, perArSum, perKvartal, perKvartalSum };
}

/** En formel (kanonisk engelsk syntaks, uten «=»), et tall, en tekst eller ingenting. */
type Innhold = { formel: string } | string | number | null;
const f = (formel: string): Innhold => ({ formel });

/**
 * Skriver arket gjennom Arkbygger med A1-adresser: blokker av innhold fra en øverste venstre celle, og stil og tallformat
 * på områder (også tomme celler, så en bruker som skriver i dem, får formatet).
 */
class Budsjettbygger {
  private readonly b: Arkbygger;
  private readonly celler = new Map<string, Celle>();

  constructor(navn: string) {
    this.b = new Arkbygger(navn);
  }

  private celle(r: number, k: number): Celle {
    const nokkel = `${r}:${k}`;
    let c = this.celler.get(nokkel);
    if (!c) {
      c = {};
      this.celler.set(nokkel, c);
      this.b.sett(r, k, c);
    }
    return c;
  }

  blokk(start: string, rader: Innhold[][]): void {
    const { rad, kolonne: k0 } = tolkOmrade(start);
    rader.forEach((r, i) => r.forEach((x, k) => {
      if (x === null || x === "") return;
      Object.assign(this.celle(rad + i, k0 + k), typeof x === "object" ? { formel: x.formel } : { verdi: x });
    }));
  }

  /** Hver celle i områdene («C16:G20»). */
  private hver(omrader: string[], gjor: (c: Celle) => void): void {
    for (const o of omrader) {
      const g = omradegrenser(o);
      for (let r = g.fraRad; r <= g.tilRad; r++) for (let k = g.fraKolonne; k <= g.tilKolonne; k++) gjor(this.celle(r, k));
    }
  }

  stil(stil: Cellestil, ...omrader: string[]): void {
    this.hver(omrader, (c) => (c.stil = stil));
  }

  format(format: string, ...omrader: string[]): void {
    this.hver(omrader, (c) => (c.format = format));
  }

  bygg(kolonnebredder?: number[]): Ruteark {
    return ruteark(this.b.bygg([]), kolonnebredder);
  }
}

/**
 * Budsjettarket. Blokkene: inndata (B4:B13), «Sum per år» (år, innbyggere, sum og kvartaler), «Årspris» (årstall
 * fra første år, innbyggertallet og årsprisen per tjeneste, med oppstarten i kolonne B), Digifin-avgiftene,
 * «Beløp per år» (KS.ÅRSBELØP, sum per tjeneste og per år) og «Beløp per kvartal» (KS.KVARTALSBELØP). Arknavnet er
 * ønsket navn («Budsjett Bodø»); excel.ts gjør det unikt.
 */
export function budsjettark(o: Budsjettarkoppsett): Ruteark {
  const N = o.antallAr;
  const S = o.tjenester.length;
  const D = o.digifin.length;
  const rad = budsjettrader(N, S, D);
  const inn = Object.fromEntries(Object.entries(BUDSJETTINNDATA).map(([k, v]) => [k, abs(v)])) as Record<keyof typeof BUDSJETTINNDATA, string>;
  const matriseArg = o.matriseomrade ? `,${absoluttOmrade(o.matriseomrade)}` : "";
  const arKol = (i: number) => kolonne(FORSTE + i);
  const kvKol = (i: number, q: number) => kolonne(FORSTE + 4 * i + q - 1);
  const sisteKv = kvKol(N - 1, 4);
  const arNr = (i: number) => `${arKol(i)}$${rad.arspris}-${inn.fra}`;
  const oppslag = o.innbyggeroppslag;
  /** Innbyggertallet for året i cellen `ar`: SSB-tallet etter kalenderen, eller det oppgitte tallet framskrevet. */
  const innbyggereFor = (ar: string) => (oppslag
    ? `KS.PLANINNBYGGERE("${oppslag}",${ar},${inn.vekst})`
    : `KS.INNBYGGERVEKST(${inn.innbyggere},${inn.vekst},${ar}-${inn.fra})`);
  const tjenesterad = (t: number) => rad.arspris + 2 + t;
  const digifinrad = (d: number) => rad.digifin + 1 + d;
  const ar = Array.from({ length: N }, (_, i) => i);
  const kvartaler = ar.flatMap((i) => [1, 2, 3, 4].map((q) => ({ i, q })));
  const sum = (k: string, fra: number, til: number): Innhold => (til >= fra ? f(`SUM(${k}${fra}:${k}${til})`) : 0);

  const tittel = `Budsjett – ${o.kundenavn}`;
  const inndata: Innhold[][] = [
    ["Organisasjon", o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn, "Inndata (gule celler) kan endres: alle tall regnes ut på nytt."],
    ["Kundetype", o.kundetype, "KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …"],
    oppslag
      ? ["Innbyggere i første år", f(innbyggereFor(inn.fra)), "SSB: hvert år bruker folkemengden 1. januar året før, framskrevet med veksten etter det siste kjente året."]
      : ["Innbyggere i første år", o.innbyggere, `${o.innbyggerkilde}. År nr. n: innbyggere × (1 + vekst)^n, avrundet.`],
    ["Befolkningsvekst per år", o.befolkningsvekst.div(100).toNumber(), "Fra −10 % til 20 %, avrundet halvt opp hvert år."],
    ["Prisjustering per år", o.prisjustering.div(100).toNumber(), `Fra −10 % til 20 %. Prisene for ${o.prisar} ganges med (1 + prisjustering)^(år − ${o.prisar}).`],
    ["Første år i planen", o.fra, "Årstallene i tabellene følger denne cellen."],
    ["Altinn-transaksjoner per år (SvarUt)", o.volum.altinn, ""],
    ["Forsendelser per år (SvarUt)", o.volum.forsendelser, ""],
    ["SvarInn per år (SvarUt)", o.volum.svarinn, ""],
    ["Prismatrise", o.matrisenavn, o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025."],
  ];

  const sammendrag: Innhold[][] = [
    ["Sum per år", "Innbyggere", "Sum", "K1", "K2", "K3", "K4"],
    ...ar.map((i) => [
      f(`${arKol(i)}$${rad.arspris}`),
      f(`${arKol(i)}${rad.arspris + 1}`),
      f(`${arKol(i)}${rad.perArSum}`),
      ...[1, 2, 3, 4].map((q) => f(`${kvKol(i, q)}${rad.perKvartalSum}`)),
    ]),
    ["Sum for planen", "", sum("C", rad.sammendrag + 1, rad.sammendrag + N)],
  ];

  const arspris: Innhold[][] = [
    ["Årspris", "Oppstart", ...ar.map((i) => f(i === 0 ? inn.fra : `${arKol(i - 1)}${rad.arspris}+1`))],
    ["Innbyggere", "", ...ar.map((i) => f(innbyggereFor(`${arKol(i)}$${rad.arspris}`)))],
    ...o.tjenester.map((t, j) => {
      const r = tjenesterad(j);
      // Årets innbyggertall står i raden over (vekst 0: veksten er alt med); første år gir justeringen fra prisåret.
      const pris = (i: number) => t.navn === SVARUT
        ? `KS.JUSTERTPRIS(KS.SVARUTPRIS(${inn.altinn},${inn.forsendelser},${inn.svarinn},${inn.kundetype},,10),${inn.prisjustering},${arNr(i)},${inn.fra})`
        : `KS.ARSPRIS($A${r},${arKol(i)}$${rad.arspris + 1},${arNr(i)},0,${inn.prisjustering},${inn.kundetype},${matriseArg.slice(1)},${inn.fra})`;
      return [t.navn, t.oppstart ? `${t.oppstart.ar}-K${t.oppstart.kvartal}` : "", ...ar.map((i) => f(pris(i)))];
    }),
  ];

  // Digifin: år og kvartal som tall, så formlene kan sammenligne dem med årstallene og kvartalene i arket.
  const digifin: Innhold[][] = [
    ["Digifin-avgift", "År", "Kvartal (1–4)", "Medlemskap (Ja/Nei)", "Innbyggere det året", "Avgift", "I planen"],
    ...o.digifin.map((d, j) => {
      const r = digifinrad(j);
      const kvartalsrader = `${kolonne(FORSTE)}$${rad.perKvartal}:${sisteKv}$${rad.perKvartal}`;
      const kvartalsnumre = `${kolonne(FORSTE)}$${rad.perKvartal + 1}:${sisteKv}$${rad.perKvartal + 1}`;
      return [
        d.losning, d.kvartal.ar, d.kvartal.kvartal, d.medlemskap ? "Ja" : "Nei",
        f(innbyggereFor(`B${r}`)),
        f(`KS.DIGIFINAVGIFT(E${r},A${r},${inn.kundetype},D${r})`),
        f(`IF(COUNTIFS(${kvartalsrader},B${r},${kvartalsnumre},C${r})=1,"Ja","Nei: velg år og kvartal i planen")`),
      ];
    }),
  ];

  const sumKol = kolonne(FORSTE + N);
  const perAr: Innhold[][] = [
    ["Beløp per år", "", ...ar.map((i) => f(`${arKol(i)}$${rad.arspris}`)), "Sum"],
    ...o.tjenester.map((_, j) => {
      const r = tjenesterad(j);
      const radnr = rad.perAr + 1 + j;
      return [
        f(`$A${r}`), "",
        ...ar.map((i) => f(`KS.ARSBELOP(${arKol(i)}${r},${arKol(i)}$${rad.arspris},$B${r})`)),
        f(`SUM(${arKol(0)}${radnr}:${arKol(N - 1)}${radnr})`),
      ];
    }),
    // En Digifin-avgift i året er summen av dens kvartaler: året og kvartalene kan aldri vise hver sin avgift.
    ...o.digifin.map((_, j) => {
      const r = digifinrad(j);
      const radnr = rad.perAr + 1 + S + j;
      const kvRad = rad.perKvartal + 2 + S + j;
      return [
        f(`"Digifin-avgift "&$A${r}`), "",
        ...ar.map((i) => f(`SUM(${kvKol(i, 1)}${kvRad}:${kvKol(i, 4)}${kvRad})`)),
        f(`SUM(${arKol(0)}${radnr}:${arKol(N - 1)}${radnr})`),
      ];
    }),
    ["Sum", "", ...[...ar.map(arKol), sumKol].map((k) => sum(k, rad.perAr + 1, rad.perArSum - 1))],
  ];

  const perKvartal: Innhold[][] = [
    ["Beløp per kvartal", "", ...kvartaler.map(({ i }) => f(`${arKol(i)}$${rad.arspris}`))],
    ["Kvartal", "", ...kvartaler.map(({ q }) => q)],
    ...o.tjenester.map((_, j) => {
      const r = tjenesterad(j);
      return [
        f(`$A${r}`), "",
        ...kvartaler.map(({ i, q }) =>
          f(`KS.KVARTALSBELOP(${arKol(i)}${r},${kvKol(i, q)}$${rad.perKvartal},${kvKol(i, q)}$${rad.perKvartal + 1},$B${r})`)),
      ];
    }),
    ...o.digifin.map((_, j) => {
      const r = digifinrad(j);
      return [
        f(`"Digifin-avgift "&$A${r}`), "",
        ...kvartaler.map(({ i, q }) => {
          const k = kvKol(i, q);
          return f(`IF(AND($B${r}=${k}$${rad.perKvartal},$C${r}=${k}$${rad.perKvartal + 1}),$F${r},0)`);
        }),
      ];
    }),
    ["Sum", "", ...kvartaler.map(({ i, q }) => sum(kvKol(i, q), rad.perKvartal + 2, rad.perKvartalSum - 1))],
  ];

  const b = new Budsjettbygger(`Budsjett ${o.kundenavn}`);
  b.blokk("A1", [[tittel], [`Laget med KS prisverktøy. Tallene er formler (KS.ÅRSPRIS, KS.JUSTERTPRIS, KS.ÅRSBELØP, KS.KVARTALSBELØP, ${oppslag ? "KS.PLANINNBYGGERE" : "KS.INNBYGGERVEKST"}, KS.DIGIFINAVGIFT) på de gule cellene: endre vekst, prisjustering, første år, oppstart eller Digifin-avgiftene, så følger hvert tall med.`]]);
  b.blokk("A4", inndata);
  b.blokk(`A${rad.sammendrag}`, sammendrag);
  b.blokk(`A${rad.arspris}`, arspris);
  if (D > 0) b.blokk(`A${rad.digifin}`, digifin);
  b.blokk(`A${rad.perAr}`, perAr);
  b.blokk(`A${rad.perKvartal}`, perKvartal);
  if (o.merknader.length > 0) b.blokk(`A${rad.perKvartalSum + 2}`, o.merknader.map((m) => [m]));

  const sisteAr = arKol(N - 1);
  b.stil("sum",
    `A${rad.sammendrag}:G${rad.sammendrag}`, `A${rad.sammendrag + N + 1}:G${rad.sammendrag + N + 1}`,
    `A${rad.arspris}:${sisteAr}${rad.arspris}`,
    ...(D > 0 ? [`A${rad.digifin}:G${rad.digifin}`] : []),
    `A${rad.perAr}:${sumKol}${rad.perAr}`, `A${rad.perArSum}:${sumKol}${rad.perArSum}`,
    `A${rad.perKvartal}:${sisteKv}${rad.perKvartal + 1}`, `A${rad.perKvartalSum}:${sisteKv}${rad.perKvartalSum}`);
  b.stil("tittel", "A1");
  b.stil("inndata",
    ...(oppslag ? [BUDSJETTINNDATA.kundetype, `${BUDSJETTINNDATA.vekst}:${BUDSJETTINNDATA.svarinn}`] : [`${BUDSJETTINNDATA.kundetype}:${BUDSJETTINNDATA.svarinn}`]),
    ...o.tjenester.flatMap((t, j) => (t.type === "grunnfinansiering" ? [] : [`B${tjenesterad(j)}`])),
    ...(D > 0 ? [`A${digifinrad(0)}:D${digifinrad(D - 1)}`] : []));
  b.format(FORMAT.heltall, BUDSJETTINNDATA.innbyggere, `${BUDSJETTINNDATA.altinn}:${BUDSJETTINNDATA.svarinn}`,
    `B${rad.sammendrag + 1}:B${rad.sammendrag + N}`, `C${rad.arspris + 1}:${sisteAr}${rad.arspris + 1}`,
    ...(D > 0 ? [`E${digifinrad(0)}:E${digifinrad(D - 1)}`] : []));
  b.format(ENDRINGSFORMAT, `${BUDSJETTINNDATA.vekst}:${BUDSJETTINNDATA.prisjustering}`);
  b.format(FORMAT.kroner,
    `C${rad.sammendrag + 1}:G${rad.sammendrag + N + 1}`,
    ...(S > 0 ? [`C${tjenesterad(0)}:${sisteAr}${tjenesterad(S - 1)}`] : []),
    ...(D > 0 ? [`F${digifinrad(0)}:F${digifinrad(D - 1)}`] : []),
    `C${rad.perAr + 1}:${sumKol}${rad.perArSum}`,
    `C${rad.perKvartal + 2}:${sisteKv}${rad.perKvartalSum}`);
  b.format(KVARTALSFORMAT, `C${rad.perKvartal + 1}:${sisteKv}${rad.perKvartal + 1}`);
  // Kvartalsblokken går forbi G: de kolonnene får plass til «1 381 168 kr» i stedet for «####» (85 punkter), A 230 og B–G 110.
  const sisteKolonne = FORSTE + 4 * N - 1;
  const bredder = [230, ...Array<number>(Math.max(6, sisteKolonne)).fill(110).map((x, i) => (i >= 6 ? 85 : x))].map(tegnFraPunkter);
  return b.bygg(sisteKolonne > 6 ? bredder : undefined);
}
