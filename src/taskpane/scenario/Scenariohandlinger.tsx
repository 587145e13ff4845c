import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ChangeEvent, useEffect, useId, useRef, useState } from "react";
import { dekodTekst } from "../../core";
import { tolkSkjema } from "../felles/skjema";
import { filnavn, lastNed } from "../felles/nedlasting";
import { type Rutescenario, apneScenario, scenariofil } from "./rutescenario";
import type { Scenariominne } from "./useScenariominne";
import { STANDARD } from "../felles/tilstand";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Tett nok til at de tre knappene står på én linje i en 320 px smal rute.
  rad: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  forklaring: { color: tokens.colorNeutralForeground3 },
  skjult: { display: "none" },
  // Bekreftelsen står i ruten, ikke i et modalt vindu: den får plass i 320 px og trekker ikke inn en dialogkomponent.
  bekreft: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
});

type Melding = { type: "info" | "feil"; tekst: string };

interface Props {
  scenario: Rutescenario;
  sett: (scenario: Rutescenario) => void;
  minne: Scenariominne;
  /** Hvor ruten husker scenariet («arbeidsboken», «nettleseren»), eller null. */
  sted: string | null;
}

/**
 * «Lagre scenario» laster ned scenariofilen i kommandolinjens format, «Åpne scenario» leser en slik fil med de samme
 * feilene som `fikspris`, og «Nytt scenario» starter på nytt etter en bekreftelse.
 */
export function Scenariohandlinger({ scenario, sett, minne, sted }: Props) {
  const stil = useStyles();
  const filvalg = useRef<HTMLInputElement>(null);
  const forklaringId = useId();
  const bekreftId = useId();
  const [sporNytt, settSporNytt] = useState(false);
  const avbryt = useRef<HTMLButtonElement>(null);
  const nyttKnapp = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (sporNytt) avbryt.current?.focus();
  }, [sporNytt]);
  const [egen, vis] = useState<Melding | null>(null);
  const { kundenavn, grunnlag } = tolkSkjema(scenario.skjema, scenario.aktiv.matrise);
  // Scenariofilen trenger en kunde: en organisasjon, eller kundetype og et gyldig innbyggertall.
  const kanLagre = grunnlag !== null;

  const lagre = () => {
    const tekst = scenariofil(scenario);
    if (tekst === null || kundenavn === null) return;
    const navn = filnavn(`KS scenario ${kundenavn}`, "json");
    lastNed(tekst, navn, "application/json");
    const matrise = scenario.aktiv === STANDARD
      ? ""
      : " Prismatrisen i bruk er ikke standardmatrisen og er ikke med i filen: gi den til kommandolinjen med --matrise.";
    vis({ type: "info", tekst: `Lastet ned «${navn}». Den kan åpnes igjen her eller brukes med fikspris kalkulator --scenario.${matrise}` });
  };

  const apne = async (e: ChangeEvent<HTMLInputElement>) => {
    const fil = e.target.files?.[0];
    e.target.value = "";
    if (!fil) return;
    try {
      // Samme tegnkodinger som kommandolinjen leser (UTF-8, UTF-16 med BOM, Windows-1252).
      const tekst = dekodTekst(new Uint8Array(await fil.arrayBuffer())).tekst;
      sett({ ...(await apneScenario(tekst, fil.name, scenario.aktiv.matrise, scenario.skjema.folketall)), aktiv: scenario.aktiv });
      vis({ type: "info", tekst: `Åpnet «${fil.name}».` });
    } catch (feil) {
      vis({ type: "feil", tekst: `Kunne ikke åpne scenariet. ${feil instanceof Error ? feil.message : String(feil)}` });
    }
  };

  return (
    <div className={stil.rot}>
      <div className={stil.rad}>
        <Button size="small" disabledFocusable={!kanLagre} aria-describedby={kanLagre ? undefined : forklaringId} onClick={lagre}>
          Lagre scenario
        </Button>
        <Button size="small" onClick={() => filvalg.current?.click()}>Åpne scenario</Button>
        <Button size="small" ref={nyttKnapp} aria-expanded={sporNytt} onClick={() => settSporNytt(true)}>Nytt scenario</Button>
        <input ref={filvalg} className={stil.skjult} type="file" accept=".json,application/json" aria-label="Scenariofil (JSON)" onChange={apne} />
      </div>
      {sporNytt && (
        <div role="alertdialog" aria-labelledby={`${bekreftId}-tittel`} aria-describedby={`${bekreftId}-tekst`} className={stil.bekreft}>
          <Text id={`${bekreftId}-tittel`} weight="semibold">Starte et nytt scenario?</Text>
          <Text id={`${bekreftId}-tekst`} size={200}>
            Kunden, tjenestene, dagens priser, budsjettet og endringene i prismatrisen tømmes, og prismatrisen settes tilbake
            til standard 2025. Lagre scenariet først hvis du vil ta vare på det.
          </Text>
          <div className={stil.rad}>
            <Button size="small" appearance="primary" onClick={() => { settSporNytt(false); vis(null); void minne.nytt(); }}>Start på nytt</Button>
            <Button size="small" ref={avbryt} onClick={() => { settSporNytt(false); nyttKnapp.current?.focus(); }}>Avbryt</Button>
          </div>
        </div>
      )}
      <Text id={forklaringId} size={200} className={stil.forklaring}>
        {kanLagre ? "" : "Velg kunden (eller skriv innbyggertallet) for å lagre scenariet. "}
        {sted ? `Scenariet huskes i ${sted}.` : ""}
      </Text>
      {[minne.melding, egen].map((m, i) => m && (
        <MessageBar key={i} intent={m.type === "feil" ? "error" : "info"} layout="multiline" role={m.type === "feil" ? "alert" : "status"}>
          <MessageBarBody>{m.tekst}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
