/**
 * En folketallsfil for år som ikke følger med (f.eks. 1. januar 2027 når SSB har publisert det), i ett av tre
 * oppsett: (a) det medfølgende oppsettet `kommunenummer,navn,kundetype,innbyggere_ÅÅÅÅ…` med så mange årskolonner
 * man vil; (b) SSBs JSON-stat2-svar for tabell 07459 (dimensjonene Region og Tid); (c) CSV-en Statistikkbanken laster
 * ned for 07459 (regionen som «3205 Lillestrøm», én kolonne per år). Fylkene summeres fra kommunene når de mangler.
 * Hver feil nevner filen, linjen (eller regionen i JSON) og koden; ingenting gjettes.
 */
import Papa from "papaparse";
import { PrisFeil } from "../modell/feil";
import { type Befolkningsar, ORGANISASJONER } from "../modell/organisasjoner";

/** Folketallene i filen: befolkningsår → kommune- eller fylkesnummer → innbyggere 1. januar. */
export interface Folketall {
  fil: string;
  ar: Befolkningsar[];
  tall: ReadonlyMap<Befolkningsar, ReadonlyMap<string, number>>;
}

/** Nummer som ikke er kunder, men kan stå i SSBs filer: hele landet og Oslo fylke (Oslo faktureres som kommune). */
const OVERSES = new Set(["0", "00", "03"]);
const KOMMUNER = ORGANISASJONER.filter((o) => o.kundetype === "KOMMUNE");
const KJENTE = new Map(ORGANISASJONER.map((o) => [o.nummer, o.navn]));
/** Så mange manglende kommuner nevnes ved navn; resten telles. */
const MAKS_NAVNGITT = 10;

/** Én verdi med hvor den står, til feilmeldingene. */
interface Oppforing {
  nummer: string;
  ar: Befolkningsar;
  verdi: unknown;
  /** «linje 7» eller «Region «3205», Tid «2027»». */
  sted: string;
}

/** «3205», «K-3205», «3205 Lillestrøm», «301» (Excel har fjernet nullen) → «3205»/«0301»; null for noe annet. */
function nummerFra(tekst: string): string | null {
  const treff = /^\s*(?:[KF]-)?(\d{1,4})(?:\s+.*)?$/.exec(tekst);
  if (!treff) return null;
  const n = treff[1];
  if (n === "0") return "0";
  return n.length <= 2 ? n.padStart(2, "0") : n.padStart(4, "0");
}

function arFra(tekst: string): Befolkningsar | null {
  const treff = /(?:^|\D)(\d{4})(?:\D|$)/.exec(tekst);
  const ar = treff ? Number(treff[1]) : NaN;
  return ar >= 1900 && ar <= 2100 ? ar : null;
}

/** Et helt, ikke-negativt innbyggertall: JSON-tall, eller tekst med mellomrom som tusenskille («97 800»). */
function innbyggertall(verdi: unknown, hvor: string): number {
  const tekst = typeof verdi === "number" ? String(verdi) : typeof verdi === "string" ? verdi.replace(/[\s\u00a0]/g, "") : "";
  if (!/^-?\d+([.,]\d+)?$/.test(tekst)) throw new PrisFeil(`${hvor}: forventet et helt innbyggertall, fikk «${String(verdi ?? "")}».`);
  // «96.771» kan være 96 771 med punktum som tusenskille eller 96,771: tvetydig, som ellers i verktøyet.
  if (/^\d{1,3}([.,]\d{3})+$/.test(tekst)) {
    const hel = tekst.replace(/[.,]/g, "");
    throw new PrisFeil(`${hvor}: «${String(verdi)}» er tvetydig: det kan bety ${Number(hel)} eller ${tekst.replace(".", ",")}. Skriv innbyggertallet uten skilletegn.`);
  }
  if (tekst.startsWith("-")) throw new PrisFeil(`${hvor}: innbyggertallet kan ikke være negativt, fikk «${String(verdi)}».`);
  if (/[.,]/.test(tekst) && !/[.,]0+$/.test(tekst)) throw new PrisFeil(`${hvor}: innbyggertallet må være et helt tall, fikk «${String(verdi)}».`);
  return Number(tekst.replace(/[.,]0+$/, ""));
}

