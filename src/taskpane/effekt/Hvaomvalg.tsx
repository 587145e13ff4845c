import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { KUNDETYPENAVN, type Matrisekundetype } from "../../core";
import type { Hvaom } from "./useHvaom";

const useStyles = makeStyles({
  rot: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))", gap: tokens.spacingHorizontalM },
});

/** Hvilken kundetypes prisledd, for hvilken tjeneste. */
export function Hvaomvalg({ h }: { h: Hvaom }) {
  const stil = useStyles();
  return (
    <div className={stil.rot}>
      <Field label="Kundetype">
        <Select value={h.kundetype} onChange={(_, d) => h.velg(d.value as Matrisekundetype, h.tjeneste)}>
          {h.typer.map((t) => <option key={t} value={t}>{KUNDETYPENAVN[t]}</option>)}
        </Select>
      </Field>
      <Field label="Tjeneste">
        <Select value={h.tjeneste} onChange={(_, d) => h.velg(h.kundetype, d.value)}>
          {h.tjenester.map((t) => <option key={t} value={t}>{t}</option>)}
        </Select>
      </Field>
    </div>
  );
}
