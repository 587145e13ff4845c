import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Effektsammendrag as Sammendrag } from "../../core";
import type { Analyse } from "./analyse";
import { ore } from "./hvaom";
import { heltall, kr, synligProsent } from "../felles/format";
import { useFortegnsfarge } from "../felles/Nokkeltall";

const useStyles = makeStyles({
  rot: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(7.5rem, 1fr))", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0 },
  etikett: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  tall: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

interface Props {
  analyse: Analyse;
  sammendrag: Sammendrag;
  /** Tjenesten glidebryterne justerer. */
  tjeneste: string;
}

/** Sektorens nye inntekt, endringen mot grunnlaget, og inntekten fra tjenesten som justeres. */
export function Effektsammendrag({ analyse, sammendrag, tjeneste }: Props) {
  const stil = useStyles();
  const farge = useFortegnsfarge();
  const t = sammendrag.total;
  const inntekt = sammendrag.tjenester.find((s) => s.tjeneste === tjeneste);
  const mot = analyse.sammenligning === "standard" ? "mot standard 2025" : `mot dagens pris (${heltall(t.medGrunnlag)} kunder)`;
  return (
    <dl className={stil.rot} aria-live="polite" aria-label="Sammendrag for hele sektoren">
      <div><dt className={stil.etikett}>Ny inntekt, alle kunder</dt><dd className={stil.tall} data-testid="hvaom-total">{kr(t.ny)}</dd></div>
      <div>
        <dt className={stil.etikett}>Endring {mot}</dt>
        <dd className={mergeClasses(stil.tall, farge(t.endringKr))} data-testid="hvaom-endring">{kr(t.endringKr)} ({synligProsent(t.endringProsent)})</dd>
      </div>
      <div>
        <dt className={stil.etikett}>Inntekt fra {tjeneste}</dt>
        <dd className={stil.tall} data-testid="hvaom-inntekt">{inntekt ? kr(inntekt.inntekt) : "–"}</dd>
      </div>
      <div>
        <dt className={stil.etikett}>Eksakt (før avrunding)</dt>
        <dd className={stil.tall} data-testid="hvaom-eksakt">{inntekt ? ore(inntekt.inntektEksakt) : "–"}</dd>
      </div>
    </dl>
  );
}
