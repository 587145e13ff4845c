import {
  Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import {
  type Befolkningsar, STANDARD_SVARUT, TabellFeil, alleKunder, formaterProblem, matriseadvarsler, prismatriseTilTekstceller,
  svarUtTabellTilTekstceller,
  tolkPrismatrise,
} from "../../core";
import { arkadresse, prismatriseark } from "../arkoppsett";
import { type AktivMatrise, STANDARD, matrisenavn, useArbeidsbok } from "../tilstand";
import { Arkhandling, type Utfall } from "./Arkhandling";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  kort: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  ramme: { overflowX: "auto" },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  tabell: { width: "auto", tableLayout: "auto" },
  navn: { whiteSpace: "nowrap" },
  overskrift: { verticalAlign: "bottom", fontWeight: tokens.fontWeightSemibold, "& > div": { justifyContent: "flex-end", textAlign: "right" } },
  handlinger: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  liste: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface Props {
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
  ar: Befolkningsar;
}

function Celletabell({ celler, tittel }: { celler: string[][]; tittel: string }) {
  const stil = useStyles();
  return (
    <div className={stil.ramme} role="region" aria-label={tittel} tabIndex={0}>
      <Table size="extra-small" aria-label={tittel} className={stil.tabell}>
        <TableHeader>
          <TableRow>
            {celler[0].map((c, i) => <TableHeaderCell key={c} scope="col" className={i > 0 ? stil.overskrift : undefined}>{c}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {celler.slice(1).map((rad) => (
            <TableRow key={rad[0]}>
              {rad.map((c, i) => <TableCell key={i} className={i > 0 ? stil.tall : stil.navn}>{c}</TableCell>)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Problem list with sheet addresses ("Prismatrise!D7: …"). */
export function problemliste(feil: TabellFeil, omrade: string): string[] {
  return feil.problemer.map((p) => (p.celle ? `${arkadresse(omrade, p.celle)}: ${p.melding}` : formaterProblem(p)));
}

export function Prismatrisevisning({ aktiv, settAktiv, ar }: Props) {
  const advarsler = useMemo(() => matriseadvarsler(aktiv.matrise, alleKunder(ar)), [aktiv.matrise, ar]);
  const stil = useStyles();
  const arbeidsbok = useArbeidsbok();
  const fraArk = aktiv.kilde.type === "ark" ? aktiv.kilde : null;

  const settInn = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const { ark } = await arbeidsbok.skrivArk(prismatriseark(aktiv.matrise, STANDARD_SVARUT, matrisenavn(aktiv)), fremdrift);
    return { type: "ok", melding: `Prismatrisen og SvarUt-tabellen er satt inn i det nye arket «${ark}» som Excel-tabeller. Endre tallene, merk en celle i prismatrisen og velg «Bruk prismatrise fra arket».` };
  };

  const brukFraArk = async (fremdrift: (m: string) => void): Promise<Utfall> => {
    const utvalg = await arbeidsbok.lesUtvalg(fremdrift);
    fremdrift("Kontrollerer prismatrisen …");
    try {
      const matrise = tolkPrismatrise(utvalg.verdier, { ar });
      settAktiv({ matrise, kilde: { type: "ark", adresse: utvalg.adresse, lest: new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" }) } });
      return { type: "ok", melding: `Kalkulatoren og grafen bruker nå prismatrisen fra ${utvalg.adresse} (${matrise.tjenester.length} tjenester).` };
    } catch (feil) {
      if (!(feil instanceof TabellFeil)) throw feil;
      const liste = problemliste(feil, utvalg.adresse);
      return {
        type: "feil",
        tittel: `Prismatrisen i ${utvalg.adresse} har ${liste.length} ${liste.length === 1 ? "feil" : "feil"}; den er ikke tatt i bruk`,
        melding: <ul className={stil.liste}>{liste.map((l) => <li key={l}>{l}</li>)}</ul>,
      };
    }
  };

  return (
    <div className={stil.rot}>
      <MessageBar intent={fraArk ? "warning" : "info"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Prismatrise i bruk</MessageBarTitle>
          {fraArk ? `Fra arket: ${fraArk.adresse} (lest kl. ${fraArk.lest}).` : "Standard prismatrise 2025 (KS DIF, publisert juni 2024)."}
        </MessageBarBody>
      </MessageBar>
      {fraArk && <div><Button onClick={() => settAktiv(STANDARD)}>Bruk standard prismatrise 2025</Button></div>}
      {advarsler.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Advarsler om prismatrisen</MessageBarTitle>
            <ul className={stil.liste}>
              {advarsler.map((a) => (
                <li key={a.celle + a.melding}>{fraArk && a.celle ? `${arkadresse(fraArk.adresse, a.celle)}: ` : ""}{a.melding}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Card className={stil.kort}>
        <Subtitle2 as="h2">Arbeid med prismatrisen i Excel</Subtitle2>
        {!arbeidsbok.tilgjengelig && <Text size={200}>{arbeidsbok.grunn}</Text>}
        <div className={stil.handlinger}>
          <Text size={200}>Sett inn prismatrisen som Excel-tabell i et nytt ark for å endre den:</Text>
          <Arkhandling tekst="Sett inn prismatrise" utfor={settInn} visGrunn={false} />
          <Text size={200}>Merk prismatrisen (eller én celle i tabellen) i arket først:</Text>
          <Arkhandling tekst="Bruk prismatrise fra arket" utfor={brukFraArk} appearance="secondary" visGrunn={false} />
        </div>
      </Card>
      <Card className={stil.kort}>
        <Subtitle2 as="h2">{matrisenavn(aktiv)}</Subtitle2>
        <Celletabell celler={prismatriseTilTekstceller(aktiv.matrise)} tittel="Prismatrise" />
        <Subtitle2 as="h3">SvarUt (fastpris + transaksjonspris)</Subtitle2>
        <Celletabell celler={svarUtTabellTilTekstceller(STANDARD_SVARUT)} tittel="SvarUt-priser" />
      </Card>
    </div>
  );
}
