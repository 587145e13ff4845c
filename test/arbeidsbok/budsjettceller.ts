/**
 * Arket Budsjett sammenlignet celle for celle med kjernens plan (beregnBudsjett), etter at en regnemotor har regnet det
 * ut: hver linje, hvert år (årspris, kvartaler i bruk, beløp, K1–K4), årstallet, innbyggertallet og hvor det kommer fra,
 * summene og oversikten «Sum per år». Brukt av budsjettbok.test.ts og budsjettkalender.test.ts.
 */
import { type Budsjett, planinnbyggerkildetekst } from "../../src/core";
import { finnRad, tall } from "./libreoffice";

/** Kolonnene i arket: A tjeneste, B/C oppstart, så sju kolonner per år (Årspris, Kvartaler, Beløp, K1–K4), så Merknad. */
export const arskolonne = (n: number) => 3 + 7 * n;

/** Sammenligner hver utregnet celle i arket Budsjett med kjernens plan; gir én linje per avvik og antall celler sammenlignet. */
export function sammenlign(navn: string, ark: string[][], b: Budsjett): { avvik: string[]; celler: number } {
  const feil: string[] = [];
  let celler = 0;
  const sjekk = (hva: string, fikk: string | undefined, ventet: number | string) => {
    celler += 1;
    if ((typeof ventet === "number" ? tall(fikk) : fikk) !== ventet) feil.push(`${navn}: ${hva}: fikk ${JSON.stringify(fikk)}, ventet ${ventet}`);
  };
  const overskrift = finnRad(ark, "Tjeneste");
  const arsrad = finnRad(ark, "År");
  const linjer = b.ar[0].linjer;
  const merknad = arskolonne(b.antallAr);
  linjer.forEach((l, i) => {
    sjekk(`linje ${i}`, ark[overskrift + 1 + i][0], l.tjeneste + (l.type === "tillegg" ? " (vurderes)" : ""));
    sjekk(`${l.tjeneste}: Merknad`, ark[overskrift + 1 + i][merknad], "");
  });
  const sumrad = ark[overskrift + 1 + linjer.length];
  sjekk("sumraden", sumrad[0], "Sum");
  sjekk("sumradens merknad", sumrad[merknad], "");
  b.ar.forEach((a, n) => {
    const k = arskolonne(n);
    sjekk(`år nr. ${n}`, ark[arsrad][k], a.ar);
    sjekk(`innbyggere ${a.ar}`, ark[arsrad + 1][k], a.innbyggere);
    sjekk(`innbyggertall fra ${a.ar}`, ark[arsrad + 2][k], planinnbyggerkildetekst(a.innbyggerkilde));
    a.linjer.forEach((l, i) => {
      const rad = ark[overskrift + 1 + i];
      sjekk(`${l.tjeneste} ${a.ar} årspris`, rad[k], l.arspris ?? "engangs");
      sjekk(`${l.tjeneste} ${a.ar} kvartaler`, rad[k + 1], l.aktiveKvartaler);
      sjekk(`${l.tjeneste} ${a.ar} beløp`, rad[k + 2], l.belop);
      l.kvartal.forEach((q, j) => sjekk(`${l.tjeneste} ${a.ar}-K${j + 1}`, rad[k + 3 + j], q));
    });
    sjekk(`sum ${a.ar}`, sumrad[k + 2], a.sum);
    a.kvartal.forEach((q, j) => sjekk(`sum ${a.ar}-K${j + 1}`, sumrad[k + 3 + j], q));
    const oversikt = ark[finnRad(ark, "År", arsrad + 1) + 1 + n];
    [a.ar, a.innbyggere, a.sum, ...a.kvartal].forEach((x, j) => sjekk(`oversikten ${a.ar} kolonne ${j}`, oversikt[j], x));
  });
  sjekk("sum for planen", ark[finnRad(ark, "Sum for planen")][2], b.sum);
  return { avvik: feil, celler };
}

/** Avvikene alene (sammenlign). */
export const avvik = (navn: string, ark: string[][], b: Budsjett): string[] => sammenlign(navn, ark, b).avvik;
