import { FluentProvider, Tab, TabList, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { useBudsjettilstand } from "./budsjett/budsjettilstand";
import { useEffekttilstand } from "./effekt/minne";
import type { Arbeidsbok } from "./excel";
import { Budsjett } from "./komponenter/Budsjett";
import { Effekt } from "./komponenter/Effekt";
import { Graf } from "./komponenter/Graf";
import { Kalkulator } from "./komponenter/Kalkulator";
import { Matrisemerke } from "./komponenter/Matrisemerke";
import { Prismatrisevisning } from "./komponenter/Prismatrisevisning";
import { type Skjema, TOMT_SKJEMA } from "./skjema";
import { type AktivMatrise, ArbeidsbokKontekst, STANDARD } from "./tilstand";

const useStyles = makeStyles({
  side: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  innhold: {
    maxWidth: "1280px", margin: "0 auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  undertittel: { color: tokens.colorNeutralForeground2 },
  // I en smal rute brytes fanene over to linjer i stedet for å rulle sidelengs (alle fem synlige ved 320 px).
  faner: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
});

export type Fane = "kalkulator" | "prismatrise" | "graf" | "effekt" | "budsjett";

interface Props {
  arbeidsbok: Arbeidsbok;
  startfane?: Fane;
  startskjema?: Skjema;
}

/** Ruten: ett skjema, én aktiv prismatrise og Effekt-fanens tilstand, delt av de fire fanene. */
export function App({ arbeidsbok, startfane = "kalkulator", startskjema = TOMT_SKJEMA }: Props) {
  const stil = useStyles();
  const [fane, setFane] = useState<Fane>(startfane);
  const [skjema, setSkjema] = useState<Skjema>(startskjema);
  const [aktiv, settAktiv] = useState<AktivMatrise>(STANDARD);
  const effekt = useEffekttilstand();
  const budsjett = useBudsjettilstand();
  const endre = useCallback((endring: Partial<Skjema>) => setSkjema((s) => ({ ...s, ...endring })), []);

  return (
    // Sidestilen ligger på et indre element: FluentProvider gir className videre til portaler (oppsprett).
    <FluentProvider theme={webLightTheme} lang="nb-NO">
      <ArbeidsbokKontekst.Provider value={arbeidsbok}>
        <div className={stil.side}>
          <main className={stil.innhold}>
            <header>
              <Title3 as="h1">KS prisverktøy</Title3>
              <Text block size={200} className={stil.undertittel}>Pris for Fiks-tjenestene etter prismodellen fra 2025</Text>
            </header>
            <Matrisemerke aktiv={aktiv} tilbakestill={() => settAktiv(STANDARD)} />
            {!arbeidsbok.tilgjengelig && arbeidsbok.merknad && <Text size={200} className={stil.undertittel}>{arbeidsbok.merknad}</Text>}
            <TabList className={stil.faner} selectedValue={fane} onTabSelect={(_, d) => setFane(d.value as Fane)} aria-label="Visninger" size="small">
              <Tab value="kalkulator" id="fane-kalkulator" aria-controls="panel">Kalkulator</Tab>
              <Tab value="prismatrise" id="fane-prismatrise" aria-controls="panel">Prismatrise</Tab>
              <Tab value="graf" id="fane-graf" aria-controls="panel">Graf</Tab>
              <Tab value="effekt" id="fane-effekt" aria-controls="panel">Effekt</Tab>
              <Tab value="budsjett" id="fane-budsjett" aria-controls="panel">Budsjett</Tab>
            </TabList>
            <div role="tabpanel" id="panel" aria-labelledby={`fane-${fane}`}>
              {fane === "kalkulator" && <Kalkulator skjema={skjema} endre={endre} aktiv={aktiv} />}
              {fane === "prismatrise" && <Prismatrisevisning aktiv={aktiv} settAktiv={settAktiv} />}
              {fane === "graf" && <Graf skjema={skjema} aktiv={aktiv} />}
              {fane === "effekt" && <Effekt aktiv={aktiv} settAktiv={settAktiv} ar={skjema.ar} tilstand={effekt} />}
              {fane === "budsjett" && <Budsjett skjema={skjema} aktiv={aktiv} tilstand={budsjett} />}
            </div>
          </main>
        </div>
      </ArbeidsbokKontekst.Provider>
    </FluentProvider>
  );
}
