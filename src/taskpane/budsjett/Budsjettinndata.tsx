import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { BUDSJETTGRENSER, TALLKRAV } from "../../core";
import { budsjettfra, budsjettprosent } from "./budsjettregler";
import { type Budsjettfeil, type Budsjettskjema, budsjettfelt, standardFra } from "./budsjettskjema";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  // alignItems start: et felt med en lang hjelpetekst strekker ikke naboen (ellers sto «Antall år» lavere enn «Første år»).
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))", alignItems: "start", gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  felt: { minWidth: 0 },
});

const ANTALL_AR = Array.from({ length: BUDSJETTGRENSER.ar.maks - BUDSJETTGRENSER.ar.min + 1 }, (_, i) => BUDSJETTGRENSER.ar.min + i);

interface Props {
  skjema: Budsjettskjema;
  endre: (endring: Partial<Budsjettskjema>) => void;
  feltfeil: Budsjettfeil;
  /** Året innbyggertallet i kalkulatoren gjelder (1. januar): planens første år er som standard året etter. */
  befolkningsar: number;
}

/** Planens første år, antall år, befolkningsvekst og prisjustering. */
export function Budsjettinndata({ skjema, endre, feltfeil, befolkningsar }: Props) {
  const stil = useStyles();
  const standard = standardFra(befolkningsar);
  const prosent = (felt: "befolkningsvekst" | "prisjustering", etikett: string, eksempel: string) => (
    <Tallfelt
      etikett={etikett}
      className={stil.felt}
      verdi={skjema[felt]}
      regel={budsjettprosent}
      endre={(v) => endre({ [felt]: v })}
      feil={feltfeil[budsjettfelt[felt]]}
      hint={`Prosent per år, ${TALLKRAV.arligEndring.regel}, f.eks. ${eksempel}.`}
      plassholder="0"
      etter="%"
    />
  );
  return (
    <div className={stil.rutenett}>
      <Tallfelt
        etikett="Første år"
        className={stil.felt}
        verdi={skjema.fra ?? String(standard)}
        regel={budsjettfra}
        endre={(v) => endre({ fra: v })}
        feil={feltfeil[budsjettfelt.fra]}
        hint={`Standard ${standard}: prisene for et år bygger på folkemengden 1. januar året før (her 1.1.${befolkningsar}).`}
        heltall
      />
      <Field label="Antall år" hint="Økonomiplanen er fire år." className={stil.felt}>
        <Select value={String(skjema.ar)} onChange={(_, d) => endre({ ar: Number(d.value) })}>
          {ANTALL_AR.map((n) => <option key={n} value={n}>{n}</option>)}
        </Select>
      </Field>
      {prosent("befolkningsvekst", "Befolkningsvekst per år", "1 eller 0,5 %")}
      {prosent("prisjustering", "Prisjustering per år", "3")}
    </div>
  );
}
