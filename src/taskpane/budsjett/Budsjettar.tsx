import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { type Budsjettarsvisning, type Budsjettcelle, budsjettcelletekst, Decimal } from "../../core";
import { heltall, kr, udeleligeTall } from "../felles/format";
import { Budsjettkvartaler } from "./Budsjettkvartaler";

const useStyles = makeStyles({
  kort: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  topp: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ar: { margin: 0 },
  sum: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  detalj: { color: tokens.colorNeutralForeground2 },
  knapp: { alignSelf: "flex-start", paddingLeft: 0, minWidth: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalXS },
  liste: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  linje: { display: "flex", flexDirection: "column", gap: "2px", paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  linjetopp: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  navn: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  belop: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** Et beløp fra kjernens tabell i kroner («59 924 kr»); en celle som ikke er kroner, vises som kjernen skriver den (aldri «0 kr»). */
const kroner = (c: Budsjettcelle) => (c.type === "kr" ? kr(new Decimal(c.verdi)) : budsjettcelletekst(c, heltall));

interface Props {
  ar: Budsjettarsvisning;
  apen: boolean;
  veksle: () => void;
}

/** Ett år i planen: summen og innbyggertallet, og (utvidet) kvartalene og hver tjeneste med sine kvartaler. */
export function Budsjettar({ ar: a, apen, veksle }: Props) {
  const stil = useStyles();
  const tittel = useId();
  const panel = useId();
  // En Digifin-avgift står bare det året den betales.
  const linjer = a.linjer.filter((l) => l.vises);
  return (
    <section className={stil.kort} aria-labelledby={tittel}>
      <div className={stil.topp}>
        <Subtitle2 as="h3" id={tittel} className={stil.ar}>{a.ar}</Subtitle2>
        <Text className={stil.sum}>{kroner(a.sum[0])}</Text>
      </div>
      <Text size={200} className={stil.detalj}>{udeleligeTall(a.innbyggere)}</Text>
      <Button
        appearance="transparent"
        size="small"
        className={stil.knapp}
        aria-expanded={apen}
        aria-controls={panel}
        aria-label={`${apen ? "Skjul" : "Vis"} kvartaler og tjenester for ${a.ar}`}
        onClick={veksle}
      >
        <span aria-hidden="true">{apen ? "▾" : "▸"}&nbsp;</span>{apen ? "Skjul kvartaler og tjenester" : "Vis kvartaler og tjenester"}
      </Button>
      <div id={panel} hidden={!apen} className={apen ? stil.panel : undefined}>
        {apen && (
          <>
            <div>
              <Text size={200} weight="semibold">Sum per kvartal</Text>
              <Budsjettkvartaler kvartal={a.sum.slice(1)} />
            </div>
            <ul className={stil.liste} aria-label={`Tjenester i ${a.ar}`}>
              {linjer.map((l) => {
                const detalj = udeleligeTall(l.detalj);
                return (
                  <li key={l.tjeneste} className={stil.linje}>
                    <div className={stil.linjetopp}>
                      <Text className={stil.navn}>{l.tjeneste}</Text>
                      <Text className={stil.belop}>{kroner(l.celler[2])}</Text>
                    </div>
                    {detalj && <Text size={200} className={stil.detalj}>{detalj}</Text>}
                    <Budsjettkvartaler kvartal={l.celler.slice(3)} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
