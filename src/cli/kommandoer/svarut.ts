import { KUNDETYPENAVN, rundHalvOpp, STANDARD_SVARUT, svarUtPris, tolkDesimaler, tolkKundetype, tolkVolum } from "../../core";
import { antall, type Kommando, jsonTall, kr, valgfri, valg } from "../felles";

export const svarut: Kommando = {
  navn: "svarut",
  sammendrag: "SvarUt-pris: fastpris + transaksjonspris",
  hjelp: `Bruk: fikspris svarut --altinn N --forsendelser N --svarinn N [--kundetype K] [--desimaler D] [--json]

Regner ut årsprisen for SvarUt:
  pris = fastpris + altinn × pris_altinn + forsendelser × pris_forsendelse + svarinn × pris_svarinn
Kommuner, fylkeskommuner, IKS og kommunale virksomheter har én prisliste; statlige og private en annen.

Valg:
  --altinn N        antall Altinn-transaksjoner per år (heltall ≥ 0; utelatt = 0)
  --forsendelser N  antall forsendelser per år (heltall ≥ 0; utelatt = 0)
  --svarinn N       antall SvarInn-mottak per år (heltall ≥ 0; utelatt = 0)
  --kundetype K     KOMMUNE (standard), FYLKESKOMMUNE, STATLIG_VIRKSOMHET, PRIVAT_VIRKSOMHET, …
  --desimaler D     antall desimaler, 0–10 (standard 0: hele kroner, avrundet halvt opp)
  --json            maskinlesbart svar: {"kundetype","pris"}

Eksempel:
  fikspris svarut --altinn 1000 --forsendelser 50000 --svarinn 200`,
  valg: valg(["altinn", "forsendelser", "svarinn", "kundetype", "desimaler"]),
  kjor(a) {
    const volum = {
      altinn: tolkVolum(valgfri(a, "altinn"), "--altinn"),
      forsendelser: tolkVolum(valgfri(a, "forsendelser"), "--forsendelser"),
      svarinn: tolkVolum(valgfri(a, "svarinn"), "--svarinn"),
    };
    const kundetype = tolkKundetype(valgfri(a, "kundetype"), "--kundetype");
    const desimaler = tolkDesimaler(valgfri(a, "desimaler"), "--desimaler");
    const belop = rundHalvOpp(svarUtPris(STANDARD_SVARUT, volum, kundetype), desimaler);
    return {
      json: { kundetype, pris: jsonTall(belop) },
      tekst:
        `SvarUt, ${KUNDETYPENAVN[kundetype].toLowerCase()}: ${antall(volum.altinn)} Altinn-transaksjoner, ` +
        `${antall(volum.forsendelser)} forsendelser, ${antall(volum.svarinn)} SvarInn: ${kr(belop, desimaler)}`,
    };
  },
};