/** SSBs tegn for «ingen tall» (tom, «.» ikke mulig, «..» ikke tilgjengelig, «...» ikke ennå, «:» skjult) eller null. */
function utenTall(verdi: unknown): boolean {
  return verdi === null || verdi === undefined || (typeof verdi === "string" && ["", ".", "..", "...", ":"].includes(verdi.trim()));
}

/** Kontrollerer oppføringene og bygger tallene: ukjente koder, dubletter, manglende kommuner; fylkene summeres. */
function bygg(fil: string, oppforinger: Oppforing[]): Folketall {
  const tall = new Map<Befolkningsar, Map<string, number>>();
  const sett = new Map<string, string>();
  for (const o of oppforinger) {
    if (OVERSES.has(o.nummer)) continue;
    // SSBs fulle regionliste har også nedlagte kommuner, uten tall for året («.», «..» eller null): de er ikke kunder.
    // En ukjent kode med et tall avvises fortsatt.
    if (!KJENTE.has(o.nummer) && utenTall(o.verdi)) continue;
    if (!KJENTE.has(o.nummer)) {
      throw new PrisFeil(`${fil}, ${o.sted}: ukjent kommune- eller fylkesnummer «${o.nummer}» (kommunestrukturen fra 2024).`);
    }
    const nokkel = `${o.ar}:${o.nummer}`;
    const tidligere = sett.get(nokkel);
    if (tidligere) throw new PrisFeil(`${fil}, ${o.sted}: «${o.nummer}» står to ganger for ${o.ar} (også ${tidligere}).`);
    sett.set(nokkel, o.sted);
    const p = innbyggertall(o.verdi, `${fil}, ${o.sted}, ${o.nummer} (${o.ar})`);
    if (!tall.has(o.ar)) tall.set(o.ar, new Map());
    tall.get(o.ar)!.set(o.nummer, p);
  }
  if (tall.size === 0) throw new PrisFeil(`${fil} har ingen innbyggertall for kommunene.`);
  for (const [ar, perNummer] of tall) {
    const mangler = KOMMUNER.filter((k) => !perNummer.has(k.nummer));
    if (mangler.length > 0) {
      const navn = mangler.slice(0, MAKS_NAVNGITT).map((k) => `${k.nummer} ${k.navn}`).join(", ");
      const resten = mangler.length > MAKS_NAVNGITT ? ` og ${mangler.length - MAKS_NAVNGITT} til` : "";
      throw new PrisFeil(`${fil} mangler ${mangler.length} ${mangler.length === 1 ? "kommune" : "kommuner"} for ${ar}: ${navn}${resten}. Alle ${KOMMUNER.length} kommuner må være med.`);
    }
    // Fylkene som mangler, er summen av kommunene med de samme to første sifrene.
    for (const fylke of ORGANISASJONER.filter((o) => o.kundetype === "FYLKESKOMMUNE" && !perNummer.has(o.nummer))) {
      perNummer.set(fylke.nummer, KOMMUNER.filter((k) => k.nummer.startsWith(fylke.nummer)).reduce((s, k) => s + perNummer.get(k.nummer)!, 0));
    }
  }
  return { fil, ar: [...tall.keys()].sort((a, b) => a - b), tall };
}

