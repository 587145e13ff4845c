import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { KUNDETYPENAVN, KUNDETYPER, type Kundetype, TALLKRAV } from "../../core";
import { tallregel } from "../felles/feltregel";
import { type Feltfeil, type Skjema, feltnokkel } from "../felles/skjema";
import { Organisasjonssok } from "./Organisasjonssok";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rad: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "flex-start" },
  bred: { flex: "1 1 14rem", minWidth: 0 },
  smal: { flex: "0 1 11rem", minWidth: "9rem" },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
  innbyggere: number | null;
}

/** Kunden: en kommune eller fylkeskommune fra SSB-dataene, eller kundetype og innbyggertall skrevet inn. */
export function Organisasjonsvalg({ skjema, endre, feltfeil, innbyggere }: Props) {
  const stil = useStyles();
  return (
    <div className={stil.rot}>
      <RadioGroup aria-label="Hvordan vil du oppgi kunden?" value={skjema.modus} onChange={(_, d) => endre({ modus: d.value as Skjema["modus"] })}>
        <Radio value="organisasjon" label="Kommune eller fylkeskommune" />
        <Radio value="manuell" label="Oppgi kundetype og innbyggertall selv" />
      </RadioGroup>
      {skjema.modus === "organisasjon" ? (
        <Organisasjonssok skjema={skjema} endre={endre} feltfeil={feltfeil} innbyggere={innbyggere} />
      ) : (
        <div className={stil.rad}>
          <Field label="Kundetype" className={stil.bred}>
            <Select value={skjema.kundetype} onChange={(_, d) => endre({ kundetype: d.value as Kundetype })}>
              {KUNDETYPER.map((k) => <option key={k} value={k}>{KUNDETYPENAVN[k]}</option>)}
            </Select>
          </Field>
          <Tallfelt
            etikett="Innbyggere" className={stil.smal} heltall plassholder="f.eks. 12 000"
            verdi={skjema.innbyggere} regel={tallregel(TALLKRAV.innbyggere)} endre={(innbyggere) => endre({ innbyggere })} feil={feltfeil[feltnokkel.innbyggere]}
          />
        </div>
      )}
    </div>
  );
}
