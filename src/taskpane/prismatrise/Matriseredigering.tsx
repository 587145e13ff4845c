import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AktivMatrise } from "../felles/tilstand";
import { Tjenesteskjema } from "./Tjenesteskjema";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

interface Props {
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
}

/** Endre matrisen i ruten (i Excel og utenfor): én tjeneste om gangen, kontrollert av kjernens matriseleser. */
export function Matriseredigering({ aktiv, settAktiv }: Props) {
  const stil = useStyles();
  const navn = aktiv.matrise.tjenester.map((t) => t.navn);
  const [valgt, setValgt] = useState(navn[0]);
  const tjeneste = navn.includes(valgt) ? valgt : navn[0];
  return (
    <div className={stil.rot}>
      <Field label="Tjeneste å endre">
        <Select value={tjeneste} onChange={(_, d) => setValgt(d.value)}>
          {navn.map((n) => <option key={n} value={n}>{n}</option>)}
        </Select>
      </Field>
      <Tjenesteskjema key={tjeneste} tjeneste={tjeneste} aktiv={aktiv} settAktiv={settAktiv} />
    </div>
  );
}
