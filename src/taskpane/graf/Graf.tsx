import { Card, MessageBar, MessageBarBody, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useKalkulatorsvar } from "../felles/beregning";
import { heltall } from "../felles/format";
import {
  aksedesimaler, aksekroner, grafdata, kroner, kronerPerInnbygger, perInnbyggerserier, prisserier,
} from "./grafdata";
import type { AktivMatrise } from "../felles/tilstand";
import { Graflinjevalg } from "./Graflinjevalg";
import { Graftabell } from "./Graftabell";
import { Linjediagram } from "./Linjediagram";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
});

/** Pris som funksjon av innbyggertallet for de valgte tjenestene, med matrisen i bruk og kunden markert. */
export function Graf({ aktiv }: { aktiv: AktivMatrise }) {
  const stil = useStyles();
  const { tolket, beregning } = useKalkulatorsvar();
  const kt = tolket.kundetype;
  const modelltype = kt === "KOMMUNE" || kt === "FYLKESKOMMUNE" ? kt : null;
  const navn = useMemo(
    () => (beregning.type === "ok" ? beregning.resultat.rader.filter((r) => r.type !== "utgatt" && r.tjeneste !== "SvarUt").map((r) => r.tjeneste) : []),
    [beregning],
  );
  const data = useMemo(() => (modelltype && navn.length > 0 ? grafdata(aktiv.matrise, modelltype, navn, tolket.innbyggere) : null), [aktiv.matrise, modelltype, navn, tolket.innbyggere]);
  const kunde = tolket.kundenavn ?? "Kunden";
  const serier = useMemo(() => (data ? { pris: prisserier(data, kunde), perInnbygger: perInnbyggerserier(data, kunde) } : null), [data, kunde]);
  // Linjene brukeren har slått av (tjenestenavn, eller sumlinjen); kunden er et punkt på summen og følger den.
  const [skjult, setSkjult] = useState<ReadonlySet<string>>(new Set());
  const [logaritmisk, setLogaritmisk] = useState(false);
  const synlige = useMemo(() => {
    if (!serier) return [];
    const sum = serier.pris[0].navn;
    return serier.pris.filter((s, i) => !skjult.has(i === serier.pris.length - 1 && s.punkt ? sum : s.navn));
  }, [serier, skjult]);

  if (beregning.type !== "ok") {
    return <MessageBar intent={beregning.type === "feil" ? "error" : "info"}><MessageBarBody>{beregning.melding}</MessageBarBody></MessageBar>;
  }
  if (!modelltype || !data || !serier) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Grafen viser pris etter innbyggertall for kommuner og fylkeskommuner med innbyggerprisede tjenester. Andre kundetyper har faste priser.</MessageBarBody>
      </MessageBar>
    );
  }
  const i = data.kundeIndeks;
  const kundeTekst = tolket.innbyggere !== null && i !== null
    ? `${kunde} (${heltall(tolket.innbyggere)} innbyggere) betaler ${kroner(data.total[i])} per år for disse tjenestene, ${kronerPerInnbygger(data.perInnbygger[i] ?? 0)} per innbygger.`
    : "";
  return (
    <div className={stil.rot}>
      <Text>
        {`Pris for ${navn.join(", ")} som funksjon av innbyggertallet, fra 0 til referanseinnbyggertallet ${heltall(data.referanse)} `}
        {`(${modelltype === "KOMMUNE" ? "kommuner" : "fylkeskommuner"}). SvarUt prises etter volum og er ikke med. ${kundeTekst}`}
      </Text>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Årlig pris</Subtitle2>
        <Graflinjevalg serier={serier.pris.filter((s) => !s.punkt)} skjult={skjult} settSkjult={setSkjult} />
        <Switch
          label="Logaritmisk skala (små og store tjenester lesbare samtidig)" checked={logaritmisk}
          onChange={(_, d) => setLogaritmisk(d.checked)}
        />
        <Linjediagram x={data.x} serier={synlige} xEtikett="Innbyggere" yEtikett="kr per år" yFormat={kroner} yAkse={aksekroner}
          logaritmisk={logaritmisk} standardIndeks={i}
          beskrivelse={`Linjediagram: årlig pris etter innbyggertall. ${kundeTekst}`} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Effektiv pris per innbygger</Subtitle2>
        <Linjediagram x={data.x} serier={serier.perInnbygger} xEtikett="Innbyggere" yEtikett="kr per innbygger" yFormat={kronerPerInnbygger}
          yAkse={aksedesimaler} hoyde={240} standardIndeks={i} beskrivelse="Linjediagram: samlet pris delt på innbyggertallet, etter innbyggertall." />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Tallene bak grafen</Subtitle2>
        <Graftabell data={data} innbyggere={tolket.innbyggere} kunde={kunde} />
      </Card>
    </div>
  );
}
