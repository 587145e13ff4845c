import {
  Badge, FluentProvider, Tab, TabList, Text, Title3, makeStyles, tokens, webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Arbeidsbok } from "./excel";
import { Effekt } from "./komponenter/Effekt";
import { Graf } from "./komponenter/Graf";
import { Kalkulator } from "./komponenter/Kalkulator";
import { Prismatrisevisning } from "./komponenter/Prismatrisevisning";
import { type Skjema, TOMT_SKJEMA } from "./skjema";
import { type AktivMatrise, ArbeidsbokKontekst, STANDARD, matrisenavn } from "./tilstand";

const useStyles = makeStyles({
  side: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  innhold: { maxWidth: "1100px", margin: "0 auto", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  topp: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  undertittel: { color: tokens.colorNeutralForeground2 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export type Fane = "kalkulator" | "prismatrise" | "graf" | "effekt";

interface Props {
  arbeidsbok: Arbeidsbok;
  startfane?: Fane;
  startskjema?: Skjema;
}

export function App({ arbeidsbok, startfane = "kalkulator", startskjema = TOMT_SKJEMA }: Props) {
  const stil = useStyles();
  const [fane, setFane] = useState<Fane>(startfane);
  const [skjema, setSkjema] = useState<Skjema>(startskjema);
  const [aktiv, setAktiv] = useState<AktivMatrise>(STANDARD);
  const endre = useCallback((endring: Partial<Skjema>) => setSkjema((s) => ({ ...s, ...endring })), []);

  return (
    // Page styles go on an inner element: FluentProvider passes its className on to portals (popups).
    <FluentProvider theme={webLightTheme} lang="nb-NO">
      <ArbeidsbokKontekst.Provider value={arbeidsbok}>
        <div className={stil.side}>
        <main className={stil.innhold}>
          <header className={stil.topp}>
            <div>
              <Title3 as="h1">KS prisverktøy</Title3>
              <Text block className={stil.undertittel}>Regn ut pris for Fiks-tjenestene etter prismodellen fra 2025</Text>
            </div>
            <Badge appearance="tint" color={aktiv.kilde.type === "standard" ? "brand" : "warning"} aria-label={`Prismatrise i bruk: ${matrisenavn(aktiv)}`}>
              {aktiv.kilde.type === "standard" ? "Standard prismatrise 2025" : `Prismatrise: ${aktiv.kilde.adresse}`}
            </Badge>
          </header>
          {!arbeidsbok.tilgjengelig && arbeidsbok.merknad && <Text size={200} className={stil.undertittel}>{arbeidsbok.merknad}</Text>}
          <TabList selectedValue={fane} onTabSelect={(_, d) => setFane(d.value as Fane)} aria-label="Visninger">
            <Tab value="kalkulator" id="fane-kalkulator" aria-controls="panel">Kalkulator</Tab>
            <Tab value="prismatrise" id="fane-prismatrise" aria-controls="panel">Prismatrise</Tab>
            <Tab value="graf" id="fane-graf" aria-controls="panel">Graf</Tab>
            <Tab value="effekt" id="fane-effekt" aria-controls="panel">Effekt</Tab>
          </TabList>
          <div role="tabpanel" id="panel" aria-labelledby={`fane-${fane}`} className={stil.panel}>
            {fane === "kalkulator" && <Kalkulator skjema={skjema} endre={endre} aktiv={aktiv} />}
            {fane === "prismatrise" && <Prismatrisevisning aktiv={aktiv} settAktiv={setAktiv} ar={skjema.ar} />}
            {fane === "graf" && <Graf skjema={skjema} aktiv={aktiv} />}
            {fane === "effekt" && <Effekt aktiv={aktiv} ar={skjema.ar} />}
          </div>
        </main>
        </div>
      </ArbeidsbokKontekst.Provider>
    </FluentProvider>
  );
}
