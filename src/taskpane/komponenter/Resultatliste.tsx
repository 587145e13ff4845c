import { makeStyles } from "@fluentui/react-components";
import type { Visningsrad } from "../beregning";
import { BRED } from "../brytepunkt";
import { kr } from "../format";
import { radceller } from "../naregel";
import { useFortegnsfarge } from "./Nokkeltall";
import { type Toradspost, Toradsliste } from "./Toradsliste";

const useStyles = makeStyles({
  smal: { [BRED]: { display: "none" } },
});

/** Teksten på andre linje: hva kunden betaler i dag, eller hvorfor linjen er spesiell. */
function detalj(rad: Visningsrad): string {
  if (rad.utenfor) return "Rett feltene merket med rødt";
  if (rad.type === "tillegg") return "Ny tjeneste dere vurderer";
  if (rad.type === "utgatt") return `I dag ${kr(rad.eksisterende)}, nå i grunnfinansieringen`;
  if (rad.eksisterende !== null) return `I dag ${kr(rad.eksisterende)}`;
  return rad.type === "grunnfinansiering" ? "Ny fra 2025" : "Pris i dag ikke oppgitt";
}

/** Kalkulatorens svar i en smal rute: to linjer per tjeneste, ny pris og endring alltid i bildet. */
export function Resultatliste({ rader, bildetekst }: { rader: Visningsrad[]; bildetekst: string }) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  const poster = rader.map((rad): Toradspost => {
    const c = radceller(rad);
    const tillegg = rad.type === "tillegg";
    return {
      navn: rad.tjeneste,
      hoved: tillegg ? c[5] : c[2],
      hovedNavn: tillegg ? "Pris" : "Ny pris",
      detalj: detalj(rad),
      endring: tillegg ? "tillegg" : c[3] === "na." ? c[4] : `${c[4]} (${c[3]})`,
      endringNavn: "Endring",
      endringKlasse: farge(rad.endringKr),
    };
  });
  return <Toradsliste poster={poster} navn={bildetekst} className={stil.smal} />;
}
