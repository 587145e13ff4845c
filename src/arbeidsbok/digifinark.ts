/**
 * Det redigerbare arket Digifin: trinntabellen for prosjektavgiftene (samme kolonner som `fikspris digifin --csv`) og
 * medlemskapssatsene per kundetype, og hvor formlene i arket Budsjett finner dem.
 */
import { type Digifintabell, digifinTabellTilCeller, type Kundetype, type Medlemskapssatser, TALLKRAV } from "../core";
import { arkkolonne } from "../ark/adresser";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { FORMAT, satsformat } from "../ark/tallformat";
import { belop, INNBYGGERE } from "../ark/valideringer";

export const DIGIFINARK = "Digifin";
/** Overskriftsraden i trinntabellen, fra 0 (rad 4 i arket). */
const OVERSKRIFTSRAD = 3;

/** Områder over trinnradene (kolonnene A–E) og over medlemskapsradene. */
export interface Digifinoppslag {
  losning: string;
  fra: string;
  til: string;
  fastledd: string;
  variabelledd: string;
  medlemskapKundetype: string;
  medlemskapSats: string;
}

/** Radene (fra 0) til trinnene og medlemskapssatsene. */
function oppsett(tabell: Digifintabell, satser: Medlemskapssatser) {
  const forsteTrinn = OVERSKRIFTSRAD + 1;
  const sisteTrinn = forsteTrinn + tabell.length - 1;
  const medlemskapOverskrift = sisteTrinn + 3;
  const kundetyper = Object.keys(satser) as Kundetype[];
  return { forsteTrinn, sisteTrinn, medlemskapOverskrift, kundetyper };
}

export function digifinoppslag(tabell: Digifintabell, satser: Medlemskapssatser): Digifinoppslag {
  const o = oppsett(tabell, satser);
  const trinn = (k: number) => arkkolonne(DIGIFINARK, k, o.forsteTrinn, o.sisteTrinn);
  const forsteSats = o.medlemskapOverskrift + 1;
  const sisteSats = forsteSats + Math.max(o.kundetyper.length, 1) - 1;
  return {
    losning: trinn(0), fra: trinn(1), til: trinn(2), fastledd: trinn(3), variabelledd: trinn(4),
    medlemskapKundetype: arkkolonne(DIGIFINARK, 0, forsteSats, sisteSats),
    medlemskapSats: arkkolonne(DIGIFINARK, 1, forsteSats, sisteSats),
  };
}

export function digifinark(tabell: Digifintabell, satser: Medlemskapssatser): Ark {
  const o = oppsett(tabell, satser);
  const b = new Arkbygger(DIGIFINARK);
  b.sett(0, 0, tekst("Digifin – prosjektavgifter (engangsbeløp)", "tittel"));
  b.sett(1, 0, tekst(
    "Avgift = fastledd + variabelledd × innbyggere (+ medlemskap × innbyggere), avrundet halvt opp til hele kroner, med innbyggertallet " +
    "det året avgiften betales. Endre tallene i de gule cellene; arket Budsjett følger med.",
    "forklaring",
  ));
  b.sett(2, 0, tekst(
    "Trinnene for en løsning må stå rett etter hverandre, sortert etter «Fra og med innbyggere», og henge sammen fra 0; " +
    "siste trinn har tom «Til og med innbyggere».",
    "forklaring",
  ));
  const [overskrift, ...rader] = digifinTabellTilCeller(tabell);
  b.rad(OVERSKRIFTSRAD, 0, overskrift.map((t) => tekst(String(t), "overskrift")));
  rader.forEach((rad, i) => {
    const [losning, fra, til, fastledd, variabelledd] = rad;
    b.rad(o.forsteTrinn + i, 0, [
      tekst(String(losning)),
      { verdi: fra, format: FORMAT.heltall, stil: "inndata" },
      til === "" ? { stil: "inndata", format: FORMAT.heltall } : { verdi: til, format: FORMAT.heltall, stil: "inndata" },
      { verdi: fastledd, format: FORMAT.kroner, stil: "inndata" },
      { verdi: variabelledd, format: satsformat(Number(variabelledd), 2), stil: "inndata" },
    ]);
  });
  b.sett(o.medlemskapOverskrift - 1, 0, tekst("Medlemskap i Digifin (engangsbeløp per innbygger, tas med når avgiften er «med medlemskap»)"));
  b.rad(o.medlemskapOverskrift, 0, [tekst("Kundetype", "overskrift"), tekst("Per innbygger", "overskrift")]);
  o.kundetyper.forEach((k, i) => {
    b.rad(o.medlemskapOverskrift + 1 + i, 0, [tekst(k), { verdi: satser[k]!.toNumber(), format: satsformat(satser[k]!.toNumber(), 2), stil: "inndata" }]);
  });
  const [fra, siste] = [o.forsteTrinn + 1, o.sisteTrinn + 1];
  b.valider({ omrade: `B${fra}:C${siste}`, ...INNBYGGERE });
  b.valider({ omrade: `D${fra}:E${siste}`, ...belop("Fastledd og variabelledd") });
  if (o.kundetyper.length > 0) {
    b.valider({ omrade: `B${o.medlemskapOverskrift + 2}:B${o.medlemskapOverskrift + 1 + o.kundetyper.length}`, ...belop("Medlemskap per innbygger", TALLKRAV.enhetspris) });
  }
  return b.bygg([26, 22, 22, 14, 26], { rader: OVERSKRIFTSRAD + 1, kolonner: 1 });
}
