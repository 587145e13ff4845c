/**
 * Det oppgaveruten skriver i et regneark, som rene data: celleinnhold, tallformater og hvor tabellene står.
 * En celle er tekst, et tall eller en av tilleggets egne formler (`{ formel }`, kanonisk engelsk syntaks med komma,
 * slik range.formulas vil ha dem). Tekst blir alltid tekst i arket, også når den begynner med «=», «+», «-» eller «@».
 * Ingen Office.js her (excel.ts gjør I/O) og ingen prisregler: prisene er KS.*-formler.
 */
import { KALKULATORKOLONNER, type Kalkulatorrad, type Kundetype, type Prismatrise, type SvarUtTabell, prismatriseTilCeller, svarUtTabellTilCeller } from "../core";
import { absoluttOmrade, flytt, tolkOmrade } from "../ark/adresser";
import { FORMAT } from "../ark/tallformat";

// Adressehjelperne og tallformatene bor i arkmodellen (src/ark), kolonnene i kjernens visning av kalkulatoren;
// oppgaverutens moduler henter dem herfra.
export { absoluttOmrade, arkadresse, arkreferanse, omradestorrelse, tolkOmrade } from "../ark/adresser";
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

/** Hvor inndatacellene står i et kalkulatorark (kolonne B). */
export const INNDATA = {
  organisasjon: "B4",
  kundetype: "B5",
  innbyggere: "B6",
  altinn: "B7",
  forsendelser: "B8",
  svarinn: "B9",
  matrise: "B10",
  tabellstart: "A12",
} as const;

const abs = (celle: string) => celle.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * Kalkulatoren som ark: inndataceller i B4:B10 og en tabell fra A12 der priscellene er KS.FIKSPRIS-,
 * KS.SVARUTPRIS- og KS.PRISENDRING-formler på disse inndataene, og under den en Sum-rad med SUM-formler.
 */
