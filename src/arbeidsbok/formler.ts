/**
 * Biter av vanlige formler, i filformatets kanoniske engelske syntaks (komma mellom argumentene; Excel og
 * LibreOffice viser dem med brukerens egne skilletegn). Bare funksjoner som finnes i Excel 2016, Excel på nettet,
 * LibreOffice Calc og Google Regneark brukes: se docs/arbeidsbok.md.
 */
export { forsteMelding, streng } from "../ark/formelbiter";

/**
 * Halvt opp til hele kroner, slik kjernen runder (ROUND runder halvt vekk fra null; beløpene er aldri negative).
 * Den indre ROUND(…,6) runder først flyttallsresultatet til 6 desimaler, så en eksakt halv krone som 83 197,5, som
 * regnestykket gir som 83 197,49999999999, rundes opp slik kjernen gjør. Beviset og grensen står i
 * docs/arbeidsbok.md («Avrunding»).
 */
export const halvOpp = (uttrykk: string) => `ROUND(ROUND(${uttrykk},6),0)`;

/**
 * Halvt opp til hele kroner for en pris som er ganget med en prisfaktor (budsjettets år etter det første). Som halvOpp,
 * men den indre avrundingen har et vindu som følger beløpets størrelse: 10 desimaler under 1 000 kr, én færre for hver
 * tierpotens, så vinduet er 5 · 10⁻¹⁴ til 5 · 10⁻¹³ av beløpet. Det er langt over flyttallsfeilen (høyst noen få
 * 10⁻¹⁵ av beløpet), så en eksakt halv krone rundes fortsatt opp, og en pris like under en halv krone havner sjeldnere
 * i vinduet enn med fast 6 desimaler. `celle` er en celle med den uavrundede prisen (et tall ≥ 0).
 */
export function halvOppRelativ(celle: string): string {
  const desimaler = [1e3, 1e4, 1e5, 1e6, 1e7, 1e8].reduceRight((resten, grense, i) => `IF(${celle}<${grense},${10 - i},${resten})`, "4");
  return `ROUND(ROUND(${celle},${desimaler}),0)`;
}

/**
 * Oppslagsnøkkelen for eksakt MATCH på et navn i `celle`. MATCH tolker * ? ~ som jokertegn i Excel og i
 * LibreOffice for xlsx, så et navn med et slikt tegn får ~ foran det (bare da: vanlige navn beholder korte formler).
 */
export function oppslagsnokkel(celle: string, navn: string): string {
  if (!/[~*?]/.test(navn)) return celle;
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${celle},"~","~~"),"*","~*"),"?","~?")`;
}

/** Verdien av en matrisecelle som er slått opp, der en tom celle forblir tom ("") i stedet for å bli 0. */
export const tomBlirTom = (oppslag: string) => `IF(${oppslag}="","",${oppslag})`;