/** (b) JSON-stat2: verdien for (Region, Tid) ligger på indeksen regnet med dimensjonenes størrelser i «id»-rekkefølgen. */
function fraJsonStat(fil: string, data: Record<string, unknown>): Oppforing[] {
  const id = data.id as string[] | undefined;
  const size = data.size as number[] | undefined;
  const dimensjoner = data.dimension as Record<string, { category?: { index?: Record<string, number> | string[] } }> | undefined;
  const verdier = data.value as unknown[] | Record<string, unknown> | undefined;
  if (!Array.isArray(id) || !Array.isArray(size) || !dimensjoner || verdier === undefined) {
    throw new PrisFeil(`${fil}: forventet SSBs JSON-stat2 («id», «size», «dimension» og «value»).`);
  }
  const finn = (navn: string) => id.findIndex((d) => d.toLowerCase() === navn.toLowerCase());
  const [r, t] = [finn("Region"), finn("Tid")];
  if (r < 0) throw new PrisFeil(`${fil}: JSON-stat-svaret har ingen dimensjon «Region».`);
  if (t < 0) throw new PrisFeil(`${fil} har ingen år: JSON-stat-svaret har ingen dimensjon «Tid».`);
  const flere = id.findIndex((d, i) => i !== r && i !== t && size[i] > 1);
  if (flere >= 0) {
    throw new PrisFeil(`${fil}: dimensjonen «${id[flere]}» har ${size[flere]} verdier. Hent bare Region og Tid, så SSB summerer resten.`);
  }
  const koder = (d: string) => {
    const indeks = dimensjoner[d]?.category?.index;
    return Array.isArray(indeks) ? indeks : Object.entries(indeks ?? {}).sort((a, b) => a[1] - b[1]).map(([k]) => k);
  };
  const steg = id.map((_, i) => size.slice(i + 1).reduce((s, x) => s * x, 1));
  const ut: Oppforing[] = [];
  koder(id[t]).forEach((tid, ti) => {
    const ar = arFra(tid);
    if (ar === null) throw new PrisFeil(`${fil}, Tid «${tid}»: året kan ikke leses.`);
    koder(id[r]).forEach((region, ri) => {
      const nummer = nummerFra(region);
      const sted = `Region «${region}», Tid «${tid}»`;
      if (nummer === null) throw new PrisFeil(`${fil}, ${sted}: ukjent kommune- eller fylkesnummer «${region}».`);
      const i = ri * steg[r] + ti * steg[t];
      ut.push({ nummer, ar, verdi: Array.isArray(verdier) ? verdier[i] : verdier[String(i)], sted });
    });
  });
  return ut;
}

/**
 * (a) og (c): CSV med komma, semikolon eller tabulator. Overskriften er linjen med «kommunenummer» (medfølgende
 * oppsett, årskolonnene innbyggere_ÅÅÅÅ) eller «region» (Statistikkbanken, årskolonnene med ÅÅÅÅ i navnet);
 * Statistikkbankens tittellinje over overskriften hoppes over.
 */
function fraCsv(fil: string, tekst: string): Oppforing[] {
  const ren = tekst.replace(/^\uFEFF/, "");
  return fraRader(fil, Papa.parse<string[]>(ren, { delimiter: skilletegn(ren), skipEmptyLines: false }).data);
}

/**
 * Skilletegnet er det som står oftest i overskriftslinjen. Papaparses gjetting kan bomme når filen har få kolonner og
 * Statistikkbankens tittellinje har komma; da fantes ingen overskrift, og meldingen sa noe annet enn feilen.
 */
function skilletegn(tekst: string): string {
  const hode = tekst.split(/\r?\n/).find((l) => /(^|[";,\t])\s*"?(kommunenummer|region)"?\s*([";,\t]|$)/i.test(l));
  if (hode === undefined) return "";
  const antall = (tegn: string) => hode.split(tegn).length - 1;
  const [beste] = [";", ",", "\t"].sort((a, b) => antall(b) - antall(a));
  return antall(beste) > 0 ? beste : "";
}

