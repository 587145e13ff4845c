import { Field, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type Folketall, KUNDETYPENAVN, SISTE_BEFOLKNINGSAR, STANDARD_BEFOLKNINGSAR, TALLKRAV } from "../../core";
import { Befolkningsarvalg, folketallskilde } from "../felles/Befolkningsarvalg";
import { tallregel } from "../felles/feltregel";
import { heltall } from "../felles/format";
import { type Feltfeil, type Skjema, feltnokkel, medSkjemaetsFolketall } from "../felles/skjema";
import { Folketallsfil } from "./Folketallsfil";
import { Organisasjonsboks } from "./Organisasjonsboks";
import { Tallfelt } from "../felles/Tallfelt";

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

/**
 * Søk på navn eller nummer, befolkningsåret (standard det siste, med KS' publiserte 2025-tabell ett klikk unna), og et
 * valgfritt overstyrt innbyggertall.
 */
export function Organisasjonssok({ skjema, endre, feltfeil, innbyggere }: Props) {
  const stil = useStyles();
  const org = skjema.organisasjon && medSkjemaetsFolketall(skjema.organisasjon, skjema);
  // En ny fil velger sitt siste år; uten filen går et år bare filen hadde, tilbake til det siste som følger med.
  const brukFil = (folketall: Folketall | null) =>
    endre(folketall ? { folketall, ar: Math.max(...folketall.ar) } : { folketall: null, ...(skjema.ar > SISTE_BEFOLKNINGSAR ? { ar: SISTE_BEFOLKNINGSAR } : {}) });
  const kilde = folketallskilde(skjema.ar, skjema.folketall);
  return (
    <>
      <div className={stil.rad}>
        <Field label="Organisasjon" hint="Søk på navn eller kommunenummer, f.eks. «Bodø» eller «1804»." className={stil.bred}>
          <Organisasjonsboks valgt={org} velg={(valgt) => endre({ organisasjon: valgt, overstyrInnbyggere: "" })} />
        </Field>
        <Befolkningsarvalg ar={skjema.ar} folketall={skjema.folketall} velg={(ar) => endre({ ar })} className={stil.smal} />
      </div>
      {skjema.ar !== STANDARD_BEFOLKNINGSAR && (
        <Link as="button" inline={false} onClick={() => endre({ ar: STANDARD_BEFOLKNINGSAR })}>
          Som KS&apos; publiserte tabell for 2025 (innbyggere 1.1.{STANDARD_BEFOLKNINGSAR})
        </Link>
      )}
      {org && (
        <Text className={stil.fakta} aria-live="polite">
          {KUNDETYPENAVN[org.kundetype]} · {heltall(org.innbyggere[skjema.ar])} innbyggere ({kilde}, 1. januar {skjema.ar})
          {innbyggere !== null && innbyggere !== org.innbyggere[skjema.ar] ? ` · beregnet med ${heltall(innbyggere)}` : ""}
        </Text>
      )}
      <Folketallsfil folketall={skjema.folketall} bruk={brukFil} />
      <Tallfelt
        etikett="Overstyr innbyggertall (valgfritt)" className={stil.overstyr} heltall plassholder={org ? heltall(org.innbyggere[skjema.ar]) : ""}
        verdi={skjema.overstyrInnbyggere} regel={tallregel(TALLKRAV.innbyggere)} endre={(overstyrInnbyggere) => endre({ overstyrInnbyggere })} feil={feltfeil[feltnokkel.overstyr]}
      />
    </>
  );
}
