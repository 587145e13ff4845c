/**
 * Arkene oppgaveruten setter inn (Kalkulator og Prismatrise): arkmodellens oppsett (src/ark/kalkulatoroppsett.ts,
 * prismatriseoppsett.ts, de samme som i den frittstående arbeidsboken) med rutens formellag, tilleggets egne
 * KS.*-formler (kanonisk engelsk syntaks med komma, uten «=»), og rutens måte å sette inn på (ruteark). excel.ts skriver
 * dem gjennom Office.js; tekst er alltid en verdi, også når den begynner med «=», «+», «-» eller «@». Ingen Office.js
 * her og ingen prisregler.
 */
import { KALKULATORKOLONNER, type Kalkulatorrad, type Kundetype, type Prismatrise, SVARUT, type SvarUtTabell } from "../../core";
import { abs, absoluttOmrade, omradegrenser, ref } from "../../ark/adresser";
import { INNDATABLOKK, type Kalkulatorformellag, kalkulatoroppsett } from "../../ark/kalkulatoroppsett";
import { type Ark, Arkbygger, type Celle as Arkcelle, type Tabell, tekst } from "../../ark/modell";
import { MATRISEBREDDER, MATRISEOVERSKRIFT, matrisetabell, prismatrisetittel, svaruttabell, SVARUTTITTEL } from "../../ark/prismatriseoppsett";
import { FORMAT } from "../../ark/tallformat";

// Adressehjelperne og tallformatene bor i arkmodellen (src/ark), kolonnene i kjernens visning av kalkulatoren;
// oppgaverutens moduler henter dem herfra.
export { absoluttOmrade, arkadresse, arkreferanse, omradestorrelse, tolkOmrade } from "../../ark/adresser";
export { KALKULATORKOLONNER, FORMAT };

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
  /** Kjernens linjer, i kjernens rekkefølge: kjernens visning av dem sier hvor arket har «na.» og tomme celler. */
  rader: readonly Kalkulatorrad[];
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

/**
 * Et oppsett fra arkmodellen slik oppgaveruten setter det inn: ikke beskyttet og ikke frosset (brukeren arbeider videre
 * i arket), med Excel-tabellene, og med rutens faste kolonnebredder (arket regnes først i Excel, så bredden kan ikke
 * følge de viste verdiene slik arbeidsbokens ferdigstill gjør).
 */
export function ruteark(ark: Ark, kolonnebredder = RUTEBREDDER): Ruteark {
  return {
    ...ark, kolonnebredder, beskyttet: false, frys: { rader: 0, kolonner: 0 }, utskrift: { ...ark.utskrift, gjentaRader: null }, tabeller: ark.tabeller ?? [],
  };
}

const I = INNDATABLOKK;
/**
 * Formellaget i oppgaverutens kalkulatorark: priscellene er KS.FIKSPRIS-, KS.SVARUTPRIS- og KS.PRISENDRING-formler på
 * inndataene i kolonne B (også kundetypen, som derfor er koden «KOMMUNE»), og de leser matrisen i arket når den er valgt.
 */
function kalkulatorformler(o: Kalkulatoroppsett): Kalkulatorformellag {
  const matriseArg = o.matriseomrade ? `,${absoluttOmrade(o.matriseomrade)}` : "";
  const [innb, kt] = [abs(I.innbyggere.rad, 1), abs(I.kundetype.rad, 1)];
  const volum = [I.altinn, I.forsendelser, I.svarinn].map((x) => abs(x.rad, 1)).join(",");
  const inndata = (v: string | number, format?: string): Arkcelle => ({ verdi: v, stil: "inndata", ...(format ? { format } : {}) });
  const forklaring = (t: string) => tekst(t, "forklaring");
  const endringProsent = (r: number) => `IF(N(${ref(r, 1)})=0,"na.",KS.PRISENDRING(${ref(r, 1)},${ref(r, 2)}))`;
  return {
    forklaring: "Laget med KS prisverktøy. Prisene er formler (KS.FIKSPRIS, KS.SVARUTPRIS, KS.PRISENDRING) som bruker inndataene i kolonne B.",
    inndata: {
      organisasjon: [inndata(o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn), forklaring("Inndata (gule celler) kan endres: prisene regnes ut på nytt.")],
      kundetype: [inndata(o.kundetype), forklaring("KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …")],
      innbyggere: [inndata(o.innbyggere, FORMAT.heltall), forklaring(o.innbyggerkilde)],
      prismatrise: [tekst(o.matrisenavn), forklaring(o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025.")],
    },
    ekstrakolonner: [],
    pris: (r, rad) => (rad.tjeneste === SVARUT ? `KS.SVARUTPRIS(${volum},${kt})` : `KS.FIKSPRIS(${ref(r, 0)},${innb},${kt}${matriseArg})`),
    endringProsent,
    endringKr: (r, rad) => {
      const [b, c] = [ref(r, 1), ref(r, 2)];
      return rad.type === "grunnfinansiering" ? `IF(${b}="",${c},${c}-${b})` : `IF(${b}="","na.",${c}-${b})`;
    },
    ekstra: () => [],
    sumEndringProsent: endringProsent,
    sumEkstra: () => [],
  };
}

/**
 * Kalkulatoren som ark (arkmodellens kalkulatoroppsett, det samme som arbeidsbokens Kalkulator-ark): inndataceller i
 * B4:B10 og en tabell fra A12 med en linje per kjernelinje og Sum, med formellaget over.
 */
export function kalkulatorark(o: Kalkulatoroppsett): Ruteark {
  return ruteark(kalkulatoroppsett({
    arknavn: `Kalkulator ${o.kundenavn}`, kundenavn: o.kundenavn, volum: o.volum, rader: o.rader, formler: kalkulatorformler(o),
  }));
}

/** Hvor matrisetabellen begynner i et "Prismatrise"-ark. */
export const MATRISESTART = ref(MATRISEOVERSKRIFT, 0);

/**
 * Matrisen og SvarUt-tabellen som redigerbare Excel-tabeller under hverandre (arkmodellens tabeller, de samme som i
 * arbeidsbokens arkene Prismatrise og SvarUt), i nøyaktig det oppsettet tolkPrismatrise leser tilbake.
 */
export function prismatriseark(matrise: Prismatrise, svarut: SvarUtTabell, navn: string): Ruteark {
  const b = new Arkbygger("Prismatrise");
  b.sett(0, 0, tekst(prismatrisetittel(navn), "tittel"));
  b.sett(1, 0, tekst("Endre tallene, merk en celle i tabellen og velg «Bruk prismatrise fra arket» i oppgaveruten. NA = tilbys ikke.", "forklaring"));
  const matrisen = matrisetabell(b, MATRISEOVERSKRIFT, matrise);
  const svarutTittel = omradegrenser(matrisen).tilRad + 2;
  b.sett(svarutTittel, 0, tekst(SVARUTTITTEL, "sum"));
  const svaruten = svaruttabell(b, svarutTittel + 1, svarut);
  return ruteark({
    ...b.bygg(MATRISEBREDDER),
    tabeller: [{ omrade: matrisen, navn: "Prismatrise", stil: "TableStyleMedium2" }, { omrade: svaruten, navn: "SvarUt", stil: "TableStyleLight9" }],
  });
}
