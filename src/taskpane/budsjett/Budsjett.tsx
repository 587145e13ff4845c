import {
  Card, Divider, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type Budsjett as Plan, Decimal, STANDARD_DIGIFIN, budsjettabellvisning, budsjettvisning, digifinlosninger, planinnbyggerkildetekst, prisgrunnlag, prisnavn } from "../../core";
import { useKalkulatorsvar } from "../felles/beregning";

import { useBudsjettplan } from "./budsjettberegning";
import type { Budsjettilstand } from "./budsjettilstand";
import { planensKvartaler } from "./budsjettskjema";
import { BRED, SMAL } from "../felles/brytepunkt";
import { iSetning, kr } from "../felles/format";
import type { Skjema } from "../felles/skjema";
import { type AktivMatrise, matrisenavn } from "../felles/tilstand";
import { useUtsatt } from "../felles/utsatt";
import { Budsjettabell } from "./Budsjettabell";
import { Budsjettar } from "./Budsjettar";
import { Budsjettdiagram } from "./Budsjettdiagram";
import { Budsjettdigifin } from "./Budsjettdigifin";
import { Budsjettinndata } from "./Budsjettinndata";
import { Budsjettoppstart } from "./Budsjettoppstart";
import { BudsjettSettInn } from "./BudsjettSettInn";
import { LastNedArbeidsbok } from "../felles/LastNedArbeidsbok";
import { Sammendragslinje, useKalkulatortall } from "../felles/Sammendragslinje";

const storForbokstav = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1);

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  // Inndataene side om side når ruten er bred; svaret under dem i full bredde, så tabellen får plass til årene.
  skjema: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 20rem), 1fr))", alignItems: "start", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM, minWidth: 0 },
  forklaring: { color: tokens.colorNeutralForeground2 },
  nokkeltall: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  ar: { display: "grid", gap: tokens.spacingVerticalS, gridTemplateColumns: "minmax(0, 1fr)", [BRED]: { display: "none" } },
  tabell: { [SMAL]: { display: "none" } },
});

const LOSNINGER = digifinlosninger(STANDARD_DIGIFIN);

/**
 * «Prismatrise 2025 · innbyggere 1.1.2026 for 2027. 2027-pris = 2025-pris × (1 + prisjustering)^2.»: hva planens første
 * år hviler på, og at senere år følger kalenderen.
 */
function planGrunnlag(b: Plan): string {
  const a = b.ar[0];
  const kilde = a.innbyggerkilde.type === "kjent" ? prisgrunnlag(b.prisar, a.innbyggerkilde.befolkningsar) : `${prisgrunnlag(b.prisar, null)} (${planinnbyggerkildetekst(a.innbyggerkilde)})`;
  const justert = a.prisjusteringsar === 0 ? `${prisnavn(a.ar)} er prismatrisens pris` : `${prisnavn(a.ar)} = ${prisnavn(b.prisar)} × (1 + prisjustering)^${a.prisjusteringsar}`;
  return `${kilde} for ${a.ar}. ${justert}; hvert senere år justeres ett år til.`;
}


interface Props {
  skjema: Skjema;
  aktiv: AktivMatrise;
  tilstand: Budsjettilstand;
}

/**
 * Budsjett og økonomiplan for kalkulatorens scenario: planens år, vekst og prisjustering, oppstart per tjeneste og
 * Digifin-avgiftene; svaret per år (kort i smal rute, tabell i bred) med kvartalene, et søylediagram og «Sett inn i arket».
 */
