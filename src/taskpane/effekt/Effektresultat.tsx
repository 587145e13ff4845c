import { Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { type Analyse, likStandard } from "./analyse";
import type { Hvaomhandling, Hvaomtilstand } from "./hvaom";
import { useHvaom } from "./useHvaom";
import type { AktivMatrise } from "../felles/tilstand";
import { Bandtabeller } from "./Bandtabeller";
import { Fordeling } from "./Fordeling";
import { Hvaomkort } from "./Hvaomkort";
import { Inntektsliste } from "./Inntektsliste";
import { SettInnEffekt } from "./SettInnEffekt";
import { Storrelsestabell } from "./Storrelsestabell";

const useStyles = makeStyles({
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  analyse: Analyse;
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
  hvaom: Hvaomtilstand;
  sendHvaom: (h: Hvaomhandling) => void;
}

/**
 * Resultatene for matrisen i bruk: hva-om (med sammendraget i bildet), pris per kundetype og størrelse, endringen mot
 * grunnlaget når det finnes en, båndtabellene, inntekt per tjeneste og «Sett inn i arket».
 */
export function Effektresultat({ analyse, aktiv, settAktiv, hvaom, sendHvaom }: Props) {
  const stil = useStyles();
  const h = useHvaom({ analyse, aktiv, settAktiv, tilstand: hvaom, send: sendHvaom });
  // Sektoren kan endres: aktiv.matrise er matrisen dens, en ny etter hver hva-om-endring, så den er nøkkelen for sammendraget.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- se over
  const sammendrag = useMemo(() => analyse.sektor.sammendrag(), [analyse, aktiv.matrise]);
  const harEndring = useMemo(() => analyse.sammenligning === "dagens_pris" || !likStandard(aktiv.matrise), [analyse, aktiv.matrise]);

  return (
    <>
      <Hvaomkort h={h} analyse={analyse} aktiv={aktiv} sammendrag={sammendrag} />
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Pris etter kundetype og størrelse</Subtitle2>
        <Storrelsestabell analyse={analyse} sammendrag={sammendrag} medEndring={harEndring} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Fordeling av endringen</Subtitle2>
        {harEndring ? <Fordeling sammendrag={sammendrag} /> : (
          <Text className={stil.forklaring}>
            Prismatrisen i bruk er lik standard prismatrise 2025, så ingen kunde får endret pris. Flytt en glidebryter under «Hva om?», eller endre
            prismatrisen, så vises fordelingen av endringen her.
          </Text>
        )}
      </Card>
      {harEndring && (
        <Card className={stil.kort}>
          <Subtitle2 as="h2">Bånd per kundetype</Subtitle2>
          <Bandtabeller sammendrag={sammendrag} />
        </Card>
      )}
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Inntekt per tjeneste</Subtitle2>
        <Inntektsliste sammendrag={sammendrag} standard={harEndring ? analyse.standardinntekt : null} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Til Excel</Subtitle2>
        <SettInnEffekt analyse={analyse} aktiv={aktiv} />
      </Card>
    </>
  );
}
