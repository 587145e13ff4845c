import { celleadresse } from "../innlesing/celleadresse";
import type { Decimal } from "./desimal";
import { type Celleproblem, PrisFeil, TabellFeil } from "./feil";
import { KUNDETYPENAVN, type Kundetype, tolkKundetype } from "./kundetype";
import { TALLKRAV, lesArgumenttall, lesCelletall } from "../innlesing/tallkrav";
import { norskTall } from "../visning/tallformat";
import { type Celler, erTomCelle, erTomRad, finnKolonner, sjekkForm, visCelle } from "../innlesing/tabell";

/** Modell 2: fastpris + altinn·pris + forsendelser·pris + svarinn·pris, per kundetype. */
export interface SvarUtPriser {
  fastpris: Decimal;
  altinn: Decimal;
  forsendelse: Decimal;
  svarinn: Decimal;
}

export type SvarUtTabell = Partial<Record<Kundetype, SvarUtPriser>>;

export interface SvarUtVolum {
  altinn: number;
  forsendelser: number;
  svarinn: number;
}

export const SVARUTKOLONNER = {
  kundetype: ["Kundetype"],
  fastpris: ["Fastpris"],
  altinn: ["Altinn-transaksjoner", "Altinn"],
  forsendelse: ["Forsendelser", "Forsendelse"],
  svarinn: ["SvarInn"],
} as const;

/** Tolker SvarUt-tabellen (overskrift + én rad per kundetype) slik Excel gir den. */
export function tolkSvarUtTabell(celler: unknown): SvarUtTabell {
  const problemer: Celleproblem[] = [];
  if (!sjekkForm(celler, problemer)) throw new TabellFeil("SvarUt-tabell", problemer);
  const kol = finnKolonner((celler as Celler)[0], SVARUTKOLONNER, problemer);
  if (problemer.length > 0) throw new TabellFeil("SvarUt-tabell", problemer);
  const tabell: SvarUtTabell = {};
  (celler as Celler).forEach((rad, r) => {
    if (r === 0 || erTomRad(rad)) return;
    let kundetype: Kundetype;
    try {
      if (erTomCelle(rad[kol.kundetype])) throw new PrisFeil("Kundetype mangler.");
      kundetype = tolkKundetype(rad[kol.kundetype], "Kundetype");
    } catch {
      problemer.push({ celle: celleadresse(r, kol.kundetype), melding: `Forventet en kundetype som KOMMUNE, fikk ${visCelle(rad[kol.kundetype])}.` });
      return;
    }
    if (tabell[kundetype]) {
      problemer.push({ celle: celleadresse(r, kol.kundetype), melding: `Kundetypen ${kundetype} står to ganger.` });
      return;
    }
    const les = (k: "fastpris" | "altinn" | "forsendelse" | "svarinn"): Decimal | null => {
      const celle = celleadresse(r, kol[k]);
      const tall = lesCelletall(rad[kol[k]], k === "fastpris" ? TALLKRAV.belop : TALLKRAV.enhetspris, celle, SVARUTKOLONNER[k][0], problemer);
      if (tall === null) problemer.push({ celle, melding: `${SVARUTKOLONNER[k][0]} mangler (skriv 0 for ingen pris).` });
      return tall ?? null;
    };
    const [fastpris, altinn, forsendelse, svarinn] = [les("fastpris"), les("altinn"), les("forsendelse"), les("svarinn")];
    if (fastpris && altinn && forsendelse && svarinn) tabell[kundetype] = { fastpris, altinn, forsendelse, svarinn };
  });
  if (problemer.length === 0 && Object.keys(tabell).length === 0) problemer.push({ celle: "", melding: "SvarUt-tabellen har ingen rader." });
  if (problemer.length > 0) throw new TabellFeil("SvarUt-tabell", problemer);
  return tabell;
}

export function svarUtTabellTilCeller(tabell: SvarUtTabell): (string | number)[][] {
  const rader = (Object.entries(tabell) as [Kundetype, SvarUtPriser][]).map(([k, p]) => [
    k, p.fastpris.toNumber(), p.altinn.toNumber(), p.forsendelse.toNumber(), p.svarinn.toNumber(),
  ]);
  return [Object.values(SVARUTKOLONNER).map((n) => n[0]), ...rader];
}

export function svarUtTabellTilTekstceller(tabell: SvarUtTabell): string[][] {
  const rader = (Object.entries(tabell) as [Kundetype, SvarUtPriser][]).map(([k, p]) => [
    k, norskTall(p.fastpris), norskTall(p.altinn), norskTall(p.forsendelse), norskTall(p.svarinn),
  ]);
  return [Object.values(SVARUTKOLONNER).map((n) => n[0]), ...rader];
}

/** Et årlig volum: et helt, ikke-negativt antall; tomt = 0. */
export function tolkVolum(verdi: unknown, argument: string): number {
  return lesArgumenttall(verdi, TALLKRAV.volum, argument)?.toNumber() ?? 0;
}

/** SvarUts årspris, eksakt og uavrundet. */
export function svarUtPris(tabell: SvarUtTabell, volum: SvarUtVolum, kundetype: Kundetype): Decimal {
  const priser = Object.hasOwn(tabell, kundetype) ? tabell[kundetype] : undefined;
  if (!priser) {
    throw new PrisFeil(`SvarUt-tabellen har ingen priser for kundetypen ${KUNDETYPENAVN[kundetype].toLowerCase()} (${kundetype}).`, "ikke_funnet");
  }
  return priser.fastpris
    .plus(priser.altinn.times(volum.altinn))
    .plus(priser.forsendelse.times(volum.forsendelser))
    .plus(priser.svarinn.times(volum.svarinn));
}
