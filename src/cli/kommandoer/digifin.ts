import { digifinAvgift, KUNDETYPENAVN, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, tolkInnbyggere, tolkKundetype } from "../../core";
import { antall, type Kommando, jsonTall, kr, pakrevd, tekstTabell, valgfri, valg } from "../felles";

export const digifin: Kommando = {
  navn: "digifin",
  sammendrag: "Digifin prosjektavgift: fastledd etter trinn + variabelledd (+ medlemskap)",
  hjelp: `Bruk: fikspris digifin --innbyggere P [--losning Digihelse|Digiorden] [--kundetype K] [--medlemskap] [--json]

Regner ut Digifin-prosjektavgiften (engangsbeløp):
  avgift = fastledd (etter innbyggertrinn) + variabelledd × P (+ medlemskap × P)
Trinnene er «fra og med – til og med»: Digihelse med nøyaktig 5 000 innbyggere betaler 40 000 kr i fastledd.

Valg:
  --innbyggere P    innbyggertall, heltall ≥ 0 (påkrevd)
  --losning L       Digihelse (standard) eller Digiorden
  --kundetype K     KOMMUNE (standard) eller FYLKESKOMMUNE
  --medlemskap      ta med Digifin-medlemskap (20 kr per innbygger for kommuner, 5 kr for fylkeskommuner)
  --json            maskinlesbart svar: {"losning","innbyggere","fastledd","variabelledd","medlemskap","pris"}

Eksempel:
  fikspris digifin --innbyggere 4999 --medlemskap`,
  valg: valg(["innbyggere", "losning", "kundetype"], ["medlemskap"]),
  kjor(a) {
    const innbyggere = tolkInnbyggere(pakrevd(a, "innbyggere"), "--innbyggere");
    const kundetype = tolkKundetype(valgfri(a, "kundetype"), "--kundetype");
    const losning = valgfri(a, "losning") ?? "Digihelse";
    const medMedlemskap = a.verdier.medlemskap === true;
    const avgift = digifinAvgift(STANDARD_DIGIFIN, MEDLEMSKAPSSATSER, innbyggere, losning, kundetype, medMedlemskap);
    const rader = [
      ["Fastledd", kr(avgift.fastledd)],
      ["Variabelledd", kr(avgift.variabelledd)],
      ["Medlemskap", medMedlemskap ? kr(avgift.medlemskap) : "ikke med"],
      ["Sum", kr(avgift.pris)],
    ];
    return {
      json: {
        losning: avgift.losning,
        innbyggere,
        fastledd: jsonTall(avgift.fastledd),
        variabelledd: jsonTall(avgift.variabelledd),
        medlemskap: jsonTall(avgift.medlemskap),
        pris: jsonTall(avgift.pris),
      },
      tekst:
        `Digifin-avgift for ${avgift.losning}, ${KUNDETYPENAVN[kundetype].toLowerCase()} med ${antall(innbyggere)} innbyggere\n\n` +
        tekstTabell(["Ledd", "Beløp"], rader, [false, true]),
    };
  },
};
