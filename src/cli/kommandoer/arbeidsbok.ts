import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { formler, lagKalkulatorbok, lagSektorbok, skrivXlsx, type Arbeidsbokplan } from "../../arbeidsbok";
import {
  innbyggerkildetekst, iScenariofil, MEDLEMSKAPSSATSER, PrisFeil, type Prismatrise, STANDARD_DIGIFIN, STANDARD_SVARUT,
  scenariobudsjett, tolkBefolkningsar,
} from "../../core";
import {
  antall as tall, type Argumenter, bandvalg, BrukFeil, filadvarsler, type Kommando, lesFolketall, lesMatrise, lesScenario, pakrevd, valgfri, valg,
} from "../felles";

/** Matrisen med ord, til arkene Les meg og Prismatrise. */
const matrisebeskrivelse = (sti: string | undefined) => (sti === undefined ? "standard prismatrise 2025" : `fra filen ${basename(sti)}`);

function plan(a: Argumenter, matrise: Prismatrise, matrisesti: string | undefined): Arbeidsbokplan {
  const scenario = valgfri(a, "scenario");
  const effekt = a.verdier.effekt === true;
  if (scenario !== undefined && effekt) throw new BrukFeil("Oppgi enten «--scenario FIL.json» (kalkulator) eller «--effekt» (alle kommuner og fylkeskommuner), ikke begge.");
  if (scenario === undefined && !effekt) throw new BrukFeil("Oppgi «--scenario FIL.json» (kalkulator for én organisasjon) eller «--effekt» (alle kommuner og fylkeskommuner).");
  const sektorvalg = ["ar", "prosentband", "kroneband"].filter((v) => a.verdier[v] !== undefined);
  if (scenario !== undefined && sektorvalg.length > 0) {
    throw new BrukFeil(`«--${sektorvalg[0]}» gjelder bare «--effekt»; for «--scenario» står befolkningsåret i scenariofilen («ar»).`);
  }
  if (effekt) {
    const folketall = lesFolketall(a);
    const ar = tolkBefolkningsar(valgfri(a, "ar"), "--ar", folketall?.ar);
    return lagSektorbok({ matrise, matrisebeskrivelse: matrisebeskrivelse(matrisesti), ar, folketall, ...bandvalg(a) });
  }
  const folketall = lesFolketall(a);
  const lest = lesScenario(scenario!, folketall);
  const { kunde, tjenester, vurder, befolkning } = lest;
  // Med «budsjett» i scenariet får boken arket Budsjett; feilene nevner da filen, som i «fikspris budsjett».
  const budsjett = scenariobudsjett(lest, scenario!);
  const lag = () => lagKalkulatorbok({
    kundenavn: kunde.organisasjon?.navn ?? null,
    nummer: kunde.organisasjon?.nummer ?? null,
    innbyggerkilde: innbyggerkildetekst(kunde.kilde),
    input: { kundetype: kunde.kundetype, innbyggere: kunde.innbyggere, tjenester, vurder },
    matrise,
    matrisebeskrivelse: matrisebeskrivelse(matrisesti),
    svarut: STANDARD_SVARUT,
    folketall,
    budsjett: budsjett === null ? undefined : { valg: budsjett, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER, befolkning },
  });
  return budsjett === null ? lag() : iScenariofil(scenario!, lag);
}

function skriv(sti: string, bytes: Uint8Array): void {
  try {
    writeFileSync(sti, bytes);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    const grunn = kode === "ENOENT" ? "mappen finnes ikke" : kode === "EISDIR" ? "det er en mappe" : kode === "EACCES" ? "ingen skrivetilgang" : "den kan ikke skrives";
    throw new PrisFeil(`Kan ikke skrive filen «${sti}» (--ut): ${grunn}.`);
  }
}

