import { finnOrganisasjon, KILDE, KUNDETYPENAVN, medFolketall, tolkBefolkningsar } from "../../core";
import { antall, BrukFeil, type Kommando, lesFolketall, valg } from "../felles";

export const innbyggere: Kommando = {
  navn: "innbyggere",
  sammendrag: "Innbyggertall for en kommune eller fylkeskommune (SSB, 1. januar)",
  hjelp: `Bruk: fikspris innbyggere ORG [--ar 2024|2025|2026] [--innbyggerfil FIL] [--json]

Slår opp en kommune eller fylkeskommune på nummer (3205, 0301, 301) eller navn (Bodø, bodo, Oslove).
Tvetydige navn (Herøy, Våler) gir feil med kandidatene; bruk nummeret eller hele navnet.
${KILDE}.

Valg:
  --ar ÅR           befolkning 1. januar dette året: 2024 (standard, grunnlaget for KS' publiserte
                    2025-priser), 2025 eller 2026 (grunnlaget for 2027-prisene)
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); --ar kan da være filens år
  --json            maskinlesbart svar: {"nummer","navn","kundetype","ar","innbyggere"}

Eksempel:
  fikspris innbyggere Bodø --ar 2026`,
  valg: valg(["ar", "innbyggerfil"]),
  posisjonelle: true,
  kjor(a) {
    if (a.posisjonelle.length === 0) throw new BrukFeil("Oppgi kommunen eller fylkeskommunen, f.eks. «fikspris innbyggere Bodø».");
    const org = finnOrganisasjon(a.posisjonelle.join(" "));
    const fil = lesFolketall(a);
    const ar = tolkBefolkningsar(a.verdier.ar, "--ar", fil?.ar);
    const innbyggere = medFolketall(org.innbyggere, org.nummer, fil)[ar];
    const kilde = fil?.tall.has(ar) ? ` (fra ${fil.fil})` : "";
    return {
      json: { nummer: org.nummer, navn: org.navn, kundetype: org.kundetype, ar, innbyggere },
      tekst: `${org.navn} (${org.nummer}), ${KUNDETYPENAVN[org.kundetype].toLowerCase()}: ${antall(innbyggere)} innbyggere 1. januar ${ar}${kilde}`,
    };
  },
};
