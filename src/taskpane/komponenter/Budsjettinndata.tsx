import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { BUDSJETTGRENSER, TALLKRAV } from "../../core";
import { type Budsjettfeil, type Budsjettskjema, budsjettfelt, standardFra } from "../budsjett/budsjettskjema";

const useStyles = makeStyles({
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))", gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  felt: { minWidth: 0 },
  inndata: { width: "100%", minWidth: 0 },
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
  const prosentfelt = (felt: "befolkningsvekst" | "prisjustering", etikett: string, hint: string) => (
    <Field label={etikett} hint={hint} className={stil.felt} validationMessage={feltfeil[budsjettfelt[felt]]}>
      <Input
        className={stil.inndata}
        inputMode="decimal"
        value={skjema[felt]}
        placeholder="0"
        contentAfter="%"
        onChange={(_, d) => endre({ [felt]: d.value })}
      />
    </Field>
  );
  return (
    <div className={stil.rutenett}>
      <Field
        label="Første år"
        hint={`Standard ${standard}: året etter innbyggertallet (1. januar ${befolkningsar}).`}
        className={stil.felt}
        validationMessage={feltfeil[budsjettfelt.fra]}
      >
        <Input className={stil.inndata} inputMode="numeric" value={skjema.fra ?? String(standard)} onChange={(_, d) => endre({ fra: d.value })} />
      </Field>
      <Field label="Antall år" hint="Økonomiplanen er fire år." className={stil.felt}>
        <Select value={String(skjema.ar)} onChange={(_, d) => endre({ ar: Number(d.value) })}>
          {ANTALL_AR.map((n) => <option key={n} value={n}>{n}</option>)}
        </Select>
      </Field>
      {prosentfelt("befolkningsvekst", "Befolkningsvekst per år", `Prosent per år, ${TALLKRAV.arligEndring.regel}, f.eks. 1 eller 0,5 %.`)}
      {prosentfelt("prisjustering", "Prisjustering per år", `Prosent per år, ${TALLKRAV.arligEndring.regel}, f.eks. 3.`)}
    </div>
  );
}
