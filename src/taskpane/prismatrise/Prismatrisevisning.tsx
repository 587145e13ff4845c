import { Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { STANDARD_SVARUT, alleKunder, befolkningsarForPrisar, matriseadvarsler } from "../../core";
import { arkadresse } from "../felles/arkoppsett";
import { leddtabell, statligtabell, svaruttabell } from "./matrisevisning";
import { type AktivMatrise, matrisenavn } from "../felles/tilstand";
import { Advarselsliste } from "../felles/Advarselsliste";
import { Matriseredigering } from "./Matriseredigering";
import { Matrisetabell } from "./Matrisetabell";
import { PrismatriseIExcel } from "./PrismatriseIExcel";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  tabeller: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 24rem), 1fr))", gap: tokens.spacingVerticalL },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
}

/** Matrisen i bruk, lesbar i 320 px, redigerbar i ruten, og veien til og fra et ark. */
export function Prismatrisevisning({ aktiv, settAktiv }: Props) {
  const stil = useStyles();
  const k = aktiv.kilde;
  const advarsler = useMemo(
    // Matrisen er laget for kundene på sin befolkningsdato (2025-matrisen: 1.1.2024, der Oslo er referansen).
    () => matriseadvarsler(aktiv.matrise, alleKunder(befolkningsarForPrisar(aktiv.matrise.prisar)))
      .map((a) => `${k.type === "ark" && !aktiv.endret && a.celle ? `${arkadresse(k.adresse, a.celle)}: ` : ""}${a.melding}`),
    [aktiv, k],
  );
  return (
    <div className={stil.rot}>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">{matrisenavn(aktiv)}</Subtitle2>
        <Text size={200} className={stil.forklaring}>
          {k.type === "ark" ? `Lest fra arket ${k.adresse} kl. ${k.lest}.` : "KS DIF, publisert juni 2024."}
          {aktiv.endret ? " Endret i ruten (her eller under Effekt → Hva om?)." : ""} Årlige priser; – = tilbys ikke.
        </Text>
        <Advarselsliste advarsler={advarsler} />
        <div className={stil.tabeller}>
          <Matrisetabell tabell={leddtabell(aktiv.matrise, "KOMMUNE")} linjer />
          <Matrisetabell tabell={leddtabell(aktiv.matrise, "FYLKESKOMMUNE")} linjer />
          <Matrisetabell tabell={statligtabell(aktiv.matrise)} />
          <Matrisetabell tabell={svaruttabell(STANDARD_SVARUT)} />
        </div>
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Endre prismatrisen</Subtitle2>
        <Matriseredigering aktiv={aktiv} settAktiv={settAktiv} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Prismatrisen i Excel</Subtitle2>
        <PrismatriseIExcel aktiv={aktiv} settAktiv={settAktiv} />
      </Card>
    </div>
  );
}