export function kalkulatorark(o: Kalkulatoroppsett): Arkplan {
  const matriseArg = o.matriseomrade ? `,${absoluttOmrade(o.matriseomrade)}` : "";
  const [innb, kt] = [abs(INNDATA.innbyggere), abs(INNDATA.kundetype)];
  const pris = (r: number, navn: string) =>
    formel(navn === "SvarUt"
      ? `=KS.SVARUTPRIS(${abs(INNDATA.altinn)},${abs(INNDATA.forsendelser)},${abs(INNDATA.svarinn)},${kt})`
      : `=KS.FIKSPRIS(A${r},${innb},${kt}${matriseArg})`);
  const forste = tolkOmrade(INNDATA.tabellstart).rad + 2; // raden (fra 1) til første datarad
  const siste = forste + o.rader.length - 1;
  const sumrad = siste + 1;

  const rader: Celle[][] = o.rader.map((rad, i) => {
    const r = forste + i;
    const eksisterende: Celle = rad.eksisterende === null ? "" : rad.eksisterende.toNumber();
    const endringProsent = formel(`=IF(N(B${r})=0,"na.",KS.PRISENDRING(B${r},C${r}))`);
    switch (rad.type) {
      case "grunnfinansiering":
        return [rad.tjeneste, eksisterende, pris(r, rad.tjeneste), endringProsent, formel(`=IF(B${r}="",C${r},C${r}-B${r})`), "", formel(`=C${r}`)];
      case "tjeneste":
        return [rad.tjeneste, eksisterende, pris(r, rad.tjeneste), endringProsent, formel(`=IF(B${r}="","na.",C${r}-B${r})`), "", formel(`=C${r}`)];
      case "utgatt":
        return [rad.tjeneste, eksisterende, "na.", "na.", "na.", "", "na."];
      case "tillegg":
        return [rad.tjeneste, "", "", "", "", pris(r, rad.tjeneste), formel(`=F${r}`)];
    }
  });
  const sum = (k: string): Celle => (o.rader.length ? formel(`=SUM(${k}${forste}:${k}${siste})`) : 0);
  const sumRad: Celle[] = [
    "Sum", sum("B"), sum("C"), formel(`=IF(N(B${sumrad})=0,"na.",KS.PRISENDRING(B${sumrad},C${sumrad}))`),
    formel(`=C${sumrad}-B${sumrad}`), sum("F"), sum("G"),
  ];

  const tittel = `Kalkulator – ${o.kundenavn}`;
  const inndata: Celle[][] = [
    ["Organisasjon", o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn, "Inndata (gule celler) kan endres: prisene regnes ut på nytt."],
    ["Kundetype", o.kundetype, "KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …"],
    ["Innbyggere", o.innbyggere, o.innbyggerkilde],
    ["Altinn-transaksjoner per år (SvarUt)", o.volum.altinn, ""],
    ["Forsendelser per år (SvarUt)", o.volum.forsendelser, ""],
    ["SvarInn per år (SvarUt)", o.volum.svarinn, ""],
    ["Prismatrise", o.matrisenavn, o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025."],
  ];
  const tabellOmrade = `${INNDATA.tabellstart}:G${siste}`;
  const kolonneformat = ["@", FORMAT.kroner, FORMAT.kroner, FORMAT.prosent, FORMAT.kroner, FORMAT.kroner, FORMAT.kroner];
  return {
    arknavn: `Kalkulator ${o.kundenavn}`,
    tittel,
    blokker: [
      { start: "A1", celler: [[tittel], ["Laget med KS prisverktøy. Prisene er formler (KS.FIKSPRIS, KS.SVARUTPRIS, KS.PRISENDRING) som bruker inndataene i kolonne B."]] },
      { start: "A4", celler: inndata },
      { start: INNDATA.tabellstart, celler: [[...KALKULATORKOLONNER], ...rader, sumRad] },
    ],
    tabeller: [{
      omrade: tabellOmrade,
      navn: "Kalkulator",
      formater: Array.from({ length: o.rader.length + 1 }, (_, i) => (i === 0 ? kolonneformat.map(() => FORMAT.generelt) : kolonneformat)),
      stil: "TableStyleMedium2",
    }],
    fet: [`A${sumrad}:G${sumrad}`, "A1"],
    inndata: [`${INNDATA.organisasjon}:${INNDATA.svarinn}`, ...o.rader.flatMap((r, i) => (r.type === "tillegg" ? [] : [`B${forste + i}`]))],
    formater: [
      { omrade: `B${sumrad}:C${sumrad}`, format: FORMAT.kroner },
      { omrade: `D${sumrad}`, format: FORMAT.prosent },
      { omrade: `E${sumrad}:G${sumrad}`, format: FORMAT.kroner },
      { omrade: `${INNDATA.innbyggere}:${INNDATA.svarinn}`, format: FORMAT.heltall },
    ],
  };
}

/** Hvor matrisetabellen begynner i et "Prismatrise"-ark. */
export const MATRISESTART = "A3";

/** Matrisen (og SvarUt-tabellen) som redigerbare Excel-tabeller, i nøyaktig det oppsettet tolkPrismatrise leser tilbake. */
export function prismatriseark(matrise: Prismatrise, svarut: SvarUtTabell, navn: string): Arkplan {
  const celler = prismatriseTilCeller(matrise);
  const n = celler.length; // overskrift + tjenester + referanserad
  const matriseOmrade = `${MATRISESTART}:${flytt(MATRISESTART, n - 1, celler[0].length - 1)}`;
  const radformat = (rad: Celle[]) =>
    rad[0] === "Referanseinnbyggertall"
      ? rad.map((_, k) => (k === 0 ? FORMAT.generelt : FORMAT.heltall))
      : [FORMAT.generelt, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall];
  const svarutCeller = svarUtTabellTilCeller(svarut);
  const svarutTittel = flytt(MATRISESTART, n + 1);
  const svarutStart = flytt(svarutTittel, 1);
  const svarutOmrade = `${svarutStart}:${flytt(svarutStart, svarutCeller.length - 1, svarutCeller[0].length - 1)}`;
  return {
    arknavn: "Prismatrise",
    tittel: `Prismatrise – ${navn}`,
    blokker: [
      { start: "A1", celler: [[`Prismatrise – ${navn}`], ["Endre tallene, merk en celle i tabellen og velg «Bruk prismatrise fra arket» i oppgaveruten. NA = tilbys ikke."]] },
      { start: MATRISESTART, celler },
      { start: svarutTittel, celler: [["SvarUt (fastpris + transaksjonspris)"]] },
      { start: svarutStart, celler: svarutCeller },
    ],
    tabeller: [
      { omrade: matriseOmrade, navn: "Prismatrise", formater: [celler[0].map(() => FORMAT.generelt), ...celler.slice(1).map(radformat)], stil: "TableStyleMedium2" },
      { omrade: svarutOmrade, navn: "SvarUt", formater: null, stil: "TableStyleLight9" },
    ],
    fet: ["A1", svarutTittel],
    inndata: [],
    formater: [],
  };
}
