import { makeStyles, tokens } from "@fluentui/react-components";
import type { Befolkningsar, Folketall } from "../../core";
import { lagAnalyse, standardSammenligning } from "./analyse";
import { type Effekttilstand, valgtKilde } from "./minne";
import type { AktivMatrise } from "../felles/tilstand";
import { Effektkunder } from "./Effektkunder";
import { Effektresultat } from "./Effektresultat";
import { Feilliste } from "../felles/Feilliste";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

interface Props {
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
  /** Befolkningsåret og en innlest folketallsfil, delt med Kalkulatoren (skjemaet). */
  ar: Befolkningsar;
  folketall: Folketall | null;
  velgAr: (ar: Befolkningsar) => void;
  tilstand: Effekttilstand;
}

/** Effekt-fanen: kundene, så analysen for matrisen i bruk (regnet ut straks, husket av appen). */
export function Effekt({ aktiv, settAktiv, ar, folketall, velgAr, tilstand }: Props) {
  const stil = useStyles();
  const { valg, settValg, minne } = tilstand;
  const kilde = valgtKilde(valg);
  const sammenligning = valg.sammenligning === "standard" || (valg.sammenligning === "dagens_pris" && kilde?.type === "ark")
    ? valg.sammenligning
    : kilde ? standardSammenligning(kilde) : "standard";
  const befolkning = { ar, folketall };
  const svar = kilde ? minne.hent(kilde, aktiv, befolkning, sammenligning, lagAnalyse) : null;

  return (
    <div className={stil.rot}>
      <Effektkunder valg={valg} settValg={settValg} sammenligning={sammenligning} matrise={aktiv.matrise} befolkning={befolkning} velgAr={velgAr} />
      {svar?.type === "feil" && <Feilliste tittel={svar.tittel} liste={svar.liste} />}
      {svar?.type === "ok" && (
        <Effektresultat analyse={svar.analyse} aktiv={aktiv} settAktiv={settAktiv} hvaom={tilstand.hvaom} sendHvaom={tilstand.sendHvaom} />
      )}
    </div>
  );
}
