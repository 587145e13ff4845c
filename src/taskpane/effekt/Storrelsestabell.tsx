import { makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useMemo } from "react";
import { KUNDETYPENAVN, type Effektsammendrag, NA } from "../../core";
import type { Analyse } from "./analyse";
import { type Storrelsesrad as Rad, storrelsesfordeling } from "./storrelse";
import { antall, kr, krDesimaler } from "../felles/format";
import { useTabellstil } from "../felles/tabellstil";

const useStyles = makeStyles({
  rot: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))", gap: tokens.spacingHorizontalL },
  antall: { display: "block", color: tokens.colorNeutralForeground2 },
});

interface Props {
  analyse: Analyse;
  sammendrag: Effektsammendrag;
  /** Vis snittendringen (matrisen avviker fra grunnlaget). */
  medEndring: boolean;
}

function Storrelsesrad({ rad, medEndring, tillegg }: { rad: Rad; medEndring: boolean; tillegg?: string }) {
  const stil = useStyles();
  return (
    <tr>
      <th scope="row">{rad.etikett}<span className={stil.antall}>{antall(rad.antall, "kunde", "kunder")}{tillegg ? `, ${tillegg}` : ""}</span></th>
      <td data-tall>{rad.perInnbygger === null ? NA : krDesimaler(rad.perInnbygger, 2)}</td>
      <td data-tall>{medEndring ? (rad.endring === null ? NA : kr(rad.endring)) : kr(rad.snitt)}</td>
    </tr>
  );
}

/** Pris per innbygger og snittendringen, per kundetype og størrelse: nyttig før noen hva-om-endring. */
export function Storrelsestabell({ analyse, sammendrag, medEndring }: Props) {
  const stil = useStyles();
  const tabell = useTabellstil();
  // Lavere prioritet enn glidebryterne: hver kundes linjer bygges for denne tabellen.
  const utsatt = useDeferredValue(sammendrag);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- sektoren (som kan endres) har flyttet seg når sammendraget er nytt
  const fordeling = useMemo(() => storrelsesfordeling(analyse.sektor.kunderesultater()), [analyse, utsatt]);
  return (
    <div className={stil.rot}>
      {fordeling.map(({ kundetype, rader, alle }) => (
        <table key={kundetype} className={tabell.tabell}>
          <caption>{KUNDETYPENAVN[kundetype]}</caption>
          <thead>
            <tr>
              <th scope="col">Innbyggere</th>
              <th scope="col" data-tall>Kr per innb.</th>
              <th scope="col" data-tall>{medEndring ? "Endring per kunde" : "Snitt per kunde"}</th>
            </tr>
          </thead>
          <tbody>
            {rader.map((r) => <Storrelsesrad key={r.etikett} rad={r} medEndring={medEndring} />)}
          </tbody>
          <tfoot className={tabell.sum}>
            <Storrelsesrad rad={alle} medEndring={medEndring} tillegg={`${kr(alle.total)} i alt`} />
          </tfoot>
        </table>
      ))}
    </div>
  );
}
