import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { MIN_KOMMUNE, TALLKRAV } from "../../core";
import { tallregel } from "../felles/feltregel";
import { type Feltfeil, feltnokkel } from "../felles/skjema";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  // Side om side når det er plass; i Excels smale rute brytes prisfeltet ned under navnet, med innrykk.
  rad: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, minHeight: "36px" },
  navn: { flex: "1 1 12rem", minWidth: 0 },
  pris: { flex: "0 1 10rem", minWidth: "8rem", marginLeft: "auto", paddingLeft: tokens.spacingHorizontalXXL },
});

type Valg = { valgt: boolean; eksisterende: string };

const BELOP = tallregel(TALLKRAV.belop);

interface Props {
  navn: string;
  valg: Valg;
  feil: Feltfeil;
  endre: (endring: Partial<Valg>) => void;
}

/** Én tjeneste i bruk i dag: krysset av, med dagens pris slik den er skrevet. */
export function Brukttjeneste({ navn, valg, feil, endre }: Props) {
  const stil = useStyles();
  return (
    <div className={stil.rad}>
      <Checkbox
        className={stil.navn}
        label={navn === MIN_KOMMUNE ? `${navn} (utgått, inngår i grunnfinansieringen)` : navn}
        checked={valg.valgt}
        onChange={(_, d) => endre({ valgt: d.checked === true })}
      />
      {valg.valgt && (
        <Tallfelt
          className={stil.pris}
          navn={`Eksisterende pris for ${navn}`}
          plassholder="Dagens pris"
          etter="kr"
          verdi={valg.eksisterende}
          regel={BELOP}
          endre={(eksisterende) => endre({ eksisterende })}
          feil={feil[feltnokkel.eksisterende(navn)]}
        />
      )}
    </div>
  );
}
