/**
 * Arkene oppgaveruten setter inn (Kalkulator og Prismatrise), beskrevet i arkmodellen (src/ark) som excel.ts skriver
 * gjennom Office.js. Formellaget er tilleggets egne KS.*-formler (kanonisk engelsk syntaks med komma, uten «=»); tekst
 * er alltid en verdi, også når den begynner med «=», «+», «-» eller «@». Ingen Office.js her og ingen prisregler.
 *
 * `Arkplan` (blokker med A1-adresser) er bare igjen for budsjettarket; `arkFraPlan` gjør den om til arkmodellen.
 */
import { KALKULATORKOLONNER, type Kalkulatorrad, type Kundetype, type Prismatrise, type SvarUtTabell, prismatriseTilCeller, svarUtTabellTilCeller } from "../../core";
import { abs, absoluttOmrade, omrade, omradegrenser, ref, tolkOmrade } from "../../ark/adresser";
import { INNDATABLOKK, KALKULATOROVERSKRIFT } from "../../ark/kalkulatorinndata";
import { type Ark, Arkbygger, type Celle as Arkcelle, type Tabell, tekst } from "../../ark/modell";
import { FORMAT } from "../../ark/tallformat";

// Adressehjelperne og tallformatene bor i arkmodellen (src/ark), kolonnene i kjernens visning av kalkulatoren;
// oppgaverutens moduler henter dem herfra.
export { absoluttOmrade, arkadresse, arkreferanse, omradestorrelse, tolkOmrade } from "../../ark/adresser";
export { KALKULATORKOLONNER, FORMAT };

/** En av tilleggets egne formler: den eneste cellesorten excel.ts skriver gjennom range.formulas. */
export interface Formel {
  readonly formel: string;
}

/** Tekst (skrives alltid som tekst, aldri tolket som formel eller tall), et tall, en formel, eller "" for tom celle. */
export type Celle = string | number | Formel;

export const formel = (tekst: string): Formel => ({ formel: tekst });

export function erFormel(celle: Celle): celle is Formel {
  return typeof celle === "object";
}

/** En blokk med celler som skrives fra en øverste venstre celle, med valgfrie tallformater per kolonne. */
export interface Celleblokk {
  /** Øverste venstre celle, f.eks. "A12". */
  start: string;
  celler: Celle[][];
}

export interface Arkplan {
  /** Ønsket arknavn; excel.ts gjør det unikt. */
  arknavn: string;
  blokker: Celleblokk[];
  /** Excel-tabeller (overskriftsraden først) med et tallformat per kolonne. */
  tabeller: { omrade: string; navn: string; formater: string[][] | null; stil: string }[];
  /** Rader med fet skrift (f.eks. sumraden), som områder. */
  fet: string[];
  /** Inndataceller (gul fyll). */
  inndata: string[];
  /** Ekstra tallformater: område → format for hver celle i det. */
  formater: { omrade: string; format: string }[];
  /** Tittelcellen. */
  tittel: string;
  /** Kolonnebredder i punkter utover standarden (A 230, B–G 110), f.eks. { kolonner: "H:R", bredde: 85 }. */
  kolonnebredder?: { kolonner: string; bredde: number }[];
}

/** Excel forbyr : \ / ? * [ ] i arknavn og tillater høyst 31 tegn. */
export function rensArknavn(navn: string): string {
  const renset = navn.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return (renset || "Ark").slice(0, 31).trim();
}

/** "Kalkulator Bodø", "Kalkulator Bodø (2)", … — uten hensyn til store og små bokstaver, slik Excel sammenligner arknavn. */
export function unikArknavn(onsket: string, finnes: readonly string[]): string {
  const brukt = new Set(finnes.map((n) => n.toLocaleLowerCase("nb")));
  const grunn = rensArknavn(onsket);
  if (!brukt.has(grunn.toLocaleLowerCase("nb"))) return grunn;
  for (let i = 2; ; i++) {
    const hale = ` (${i})`;
    const navn = grunn.slice(0, 31 - hale.length).trimEnd() + hale;
    if (!brukt.has(navn.toLocaleLowerCase("nb"))) return navn;
  }
}

/**
 * Tabellnavn: bokstaver, sifre og understrek; unikt i arbeidsboken. `finnes` har alle tabellnavn og alle definerte
 * navn (Excel nekter et tabellnavn som allerede er et navn).
 */
