import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { BANDTABELLKOLONNER, type Bandtabell as Tabell, type Effektsammendrag, andelstekst, bandtabeller } from "../../core";
import { heltall, prosent } from "../felles/format";
import { useTabellstil } from "../felles/tabellstil";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 300px), 1fr))", gap: tokens.spacingHorizontalL },
});

/** Kjernens båndtabell (bandtabell.ts) som HTML: bånd, intervall, antall og andel; «Uten grunnlag» og «Sum» etter kjernens regel. */
function Bandtabell({ tabell }: { tabell: Tabell }) {
  const stil = useTabellstil();
  const andel = (a: Tabell["sum"]["andel"]) => andelstekst(a, (brok) => prosent(brok.times(100)));
  return (
    <table className={stil.tabell}>
      <caption>{tabell.tittel}</caption>
      <thead><tr>{BANDTABELLKOLONNER.map((k, i) => <th key={k} scope="col" data-tall={i > 1 || undefined}>{k}</th>)}</tr></thead>
      <tbody>
        {tabell.rader.map((r) => (
          <tr key={r.navn} className={r.andel.type === "na" ? stil.na : undefined}>
            {/* Harde mellomrom: «under 0 %» og «over 40 000–100 000 kr» brytes bare ved tankestreken. */}
            <td>{r.navn}</td><td>{r.etikett.replace(/ /g, "\u00a0")}</td><td data-tall>{heltall(r.antall)}</td>
            <td data-tall title={r.andel.type === "na" ? r.andel.grunn : undefined}>{andel(r.andel)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className={stil.sum}><td>{tabell.sum.navn}</td><td /><td data-tall>{heltall(tabell.sum.antall)}</td><td data-tall>{andel(tabell.sum.andel)}</td></tr>
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
            {bandtabeller(enhet === "prosent" ? sammendrag.prosentfordeling : sammendrag.kronefordeling, enhet).map((t) => <Bandtabell key={t.kundetype} tabell={t} />)}
          </div>
        </section>
      ))}
    </div>
  );
});
