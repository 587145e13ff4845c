import { beregnEffekt, Decimal, matriseadvarsler, NA } from "../../core";
import {
  advarselJson, advarselTekst, bandtabeller, bandvalg, endringProsent, fordelingJson, type Kommando, jsonTall, kr, lesKunder, lesMatrise,
  signert, tall, tekstTabell, valgfri, valg,
} from "../felles";

export const effekt: Kommando = {
  navn: "effekt",
  sammendrag: "Effektanalyse: ny pris for hver kunde, fordeling i bånd per kundetype, inntekt per tjeneste",
  hjelp: `Bruk: fikspris effekt [--kunder FIL.csv|alle] [--matrise FIL] [--ar 2024|2025|2026]
                      [--prosentband G] [--kroneband G] [--detaljer] [--json]

Regner ny totalpris for hver kunde (grunnfinansiering for kommuner og fylkeskommuner + tjenestene kunden
bruker, hver linje avrundet halvt opp til hele kroner), endringen mot pris i dag i kroner og prosent, og
fordelingen i bånd per kundetype slik KS publiserte den, pluss inntekt per tjeneste og totalt.
Til slutt matriseadvarsler: pris som faller når innbyggertallet øker, kundetyper uten pris og
referanseinnbyggertall mindre enn største kunde.

Kundefilen (CSV med semikolon) har en overskriftsrad og én rad per kunde. Kolonner (valgfri rekkefølge):
  Kunde        navn eller nummer (påkrevd); kommuner og fylkeskommuner slås opp i SSB-dataene
  Kundetype    KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …; tom = som i SSB-dataene
  Innbyggere   tom = SSB-tallet for året (--ar); påkrevd for kunder som ikke finnes i dataene
  År           befolkningsår for raden (2024, 2025 eller 2026)
  Pris i dag   dagens totalpris i kroner; tom = ukjent (kunden telles som «uten pris i dag»)
  Tjenester    «alle», «ingen» (bare grunnfinansiering) eller en liste skilt med komma/semikolon;
               utelatt kolonne = «alle». «alle» tar med SvarUt bare når raden har volumer.
  Altinn, Forsendelser, SvarInn   SvarUt-volumer per år
Se data/eksempel-kunder.csv.

Valg:
  --kunder FIL    kundefilen; «alle» eller utelatt = alle 357 kommuner og 14 fylkeskommuner med alle
                  tjenester og uten pris i dag: da vises ny pris, inntekt og advarsler, men ingen
                  båndtabeller (bruk «sammenlign» for å se effekten av en ny matrise)
  --matrise FIL   egen prismatrise (oppsettet fra «fikspris matrise --csv»); standard: 2025
  --ar ÅR         befolkningsår for kundene som slås opp: 2024 (standard), 2025 eller 2026
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); --ar kan da være filens år
  --prosentband G bandgrenser i prosent, standard «0;29;60;100»
  --kroneband G   bandgrenser i kroner, standard «0;40000;100000;250000»
                  Første bånd er under første grense; hvert av de neste går fra over forrige grense
                  til og med sin egen (29 % hører til «Opp til snittet», 40 001 kr til «Noe over snittet»).
  --detaljer      vis også én rad per kunde
  --json          maskinlesbart svar med fordelinger, inntekt, totaler, kunderader og advarsler

Eksempel:
  fikspris effekt --kunder data/eksempel-kunder.csv`,
  valg: valg(["kunder", "matrise", "ar", "innbyggerfil", "prosentband", "kroneband"], ["detaljer"]),
  kjor(a) {
    const m = lesMatrise(valgfri(a, "matrise"));
    const kunder = lesKunder(a, m);
    const r = beregnEffekt(kunder, m, bandvalg(a));
    const advarsler = matriseadvarsler(m, kunder);
    const inntekt = tekstTabell(
      ["Tjeneste", "Kunder", "Inntekt ny"],
      [
        ...r.tjenester.map((t) => [t.tjeneste, String(t.antallKunder), kr(t.inntekt)]),
        ["Sum", String(r.antallKunder), kr(r.total.ny)],
      ],
      [false, true, true],
    );
    const t = r.total;
    const medPrisIDag = r.grunnlinje === "dagens_pris";
    const totaler = [
      `Ny totalpris, alle kunder: ${kr(t.ny)}`,
      ...(medPrisIDag
        ? [`For de ${t.medGrunnlag} kundene med pris i dag: før ${kr(t.gammel)}, nå ${kr(t.nyMedGrunnlag)}, endring ${signert(t.endringKr)}` +
            (t.endringProsent ? ` (${endringProsent(t.endringProsent)})` : "")]
        : []),
    ];
    const band = medPrisIDag
      ? [bandtabeller("Endring i prosent", r.prosentfordeling, "prosent"), "", bandtabeller("Endring i kroner", r.kronefordeling, "kroner")]
      : ["Ingen kunde har pris i dag, så det er ingen endring å fordele i bånd. Bruk «fikspris sammenlign» for å se",
          "effekten av en ny matrise på de samme kundene, eller en kundefil med kolonnen «Pris i dag»."];
    const detaljer = a.verdier.detaljer === true
      ? "\n\n" + tekstTabell(
          ["Kunde", "Kundetype", "Innbyggere", "Pris i dag", "Ny pris", "Endring kr", "Endring %"],
          r.kunder.map((k) => [
            k.kunde.navn, k.kunde.kundetype, tall(new Decimal(k.kunde.innbyggere)),
            k.gammel === null ? NA : kr(k.gammel), kr(k.ny),
            k.endringKr === null ? NA : signert(k.endringKr), k.endringProsent === null ? NA : endringProsent(k.endringProsent),
          ]),
          [false, false, true, true, true, true, true],
        )
      : "";
    const tekst = [
      `Effektanalyse: ${r.antallKunder} kunder${medPrisIDag ? ", endring målt mot pris i dag" : ""}.`,
      "",
      ...band,
      "",
      inntekt,
      "",
      ...totaler,
      "",
      advarselTekst(advarsler),
    ].join("\n") + detaljer;
    return {
      tekst,
      json: {
        antallKunder: r.antallKunder,
        grunnlinje: r.grunnlinje,
        prosentfordeling: fordelingJson(r.prosentfordeling),
        kronefordeling: fordelingJson(r.kronefordeling),
        tjenester: r.tjenester.map((x) => ({ tjeneste: x.tjeneste, antallKunder: x.antallKunder, inntekt: jsonTall(x.inntekt), inntektEksakt: x.inntektEksakt.toFixed() })),
        total: {
          ny: jsonTall(t.ny), gammel: jsonTall(t.gammel), nyMedGrunnlag: jsonTall(t.nyMedGrunnlag),
          endringKr: jsonTall(t.endringKr), endringProsent: jsonTall(t.endringProsent), medGrunnlag: t.medGrunnlag,
        },
        kunder: r.kunder.map((k) => ({
          navn: k.kunde.navn, nummer: k.kunde.nummer, kundetype: k.kunde.kundetype, innbyggere: k.kunde.innbyggere,
          linjer: k.linjer.map((l) => ({ tjeneste: l.tjeneste, pris: jsonTall(l.pris) })),
          prisIDag: jsonTall(k.gammel), ny: jsonTall(k.ny), endringKr: jsonTall(k.endringKr), endringProsent: jsonTall(k.endringProsent),
          prosentband: k.prosentband === null ? null : r.prosentband.band[k.prosentband].navn,
          kroneband: k.kroneband === null ? null : r.kroneband.band[k.kroneband].navn,
        })),
        advarsler: advarselJson(advarsler),
      },
    };
  },
};