export function unikTabellnavn(onsket: string, finnes: readonly string[]): string {
  const brukt = new Set(finnes.map((n) => n.toLowerCase()));
  let grunn = onsket.replace(/[^A-Za-z0-9_]/g, "_");
  // Excel nekter navn som ikke begynner med bokstav eller _, og navn som kan leses som en celle («ABC1», «R1C1»).
  if (!/^[A-Za-z_]/.test(grunn) || /^([A-Za-z]{1,3}|[Rr]\d*[Cc])$/.test(grunn)) grunn = `Tabell_${grunn}`;
  for (let i = 1; ; i++) {
    const navn = `${grunn}${i}`;
    if (!brukt.has(navn.toLowerCase())) return navn;
  }
}

export interface Kalkulatoroppsett {
  /** "Bodø" eller "Egendefinert kunde". */
  kundenavn: string;
  /** "1804", eller null når kunden er skrevet inn for hånd. */
  nummer: string | null;
  kundetype: Kundetype;
  innbyggere: number;
  /** Hvor innbyggertallet kommer fra, f.eks. "SSB, 1. januar 2024" eller "Overstyrt". */
  innbyggerkilde: string;
  volum: { altinn: number; forsendelser: number; svarinn: number };
  /** Radene i kjernens resultat, i kjernens rekkefølge (navn, type og de eksisterende prisene som er skrevet inn). */
  rader: Pick<Kalkulatorrad, "tjeneste" | "type" | "eksisterende">[];
  /** Matriseområdet formlene bruker (adresse i arket), eller null for den innebygde 2025-matrisen. */
  matriseomrade: string | null;
  matrisenavn: string;
}

/** Punkter (Office.js' kolonnebredde) som tegn (arkmodellens enhet): en tegnbredde er 7 piksler, 5 piksler marg. */
export const tegnFraPunkter = (punkter: number) => (punkter / 0.75 - 5) / 7;

/** Kolonnebreddene i oppgaverutens ark, som før: A 230 punkter til etikettene, B–G 110 til kronebeløpene. */
const RUTEBREDDER = [tegnFraPunkter(230), ...Array<number>(6).fill(tegnFraPunkter(110))];

/** Et ark oppgaveruten setter inn: alltid med listen over Excel-tabellene. */
export type Ruteark = Ark & { tabeller: Tabell[] };

/** Et ark fra oppgaveruten: ikke beskyttet (brukeren arbeider videre i det), med Excel-tabellene. */
export function ruteark(b: Arkbygger, tabeller: Tabell[], kolonnebredder = RUTEBREDDER): Ruteark {
  return { ...b.bygg(kolonnebredder), beskyttet: false, tabeller };
}

/** En celle fra kjernens tabeller (prismatrisen, SvarUt): tall og tekst som verdier, med tallformat. */
const verdi = (v: string | number, format?: string): Arkcelle => (format ? { verdi: v, format } : { verdi: v });

const I = INNDATABLOKK;

/** Hvor inndatacellene står i et kalkulatorark (kolonne B). */
export const INNDATA = {
  organisasjon: ref(I.organisasjon.rad, 1),
  kundetype: ref(I.kundetype.rad, 1),
  innbyggere: ref(I.innbyggere.rad, 1),
  altinn: ref(I.altinn.rad, 1),
  forsendelser: ref(I.forsendelser.rad, 1),
  svarinn: ref(I.svarinn.rad, 1),
  matrise: ref(I.prismatrise.rad, 1),
  tabellstart: ref(KALKULATOROVERSKRIFT, 0),
} as const;

/**
 * Kalkulatoren som ark: inndataceller i B4:B10 (den samme blokken som arbeidsbokens Kalkulator-ark) og en tabell fra
 * A12 der priscellene er KS.FIKSPRIS-, KS.SVARUTPRIS- og KS.PRISENDRING-formler på disse inndataene, og under den en
 * Sum-rad med SUM-formler.
 */
