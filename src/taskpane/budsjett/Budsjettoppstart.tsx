import { Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type Budsjettfeil, type Budsjettskjema, budsjettfelt, valgtOppstart } from "./budsjettskjema";
import { Budsjettkvartal } from "./Budsjettkvartal";

const useStyles = makeStyles({
  rutenett: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(12rem, 1fr))", gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  felt: { minWidth: 0 },
  forklaring: { color: tokens.colorNeutralForeground2 },
  apne: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink, marginBottom: tokens.spacingVerticalS },
});

interface Props {
  skjema: Budsjettskjema;
  endre: (endring: Partial<Budsjettskjema>) => void;
  feltfeil: Budsjettfeil;
  tjenester: string[];
  /** Kvartalene i planen, "2026-K1" … */
  kvartaler: string[];
}

/**
 * Kvartalet hver tjeneste i scenariet tas i bruk; uten valg løper den fra planens første kvartal. Listene er foldet
 * sammen (med alle tjenestene krysset av er de tolv), så planen står i første skjermbilde; en feil åpner dem.
 */
export function Budsjettoppstart({ skjema, endre, feltfeil, tjenester, kvartaler }: Props) {
  const stil = useStyles();
  const valgte = tjenester.filter((t) => valgtOppstart(skjema, t) !== "").length;
  const harFeil = tjenester.some((t) => feltfeil[budsjettfelt.oppstart(t)]);
  const [apen, setApen] = useState(false);
  if (tjenester.length === 0) {
    return <Text className={stil.forklaring}>Bare grunnfinansieringen er med. Kryss av tjenester i Kalkulator-fanen for å legge dem til i planen.</Text>;
  }
  return (
    <details open={apen || harFeil} onToggle={(e) => setApen(e.currentTarget.open)}>
      <summary className={stil.apne}>
        Velg oppstart for {tjenester.length === 1 ? "tjenesten" : `de ${tjenester.length} tjenestene`} ({valgte === 0 ? "alle løper hele planen" : `${valgte} med egen oppstart`})
      </summary>
      <div className={stil.rutenett}>
        {tjenester.map((t) => (
          <Field key={t} label={`Oppstart for ${t}`} className={stil.felt} validationMessage={feltfeil[budsjettfelt.oppstart(t)]}>
            <Budsjettkvartal
              verdi={valgtOppstart(skjema, t)}
              kvartaler={kvartaler}
              tomtValg={`Hele planen (fra ${kvartaler[0]})`}
              endre={(v) => endre({ oppstart: { ...skjema.oppstart, [t]: v } })}
            />
          </Field>
        ))}
      </div>
    </details>
  );
}
