import {
  Combobox, Field, Input, Option, Radio, RadioGroup, Select, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  BEFOLKNINGSAR, type Befolkningsar, KUNDETYPENAVN, KUNDETYPER, type Kundetype, ORGANISASJONER, type Organisasjon, sokenokkel,
} from "../../core";
import { heltall } from "../format";
import { type Feltfeil, type Skjema, feltnokkel } from "../skjema";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rad: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "flex-start" },
  bred: { minWidth: "min(260px, 100%)", flexGrow: 1 },
  smal: { width: "180px", maxWidth: "100%" },
  inndata: { width: "100%", minWidth: 0 },
  fakta: { color: tokens.colorNeutralForeground2 },
});

const MAKS_TREFF = 60;
const SOKEINDEKS = ORGANISASJONER.map((o) => ({ org: o, nokkel: sokenokkel(o.navn) }));

/** Matches by number prefix or by accent-insensitive name (prefix matches first). */
export function sokOrganisasjoner(sok: string): Organisasjon[] {
  const tekst = sok.trim();
  if (tekst === "") return ORGANISASJONER.slice(0, MAKS_TREFF);
  if (/^\d+$/.test(tekst)) return ORGANISASJONER.filter((o) => o.nummer.startsWith(tekst) || o.nummer.replace(/^0/, "").startsWith(tekst)).slice(0, MAKS_TREFF);
  const n = sokenokkel(tekst);
  const forst = SOKEINDEKS.filter((i) => i.nokkel.startsWith(n) || i.nokkel.split(" ").some((d) => d.startsWith(n)));
  const ellers = SOKEINDEKS.filter((i) => !forst.includes(i) && i.nokkel.includes(n));
  return [...forst, ...ellers].slice(0, MAKS_TREFF).map((i) => i.org);
}

const visningsnavn = (o: Organisasjon) => `${o.navn} (${o.nummer})`;

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
  innbyggere: number | null;
}

export function Organisasjonsvalg({ skjema, endre, feltfeil, innbyggere }: Props) {
  const stil = useStyles();
  const [sok, setSok] = useState(skjema.organisasjon ? visningsnavn(skjema.organisasjon) : "");
  const treff = useMemo(() => sokOrganisasjoner(sok === (skjema.organisasjon && visningsnavn(skjema.organisasjon)) ? "" : sok), [sok, skjema.organisasjon]);
  const org = skjema.organisasjon;

  return (
    <div className={stil.rot}>
      <RadioGroup
        layout="horizontal"
        aria-label="Hvordan vil du oppgi kunden?"
        value={skjema.modus}
        onChange={(_, d) => endre({ modus: d.value as Skjema["modus"] })}
      >
        <Radio value="organisasjon" label="Kommune eller fylkeskommune" />
        <Radio value="manuell" label="Oppgi kundetype og innbyggertall selv" />
      </RadioGroup>

      {skjema.modus === "organisasjon" ? (
        <>
          <div className={stil.rad}>
            <Field label="Organisasjon" hint="Søk på navn eller kommunenummer, f.eks. «Bodø» eller «1804»." className={stil.bred}>
              <Combobox
                placeholder="Søk etter kommune eller fylkeskommune"
                value={sok}
                selectedOptions={org ? [org.nummer] : []}
                onChange={(e) => setSok(e.target.value)}
                onOptionSelect={(_, d) => {
                  const valgt = ORGANISASJONER.find((o) => o.nummer === d.optionValue) ?? null;
                  if (valgt) {
                    setSok(visningsnavn(valgt));
                    endre({ organisasjon: valgt, overstyrInnbyggere: "" });
                  }
                }}
                onBlur={() => org && sok.trim() === "" ? setSok(visningsnavn(org)) : undefined}
              >
                {treff.map((o) => (
                  <Option key={o.nummer} value={o.nummer} text={visningsnavn(o)}>
                    {visningsnavn(o)} · {KUNDETYPENAVN[o.kundetype].toLowerCase()}
                  </Option>
                ))}
                {treff.length === 0 && <Option disabled value="" text="">Ingen treff på «{sok}»</Option>}
              </Combobox>
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
          <Field
            label="Overstyr innbyggertall (valgfritt)"
            className={stil.smal}
            validationMessage={feltfeil[feltnokkel.overstyr]}
          >
            <Input
              className={stil.inndata}
              inputMode="numeric"
              value={skjema.overstyrInnbyggere}
              onChange={(_, d) => endre({ overstyrInnbyggere: d.value })}
              placeholder={org ? heltall(org.innbyggere[skjema.ar]) : ""}
            />
          </Field>
        </>
      ) : (
        <div className={stil.rad}>
          <Field label="Kundetype" className={stil.bred}>
            <Select value={skjema.kundetype} onChange={(_, d) => endre({ kundetype: d.value as Kundetype })}>
              {KUNDETYPER.map((k) => <option key={k} value={k}>{KUNDETYPENAVN[k]}</option>)}
            </Select>
          </Field>
          <Field label="Innbyggere" className={stil.smal} validationMessage={feltfeil[feltnokkel.innbyggere]} required>
            <Input className={stil.inndata} inputMode="numeric" value={skjema.innbyggere} onChange={(_, d) => endre({ innbyggere: d.value })} placeholder="f.eks. 12 000" />
          </Field>
        </div>
      )}
    </div>
  );
}
