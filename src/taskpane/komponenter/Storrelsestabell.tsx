import { makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useMemo } from "react";
import { KUNDETYPENAVN, type Effektsammendrag } from "../../core";
import type { Analyse } from "../effekt/analyse";
import { storrelsesfordeling } from "../effekt/storrelse";
import { antall, kr, krDesimaler } from "../format";
import { useTabellstil } from "./tabellstil";

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
      {fordeling.map(({ kundetype, rader }) => (
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
            {rader.map((r) => (
              <tr key={r.etikett}>
                <th scope="row">{r.etikett}<span className={stil.antall}>{antall(r.antall, "kunde", "kunder")}</span></th>
                <td data-tall>{r.perInnbygger === null ? "na." : krDesimaler(r.perInnbygger, 2)}</td>
                <td data-tall>{medEndring ? (r.endring === null ? "na." : kr(r.endring)) : kr(r.snitt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
