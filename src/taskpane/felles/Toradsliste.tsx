import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  liste: { listStyle: "none", margin: 0, padding: 0 },
  rad: {
    display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, rowGap: "2px",
    padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  navn: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  tall: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  hoved: { fontWeight: tokens.fontWeightSemibold },
  detalj: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  skjult: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface Toradspost {
  navn: string;
  /** Hovedtallet, til høyre for navnet; skjermlesere leser `hovedNavn` foran det («Ny pris»). */
  hoved: string;
  hovedNavn: string;
  detalj: string;
  /** Endringen, til høyre på detaljlinjen. */
  endring: string;
  endringNavn: string;
  endringKlasse?: string;
}

/**
 * To linjer per punkt, laget for en 320 px rute: navn og hovedtall, så en detalj og endringen; tallene brytes aldri
 * og står i høyre kant, teksten brytes. Elementene har data-felt="hoved"/"endring" for nettlesertestene; etikettene
 * bare skjermlesere hører, er merket data-skjermleser.
 */
export function Toradsliste({ poster, navn, className }: { poster: Toradspost[]; navn: string; className?: string }) {
  const stil = useStyles();
  return (
    <ul className={mergeClasses(stil.liste, className)} aria-label={navn}>
      {poster.map((p) => (
        <li key={p.navn} className={stil.rad} data-post={p.navn}>
          <span className={stil.navn}>{p.navn}</span>
          <span className={mergeClasses(stil.tall, stil.hoved)} data-felt="hoved"><span className={stil.skjult} data-skjermleser>{p.hovedNavn}: </span>{p.hoved}</span>
          <span className={stil.detalj}>{p.detalj}</span>
          <span className={mergeClasses(stil.tall, stil.detalj, p.endringKlasse)} data-felt="endring"><span className={stil.skjult} data-skjermleser>{p.endringNavn}: </span>{p.endring}</span>
        </li>
      ))}
    </ul>
  );
}
