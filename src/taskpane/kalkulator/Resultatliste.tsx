import { makeStyles } from "@fluentui/react-components";
import type { Visningslinje } from "../../core";
import { BRED } from "../felles/brytepunkt";
import { celle, celleverdi } from "../felles/format";
import { useFortegnsfarge } from "../felles/Nokkeltall";
import { type Toradspost, Toradsliste } from "../felles/Toradsliste";

const useStyles = makeStyles({
  smal: { [BRED]: { display: "none" } },
});

const storForbokstav = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

/** Teksten på andre linje: hva kunden betaler i dag og kjernens merknad om linjen («I dag 80 000 kr, nå i grunnfinansieringen»). */
function detalj(linje: Visningslinje): string {
  const iDag = linje.celler[0].type === "kr" && !linje.utenfor ? `I dag ${celle(linje.celler[0])}` : null;
  return storForbokstav([iDag, linje.merknad].filter((t) => t !== null).join(", "));
}

/** Kalkulatorens svar i en smal rute: to linjer per tjeneste, ny pris og endring alltid i bildet. */
export function Resultatliste({ linjer, bildetekst }: { linjer: Visningslinje[]; bildetekst: string }) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  const poster = linjer.map((linje): Toradspost => {
    const [, ny, endringProsent, endringKr, tillegg] = linje.celler;
    const erTillegg = linje.type === "tillegg";
    // Én «na.» per linje: endringen gjentar den ikke når ny pris heller ikke kan beregnes (grunnen står i detaljen).
    const endring = erTillegg ? "tillegg"
      : ny.type === "na" ? "–"
        : endringProsent.type === "na" ? celle(endringKr) : `${celle(endringKr)} (${celle(endringProsent)})`;
    return {
      navn: linje.tjeneste,
      hoved: celle(erTillegg ? tillegg : ny),
      hovedNavn: erTillegg ? "Pris" : "Ny pris",
      detalj: detalj(linje),
      endring,
      endringNavn: "Endring",
      endringKlasse: farge(celleverdi(endringKr)),
    };
  });
  return <Toradsliste poster={poster} navn={bildetekst} className={stil.smal} />;
}
