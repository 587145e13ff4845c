/**
 * Innbyggertallet i hvert år av budsjettplanen som vanlige formler, med kjernens regel (planinnbyggertall): planåret Y
 * bruker folkemengden 1. januar Y − 1 fra arket Innbyggere når den er kjent; ellers det siste kjente året før,
 * framskrevet med veksten og avrundet halvt opp (regnet fra det kjente tallet, eksakt i sifergrupper: eksaktVekst). Et
 * oppgitt innbyggertall (ikke SSBs) er planens første år og vokser derfra. Hjelperadene skrives fra raden `rad` og ned;
 * hvert år har sin kolonne fra `kolonne`.
 */
import { type Befolkningsar, planinnbyggerkildetekst } from "../core";
import { abs, ref } from "../ark/adresser";
import type { Arkbygger, Celle } from "../ark/modell";
import { eksaktVekst } from "./eksaktvekst";
import { oppslagsnokkel } from "./formler";
import { FORMAT } from "../ark/tallformat";

/** Hvor planens innbyggertall kommer fra: SSB-tallene i arket Innbyggere for organisasjonen i Kalkulator, eller oppgitt. */
export type Planbefolkningsoppsett =
  | {
    type: "kjent";
    /** Årskolonnene i arket Innbyggere, i arkets rekkefølge (innbyggerar). */
    ar: readonly Befolkningsar[];
    /** Organisasjonens navn slik det står i arket (til oppslagsnøkkelen). */
    navn: string;
    /** Cellen i Kalkulator med organisasjonens navn, og områdene i Innbyggere (innbyggeroppslag). */
    organisasjon: string;
    navneomrade: string;
    tabell: string;
  }
  | { type: "oppgitt"; innbyggere: string };

export interface Planinnbyggerceller {
  /** Formelen for innbyggertallet i år nr. n (til raden Innbyggere over årene). */
  innbyggere: string[];
  /** Formelen (eller teksten) for hvor tallet kommer fra: «1.1.2026», «framskrevet 2 år fra 1.1.2026», «oppgitt». */
  kilde: Celle[];
  /** Raden etter hjelperadene. */
  nesteRad: number;
}

/** Høyst så mange år framskrives fra ett kjent år (sifergruppene holder eksakt regning under 10^12: se eksaktVekst). */
const MAKS_FRAMSKRIVING = 49;

const tekst = (verdi: string, stil?: Celle["stil"]): Celle => (stil ? { verdi, stil } : { verdi });
const heltall = (formel: string): Celle => ({ formel, format: FORMAT.heltall });

/** Et oppgitt innbyggertall (cellen `p0`): år nr. n er p0 · c^n, avrundet halvt opp (som før kalenderen kom inn). */
function oppgitt(b: Arkbygger, rad: number, kolonne: number, antallAr: number, p0: string, c: string): Planinnbyggerceller {
  b.rad(rad, 0, [tekst("År nr.", "overskrift"), null, null,
    ...Array.from({ length: antallAr + 1 }, (_, j) => tekst(`Gruppe ${j} med mente`, "overskrift"))]);
  for (let n = 0; n < antallAr; n++) b.sett(rad + 1 + n, 0, { verdi: n, format: "0" });
  return {
    innbyggere: eksaktVekst(b, rad + 1, kolonne, antallAr, p0, c),
    kilde: Array.from({ length: antallAr }, (_, n) => tekst(planinnbyggerkildetekst({ type: "oppgitt", ar: n }))),
    nesteRad: rad + 1 + antallAr + 1,
  };
}

/**
 * SSB-tallene etter kalenderen. Per planår (én kolonne hver): befolkningsåret (året før), det siste kjente året på eller
 * før det, tallet det året fra arket Innbyggere og antall år som framskrives. For hvert kjent år som kan framskrives fra
 * (det siste, og et år med et hull etter seg), en blokk med sifergruppene og tallet 0, 1, 2 … år fram.
 */
