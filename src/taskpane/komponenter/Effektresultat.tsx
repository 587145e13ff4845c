import { Card, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Effektsammendrag } from "../../core";
import { type Analyse, SAMMENLIGNINGSTEKST } from "../effekt/analyse";
import { effektark } from "../effekt/effektark";
import { desimaltall, heltall, kr, prosent } from "../format";
import { type AktivMatrise, matrisenavn, useArbeidsbok } from "../tilstand";
import { Arkhandling, type Utfall } from "./Arkhandling";
import { Effektdiagram } from "./Effektdiagram";
import { Bandtabeller, Inntektstabell } from "./Effekttabeller";
import { Hvaom } from "./Hvaom";

const useStyles = makeStyles({
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  nokkeltall: { display: "flex", gap: tokens.spacingHorizontalXXL, flexWrap: "wrap" },
  tall: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  forklaring: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  analyse: Analyse;
  aktiv: AktivMatrise;
}

/**
 * The results of one run: distribution, what-if, band tables, revenue and "Sett inn i arket". Holds the current
 * summary itself, so a slider move re-renders only this part of the view.
 */
export function Effektresultat({ analyse, aktiv }: Props) {
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  // A run kept from before a tab switch may carry what-if changes: start from the sector's current state.
  const [sammendrag, setSammendrag] = useState<Effektsammendrag>(() => (analyse.sektor.matrise === aktiv.matrise ? analyse.sammendrag : analyse.sektor.sammendrag()));
  const [visning, setVisning] = useState<"prosent" | "kroner">("prosent");

  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    fremdrift("Samler tabellene …");
    const plan = effektark({
      kildetekst: analyse.kildetekst,
      matrisenavn: matrisenavn(aktiv),
      sammenligning: SAMMENLIGNINGSTEKST[analyse.sammenligning],
      hvaom: analyse.sektor.matrise !== aktiv.matrise,
      resultat: analyse.sektor.resultat(),
      tidspunkt: new Date().toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" }),
    });
    const { ark, tabeller } = await arbeidsbok.skrivArk(plan, fremdrift);
    return { type: "ok", melding: `Effektanalysen er satt inn i det nye arket «${ark}» (${tabeller.length} Excel-tabeller: inntekt, bånd per kundetype og alle kunder).` };
  };

  return (
    <>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Fordeling</Subtitle2>
        <Text size={200} className={stil.forklaring}>
          {analyse.kildetekst}. {matrisenavn(aktiv)}, sammenlignet med: {SAMMENLIGNINGSTEKST[analyse.sammenligning].toLowerCase()}. Analysen tok {desimaltall(analyse.millisekunder, 0)} ms.
        </Text>
        <div className={stil.nokkeltall} aria-live="polite">
          <div><Text block size={200}>Ny inntekt, alle kunder</Text><Text className={stil.tall}>{kr(sammendrag.total.ny)}</Text></div>
          <div><Text block size={200}>Gammelt ({heltall(sammendrag.total.medGrunnlag)} med grunnlag)</Text><Text className={stil.tall}>{kr(sammendrag.total.gammel)}</Text></div>
          <div><Text block size={200}>Endring</Text><Text className={stil.tall}>{kr(sammendrag.total.endringKr)} ({prosent(sammendrag.total.endringProsent, 1)})</Text></div>
        </div>
        <RadioGroup layout="horizontal" value={visning} onChange={(_, d) => setVisning(d.value as "prosent" | "kroner")} aria-label="Vis fordelingen etter">
          <Radio value="prosent" label="Endring i prosent" />
          <Radio value="kroner" label="Endring i kroner" />
        </RadioGroup>
        <Effektdiagram
          fordelinger={visning === "prosent" ? sammendrag.prosentfordeling : sammendrag.kronefordeling}
          tittel={`Fordeling av kundene etter endring i ${visning}`}
        />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Hva om?</Subtitle2>
        <Hvaom
          sektor={analyse.sektor}
          kunder={analyse.kunder}
          startmatrise={aktiv.matrise}
          sammendrag={sammendrag}
          settSammendrag={setSammendrag}
          startadvarsler={analyse.advarsler}
        />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Bånd per kundetype</Subtitle2>
        <Bandtabeller sammendrag={sammendrag} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Inntekt, gammelt mot nytt</Subtitle2>
        <Inntektstabell sammendrag={sammendrag} />
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Til Excel</Subtitle2>
        <Arkhandling tekst="Sett inn i arket" utfor={settInn} />
      </Card>
    </>
  );
}
