import { Text } from "@fluentui/react-components";
import { Decimal, type Effektsammendrag, type Tjenesteinntekt, prisendring } from "../../core";
import { antall, heltall, kr, synligProsent } from "../felles/format";
import { useFortegnsfarge } from "../felles/Nokkeltall";
import { type Toradspost, Toradsliste } from "../felles/Toradsliste";

interface Props {
  sammendrag: Effektsammendrag;
  /** Inntekt per tjeneste med standard prismatrise 2025 («før»), eller null når det ikke er noe å sammenligne. */
  standard: Tjenesteinntekt[] | null;
}

/** Inntekt per tjeneste slik den faktureres (hver linje avrundet), før og etter, og summene mot grunnlaget. */
export function Inntektsliste({ sammendrag, standard }: Props) {
  const farge = useFortegnsfarge();
  const endring = (gammel: Decimal, ny: Decimal) => `${kr(ny.minus(gammel))} (${synligProsent(prisendring(gammel, ny))})`;
  const poster: Toradspost[] = sammendrag.tjenester.map((s) => {
    const gammel = standard ? standard.find((g) => g.tjeneste === s.tjeneste)?.inntekt ?? new Decimal(0) : null;
    return {
      navn: s.tjeneste, hoved: kr(s.inntekt), hovedNavn: "Inntekt",
      detalj: `${antall(s.antallKunder, "kunde", "kunder")}${gammel ? ` · 2025: ${kr(gammel)}` : ""}`,
      endring: gammel ? endring(gammel, s.inntekt) : "", endringNavn: "Endring mot 2025", endringKlasse: gammel ? farge(s.inntekt.minus(gammel)) : undefined,
    };
  });
  const t = sammendrag.total;
  const dagens = sammendrag.grunnlinje === "dagens_pris";
  poster.push(dagens
    ? {
      navn: `Kunder med dagens pris (${heltall(t.medGrunnlag)} av ${heltall(sammendrag.antallKunder)})`, hoved: kr(t.nyMedGrunnlag), hovedNavn: "Ny pris",
      detalj: `I dag ${kr(t.gammel)}`, endring: endring(t.gammel, t.nyMedGrunnlag), endringNavn: "Endring", endringKlasse: farge(t.endringKr),
    }
    : {
      navn: "Sum alle tjenester", hoved: kr(t.ny), hovedNavn: "Inntekt",
      detalj: standard ? `2025: ${kr(t.gammel)}` : antall(sammendrag.antallKunder, "kunde", "kunder"),
      endring: standard ? endring(t.gammel, t.ny) : "", endringNavn: "Endring mot 2025", endringKlasse: standard ? farge(t.endringKr) : undefined,
    });
  return (
    <>
      <Toradsliste poster={poster} navn="Inntekt per tjeneste" />
      {dagens && t.medGrunnlag < sammendrag.antallKunder && (
        <Text size={200}>{antall(sammendrag.antallKunder - t.medGrunnlag, "kunde", "kunder")} har ingen pris i dag og er holdt utenfor summen og båndene.</Text>
      )}
    </>
  );
}