export function kalkulatorark(o: Kalkulatoroppsett): Ruteark {
  const matriseArg = o.matriseomrade ? `,${absoluttOmrade(o.matriseomrade)}` : "";
  const [innb, kt] = [abs(I.innbyggere.rad, 1), abs(I.kundetype.rad, 1)];
  const volum = [I.altinn, I.forsendelser, I.svarinn].map((x) => abs(x.rad, 1)).join(",");
  const kr = (formel: string, stil?: Arkcelle["stil"]): Arkcelle => ({ formel, format: FORMAT.kroner, ...(stil ? { stil } : {}) });
  const pris = (r: number, navn: string) =>
    kr(navn === "SvarUt" ? `KS.SVARUTPRIS(${volum},${kt})` : `KS.FIKSPRIS(A${r},${innb},${kt}${matriseArg})`);
  const forste = KALKULATOROVERSKRIFT + 1; // raden (fra 0) til første datarad
  const siste = forste + o.rader.length - 1;
  const sumrad = siste + 1;
  const b = new Arkbygger(`Kalkulator ${o.kundenavn}`);
  const tittel = `Kalkulator – ${o.kundenavn}`;
  b.sett(0, 0, tekst(tittel, "tittel"));
  b.sett(1, 0, tekst("Laget med KS prisverktøy. Prisene er formler (KS.FIKSPRIS, KS.SVARUTPRIS, KS.PRISENDRING) som bruker inndataene i kolonne B.", "forklaring"));
  const inndata = (v: string | number, format?: string): Arkcelle => ({ verdi: v, stil: "inndata", ...(format ? { format } : {}) });
  const forklaring = (t: string) => (t ? tekst(t, "forklaring") : null);
  const linjer: [{ rad: number; etikett: string }, Arkcelle, string][] = [
    [I.organisasjon, inndata(o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn), "Inndata (gule celler) kan endres: prisene regnes ut på nytt."],
    [I.kundetype, inndata(o.kundetype), "KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …"],
    [I.innbyggere, inndata(o.innbyggere, FORMAT.heltall), o.innbyggerkilde],
    [I.altinn, inndata(o.volum.altinn, FORMAT.heltall), ""],
    [I.forsendelser, inndata(o.volum.forsendelser, FORMAT.heltall), ""],
    [I.svarinn, inndata(o.volum.svarinn, FORMAT.heltall), ""],
    [I.prismatrise, tekst(o.matrisenavn), o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025."],
  ];
  for (const [inn, celle, hjelp] of linjer) b.rad(inn.rad, 0, [tekst(inn.etikett), celle, forklaring(hjelp)]);
  b.rad(KALKULATOROVERSKRIFT, 0, KALKULATORKOLONNER.map((k) => tekst(k)));

  o.rader.forEach((rad, i) => {
    const r = forste + i + 1; // raden i A1-adressene
    const eksisterende: Arkcelle = { ...(rad.eksisterende === null ? {} : { verdi: rad.eksisterende.toNumber() }), format: FORMAT.kroner, stil: "inndata" };
    const endringProsent: Arkcelle = { formel: `IF(N(B${r})=0,"na.",KS.PRISENDRING(B${r},C${r}))`, format: FORMAT.prosent };
    const na = tekst("na.");
    const celler: (Arkcelle | null)[] = {
      grunnfinansiering: () => [eksisterende, pris(r, rad.tjeneste), endringProsent, kr(`IF(B${r}="",C${r},C${r}-B${r})`), null, kr(`C${r}`)],
      tjeneste: () => [eksisterende, pris(r, rad.tjeneste), endringProsent, kr(`IF(B${r}="","na.",C${r}-B${r})`), null, kr(`C${r}`)],
      utgatt: () => [eksisterende, na, na, na, null, na],
      tillegg: () => [null, null, null, null, pris(r, rad.tjeneste), kr(`F${r}`)],
    }[rad.type]();
    b.rad(forste + i, 0, [{ verdi: rad.tjeneste, format: FORMAT.tekst }, ...celler]);
  });
  const s = sumrad + 1;
  const sum = (k: string): Arkcelle => (o.rader.length ? kr(`SUM(${k}${forste + 1}:${k}${siste + 1})`, "sum") : { verdi: 0, format: FORMAT.kroner, stil: "sum" });
  b.rad(sumrad, 0, [
    tekst("Sum", "sum"), sum("B"), sum("C"), { formel: `IF(N(B${s})=0,"na.",KS.PRISENDRING(B${s},C${s}))`, format: FORMAT.prosent, stil: "sum" },
    kr(`C${s}-B${s}`, "sum"), sum("F"), sum("G"),
  ]);
  return ruteark(b, [{ omrade: omrade(KALKULATOROVERSKRIFT, 0, siste, KALKULATORKOLONNER.length - 1), navn: "Kalkulator", stil: "TableStyleMedium2" }]);
}

/** Hvor matrisetabellen begynner i et "Prismatrise"-ark. */
export const MATRISESTART = "A3";

/** Matrisen (og SvarUt-tabellen) som redigerbare Excel-tabeller, i nøyaktig det oppsettet tolkPrismatrise leser tilbake. */
export function prismatriseark(matrise: Prismatrise, svarut: SvarUtTabell, navn: string): Ruteark {
  const celler = prismatriseTilCeller(matrise);
  const start = tolkOmrade(MATRISESTART).rad;
  const n = celler.length; // overskrift + tjenester + referanserad
  const tjenesteformat = [FORMAT.generelt, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall];
  const radformat = (rad: (string | number)[], i: number) =>
    i === 0 ? undefined : rad[0] === "Referanseinnbyggertall" ? [FORMAT.generelt, ...rad.slice(1).map(() => FORMAT.heltall)] : tjenesteformat;
  const b = new Arkbygger("Prismatrise");
  b.sett(0, 0, tekst(`Prismatrise – ${navn}`, "tittel"));
  b.sett(1, 0, tekst("Endre tallene, merk en celle i tabellen og velg «Bruk prismatrise fra arket» i oppgaveruten. NA = tilbys ikke.", "forklaring"));
  celler.forEach((rad, i) => b.rad(start + i, 0, rad.map((v, k) => verdi(v, radformat(rad, i)?.[k]))));
  const svarutCeller = svarUtTabellTilCeller(svarut);
  const svarutTittel = start + n + 1;
  b.sett(svarutTittel, 0, tekst("SvarUt (fastpris + transaksjonspris)", "sum"));
  svarutCeller.forEach((rad, i) => b.rad(svarutTittel + 1 + i, 0, rad.map((v) => verdi(v))));
  return ruteark(b, [
    { omrade: omrade(start, 0, start + n - 1, celler[0].length - 1), navn: "Prismatrise", stil: "TableStyleMedium2" },
    { omrade: omrade(svarutTittel + 1, 0, svarutTittel + svarutCeller.length, svarutCeller[0].length - 1), navn: "SvarUt", stil: "TableStyleLight9" },
  ]);
}

/**
 * Budsjettarkets blokker som arkmodellen: tekst og tall som verdier, formlene uten «=», tabellenes og områdenes
 * tallformater på cellene, fet tittel i A1 og fete rader ellers som sumstil, inndata med inndatastil.
 */
export function arkFraPlan(plan: Arkplan): Ruteark {
  const b = new Arkbygger(plan.arknavn);
  const celler = new Map<string, Arkcelle>();
  const hent = (r: number, k: number): Arkcelle => {
    const nokkel = `${r}:${k}`;
    let c = celler.get(nokkel);
    if (!c) {
      c = {};
      celler.set(nokkel, c);
      b.sett(r, k, c);
    }
    return c;
  };
  const hvert = (omradet: string, f: (c: Arkcelle, r: number, k: number) => void) => {
    const g = omradegrenser(omradet);
    for (let r = g.fraRad; r <= g.tilRad; r++) for (let k = g.fraKolonne; k <= g.tilKolonne; k++) f(hent(r, k), r - g.fraRad, k - g.fraKolonne);
  };
  for (const blokk of plan.blokker) {
    const { rad, kolonne } = tolkOmrade(blokk.start);
    blokk.celler.forEach((r, i) => r.forEach((c, k) => {
      if (c === "") return;
      Object.assign(hent(rad + i, kolonne + k), erFormel(c) ? { formel: c.formel.replace(/^=/, "") } : { verdi: c });
    }));
  }
  for (const t of plan.tabeller) if (t.formater) hvert(t.omrade, (c, r, k) => (c.format = t.formater![r][k]));
  for (const f of plan.formater) hvert(f.omrade, (c) => (c.format = f.format));
  for (const o of plan.fet) hvert(o, (c, r, k) => (c.stil = o === "A1" && r === 0 && k === 0 ? "tittel" : "sum"));
  for (const o of plan.inndata) hvert(o, (c) => (c.stil = "inndata"));
  const bredder = [...RUTEBREDDER];
  for (const k of plan.kolonnebredder ?? []) {
    const [fra, til = fra] = k.kolonner.split(":").map((x) => tolkOmrade(`${x}1`).kolonne);
    for (let j = fra; j <= til; j++) bredder[j] = tegnFraPunkter(k.bredde);
  }
  return ruteark(b, plan.tabeller.map((t) => ({ omrade: t.omrade, navn: t.navn, stil: t.stil })), Array.from(bredder, (x) => x ?? 8.43));
}
