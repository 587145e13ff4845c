import { celleadresse } from "../innlesing/celleadresse";
import { Decimal } from "./desimal";
import { type Celleproblem, PrisFeil, TabellFeil } from "./feil";
import { type Kundetype, tolkKundetype } from "./kundetype";
import { tolkNorskTall } from "../innlesing/norsktall";
import { TALLKRAV, lesCelletall } from "../innlesing/tallkrav";
import { sokenokkel } from "../innlesing/normaliser";
import { norskTall } from "../visning/tallformat";
import { type Celler, erTomRad, finnKolonner, sjekkForm } from "../innlesing/tabell";

/**
 * Modell 3, Digifins prosjektavgift: et engangsbeløp med et fastledd i trinn ("trinn") pluss et ledd per
 * innbygger. Trinnene er lukkede intervaller av hele innbyggertall, så kantene er eksplisitte data:
 * Digihelse "under 5 000" er 0–4 999, og nøyaktig 5 000 innbyggere betaler det øvre fastleddet (40 000).
 */
export interface Digifintrinn {
  losning: string;
  fra: number;
  /** Øvre kant, inkludert; null = ingen øvre kant. */
  til: number | null;
  fastledd: Decimal;
  variabelledd: Decimal;
}

export type Digifintabell = Digifintrinn[];

/** Medlemskap i Digifin, engangsbeløp i kroner per innbygger, per kundetype (kommuner 20, fylkeskommuner 5). */
export type Medlemskapssatser = Partial<Record<Kundetype, Decimal>>;

export const DIGIFINKOLONNER = {
  losning: ["Løsning"],
  fra: ["Fra og med innbyggere", "Fra innbyggere"],
  til: ["Til og med innbyggere", "Til innbyggere"],
  fastledd: ["Fastledd"],
  variabelledd: ["Variabelledd per innbygger", "Variabelledd"],
} as const;

export interface Digifinavgift {
  losning: string;
  fastledd: Decimal;
  variabelledd: Decimal;
  medlemskap: Decimal;
  pris: Decimal;
}

export function tolkDigifintabell(celler: unknown): Digifintabell {
  const problemer: Celleproblem[] = [];
  if (!sjekkForm(celler, problemer)) throw new TabellFeil("Digifin-tabell", problemer);
  const kol = finnKolonner((celler as Celler)[0], DIGIFINKOLONNER, problemer);
  if (problemer.length > 0) throw new TabellFeil("Digifin-tabell", problemer);
  const trinn: Digifintabell = [];
  (celler as Celler).forEach((rad, r) => {
    if (r === 0 || erTomRad(rad)) return;
    const navn = rad[kol.losning];
    if (typeof navn !== "string" || navn.trim() === "") {
      problemer.push({ celle: celleadresse(r, kol.losning), melding: "Navn på løsning mangler." });
      return;
    }
    const heltall = (k: "fra" | "til", tomTillatt: boolean): number | null | undefined => {
      const celle = celleadresse(r, kol[k]);
      const tall = lesCelletall(rad[kol[k]], TALLKRAV.innbyggere, celle, DIGIFINKOLONNER[k][0], problemer);
      if (tall === null && !tomTillatt) problemer.push({ celle, melding: `${DIGIFINKOLONNER[k][0]} mangler: skriv et innbyggertall, f.eks. 5 000.` });
      return tall === null ? (tomTillatt ? null : undefined) : tall?.toNumber();
    };
    const belop = (k: "fastledd" | "variabelledd"): Decimal | undefined => {
      const celle = celleadresse(r, kol[k]);
      const tall = lesCelletall(rad[kol[k]], k === "fastledd" ? TALLKRAV.belop : TALLKRAV.enhetspris, celle, DIGIFINKOLONNER[k][0], problemer);
      if (tall === null) problemer.push({ celle, melding: `${DIGIFINKOLONNER[k][0]} mangler (skriv 0 for ingen).` });
      return tall ?? undefined;
    };
    const fra = heltall("fra", false);
    const til = heltall("til", true);
    const fastledd = belop("fastledd");
    const variabelledd = belop("variabelledd");
    if (fra === undefined || fra === null || til === undefined || !fastledd || !variabelledd) return;
    if (til !== null && til < fra) {
      problemer.push({ celle: celleadresse(r, kol.til), melding: `Til og med (${til}) er mindre enn fra og med (${fra}).` });
      return;
    }
    trinn.push({ losning: navn.trim(), fra, til, fastledd, variabelledd });
  });
  if (problemer.length === 0) sjekkTrinn(trinn, problemer);
  if (problemer.length > 0) throw new TabellFeil("Digifin-tabell", problemer);
  return trinn;
}

