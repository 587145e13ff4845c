import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Budsjettcelle, budsjettcelletekst } from "../../core";
import { heltall } from "../felles/format";

const useStyles = makeStyles({
  rutenett: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS, margin: 0 },
  kvartal: { display: "flex", flexDirection: "column", minWidth: 0 },
  navn: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  tall: { margin: 0, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** En celle fra kjernens budsjettabeller: hele kroner uten «kr»; et tomt kvartal vises som «–», som i regnskapstabeller. */
export const budsjettcelle = (c: Budsjettcelle) => budsjettcelletekst(c, heltall);

/** De fire kvartalene side om side (K1–K4), beløp i hele kroner. */
export function Budsjettkvartaler({ kvartal, className }: { kvartal: readonly Budsjettcelle[]; className?: string }) {
  const stil = useStyles();
  return (
    <dl className={mergeClasses(stil.rutenett, className)}>
      {kvartal.map((belop, k) => (
        <div key={k} className={stil.kvartal}>
          <dt className={stil.navn}>K{k + 1}</dt>
          <dd className={stil.tall}>{budsjettcelle(belop)}</dd>
        </div>
      ))}
    </dl>
  );
}
