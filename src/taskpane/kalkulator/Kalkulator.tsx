import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useKalkulatorsvar } from "../felles/beregning";
import { TO_SPALTER } from "../felles/brytepunkt";
import type { Skjema } from "../felles/skjema";
import type { AktivMatrise } from "../felles/tilstand";
import { Kalkulatorresultat } from "./Kalkulatorresultat";
import { Kort } from "../felles/Kort";
import { Organisasjonsvalg } from "./Organisasjonsvalg";
import { Sammendragslinje, useKalkulatortall } from "../felles/Sammendragslinje";
import { Tjenestevalg } from "./Tjenestevalg";

const useStyles = makeStyles({
  rot: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL,
    [TO_SPALTER]: { display: "grid", gridTemplateColumns: "minmax(20rem, 26rem) minmax(0, 1fr)", alignItems: "start" },
  },
  skjema: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  aktiv: AktivMatrise;
}

/** Kalkulatoren: kunden og tjenestene, så svaret (ved siden av skjemaet når ruten er bred). */
export function Kalkulator({ skjema, endre, aktiv }: Props) {
  const stil = useStyles();
  const { tolket, beregning } = useKalkulatorsvar();
  const sammendrag = useKalkulatortall();
  return (
    <div className={stil.rot}>
      <div className={stil.skjema}>
        <Kort className={stil.kort}>
          <Subtitle2 as="h2">Kunde</Subtitle2>
          <Organisasjonsvalg skjema={skjema} endre={endre} feltfeil={tolket.feltfeil} innbyggere={tolket.innbyggere} />
        </Kort>
        <Kort className={stil.kort}>
          <Subtitle2 as="h2">Tjenester</Subtitle2>
          <Tjenestevalg skjema={skjema} endre={endre} feltfeil={tolket.feltfeil} matrise={aktiv.matrise} kundetype={tolket.kundetype} />
        </Kort>
      </div>
      {beregning.type === "ok" && <Sammendragslinje navn="Sammendrag mens du skriver" tall={sammendrag(beregning.resultat.sum)} />}
      <Kalkulatorresultat skjema={skjema} tolket={tolket} beregning={beregning} aktiv={aktiv} />
    </div>
  );
}
