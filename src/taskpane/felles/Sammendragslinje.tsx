import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Kalkulatorsum } from "../../core";
import { TO_SPALTER } from "./brytepunkt";
import { kr, prosent } from "./format";
import { useFortegnsfarge } from "./Nokkeltall";

const useStyles = makeStyles({
  // Står nederst i bildet mens brukeren fyller ut skjemaet over den, og blir liggende over svaret når det nås.
  rot: {
    position: "sticky", bottom: 0, zIndex: 1, margin: 0,
    display: "flex", flexWrap: "wrap", justifyContent: "space-between", gap: `0 ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1, borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8, borderRadius: tokens.borderRadiusMedium,
    // Side om side med svaret trengs den ikke.
    [TO_SPALTER]: { display: "none" },
  },
  tall: { display: "flex", flexDirection: "column", minWidth: 0 },
  etikett: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground2 },
  verdi: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export interface Sammendragstall {
  etikett: string;
  verdi: string;
  klasse?: string;
}

/** Tallene i kalkulatorens sammendrag: I dag · Ny pris · Endring (kjernens summer). */
export function useKalkulatortall(): (sum: Kalkulatorsum) => Sammendragstall[] {
  const farge = useFortegnsfarge();
  return (sum) => [
    { etikett: "I dag", verdi: kr(sum.eksisterende) },
    { etikett: "Ny pris", verdi: kr(sum.ny) },
    { etikett: "Endring", verdi: `${kr(sum.endringKr)} (${prosent(sum.endringProsent)})`, klasse: farge(sum.endringKr) },
  ];
}

/**
 * Et kompakt sammendrag som står i bildet mens skjemaet fylles ut i en smal rute (Excel gir 320–400 px), der svaret
 * ellers ligger langt nede. Ikke en levende region: svaret selv (Nokkeltall) sier fra til skjermlesere.
 */
export function Sammendragslinje({ tall, navn }: { tall: Sammendragstall[]; navn: string }) {
  const stil = useStyles();
  return (
    <dl className={stil.rot} aria-label={navn} data-testid="sammendragslinje">
      {tall.map((t) => (
        <div key={t.etikett} className={stil.tall}>
          <dt className={stil.etikett}>{t.etikett}</dt>
          <dd className={mergeClasses(stil.verdi, t.klasse)}>{t.verdi}</dd>
        </div>
      ))}
    </dl>
  );
}
