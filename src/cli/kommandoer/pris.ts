import {
  finnMatrisetjeneste, KUNDETYPENAVN, rundHalvOpp, tjenestepris, tolkDesimaler, tolkInnbyggere, tolkKundetype,
} from "../../core";
import { antall, type Kommando, jsonTall, kr, lesMatrise, filadvarsler, pakrevd, valgfri, valg } from "../felles";

export const pris: Kommando = {
  navn: "pris",
  sammendrag: "Årspris for en tjeneste etter innbyggertall (fastpris + størrelsesjustert innbyggerpris)",
  hjelp: `Bruk: fikspris pris --tjeneste T --innbyggere P [--kundetype K] [--matrise FIL] [--desimaler D] [--json]

Regner ut årsprisen for en tjeneste i prismatrisen:
  pris = fastpris + innbyggerpris × P × (1 − størrelsesjustering × P / referanseinnbyggertall)
Statlige virksomheter betaler «Fastpris statlige» der matrisen har den.

Valg:
  --tjeneste T      tjenestenavn, f.eks. «Fiks Digisos» eller «digisos» (påkrevd)
  --innbyggere P    innbyggertall, heltall ≥ 0 (påkrevd)
  --kundetype K     KOMMUNE (standard), FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …
  --matrise FIL     egen prismatrise som CSV (samme oppsett som «fikspris matrise --csv»)
  --desimaler D     antall desimaler, 0–10 (standard 0: hele kroner, avrundet halvt opp)
  --json            maskinlesbart svar: {"tjeneste","kundetype","innbyggere","pris"}

Eksempel:
  fikspris pris --tjeneste "Fiks Digisos" --innbyggere 53712`,
  valg: valg(["tjeneste", "innbyggere", "kundetype", "matrise", "desimaler"]),
  kjor(a) {
    const matrisesti = valgfri(a, "matrise");
    const matrise = lesMatrise(matrisesti);
    const tjeneste = finnMatrisetjeneste(matrise, pakrevd(a, "tjeneste"), "--tjeneste");
    const innbyggere = tolkInnbyggere(pakrevd(a, "innbyggere"), "--innbyggere");
    const kundetype = tolkKundetype(valgfri(a, "kundetype"), "--kundetype");
    const desimaler = tolkDesimaler(valgfri(a, "desimaler"), "--desimaler");
    const belop = rundHalvOpp(tjenestepris(matrise, tjeneste, innbyggere, kundetype), desimaler);
    return {
      json: { tjeneste: tjeneste.navn, kundetype, innbyggere, pris: jsonTall(belop) },
      tekst: `${tjeneste.navn}, ${KUNDETYPENAVN[kundetype].toLowerCase()} med ${antall(innbyggere)} innbyggere: ${kr(belop, desimaler)}`,
      advarsler: filadvarsler(matrise, matrisesti),
    };
  },
};