function kjent(
  b: Arkbygger, rad: number, kolonne: number, ar: (n: number) => string, antallAr: number, c: string,
  o: Extract<Planbefolkningsoppsett, { type: "kjent" }>, fra: number,
): Planinnbyggerceller {
  const sortert = [...o.ar].sort((x, y) => x - y);
  const siste = sortert[sortert.length - 1];
  const nokkel = oppslagsnokkel(o.organisasjon, o.navn);
  const organisasjonsrad = abs(rad, 1);
  b.rad(rad, 0, [tekst("Organisasjonens rad i arket Innbyggere"), { formel: `IFERROR(MATCH(${nokkel},${o.navneomrade},0),"na.")`, format: "0" }]);
  const arsrad = rad + 1;
  b.rad(arsrad, 0, [tekst("Kjente befolkningsår (kolonnene i Innbyggere)"), null, null, ...o.ar.map((a) => ({ verdi: a, format: "0" }))]);
  const kjenteAr = `${abs(arsrad, kolonne)}:${abs(arsrad, kolonne + o.ar.length - 1)}`;
  /** Innbyggertallet 1. januar i året i cellen `befolkningsar` for organisasjonen. */
  const oppslag = (befolkningsar: string) => `IFERROR(INDEX(${o.tabell},${organisasjonsrad},MATCH(${befolkningsar},${kjenteAr},0)),"na.")`;

  // Per planår: rad + 2 overskrift, så befolkningsår, siste kjente år, tallet det året og antall år framskrevet.
  const [overskrift, trengs, grunnar, grunntall, framskrevet] = [rad + 2, rad + 3, rad + 4, rad + 5, rad + 6];
  b.rad(overskrift, 0, [tekst("Innbyggertall etter kalenderen", "overskrift"), null, null,
    ...Array.from({ length: antallAr }, (_, n) => ({ formel: ar(n), format: "0", stil: "overskrift" as const }))]);
  b.sett(trengs, 0, tekst("Befolkningsår (1. januar året før)"));
  b.sett(grunnar, 0, tekst("Siste kjente befolkningsår på eller før"));
  b.sett(grunntall, 0, tekst("Innbyggere det året (arket Innbyggere)"));
  b.sett(framskrevet, 0, tekst("År framskrevet med veksten"));
  const celle = (r: number, n: number) => ref(r, kolonne + n);
  for (let n = 0; n < antallAr; n++) {
    const [y, g] = [celle(trengs, n), celle(grunnar, n)];
    b.sett(trengs, kolonne + n, { formel: `IF(ISNUMBER(${ar(n)}),${ar(n)}-1,"na.")`, format: "0" });
    // Det største kjente året ≤ befolkningsåret, som kjernen (årene er kjent når arbeidsboken lages).
    const valg = sortert.reduce((resten, k) => `IF(${y}>=${k},${k},${resten})`, '"na."');
    b.sett(grunnar, kolonne + n, { formel: `IF(ISNUMBER(${y}),${valg},"na.")`, format: "0" });
    b.sett(grunntall, kolonne + n, heltall(oppslag(g)));
    b.sett(framskrevet, kolonne + n, { formel: `IF(AND(ISNUMBER(${y}),ISNUMBER(${g})),${y}-${g},"na.")`, format: "0" });
  }

  // Blokkene: fra hvert kjent år med et hull etter seg, så mange år som hullet; fra det siste året så mange år som
  // planen trenger når den lages, pluss planens lengde (så første år kan flyttes like mange år senere), høyst
  // MAKS_FRAMSKRIVING. Et første år enda senere gir «na.» (en ny arbeidsbok regner det).
  let r = framskrevet + 2;
  const blokker: { fra: number; resultater: string }[] = [];
  for (const [i, k] of sortert.entries()) {
    const neste = sortert[i + 1];
    if (neste === k + 1) continue;
    const antall = neste === undefined
      ? Math.min(MAKS_FRAMSKRIVING, Math.max(0, fra + antallAr - 2 - siste) + antallAr)
      : Math.min(MAKS_FRAMSKRIVING, neste - k - 1);
    const start = abs(r, 1);
    b.rad(r, 0, [tekst(`Framskrevet fra 1.1.${k}: innbyggere det året`, "overskrift"), heltall(oppslag(String(k)))]);
    b.rad(r + 1, 0, [tekst("År framskrevet", "overskrift"), null, null,
      ...Array.from({ length: antall + 1 }, (_, j) => ({ verdi: j, format: "0", stil: "overskrift" as const }))]);
    // Sifergruppene: rad j er tallet · c^j (én rad per år, antall + 2 grupper), så tallet j år fram på raden under dem.
    const tall = eksaktVekst(b, r + 2, kolonne, antall + 1, start, c);
    const resultatrad = r + 2 + antall + 1;
    b.sett(resultatrad, 0, tekst(`Framskrevet fra 1.1.${k}`));
    tall.forEach((f, j) => b.sett(resultatrad, kolonne + j, heltall(f)));
    blokker.push({ fra: k, resultater: `${abs(resultatrad, kolonne)}:${abs(resultatrad, kolonne + antall)}` });
    r = resultatrad + 2;
  }

  const innbyggere = Array.from({ length: antallAr }, (_, n) => {
    const [g, p, m] = [celle(grunnar, n), celle(grunntall, n), celle(framskrevet, n)];
    const framskriv = blokker.reduceRight((resten, x) => `IF(${g}=${x.fra},INDEX(${x.resultater},1,${m}+1),${resten})`, '"na."');
    return `IFERROR(IF(NOT(ISNUMBER(${m})),"na.",IF(${m}=0,${p},${framskriv})),"na.")`;
  });
  const kilde = Array.from({ length: antallAr }, (_, n): Celle => {
    const [g, m] = [celle(grunnar, n), celle(framskrevet, n)];
    return { formel: `IF(AND(ISNUMBER(${m}),ISNUMBER(${g})),IF(${m}=0,"1.1."&${g},"framskrevet "&${m}&" år fra 1.1."&${g}),"na.")` };
  });
  return { innbyggere, kilde, nesteRad: r };
}

/**
 * Skriver hjelperadene for innbyggertallet fra raden `rad` (årene i kolonnene fra `kolonne`; `ar(n)` er cellen med
 * årstallet for år nr. n, `c` cellen med vekstfaktoren i milliondeler, `fra` planens første år når boken lages).
 */
export function planinnbyggere(
  b: Arkbygger, rad: number, kolonne: number, antallAr: number, ar: (n: number) => string, c: string, o: Planbefolkningsoppsett, fra: number,
): Planinnbyggerceller {
  return o.type === "oppgitt" ? oppgitt(b, rad, kolonne, antallAr, o.innbyggere, c) : kjent(b, rad, kolonne, ar, antallAr, c, o, fra);
}
