import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { KUNDETYPENAVN, type Kundetype, type Prismatrise, SVARUT } from "../../core";
import { type Feltfeil, type Skjema, brukbareTjenester, bruktValg, erVurdert, nyeTjenester } from "../felles/skjema";
import { Brukttjeneste } from "./Brukttjeneste";
import { Feltgruppe } from "../felles/Feltgruppe";
import { Nyetjenester } from "./Nyetjenester";
import { Svarutvolum } from "./Svarutvolum";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  merknad: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
  matrise: Prismatrise;
  kundetype: Kundetype | null;
}

/** Tjenestene kunden kan kjøpe (bare de: en statlig virksomhet ser sine få), dagens priser og SvarUts antall. */
export function Tjenestevalg({ skjema, endre, feltfeil, matrise, kundetype }: Props) {
  const stil = useStyles();
  const brukbare = brukbareTjenester(matrise, kundetype);
  const brukt = (navn: string) => bruktValg(skjema, navn);
  const antallValgt = brukbare.filter((n) => brukt(n).valgt).length;
  const velgAlle = (valgt: boolean) => endre({ brukte: { ...skjema.brukte, ...Object.fromEntries(brukbare.map((n) => [n, { ...brukt(n), valgt }])) } });
  const nye = nyeTjenester(matrise, kundetype).filter((n) => !brukt(n).valgt);
  const svarut = brukbare.includes(SVARUT) && (brukt(SVARUT).valgt || erVurdert(skjema, SVARUT));
  const medGrunnfinansiering = kundetype === null || kundetype === "KOMMUNE" || kundetype === "FYLKESKOMMUNE";

  return (
    <div className={stil.rot}>
      <Feltgruppe tittel="Tjenester dere bruker i dag">
        <Checkbox
          label="Velg alt"
          checked={antallValgt === 0 ? false : antallValgt === brukbare.length ? true : "mixed"}
          onChange={(_, d) => velgAlle(d.checked === true)}
        />
        {brukbare.map((navn) => (
          <Brukttjeneste key={navn} navn={navn} valg={brukt(navn)} feil={feltfeil} endre={(e) => endre({ brukte: { ...skjema.brukte, [navn]: { ...brukt(navn), ...e } } })} />
        ))}
      </Feltgruppe>
      <Text size={200} className={stil.merknad}>
        {kundetype && !medGrunnfinansiering ? `Viser tjenestene en ${KUNDETYPENAVN[kundetype].toLowerCase()} kan kjøpe. ` : ""}
        {medGrunnfinansiering ? "Grunnfinansiering tas med automatisk for kommuner og fylkeskommuner. " : ""}
        «Dagens pris» er det dere betaler i dag (fra fjorårets fakturaer); la feltet stå tomt hvis dere ikke vet.
      </Text>
      {svarut && <Svarutvolum skjema={skjema} endre={endre} feltfeil={feltfeil} />}
      {nye.length > 0 && <Nyetjenester nye={nye} skjema={skjema} endre={(vurder) => endre({ vurder })} />}
    </div>
  );
}
