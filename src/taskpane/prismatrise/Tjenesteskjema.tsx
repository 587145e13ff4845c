import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { TabellFeil, prismatriseTilTekstceller, tolkPrismatrise } from "../../core";
import { tolkOmrade } from "../felles/arkoppsett";
import { matriseregel } from "./matriseregel";
import { type AktivMatrise, endretMatrise } from "../felles/tilstand";
import { Feltgruppe } from "../felles/Feltgruppe";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  felt: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))", gap: tokens.spacingHorizontalM },
});

/** Kolonnene som kan endres (1–7 i matriseoppsettet) i tre grupper; etikettene er arkets kolonneoverskrifter. */
const GRUPPER = [
  { tittel: "Kommuner", kolonner: [1, 2, 3] },
  { tittel: "Fylkeskommuner", kolonner: [4, 5, 6] },
  { tittel: "Statlige virksomheter", kolonner: [7] },
];

interface Props {
  tjeneste: string;
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
}

/** Én tjenestes celler som tekst; «Bruk» leser hele matrisen tilbake gjennom kjernen, som om den var skrevet i et ark. */
export function Tjenesteskjema({ tjeneste, aktiv, settAktiv }: Props) {
  const stil = useStyles();
  const celler = prismatriseTilTekstceller(aktiv.matrise);
  const r = celler.findIndex((rad) => rad[0] === tjeneste);
  const [start, setStart] = useState(() => celler[r].map((c) => (c === "NA" ? "" : c)));
  const [tekster, setTekster] = useState(start);
  const [feil, setFeil] = useState<Record<number, string>>({});
  const [melding, setMelding] = useState<{ ok: boolean; tekst: string } | null>(null);

  const bruk = () => {
    // Et felt som avviste det som ble skrevet, har beholdt verdien sin (feltregelen): da kan det være ingenting å bruke.
    if (tekster.every((t, i) => t === start[i])) {
      setMelding({ ok: false, tekst: `Ingenting er endret i ${tjeneste}.` });
      return;
    }
    const nye = celler.map((rad, i) => (i === r ? [rad[0], ...tekster.slice(1)] : rad));
    try {
      settAktiv(endretMatrise(aktiv, tolkPrismatrise(nye)));
      setFeil({});
      setStart(tekster);
      setMelding({ ok: true, tekst: `Endringen i ${tjeneste} er i bruk i alle fanene.` });
    } catch (e) {
      if (!(e instanceof TabellFeil)) throw e;
      setFeil(Object.fromEntries(e.problemer.map((p) => [p.celle ? tolkOmrade(p.celle).kolonne : 0, p.melding])));
      setMelding({ ok: false, tekst: `${tjeneste} er ikke endret: rett feltene merket med rødt.` });
    }
  };

  return (
    <div className={stil.rot}>
      <Text size={200}>Beløp i kroner, størrelsesjustering i prosent. La alle tre feltene for en kundetype stå tomme når tjenesten ikke tilbys til den; skriv 0 for et ledd uten pris.</Text>
      {GRUPPER.map((g) => (
        <Feltgruppe key={g.tittel} tittel={g.tittel}>
          <div className={stil.felt}>
            {g.kolonner.map((k) => (
              <Tallfelt key={k} etikett={celler[0][k]} verdi={tekster[k]} regel={matriseregel(k)} feil={feil[k]} endre={(t) => setTekster((naa) => naa.map((x, i) => (i === k ? t : x)))} />
            ))}
          </div>
        </Feltgruppe>
      ))}
      <div><Button appearance="primary" onClick={bruk}>Bruk endringen</Button></div>
      {melding && (
        <MessageBar intent={melding.ok ? "success" : "error"} role={melding.ok ? "status" : "alert"}>
          <MessageBarBody>{melding.tekst}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
