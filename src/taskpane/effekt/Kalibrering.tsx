import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { KUNDETYPENAVN, type Kalibrering as Kalibreringssvar, TALLKRAV, norskTall } from "../../core";
import { tallregel } from "../felles/feltregel";
import { kr } from "../felles/format";
import type { Hvaom } from "./useHvaom";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  rad: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  felt: { flex: "1 1 14rem", minWidth: 0 },
});

/** «Hvilken innbyggerpris dekker denne kostnaden?»: kjernens eksakte kalibrering, tatt i bruk som en hva-om-endring. */
export function Kalibrering({ h }: { h: Hvaom }) {
  const stil = useStyles();
  const hvem = KUNDETYPENAVN[h.kundetype].toLowerCase();
  return (
    <>
      <div className={stil.rad}>
        <Tallfelt
          className={stil.felt} etikett={`Kostnad som skal dekkes for ${h.tjeneste} (kr)`} plassholder="f.eks. 5 000 000"
          hint={`Gir innbyggerprisen for ${hvem} som gjør inntekten lik kostnaden (selvkost).`}
          verdi={h.kostnad} regel={tallregel(TALLKRAV.kostnad)} endre={h.skrivKostnad}
        />
        <Button onClick={h.kalibrer}>Kalibrer</Button>
      </div>
      {h.kalibrering?.type === "feil" && (
        <MessageBar intent="error" role="alert"><MessageBarBody><MessageBarTitle>Kan ikke kalibrere</MessageBarTitle>{h.kalibrering.melding}</MessageBarBody></MessageBar>
      )}
      {h.kalibrering?.type === "ok" && <Kalibreringsmelding k={h.kalibrering.k} />}
    </>
  );
}

function Kalibreringsmelding({ k }: { k: Kalibreringssvar }) {
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Kalibrert: innbyggerpris {norskTall(k.innbyggerpris.toDecimalPlaces(6))} kr</MessageBarTitle>
        Inntekten blir {kr(k.inntekt.eksakt)}, lik kostnaden {kr(k.kostnad)} ({k.antall} {KUNDETYPENAVN[k.kundetype].toLowerCase()}r betaler innbyggerprisen;
        fastpriser {kr(k.fastprisdel)}{k.andreKunder.isZero() ? "" : `, andre kundetyper ${kr(k.andreKunder)}`}).
        Fakturert med avrundede linjer: {kr(k.inntekt.avrundet)}. Innbyggerprisen er avrundet til seks desimaler i visningen; beregningen bruker den eksakte.
      </MessageBarBody>
    </MessageBar>
  );
}
