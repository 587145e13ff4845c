import {
  finnMatrisetjeneste, KUNDETYPENAVN, lagSektor, PrisFeil, medPrisledd, rundHalvOpp, tjenesteinntekt, tolkDesimaler, tolkKundetype,
} from "../../core";
import { type Kommando, jsonTall, kr, lesKunder, lesMatrise, pakrevd, tall, valgfri, valg } from "../felles";

export const kalibrer: Kommando = {
  navn: "kalibrer",
  sammendrag: "Selvkost: innbyggerprisen som gjør at inntekten av en tjeneste dekker kostnaden",
  hjelp: `Bruk: fikspris kalibrer --tjeneste T --kostnad C [--kunder FIL.csv|alle] [--kundetype K]
                        [--matrise FIL] [--ar 2024|2025|2026] [--desimaler D] [--json]

Finner innbyggerprisen r for én kundetype slik at inntekten av tjenesten fra kundene som bruker den
er lik kostnaden, med fastpris og størrelsesjustering uendret:
  Σ pris andre kundetyper + Σ fastpris + r × Σ P × (1 − a × P / Pref) = kostnad
r regnes eksakt (50 sifre). Inntekten regnes da som summen av de eksakte prisene og blir lik
kostnaden på øret; fakturert inntekt (hver linje avrundet til hele kroner) vises ved siden av.
Prisen vises også avrundet til D desimaler, med den inntekten den avrundede prisen gir.

Valg:
  --tjeneste T    tjenesten, f.eks. «Fiks Digisos»
  --kostnad C     kostnaden som skal dekkes, i kroner (f.eks. 4000000 eller «4 000 000»)
  --kunder FIL    kundefilen (som for «effekt»); «alle» eller utelatt = alle kommuner og fylkeskommuner
  --kundetype K   KOMMUNE (standard) eller FYLKESKOMMUNE: hvilken innbyggerpris som kalibreres
  --matrise FIL   egen prismatrise; standard: 2025
  --ar ÅR         befolkningsår 2024 (standard), 2025 eller 2026
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); --ar kan da være filens år
  --desimaler D   desimaler for den avrundede prisen (standard 3, som i den publiserte matrisen)
  --json          maskinlesbart svar

Eksempel:
  fikspris kalibrer --tjeneste "Fiks Digisos" --kostnad 4000000`,
  valg: valg(["tjeneste", "kostnad", "kunder", "kundetype", "matrise", "ar", "innbyggerfil", "desimaler"]),
  kjor(a) {
    const m = lesMatrise(valgfri(a, "matrise"));
    const tjenestenavn = pakrevd(a, "tjeneste");
    const kostnad = pakrevd(a, "kostnad");
    const kundetype = tolkKundetype(valgfri(a, "kundetype"), "--kundetype");
    if (kundetype !== "KOMMUNE" && kundetype !== "FYLKESKOMMUNE") {
      throw new PrisFeil(`--kundetype må være KOMMUNE eller FYLKESKOMMUNE (bare de har innbyggerpris), fikk ${kundetype}.`);
    }
    const desimalvalg = valgfri(a, "desimaler");
    const desimaler = desimalvalg === undefined ? 3 : tolkDesimaler(desimalvalg, "--desimaler");
    const tjeneste = finnMatrisetjeneste(m, tjenestenavn, "--tjeneste");
    const sektor = lagSektor(lesKunder(a, m), m);
    const betalere = sektor.betalere(tjeneste.navn);
    const k = sektor.kalibrer(tjeneste.navn, kostnad, kundetype);
    const avrundetPris = rundHalvOpp(k.innbyggerpris, desimaler);
    const ledd = (kundetype === "KOMMUNE" ? tjeneste.kommune : tjeneste.fylkeskommune)!;
    const avrundetInntekt = tjenesteinntekt(medPrisledd(m, tjeneste, kundetype, { ...ledd, innbyggerpris: avrundetPris }), tjeneste.navn, betalere);
    const hvem = KUNDETYPENAVN[kundetype].toLowerCase();
    const linjer: [string, string][] = [
      ["Kostnad som skal dekkes", kr(k.kostnad, 2)],
      [`Andre kunder (${betalere.length - k.antall}), matrisepris`, kr(k.andreKunder, 2)],
      [`Fastpris ${k.antall} × ${tall(ledd.fastpris)}`, kr(k.fastprisdel, 2)],
      ["Grunnlag Σ P·(1 − a·P/Pref)", tall(k.grunnlag, 4)],
      ["Innbyggerpris som dekker kostnaden", `${tall(k.innbyggerpris, 10)} kr`],
      ["Inntekt med denne prisen (eksakt)", kr(k.inntekt.eksakt, 2)],
      ["Fakturert (linjer avrundet til kroner)", kr(k.inntekt.avrundet)],
      [`Pris avrundet til ${desimaler} desimaler`, `${tall(avrundetPris, desimaler)} kr`],
      ["Inntekt med avrundet pris (eksakt)", kr(avrundetInntekt.eksakt, 2)],
      ["Avvik fra kostnaden", kr(avrundetInntekt.eksakt.minus(k.kostnad), 2)],
    ];
    const bredde = Math.max(...linjer.map(([t]) => t.length));
    const verdibredde = Math.max(...linjer.map(([, v]) => v.length));
    const dagens = ledd.innbyggerpris;
    return {
      tekst: [
        `Kalibrering av ${tjeneste.navn} for ${hvem}r: ${k.antall} av ${betalere.length} brukere er ${hvem}r.`,
        `Dagens innbyggerpris: ${tall(dagens, Math.max(3, dagens.decimalPlaces()))} kr (størrelsesjustering ${tall(ledd.justering.times(100))} %).`,
        "",
        ...linjer.map(([t, v]) => `${t.padEnd(bredde)}  ${v.padStart(verdibredde)}`),
      ].join("\n"),
      json: {
        tjeneste: k.tjeneste,
        kundetype,
        kostnad: jsonTall(k.kostnad),
        antallBrukere: betalere.length,
        antallKalibrert: k.antall,
        andreKunder: k.andreKunder.toFixed(),
        fastprisdel: jsonTall(k.fastprisdel),
        grunnlag: k.grunnlag.toFixed(),
        innbyggerpris: k.innbyggerpris.toFixed(),
        inntektEksakt: k.inntekt.eksakt.toFixed(),
        inntektFakturert: jsonTall(k.inntekt.avrundet),
        avrundet: {
          desimaler,
          innbyggerpris: jsonTall(avrundetPris),
          inntektEksakt: avrundetInntekt.eksakt.toFixed(),
          inntektFakturert: jsonTall(avrundetInntekt.avrundet),
          avvik: avrundetInntekt.eksakt.minus(k.kostnad).toFixed(),
        },
        dagensInnbyggerpris: jsonTall(dagens),
      },
    };
  },
};
