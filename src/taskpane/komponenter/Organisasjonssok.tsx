import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BEFOLKNINGSAR, type Befolkningsar, KUNDETYPENAVN, TALLKRAV } from "../../core";
import { tallregel } from "../feltregel";
import { heltall } from "../format";
import { type Feltfeil, type Skjema, feltnokkel } from "../skjema";
import { Organisasjonsboks } from "./Organisasjonsboks";
import { Tallfelt } from "./Tallfelt";

const useStyles = makeStyles({
  rad: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "flex-start" },
  bred: { flex: "1 1 14rem", minWidth: 0 },
  smal: { flex: "0 1 11rem", minWidth: "9rem" },
  overstyr: { width: "13rem", maxWidth: "100%" },
  fakta: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
  innbyggere: number | null;
}

/** Søk på navn eller nummer, befolkningsåret, og et valgfritt overstyrt innbyggertall. */
export function Organisasjonssok({ skjema, endre, feltfeil, innbyggere }: Props) {
  const stil = useStyles();
  const org = skjema.organisasjon;
  return (
    <>
      <div className={stil.rad}>
        <Field label="Organisasjon" hint="Søk på navn eller kommunenummer, f.eks. «Bodø» eller «1804»." className={stil.bred}>
          <Organisasjonsboks valgt={org} velg={(valgt) => endre({ organisasjon: valgt, overstyrInnbyggere: "" })} />
        </Field>
        <Field label="Innbyggertall per 1. januar" className={stil.smal}>
          <Select value={String(skjema.ar)} onChange={(_, d) => endre({ ar: Number(d.value) as Befolkningsar })}>
            {BEFOLKNINGSAR.map((ar) => <option key={ar} value={ar}>{ar}</option>)}
          </Select>
        </Field>
      </div>
      {org && (
        <Text className={stil.fakta} aria-live="polite">
          {KUNDETYPENAVN[org.kundetype]} · {heltall(org.innbyggere[skjema.ar])} innbyggere (SSB, 1. januar {skjema.ar})
          {innbyggere !== null && innbyggere !== org.innbyggere[skjema.ar] ? ` · beregnet med ${heltall(innbyggere)}` : ""}
        </Text>
      )}
      <Tallfelt
        etikett="Overstyr innbyggertall (valgfritt)" className={stil.overstyr} heltall plassholder={org ? heltall(org.innbyggere[skjema.ar]) : ""}
        verdi={skjema.overstyrInnbyggere} regel={tallregel(TALLKRAV.innbyggere)} endre={(overstyrInnbyggere) => endre({ overstyrInnbyggere })} feil={feltfeil[feltnokkel.overstyr]}
      />
    </>
  );
}
