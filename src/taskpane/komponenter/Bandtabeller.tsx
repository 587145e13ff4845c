import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { type Effektsammendrag, type Fordeling, UTEN_GRUNNLAG } from "../../core";
import { bandtittel } from "../effekt/effektark";
import { heltall, prosent } from "../format";
import { useTabellstil } from "./tabellstil";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 300px), 1fr))", gap: tokens.spacingHorizontalL },
});

const KOLONNER = ["Bånd", "Intervall", "Kunder", "Andel"] as const;

/** Radene i en båndtabell: bånd, intervall (kjernens etikett), antall, andel; kunder uten grunnlag sist. */
export function bandrader(f: Fordeling, enhet: "prosent" | "kroner"): string[][] {
  // Harde mellomrom: «under 0 %» og «over 40 000–100 000 kr» brytes bare ved tankestreken.
  const rader = f.band.map((b) => [b.navn, b.etikett.replace(/ /g, "\u00a0"), heltall(b.antall), b.andel === null ? "na." : prosent(b.andel.times(100))]);
  if (f.utenGrunnlag > 0) rader.push([UTEN_GRUNNLAG.navn, UTEN_GRUNNLAG.etikett[enhet], heltall(f.utenGrunnlag), "na."]);
  return rader;
}

function Bandtabell({ fordeling, enhet }: { fordeling: Fordeling; enhet: "prosent" | "kroner" }) {
  const stil = useTabellstil();
  const rader = bandrader(fordeling, enhet);
  return (
    <table className={stil.tabell}>
      <caption>{bandtittel(fordeling, enhet)}</caption>
      <thead><tr>{KOLONNER.map((k, i) => <th key={k} scope="col" data-tall={i > 1 || undefined}>{k}</th>)}</tr></thead>
      <tbody>
        {rader.map((r) => <tr key={r[0]} className={r[3] === "na." ? stil.na : undefined}>{r.map((c, i) => <td key={i} data-tall={i > 1 || undefined}>{c}</td>)}</tr>)}
      </tbody>
      <tfoot>
        <tr className={stil.sum}><td>Sum</td><td /><td data-tall>{heltall(fordeling.antallKunder)}</td><td data-tall>{fordeling.medGrunnlag > 0 ? "100 %" : ""}</td></tr>
      </tfoot>
    </table>
  );
}

/** KS' publiserte tabeller: én per kundetype, etter % og etter kr. Memoisert: tegnes på nytt bare når sammendraget endres. */
export const Bandtabeller = memo(function Bandtabeller({ sammendrag }: { sammendrag: Effektsammendrag }) {
  const stil = useStyles();
  return (
    <div className={stil.rot}>
      {(["prosent", "kroner"] as const).map((enhet) => (
        <section key={enhet} className={stil.rot}>
          <Subtitle2 as="h3">Endring i {enhet}</Subtitle2>
          <div className={stil.rutenett}>
            {(enhet === "prosent" ? sammendrag.prosentfordeling : sammendrag.kronefordeling).map((f) => <Bandtabell key={f.kundetype} fordeling={f} enhet={enhet} />)}
          </div>
        </section>
      ))}
    </div>
  );
});