/** Radene i en CSV-fil eller et område i arket, som tekst; linje = radnummer (fra 1). */
function fraRader(fil: string, rader: string[][]): Oppforing[] {
  const hode = rader.findIndex((r) => r.some((c) => /^(kommunenummer|region)$/i.test(c.trim())));
  if (hode < 0) {
    throw new PrisFeil(`${fil}: fant ingen overskrift med «kommunenummer» (oppsettet fra data/ssb-folkemengde.csv) eller «region» (SSBs Statistikkbanken).`);
  }
  const overskrift = rader[hode].map((c) => c.trim());
  const medfolgende = overskrift.some((c) => /^kommunenummer$/i.test(c));
  const kodekolonne = overskrift.findIndex((c) => /^(kommunenummer|region)$/i.test(c));
  const arskolonner = overskrift.flatMap((c, k) => {
    if (k === kodekolonne) return [];
    if (medfolgende ? !/^innbyggere_/i.test(c) : !/\d{4}/.test(c)) return [];
    const ar = medfolgende ? (/^innbyggere_(\d{4})$/i.exec(c) ? Number(c.slice(-4)) : null) : arFra(c);
    if (ar === null) throw new PrisFeil(`${fil}, linje ${hode + 1}: året i kolonnen «${c}» kan ikke leses (forventet f.eks. ${medfolgende ? "innbyggere_2027" : "2027"}).`);
    return [{ k, ar }];
  });
  if (arskolonner.length === 0) {
    throw new PrisFeil(`${fil}, linje ${hode + 1}: ingen årskolonne (forventet f.eks. ${medfolgende ? "innbyggere_2027" : "2027"}).`);
  }
  const ut: Oppforing[] = [];
  rader.slice(hode + 1).forEach((rad, i) => {
    const linje = hode + 2 + i;
    if (rad.every((c) => c.trim() === "")) return;
    // Flere felt enn overskriften: oftest et desimalkomma i en kommaseparert fil («96771,5»), som ellers ble 96771.
    const ekstra = rad.slice(overskrift.length).filter((c) => c.trim() !== "");
    if (ekstra.length > 0) {
      throw new PrisFeil(`${fil}, linje ${linje}: raden har ${rad.length} felt, overskriften ${overskrift.length} (et tall med komma i en kommaseparert fil? Sett det i anførselstegn eller skriv det uten skilletegn).`);
    }
    const kode = (rad[kodekolonne] ?? "").trim();
    const nummer = nummerFra(kode);
    if (nummer === null) throw new PrisFeil(`${fil}, linje ${linje}: ukjent kommune- eller fylkesnummer «${kode}».`);
    for (const { k, ar } of arskolonner) ut.push({ nummer, ar, verdi: rad[k], sted: `linje ${linje}` });
  });
  return ut;
}

/** Leser en folketallsfil (tekst) i et av de tre oppsettene; `fil` er navnet feilmeldingene bruker. */
export function lesFolketallsfil(tekst: string, fil: string): Folketall {
  const ren = tekst.replace(/^\uFEFF/, "").trim();
  // Meldingene begynner med «Folketallsfilen «fil»»; et område i arket sier «Folketallsområdet» (lesFolketallsceller).
  const hvor = `Folketallsfilen «${fil}»`;
  if (ren.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(ren);
    } catch {
      throw new PrisFeil(`${hvor} er ikke gyldig JSON.`);
    }
    return { ...bygg(hvor, fraJsonStat(hvor, data as Record<string, unknown>)), fil };
  }
  return { ...bygg(hvor, fraCsv(hvor, ren)), fil };
}

/**
 * Et område i arket (KS.INNBYGGERE og KS.PLANINNBYGGERE): de samme oppsettene som en CSV-fil, med overskriftsraden
 * øverst. `kilde` er navnet meldingene bruker, f.eks. «argumentet folketall»; linjen er raden i området.
 */
export function lesFolketallsceller(celler: readonly (readonly unknown[])[], kilde: string): Folketall {
  const rader = celler.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))));
  return bygg(kilde, fraRader(kilde, rader));
}

/** En organisasjons kjente folketall: de medfølgende årene, med filens år lagt til (filen vinner for samme år). */
export function medFolketall(tall: Readonly<Record<Befolkningsar, number>>, nummer: string, fil: Folketall | null): Record<Befolkningsar, number> {
  const ut: Record<Befolkningsar, number> = { ...tall };
  for (const [ar, perNummer] of fil?.tall ?? []) {
    const p = perNummer.get(nummer);
    if (p !== undefined) ut[ar] = p;
  }
  return ut;
}