export function Budsjett({ skjema, aktiv, tilstand }: Props) {
  const stil = useStyles();
  const { skjema: budsjettskjema, endre } = tilstand;
  const svar = useBudsjettplan(useKalkulatorsvar(), skjema, budsjettskjema, aktiv);
  const [apne, settApne] = useState<ReadonlySet<number>>(new Set());
  const veksle = (ar: number) => settApne((s) => {
    const ny = new Set(s);
    if (!ny.delete(ar)) ny.add(ar);
    return ny;
  });
  const { tolket, beregning, budsjett: tolketBudsjett } = svar;
  // Tabellene bygges av kjernen (budsjettabellvisning); kortene og tabellen viser dem bare.
  const tabeller = useMemo(() => (beregning.type === "ok" ? budsjettabellvisning(beregning.budsjett) : null), [beregning]);
  const feltfeil = tolketBudsjett?.feltfeil ?? {};
  const kvartaler = tolketBudsjett?.fra ? planensKvartaler(tolketBudsjett.fra, budsjettskjema.ar) : [];
  const antallFeil = Object.keys(feltfeil).length + Object.keys(tolket.feltfeil).length;
  // Varselet venter til skrivingen tar en pause (som feltenes egne meldinger), men forsvinner straks alt er riktig.
  const visFeil = Math.min(antallFeil, useUtsatt(antallFeil)) > 0;
  const kalkulatortall = useKalkulatortall();

  return (
    <div className={stil.rot}>
      <div className={stil.skjema}>
        <Card className={stil.kort}>
          <Subtitle2 as="h2">Plan</Subtitle2>
          <Text className={stil.forklaring}>
            {tolket.kundenavn && tolket.innbyggere !== null
              ? `${tolket.kundenavn}, med tjenestene fra Kalkulator-fanen. År Y bruker folkemengden 1. januar Y − 1 når den er kjent, ellers framskrevet med befolkningsveksten.`
              : "Budsjettet bygger på kunden og tjenestene i Kalkulator-fanen."}
          </Text>
          <Budsjettinndata skjema={budsjettskjema} endre={endre} feltfeil={feltfeil} befolkningsar={skjema.ar} />
        </Card>
        {svar.kalkulator.type === "ok" && (
          <>
            <Card className={stil.kort}>
              <Subtitle2 as="h2">Oppstart</Subtitle2>
              <Text className={stil.forklaring}>Grunnfinansieringen og tjenester uten valg løper hele planen.</Text>
              <Budsjettoppstart skjema={budsjettskjema} endre={endre} feltfeil={feltfeil} tjenester={svar.oppstartstjenester} kvartaler={kvartaler} />
            </Card>
            <Card className={stil.kort}>
              <Subtitle2 as="h2">Digifin-avgifter</Subtitle2>
              <Budsjettdigifin skjema={budsjettskjema} endre={endre} feltfeil={feltfeil} kvartaler={kvartaler} losninger={LOSNINGER} />
            </Card>
          </>
        )}
      </div>
      {svar.kalkulator.type === "ok" && (
        <Sammendragslinje
          navn="Sammendrag mens du skriver"
          tall={[
            ...kalkulatortall(svar.kalkulator.resultat.sum),
            ...(beregning.type === "ok" ? [{ etikett: budsjettvisning(beregning.budsjett).tittel, verdi: kr(new Decimal(beregning.budsjett.sum)) }] : []),
          ]}
        />
      )}
      <Card className={stil.kort}>
        <Subtitle2 as="h2">{beregning.type === "ok" ? budsjettvisning(beregning.budsjett).tittel : "Budsjett"}</Subtitle2>
        {visFeil && (
          <MessageBar intent="warning">
            <MessageBarBody>Noen felt har ugyldige verdier og er holdt utenfor planen. Se feltene merket med rødt{Object.keys(tolket.feltfeil).length > 0 ? " (også i Kalkulator-fanen)" : ""}.</MessageBarBody>
          </MessageBar>
        )}
        {beregning.type === "feil" && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody><MessageBarTitle>Kan ikke lage planen</MessageBarTitle>{beregning.melding}</MessageBarBody>
          </MessageBar>
        )}
        {beregning.type === "tom" && <Text>{beregning.melding}</Text>}
        {beregning.type === "ok" && beregning.budsjett.advarsler.map((advarsel) => (
          <MessageBar key={advarsel} intent="warning" layout="multiline">
            <MessageBarBody><MessageBarTitle>Befolkningsåret passer ikke planen</MessageBarTitle>{advarsel}</MessageBarBody>
          </MessageBar>
        ))}
        {beregning.type === "ok" && tabeller && (
          <>
            <div aria-live="polite">
              <Text block size={200}>Sum for planen</Text>
              <Text className={stil.nokkeltall}>{kr(new Decimal(beregning.budsjett.sum))}</Text>
            </div>
            <Text className={stil.forklaring}>
              {storForbokstav(budsjettvisning(beregning.budsjett).forutsetninger)}.
              {" "}{planGrunnlag(beregning.budsjett)} Hele kroner; KS fakturerer kvartalsvis.
            </Text>
            <Budsjettdiagram budsjett={beregning.budsjett} />
            <div className={stil.ar}>
              {tabeller.ar.map((a) => <Budsjettar key={a.ar} ar={a} apen={apne.has(a.ar)} veksle={() => veksle(a.ar)} />)}
            </div>
            <Budsjettabell tabeller={tabeller} apne={apne} veksle={veksle} className={stil.tabell} />
            {budsjettvisning(beregning.budsjett).merknader.map((merknad) => (
              <Text key={merknad} size={200} className={stil.forklaring}>{merknad}</Text>
            ))}
            <Text size={200} className={stil.forklaring}>Regnet med {iSetning(matrisenavn(aktiv))}.</Text>
          </>
        )}
        <Divider />
        <BudsjettSettInn skjema={skjema} svar={svar} aktiv={aktiv} />
        {svar.beregning.type === "ok" && <LastNedArbeidsbok aktiv={aktiv} budsjett={{ valg: svar.beregning.valg, befolkning: svar.beregning.befolkning, folketall: skjema.folketall }} />}
      </Card>
    </div>
  );
}
