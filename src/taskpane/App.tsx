import { FluentProvider, Tab, TabList, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { Kalkulatorkontekst, useBeregning } from "./felles/beregning";
import { useBudsjettilstand } from "./budsjett/budsjettilstand";
import { useEffekttilstand } from "./effekt/minne";
import type { Arbeidsbok } from "./felles/arbeidsbok";
import { Budsjettfane, Effektfane, Graffane, Prismatrisefane } from "./faner";
import { Kalkulator } from "./kalkulator/Kalkulator";
import { Matrisemerke } from "./prismatrise/Matrisemerke";
import { Om } from "./felles/Om";
import { Ventetegn, forhandslastVentetegn } from "./felles/Ventetegn";
import { Scenariohandlinger } from "./scenario/Scenariohandlinger";
import type { Rutescenario } from "./scenario/rutescenario";
import { useScenariominne } from "./scenario/useScenariominne";
import { type Scenariolager, UTEN_LAGER } from "./scenario/scenariolager";
import { type Skjema, TOMT_SKJEMA } from "./felles/skjema";
import { type AktivMatrise, ArbeidsbokKontekst, STANDARD } from "./felles/tilstand";

const useStyles = makeStyles({
  side: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  innhold: {
    maxWidth: "1280px", margin: "0 auto", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  undertittel: { color: tokens.colorNeutralForeground2 },
  // Alle fem fanene på én linje ned til 320 px (tettere og litt mindre tekst under 400 px); ellers brytes de heller
  // enn å rulle sidelengs.
  faner: {
    flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS,
    "@media (max-width: 399.98px)": {
      "& .fui-Tab": { paddingLeft: "2px", paddingRight: "2px" },
      "& .fui-Tab__content, & .fui-Tab__content--reserved-space": { fontSize: "13px", paddingLeft: "2px", paddingRight: "2px" },
    },
  },
});

export type Fane = "kalkulator" | "prismatrise" | "graf" | "effekt" | "budsjett";

interface Props {
  arbeidsbok: Arbeidsbok;
  startfane?: Fane;
  startskjema?: Skjema;
  /** Hvor scenariet huskes (dokumentinnstillingene i Excel, ellers nettleseren); uten lager huskes ingenting. */
  lager?: Scenariolager;
}

/** Ruten: ett skjema, én aktiv prismatrise og Effekt-fanens tilstand, delt av de fire fanene. */
export function App({ arbeidsbok, startfane = "kalkulator", startskjema = TOMT_SKJEMA, lager = UTEN_LAGER }: Props) {
  const stil = useStyles();
  const [fane, setFane] = useState<Fane>(startfane);
  const [skjema, setSkjema] = useState<Skjema>(startskjema);
  const [aktiv, settAktiv] = useState<AktivMatrise>(STANDARD);
  const effekt = useEffekttilstand();
  const budsjett = useBudsjettilstand();
  const endre = useCallback((endring: Partial<Skjema>) => setSkjema((s) => ({ ...s, ...endring })), []);
  const velgAr = useCallback((ar: number) => endre({ ar }), [endre]);
  // Et scenario som hentes fram, åpnes eller startes på nytt, tegner fanene på nytt (felt med egen tekst, som søket).
  const [utgave, settUtgave] = useState(0);
  const scenario = useMemo<Rutescenario>(() => ({ skjema, budsjett: budsjett.skjema, aktiv }), [skjema, budsjett.skjema, aktiv]);
  const settBudsjett = budsjett.endre;
  const settScenario = useCallback((s: Rutescenario) => {
    setSkjema(s.skjema);
    settBudsjett(s.budsjett);
    settAktiv(s.aktiv);
    settUtgave((u) => u + 1);
  }, [settBudsjett]);
  const minne = useScenariominne(lager, scenario, settScenario);
  // Kalkulatorens svar regnes én gang her og deles av fanene (Kalkulator, Graf, Budsjett, nedlastingen).
  const kalkulatorsvar = useBeregning(skjema, aktiv);
  // Ventetegnet (Spinner) hentes når ruten er tegnet, så det er klart når en fane eller et ark lastes.
  useEffect(() => {
    void forhandslastVentetegn();
  }, []);

  return (
    // Sidestilen ligger på et indre element: FluentProvider gir className videre til portaler (oppsprett).
    <FluentProvider theme={webLightTheme} lang="nb-NO">
      <ArbeidsbokKontekst.Provider value={arbeidsbok}>
        <Kalkulatorkontekst.Provider value={kalkulatorsvar}>
        <div className={stil.side}>
          <main className={stil.innhold}>
            <header>
              <Title3 as="h1">KS prisverktøy</Title3>
              <Text block size={200} className={stil.undertittel}>Pris for Fiks-tjenestene etter prismodellen fra 2025</Text>
            </header>
            <Scenariohandlinger scenario={scenario} sett={settScenario} minne={minne} sted={lager.sted} />
            <Matrisemerke aktiv={aktiv} tilbakestill={() => settAktiv(STANDARD)} />
            {!arbeidsbok.tilgjengelig && arbeidsbok.merknad && <Text size={200} className={stil.undertittel}>{arbeidsbok.merknad}</Text>}
            <TabList className={stil.faner} selectedValue={fane} onTabSelect={(_, d) => setFane(d.value as Fane)} aria-label="Visninger" size="small">
              <Tab value="kalkulator" id="fane-kalkulator" aria-controls="panel">Kalkulator</Tab>
              <Tab value="prismatrise" id="fane-prismatrise" aria-controls="panel">Prismatrise</Tab>
              <Tab value="graf" id="fane-graf" aria-controls="panel">Graf</Tab>
              <Tab value="effekt" id="fane-effekt" aria-controls="panel">Effekt</Tab>
              <Tab value="budsjett" id="fane-budsjett" aria-controls="panel">Budsjett</Tab>
            </TabList>
            <div role="tabpanel" id="panel" aria-labelledby={`fane-${fane}`} key={utgave}>
              {fane === "kalkulator" && <Kalkulator skjema={skjema} endre={endre} aktiv={aktiv} />}
              {/* De andre fanene lastes første gang de åpnes (faner.ts). */}
              <Suspense fallback={<Ventetegn size="small" label="Laster fanen …" />}>
                {fane === "prismatrise" && <Prismatrisefane.Fane aktiv={aktiv} settAktiv={settAktiv} />}
                {fane === "graf" && <Graffane.Fane aktiv={aktiv} />}
                {fane === "effekt" && <Effektfane.Fane aktiv={aktiv} settAktiv={settAktiv} ar={skjema.ar} folketall={skjema.folketall} velgAr={velgAr} tilstand={effekt} />}
                {fane === "budsjett" && <Budsjettfane.Fane skjema={skjema} aktiv={aktiv} tilstand={budsjett} />}
              </Suspense>
            </div>
            <Om />
          </main>
        </div>
        </Kalkulatorkontekst.Provider>
      </ArbeidsbokKontekst.Provider>
    </FluentProvider>
  );
}
