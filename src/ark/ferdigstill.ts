/**
 * Gjør en arbeidsbokplan klar til å skrives: formlenes resultater (regn.ts), tall og «na.» til høyre, kolonnebredder
 * fra den lengste viste verdien, brutte overskrifter og merknader med radhøyde fra antall linjer, lange forklaringer
 * over hele tabellbredden, og liggende A4 der tabellen er bred. Skriverne skriver bare det planen sier.
 */
import { omrade, omradegrenser } from "./adresser";
import type { Arbeidsbokplan, Ark, Celle } from "./modell";
import { beregnResultater } from "./regn";
import { lengsteOrd, linjer, tekstbredde, visning } from "./visning";

/** Punkter per tekstlinje i Calibri 11 (Excels standard radhøyde), og i tittelens 14 punkter. */
const LINJEHOYDE = 15;
const TITTELHOYDE = 19;
/** Breddeenheter rundt teksten i en celle (marger og kantlinje). */
const LUFT = 2;
/**
 * Breddeenheter før arket skrives ut liggende: en stående A4-side (marger på 1,27 cm) har plass til om lag 100; opp til
 * 130 krymper tilpasningen til sidebredden teksten høyst til drøyt tre firedeler, og stående gir færre sider.
 */
const STAENDE_BREDDE = 130;

const erTekst = (c: Celle) => typeof (c.formel !== undefined ? c.resultat : c.verdi) === "string";
const fet = (c: Celle) => c.stil === "overskrift" || c.stil === "sum" || c.stil === "tittel";
/** Tekst som får flyte inn i de tomme cellene ved siden av: titler og forklaringer. */
const flyter = (c: Celle) => (c.stil === "tittel" || c.stil === "forklaring") && erTekst(c);

function justering(ark: Ark): void {
  for (const rad of ark.rader) {
    for (const c of rad) {
      if (!c || c.justering) continue;
      const tallformat = c.format !== undefined && c.format !== "@" && c.format !== "General";
      if ((tallformat && c.stil !== "overskrift") || c.verdi === "na.") c.justering = "hoyre";
    }
  }
}

/**
 * En forklaring alene i kolonne A som er bredere enn kolonnen, brytes over hele tabellbredden (sammenslått), så den
 * verken kuttes på utskriften eller går ut over siste kolonne.
 */
function lange(ark: Ark, antallKolonner: number): void {
  const sammenslatt = new Set(ark.sammenslatt.map((o) => omradegrenser(o).fraRad));
  ark.rader.forEach((rad, r) => {
    const [forste, ...resten] = rad;
    if (!forste || resten.some((c) => c) || !erTekst(forste) || forste.stil === "tittel" || sammenslatt.has(r)) return;
    if (antallKolonner > 1) ark.sammenslatt.push(omrade(r, 0, r, antallKolonner - 1));
    forste.bryt = true;
  });
}

function bredder(ark: Ark, antallKolonner: number): number[] {
  const behov = Array.from({ length: antallKolonner }, (_, k) => ark.kolonnebredder[k] ?? 10);
  const iSammenslatt = new Set(ark.sammenslatt.flatMap((o) => {
    const g = omradegrenser(o);
    return [`${g.fraRad}:${g.fraKolonne}`];
  }));
  ark.rader.forEach((rad, r) => rad.forEach((c, k) => {
    if (!c || iSammenslatt.has(`${r}:${k}`) || flyter(c)) return;
    // Tekst til slutt i en kort rad (ved inndataene over tabellen) flyter inn i de tomme cellene til høyre.
    const sist = rad.slice(k + 1).every((x) => !x) && k + 1 < antallKolonner - 1;
    if (sist && c.formel === undefined && erTekst(c) && c.stil === undefined) return;
    const tekst = visning(c);
    const b = c.bryt || c.stil === "overskrift" ? lengsteOrd(tekst, fet(c)) : tekstbredde(tekst, fet(c));
    behov[k] = Math.max(behov[k], Math.ceil(b + LUFT));
  }));
  return behov;
}

function hoyder(ark: Ark): (number | null)[] {
  const spenn = new Map(ark.sammenslatt.map((o) => {
    const g = omradegrenser(o);
    return [`${g.fraRad}:${g.fraKolonne}`, g] as const;
  }));
  const bredde = (r: number, k: number) => {
    const g = spenn.get(`${r}:${k}`);
    const [fra, til] = g ? [g.fraKolonne, g.tilKolonne] : [k, k];
    let b = 0;
    for (let j = fra; j <= til; j++) b += ark.kolonnebredder[j];
    return b - LUFT;
  };
  return ark.rader.map((rad, r) => {
    let hoyde: number | null = null;
    rad.forEach((c, k) => {
      if (!c) return;
      if (c.stil === "tittel") hoyde = Math.max(hoyde ?? 0, TITTELHOYDE);
      if (!c.bryt && c.stil !== "overskrift") return;
      const n = linjer(visning(c), bredde(r, k), fet(c));
      if (n > 1) hoyde = Math.max(hoyde ?? 0, n * LINJEHOYDE);
    });
    return hoyde;
  });
}

/** Regner ut formlene og legger oppsettet inn i planen (endrer den og gir den tilbake). */
export function ferdigstill(plan: Arbeidsbokplan): Arbeidsbokplan {
  beregnResultater(plan);
  for (const ark of plan.ark) {
    const antallKolonner = Math.max(1, ...ark.rader.map((r) => r.length));
    justering(ark);
    lange(ark, antallKolonner);
    ark.kolonnebredder = bredder(ark, antallKolonner);
    ark.radhoyder = hoyder(ark);
    ark.utskrift.liggende = ark.kolonnebredder.reduce((s, b) => s + b, 0) > STAENDE_BREDDE;
  }
  return plan;
}
