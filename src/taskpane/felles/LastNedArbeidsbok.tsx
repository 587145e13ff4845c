import { type Budsjettbefolkning, type Budsjettvalg, type Folketall, MEDLEMSKAPSSATSER, STANDARD_DIGIFIN, STANDARD_SVARUT, innbyggerkildetekst } from "../../core";
import type { Fremdrift } from "./arbeidsbok";
import { useKalkulatorsvar } from "./beregning";
import { type AktivMatrise, matrisenavn } from "./tilstand";
import { filnavn, lastNed as lastNedFil } from "./nedlasting";
import { Arkhandling } from "./Arkhandling";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Props {
  aktiv: AktivMatrise;
  /**
   * Fra Budsjett-fanen: arbeidsboken får også arkene Budsjett (og Digifin) med vanlige formler, med innbyggertallene
   * planen bygger på og en innlest folketallsfil (årene dens kommer i arket Innbyggere).
   */
  budsjett?: { valg: Budsjettvalg; befolkning: Budsjettbefolkning; folketall: Folketall | null };
}

/**
 * «Last ned arbeidsbok (.xlsx)»: kalkulatorens inndata slik de står nå, som en arbeidsbok der prisene er vanlige
 * formler, så den virker uten tillegget. Virker også utenfor Excel. Arbeidsbokkoden og exceljs lastes først når
 * knappen brukes.
 */
export function LastNedArbeidsbok({ aktiv, budsjett }: Props) {
  const { tolket, beregning } = useKalkulatorsvar();

  const lastNed = async (fremdrift: Fremdrift) => {
    if (beregning.type !== "ok" || !tolket.input || !tolket.grunnlag || tolket.kundenavn === null) throw new Error("Ingen beregning å laste ned ennå.");
    fremdrift("Lager arbeidsboken …");
    // Arbeidsbokens offentlige inngang, lastet ved første nedlasting (egen bit; exceljs i en bit til).
    const { lagKalkulatorbok, skrivXlsx } = await import(/* webpackChunkName: "arbeidsbok" */ "../../arbeidsbok");
    const plan = lagKalkulatorbok({
      kundenavn: tolket.kundenavn,
      nummer: tolket.grunnlag.organisasjon?.nummer ?? null,
      innbyggerkilde: innbyggerkildetekst(tolket.grunnlag.kilde),
      input: tolket.input,
      matrise: aktiv.matrise,
      matrisebeskrivelse: matrisenavn(aktiv).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
      svarut: STANDARD_SVARUT,
      ...(budsjett ? {
        folketall: budsjett.folketall,
        budsjett: { valg: budsjett.valg, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER, befolkning: budsjett.befolkning },
      } : {}),
    });
    const navn = filnavn(`KS kalkulator ${tolket.kundenavn}`, "xlsx");
    lastNedFil(await skrivXlsx(plan), navn, XLSX);
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
