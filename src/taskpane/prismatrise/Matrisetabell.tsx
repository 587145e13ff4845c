import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { BRED, SMAL } from "../felles/brytepunkt";
import { IKKE_TILBUDT, type Matrisetabell as Tabell } from "./matrisevisning";
import { useTabellstil } from "../felles/tabellstil";
import { Toradsliste } from "../felles/Toradsliste";

const useStyles = makeStyles({
  rot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  tittel: { fontWeight: tokens.fontWeightSemibold, [BRED]: { display: "none" } },
  bred: { [SMAL]: { display: "none" } },
  smal: { [BRED]: { display: "none" } },
  merknad: { color: tokens.colorNeutralForeground2 },
});

/**
 * Én tabell i matrisen (eller SvarUt): navn til venstre, tall høyrejustert under høyrejusterte overskrifter. En
 * tabell med fire kolonner får ikke plass i 320 px med lesbare navn: der er den `linjer`, to linjer per tjeneste.
 */
export function Matrisetabell({ tabell, linjer = false }: { tabell: Tabell; linjer?: boolean }) {
  const stil = useStyles();
  const t = useTabellstil();
  const [, a, b, c] = tabell.kolonner;
  const poster = !linjer ? [] : tabell.rader.map(([navn, x, y, z]) => (x === IKKE_TILBUDT
    ? { navn, hoved: IKKE_TILBUDT, hovedNavn: a, detalj: "tilbys ikke", endring: "", endringNavn: c }
    : { navn, hoved: x, hovedNavn: a, detalj: `${y} ${b.toLowerCase()}`, endring: z, endringNavn: c.replace("\u00ad", "") }));
  return (
    <div className={stil.rot}>
      {linjer && <Text className={stil.tittel}>{tabell.tittel}: fastpris, innbyggerpris og størrelsesjustering</Text>}
      {linjer && <Toradsliste poster={poster} navn={tabell.tittel} className={stil.smal} />}
      <table className={mergeClasses(t.tabell, linjer && stil.bred)}>
        <caption>{tabell.tittel}</caption>
        <thead>
          <tr>{tabell.kolonner.map((k, i) => <th key={k} scope="col" data-tall={i > 0 || undefined}>{k}</th>)}</tr>
        </thead>
        <tbody>
          {tabell.rader.map((r) => (
            <tr key={r[0]}>
              <th scope="row">{r[0]}</th>
              {r.slice(1).map((x, i) => <td key={i} data-tall>{x}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200} className={stil.merknad}>{tabell.merknad}</Text>
    </div>
  );
}
