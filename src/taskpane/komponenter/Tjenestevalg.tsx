import { Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MIN_KOMMUNE, type Kundetype, type Prismatrise, SVARUT } from "../../core";
import { type Feltfeil, type Skjema, brukbareTjenester, bruktValg, erVurdert, feltnokkel, ikkeTilbudt, nyeTjenester } from "../skjema";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  liste: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: "none" },
  rad: {
    display: "grid",
    gridTemplateColumns: "minmax(150px, 340px) minmax(110px, 170px)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    minHeight: "36px",
  },
  volum: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, paddingLeft: tokens.spacingHorizontalXXL },
  volumfelt: { width: "150px" },
  inndata: { width: "100%", minWidth: 0 },
  merknad: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginBottom: tokens.spacingVerticalS, padding: 0 },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
  matrise: Prismatrise;
  kundetype: Kundetype | null;
}

export function Tjenestevalg({ skjema, endre, feltfeil, matrise, kundetype }: Props) {
  const stil = useStyles();
  const alle = brukbareTjenester(matrise);
  const mulig = (navn: string) => (kundetype ? ikkeTilbudt(matrise, navn, kundetype) : null) === null;
  const valgbare = alle.filter(mulig);
  const antallValgt = valgbare.filter((n) => bruktValg(skjema, n).valgt).length;
  const brukt = (navn: string) => bruktValg(skjema, navn);
  const settBrukt = (navn: string, endring: Partial<{ valgt: boolean; eksisterende: string }>) =>
    endre({ brukte: { ...skjema.brukte, [navn]: { ...brukt(navn), ...endring } } });
  const velgAlle = (valgt: boolean) =>
    endre({ brukte: Object.fromEntries(alle.map((n) => [n, { ...brukt(n), valgt: valgt && mulig(n) }])) });
  const svarutAktiv = (brukt(SVARUT).valgt || skjema.vurder[SVARUT]) && mulig(SVARUT);
  const nye = nyeTjenester(matrise).filter((n) => !brukt(n).valgt);

  return (
    <div className={stil.rot}>
      <fieldset className={stil.liste}>
        <legend className={stil.legend}>Tjenester dere bruker i dag</legend>
        <Checkbox
          label="Velg alt"
          checked={antallValgt === 0 ? false : antallValgt === valgbare.length ? true : "mixed"}
          onChange={(_, d) => velgAlle(d.checked === true)}
        />
        {alle.map((navn) => {
          const grunn = kundetype ? ikkeTilbudt(matrise, navn, kundetype) : null;
          const valg = brukt(navn);
          const feil = feltfeil[feltnokkel.eksisterende(navn)];
          return (
            <div key={navn} className={stil.rad}>
              <Checkbox
                label={navn === MIN_KOMMUNE ? `${navn} (utgått, inngår i grunnfinansieringen)` : navn}
                checked={valg.valgt && grunn === null}
                disabled={grunn !== null}
                title={grunn ?? undefined}
                onChange={(_, d) => settBrukt(navn, { valgt: d.checked === true })}
              />
              {valg.valgt && grunn === null ? (
                <Field validationMessage={feil} validationState={feil ? "error" : "none"}>
                  <Input
                    className={stil.inndata}
                    aria-label={`Eksisterende pris for ${navn}`}
                    placeholder="Eksisterende pris"
                    inputMode="decimal"
                    contentAfter="kr"
                    value={valg.eksisterende}
                    onChange={(_, d) => settBrukt(navn, { eksisterende: d.value })}
                  />
                </Field>
              ) : grunn !== null ? (
                <Text size={200} className={stil.merknad}>Tilbys ikke til denne kundetypen</Text>
              ) : <span />}
            </div>
          );
        })}
      </fieldset>
      <Text size={200} className={stil.merknad}>
        Grunnfinansiering tas med automatisk for kommuner og fylkeskommuner. «Eksisterende pris» er det dere betaler i dag
        (fra fjorårets fakturaer); la feltet stå tomt hvis dere ikke vet.
      </Text>

      {svarutAktiv && (
        <fieldset className={stil.liste}>
          <legend className={stil.legend}>SvarUt: antall per år</legend>
          <div className={stil.volum}>
            {([["altinn", "Altinn-transaksjoner"], ["forsendelser", "Forsendelser"], ["svarinn", "SvarInn"]] as const).map(([felt, etikett]) => (
              <Field key={felt} label={etikett} className={stil.volumfelt} validationMessage={feltfeil[feltnokkel.volum(felt)]}>
                <Input
                  className={stil.inndata}
                  inputMode="numeric"
                  value={skjema.volum[felt]}
                  placeholder="0"
                  onChange={(_, d) => endre({ volum: { ...skjema.volum, [felt]: d.value } })}
                />
              </Field>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset className={stil.liste}>
        <legend className={stil.legend}>Vurder nye tjenester</legend>
        {nye.map((navn) => {
          const grunn = kundetype ? ikkeTilbudt(matrise, navn, kundetype) : null;
          return (
            <Checkbox
              key={navn}
              label={grunn ? `${navn} (tilbys ikke til denne kundetypen)` : navn}
              disabled={grunn !== null}
              checked={erVurdert(skjema, navn) && grunn === null}
              onChange={(_, d) => endre({ vurder: { ...skjema.vurder, [navn]: d.checked === true } })}
            />
          );
        })}
      </fieldset>
    </div>
  );
}