export const arbeidsbok: Kommando = {
  navn: "arbeidsbok",
  sammendrag: "Arbeidsbok (.xlsx) som virker uten tillegget: kalkulator eller hele sektoren, med vanlige formler",
  hjelp: `Bruk: fikspris arbeidsbok --scenario FIL.json --ut FIL.xlsx [--matrise FIL.csv]
       fikspris arbeidsbok --effekt --ut FIL.xlsx [--matrise FIL.csv] [--ar 2024|2025|2026]
                           [--prosentband G] [--kroneband G]

Skriver en Excel-arbeidsbok der hver pris er en vanlig regnearkformel som leser et redigerbart ark
«Prismatrise». Den virker uten KS-tillegget, uten makroer og uten eksterne koblinger, i Excel 2016 og
nyere, Excel på nettet, LibreOffice Calc og Google Regneark. Hver linje avrundes halvt opp til hele
kroner, som i de andre kommandoene. Arket «Les meg» forklarer hva som kan endres.

--scenario  Kalkulatoren for én organisasjon (samme scenariofil og de samme radene som «fikspris
            kalkulator»): arkene Kalkulator, Prismatrise, SvarUt, Innbyggere og Les meg. Innbyggertall,
            SvarUt-volumer og eksisterende priser er gule celler som kan endres. Har scenariofilen en
            seksjon «budsjett» (som for «fikspris budsjett»), kommer arket Budsjett med: beløpene per år og
            kvartal, der første år, befolkningsvekst, prisjustering og oppstart er gule celler (og arket
            Digifin når planen har Digifin-avgifter).
--effekt    Alle 357 kommuner og 14 fylkeskommuner × alle tjenester (arket Kunder) og båndtabellene per
            kundetype (arket Fordeling, med bandgrensene som gule celler). «Pris i dag» er hver kundes
            totalpris med standard prismatrise 2025, så fordelingen viser hva endringer i matrisen gjør;
            kolonnen kan overskrives med fakturerte beløp.

Valg:
  --scenario FIL   scenariofilen (JSON, som for «fikspris kalkulator»)
  --effekt         sektorarbeidsboken i stedet for kalkulatoren
  --ut FIL         arbeidsboken som skrives (.xlsx; en fil som finnes, overskrives)
  --matrise FIL    egen prismatrise som CSV (oppsettet fra «fikspris matrise --csv»); standard: 2025
  --innbyggerfil FIL  folketall for senere år fra SSB (se docs/folketall.md); «ar» i scenariet eller --ar kan være filens år
  --ar ÅR          (--effekt) befolkningsår, 2024 (standard), 2025 eller 2026
  --prosentband G  (--effekt) bandgrenser i prosent, standard «0;29;60;100»
  --kroneband G    (--effekt) bandgrenser i kroner, standard «0;40000;100000;250000»
  --json           maskinlesbart svar: {"fil":…,"ark":[…],"formler":N}

Eksempel:
  fikspris arbeidsbok --scenario docs/eksempel-scenario.json --ut bodo.xlsx
  fikspris arbeidsbok --scenario docs/eksempel-budsjett.json --ut bodo-budsjett.xlsx
  fikspris arbeidsbok --effekt --ut sektor.xlsx`,
  valg: valg(["scenario", "ut", "matrise", "ar", "prosentband", "kroneband", "innbyggerfil"], ["effekt"]),
  // Alt som kan være galt med inndataene, sjekkes før filen skrives (asynkront), så en bruks- eller inndatafeil
  // meldes straks, som i alle de andre kommandoene.
  kjor(a) {
    const ut = pakrevd(a, "ut");
    if (!/\.xlsx$/i.test(ut)) throw new BrukFeil(`«--ut» må være en .xlsx-fil, fikk «${ut}».`);
    const matrisesti = valgfri(a, "matrise");
    const matrise = lesMatrise(matrisesti);
    const p = plan(a, matrise, matrisesti);
    const ark = p.ark.map((x) => x.navn);
    const antall = formler(p).length;
    // Lastes bare her: de andre kommandoene starter uten xlsx-skriveren.
    return skrivXlsx(p).then((bytes) => {
      skriv(ut, bytes);
      return {
        json: { fil: ut, ark, formler: antall },
        tekst: `Skrev ${ut}: arkene ${ark.join(", ")} (${tall(antall)} formler).`,
        advarsler: filadvarsler(matrise, matrisesti),
      };
    });
  },
};
