import { type Budsjettvalg, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_SVARUT } from "../../core";
import type { Fremdrift } from "../excel";
import { useKalkulatorsvar } from "../beregning";
import type { Skjema } from "../skjema";
import { type AktivMatrise, matrisenavn } from "../tilstand";
import { Arkhandling } from "./Arkhandling";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** «KS kalkulator Bodø.xlsx»: tegn som filsystemer avviser, blir «-». */
function filnavn(kundenavn: string): string {
  const renset = [...`KS kalkulator ${kundenavn}`].map((t) => (t < " " || '\\/:*?"<>|'.includes(t) ? "-" : t)).join("");
  return `${renset.replace(/\s+/g, " ").trim()}.xlsx`;
}

/** Lagrer bytes som en fil gjennom en midlertidig objekt-URL og en nedlastingslenke (en nettleser, eller Excels webvisning). */
function lagre(bytes: Uint8Array, navn: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX }));
  const lenke = document.createElement("a");
  lenke.href = url;
  lenke.download = navn;
  lenke.style.display = "none";
  document.body.appendChild(lenke);
  lenke.click();
  lenke.remove();
  // Frigis senere: noen webvisninger leser adressen etter at click() har returnert.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface Props {
  skjema: Skjema;
  aktiv: AktivMatrise;
  /** Fra Budsjett-fanen: arbeidsboken får også arkene Budsjett (og Digifin) med vanlige formler. */
  budsjett?: Budsjettvalg;
}

/**
 * «Last ned arbeidsbok (.xlsx)»: kalkulatorens inndata slik de står nå, som en arbeidsbok der prisene er vanlige
 * formler, så den virker uten tillegget. Virker også utenfor Excel. Arbeidsbokkoden og exceljs lastes først når
 * knappen brukes.
 */
export function LastNedArbeidsbok({ skjema, aktiv, budsjett }: Props) {
  const { tolket, beregning } = useKalkulatorsvar();

  const lastNed = async (fremdrift: Fremdrift) => {
    if (beregning.type !== "ok" || !tolket.input || tolket.kundenavn === null) throw new Error("Ingen beregning å laste ned ennå.");
    fremdrift("Lager arbeidsboken …");
    // Arbeidsbokens offentlige inngang, lastet ved første nedlasting (egen bit; exceljs i en bit til).
    const { lagKalkulatorbok, skrivXlsx } = await import(/* webpackChunkName: "arbeidsbok" */ "../../arbeidsbok");
    const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
    const overstyrt = org !== null && tolket.input.innbyggere !== org.innbyggere[skjema.ar];
    const plan = lagKalkulatorbok({
      kundenavn: tolket.kundenavn,
      nummer: org?.nummer ?? null,
      innbyggerkilde: org ? (overstyrt ? "Overstyrt av brukeren" : `SSB tabell 07459, 1. januar ${skjema.ar}`) : "Oppgitt av brukeren",
      input: tolket.input,
      matrise: aktiv.matrise,
      matrisebeskrivelse: matrisenavn(aktiv).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
      svarut: STANDARD_SVARUT,
      ...(budsjett ? { budsjett: { valg: budsjett, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER } } : {}),
    });
    const navn = filnavn(tolket.kundenavn);
    lagre(await skrivXlsx(plan), navn);
    return { type: "ok" as const, melding: `Lastet ned «${navn}». Prisene er vanlige formler: arbeidsboken virker uten KS-tillegget.` };
  };

  return (
    <Arkhandling
      tekst="Last ned arbeidsbok (.xlsx)"
      utfor={lastNed}
      appearance="secondary"
      trengerExcel={false}
      // Kalkulatoren sier det ved «Sett inn i arket»; her er det bare for skjermlesere.
      visGrunn={false}
      sperret={beregning.type === "ok" ? null : "Velg kunde og tjenester først."}
    />
  );
}
