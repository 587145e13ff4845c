import { makeStyles, tokens } from "@fluentui/react-components";
import { TALLKRAV } from "../../core";
import { tallregel } from "../felles/feltregel";
import { type Feltfeil, type Skjema, VOLUMFELT, feltnokkel } from "../felles/skjema";
import { Feltgruppe } from "../felles/Feltgruppe";
import { Tallfelt } from "../felles/Tallfelt";

const useStyles = makeStyles({
  felt: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(7.5rem, 1fr))", gap: tokens.spacingHorizontalM },
});

interface Props {
  skjema: Skjema;
  endre: (endring: Partial<Skjema>) => void;
  feltfeil: Feltfeil;
}

/** SvarUts antall per år (tomt = 0); et ugyldig antall holder SvarUt utenfor beregningen («na.»). */
export function Svarutvolum({ skjema, endre, feltfeil }: Props) {
  const stil = useStyles();
  return (
    <Feltgruppe tittel="SvarUt: antall per år">
      <div className={stil.felt}>
        {VOLUMFELT.map(({ felt, navn }) => (
          <Tallfelt
            key={felt}
            etikett={navn}
            heltall
            plassholder="0"
            verdi={skjema.volum[felt]}
            regel={tallregel(TALLKRAV.volum)}
            endre={(tekst) => endre({ volum: { ...skjema.volum, [felt]: tekst } })}
            feil={feltfeil[feltnokkel.volum(felt)]}
          />
        ))}
      </div>
    </Feltgruppe>
  );
}
