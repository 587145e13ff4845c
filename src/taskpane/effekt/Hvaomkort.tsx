import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { type Effektsammendrag, matriseadvarsler } from "../../core";
import type { Analyse } from "./analyse";
import { PARAMETERE } from "./hvaom";
import type { Hvaom } from "./useHvaom";
import type { AktivMatrise } from "../felles/tilstand";
import { useUtsatt } from "../felles/utsatt";
import { Advarselsliste } from "../felles/Advarselsliste";
import { Effektsammendrag as Sammendrag } from "./Effektsammendrag";
import { Hvaomfelt } from "./Hvaomfelt";
import { Hvaomvalg } from "./Hvaomvalg";
import { Kalibrering } from "./Kalibrering";

const useStyles = makeStyles({
  // Ikke et Fluent-Card: et Card klipper innholdet (overflow: hidden), og da ville sammendraget ikke bli stående.
  kort: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4,
  },
  // Sammendraget blir stående i bildet mens glidebryterne under flyttes, også i Excels smale rute.
  fast: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  h: Hvaom;
  analyse: Analyse;
  aktiv: AktivMatrise;
  sammendrag: Effektsammendrag;
}

/** Hva om?: glidebrytere og felt for én tjenestes prisledd som flytter hele rutens matrise med en gang. */
export function Hvaomkort({ h, analyse, aktiv, sammendrag }: Props) {
  const stil = useStyles();
  // Advarslene er en full kontroll av matrisen: de venter til glidebryterne står stille.
  const hvile = useUtsatt(aktiv.matrise, 300);
  const advarsler = useMemo(
    () => (hvile === analyse.start.matrise ? analyse.advarsler : matriseadvarsler(hvile, analyse.kunder)).map((a) => a.melding),
    [hvile, analyse],
  );
  if (h.typer.length === 0) {
    return <section className={stil.kort}><Text>Hva om? gjelder innbyggerprisene for kommuner og fylkeskommuner, og kundelisten har ingen av dem.</Text></section>;
  }
  return (
    <section className={stil.kort} aria-labelledby="hvaom-tittel">
      <Subtitle2 as="h2" id="hvaom-tittel">Hva om?</Subtitle2>
      <div className={stil.fast}>
        <Sammendrag analyse={analyse} sammendrag={sammendrag} tjeneste={h.tjeneste} />
      </div>
      <Hvaomvalg h={h} />
      {h.ledd && h.skalaer && PARAMETERE.map((p) => (
        <Hvaomfelt key={`${h.tjeneste}|${h.kundetype}|${p}`} parameter={p} skala={h.skalaer![p]} ledd={h.ledd!} tekst={h.tekster[p]} feil={h.feil[p]} flytt={h.flytt} skriv={h.skriv} />
      ))}
      <Text size={200} className={stil.forklaring}>Endringene gjelder hele ruten: Kalkulator og Graf regner også med dem.</Text>
      <div><Button onClick={h.tilbakestill}>Tilbakestill hva-om</Button></div>
      <Kalibrering h={h} />
      <Advarselsliste advarsler={advarsler} />
    </section>
  );
}