/** Hver løsnings trinn må starte på 0, ikke overlappe og ikke ha hull. */
function sjekkTrinn(trinn: Digifintabell, problemer: Celleproblem[]): void {
  const losninger = [...new Set(trinn.map((t) => t.losning))];
  if (losninger.length === 0) problemer.push({ celle: "", melding: "Digifin-tabellen har ingen rader." });
  for (const losning of losninger) {
    const egne = trinn.filter((t) => t.losning === losning).sort((a, b) => a.fra - b.fra);
    let neste = 0;
    for (const t of egne) {
      if (t.fra !== neste) {
        problemer.push({ celle: "", melding: `${losning}: trinnene må henge sammen fra 0; trinnet som starter på ${t.fra} skulle startet på ${neste}.` });
        return;
      }
      if (t.til === null) {
        if (t !== egne[egne.length - 1]) problemer.push({ celle: "", melding: `${losning}: bare det siste trinnet kan mangle øvre grense.` });
        return;
      }
      neste = t.til + 1;
    }
    problemer.push({ celle: "", melding: `${losning}: det siste trinnet må være uten øvre grense (tom «Til og med»).` });
  }
}

export function digifinTabellTilCeller(tabell: Digifintabell): (string | number)[][] {
  return [
    Object.values(DIGIFINKOLONNER).map((n) => n[0]),
    ...tabell.map((t) => [t.losning, t.fra, t.til ?? "", t.fastledd.toNumber(), t.variabelledd.toNumber()]),
  ];
}

export function digifinTabellTilTekstceller(tabell: Digifintabell): string[][] {
  return [
    Object.values(DIGIFINKOLONNER).map((n) => n[0]),
    ...tabell.map((t) => [t.losning, norskTall(new Decimal(t.fra)), t.til === null ? "" : norskTall(new Decimal(t.til)), norskTall(t.fastledd), norskTall(t.variabelledd)]),
  ];
}

export function digifinlosninger(tabell: Digifintabell): string[] {
  return [...new Set(tabell.map((t) => t.losning))];
}

/** Digifin-avgiften for én kunde. Bare kommuner og fylkeskommuner er med i Digifin. */
export function digifinAvgift(
  tabell: Digifintabell,
  satser: Medlemskapssatser,
  innbyggere: number,
  losning: string,
  kundetype: Kundetype,
  medMedlemskap: boolean,
): Digifinavgift {
  if (kundetype !== "KOMMUNE" && kundetype !== "FYLKESKOMMUNE") {
    throw new PrisFeil(`Digifin gjelder kommuner og fylkeskommuner, ikke ${kundetype}.`, "ikke_funnet");
  }
  const nokkel = sokenokkel(losning).replace(/^fiks /, "");
  const egne = tabell.filter((t) => sokenokkel(t.losning).replace(/^fiks /, "") === nokkel);
  if (egne.length === 0) {
    throw new PrisFeil(`Ukjent Digifin-løsning «${losning}». Gyldige: ${digifinlosninger(tabell).join(", ")}.`, "ikke_funnet");
  }
  const trinn = egne.find((t) => innbyggere >= t.fra && (t.til === null || innbyggere <= t.til));
  if (!trinn) throw new PrisFeil(`Ingen trinn i Digifin-tabellen for ${egne[0].losning} dekker ${innbyggere} innbyggere.`, "ikke_funnet");
  const variabelledd = trinn.variabelledd.times(innbyggere);
  const sats = Object.hasOwn(satser, kundetype) ? satser[kundetype] : undefined;
  if (medMedlemskap && !sats) throw new PrisFeil(`Ingen medlemskapssats for ${kundetype}.`, "ikke_funnet");
  const medlemskap = medMedlemskap && sats ? sats.times(innbyggere) : new Decimal(0);
  return {
    losning: trinn.losning,
    fastledd: trinn.fastledd,
    variabelledd,
    medlemskap,
    pris: trinn.fastledd.plus(variabelledd).plus(medlemskap),
  };
}

export function tolkMedlemskapssatser(celler: Celler): Medlemskapssatser {
  const satser: Medlemskapssatser = {};
  for (const rad of celler.slice(1)) {
    const tall = tolkNorskTall(rad[1]);
    // Kundetypen tolkes, så en rad kan aldri skrive til «__proto__» eller en annen arvet egenskap.
    if (tall.type === "tall") satser[tolkKundetype(rad[0], "Kundetype")] = tall.verdi;
  }
  return satser;
}
