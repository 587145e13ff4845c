import { cellerTilCsv, matriseadvarsler, type Prisledd, prismatriseTilTekstceller } from "../../core";
import { type Kommando, jsonTall, lesMatrise, tekstTabell, valgfri, valg } from "../felles";

function leddJson(ledd: Prisledd | null) {
  if (!ledd) return null;
  return {
    fastpris: jsonTall(ledd.fastpris),
    innbyggerpris: jsonTall(ledd.innbyggerpris),
    storrelsesjustering: jsonTall(ledd.justering),
  };
}

export const matrise: Kommando = {
  navn: "matrise",
  sammendrag: "Prismatrisen (standard 2025 eller en egen fil), som tabell, CSV eller JSON",
  hjelp: `Bruk: fikspris matrise [--csv] [--matrise FIL] [--json]

Viser prismatrisen. Med --csv skrives den i nøyaktig det oppsettet som --matrise FIL leser
(semikolon, desimalkomma, «NA» = tilbys ikke, siste rad = referanseinnbyggertall): rediger filen i Excel
og bruk den med «fikspris pris --matrise FIL». Med --matrise FIL kontrolleres og vises en egen fil.

Valg:
  --csv             skriv matrisen som CSV (rundtur: det som skrives, kan leses inn igjen)
  --matrise FIL     vis og kontroller en egen prismatrise i stedet for standardmatrisen
  --json            maskinlesbart svar: {"tjenester":[…],"referanse":{…},"advarsler":[…]}
                    (størrelsesjustering som andel: 30 % = 0.3)

Eksempel:
  fikspris matrise --csv > min-matrise.csv`,
  valg: valg(["matrise"], ["csv"]),
  kjor(a) {
    const m = lesMatrise(valgfri(a, "matrise"));
    const celler = prismatriseTilTekstceller(m);
    const advarsler = matriseadvarsler(m).map((p) => ({ celle: p.celle ?? "", melding: p.melding }));
    if (a.verdier.csv === true) return { tekst: cellerTilCsv(celler).replace(/\n$/, "") };
    const tabell = tekstTabell(celler[0], celler.slice(1), celler[0].map((_, k) => k > 0));
    const advarselstekst = advarsler.map((p) => `Advarsel${p.celle ? ` (celle ${p.celle})` : ""}: ${p.melding}`);
    return {
      json: {
        tjenester: m.tjenester.map((t) => ({
          navn: t.navn,
          kommune: leddJson(t.kommune),
          fylkeskommune: leddJson(t.fylkeskommune),
          statligFastpris: jsonTall(t.statligFastpris),
        })),
        referanse: m.referanse,
        advarsler,
      },
      tekst: [tabell, ...(advarselstekst.length ? ["", ...advarselstekst] : [])].join("\n"),
    };
  },
};
