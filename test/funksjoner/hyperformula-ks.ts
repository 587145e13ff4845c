/**
 * Test and bench harness (never bundled; HyperFormula is GPL and a devDependency only): registers the KS.*
 * custom functions in HyperFormula the way Excel calls them — omitted optionals as null, ranges as any[][],
 * blank cells as null — and turns thrown CustomFunctions.Error into cell errors with the same message.
 */
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
} from "hyperformula";
import nbNO from "hyperformula/i18n/languages/nbNO";
import { KS } from "../../src/functions/functions";
import { KATALOG } from "../../src/functions/katalog";

type Funksjon = (...argumenter: any[]) => unknown;

interface Definisjon {
  /** Name in formulas (display name, e.g. KS.STØRRELSESJUSTERING). */
  navn: string;
  funksjon: Funksjon;
  pakrevde: number;
  valgfrie: number;
  /** Spilled result: its size is that of the function's result with no arguments, or the table's reserved size. */
  matrise: boolean;
  reservert?: readonly [number, number];
}

/** Every function of the table, as HyperFormula registers it: the same wrapped functions as the bundle's. */
export const DEFINISJONER: Definisjon[] = KATALOG.map((d) => ({
  navn: `KS.${d.navn ?? d.id}`,
  funksjon: KS[d.id],
  pakrevde: d.parametre.filter((p) => !p.valgfri).length,
  valgfrie: d.parametre.filter((p) => p.valgfri).length,
  matrise: d.resultat !== "tall",
  reservert: d.reservert,
}));

/** An HF value as Excel would hand it to a custom function. */
function tilExcelverdi(verdi: unknown): unknown {
  const type = typeof verdi;
  if (type === "number" || type === "string" || type === "boolean") return verdi;
  if (verdi === EmptyValue || verdi === undefined) return null;
  if (verdi instanceof SimpleRangeValue) return verdi.rawData().map((rad) => rad.map(tilExcelverdi));
  if (verdi instanceof CellError) return `#${verdi.type}!`;
  if (typeof verdi === "object" && verdi !== null && "val" in verdi) return (verdi as { val: unknown }).val;
  return verdi;
}

function tilHfVerdi(verdi: unknown): any {
  if (verdi === null || verdi === undefined) return EmptyValue;
  return verdi;
}

function tilCellefeil(feil: unknown): CellError {
  const kode = (feil as { code?: string }).code;
  const melding = (feil as { message?: string }).message ?? String(feil);
  return new CellError(kode === "#N/A" ? ErrorType.NA : ErrorType.VALUE, melding);
}

class KsPlugin extends FunctionPlugin {
  static override implementedFunctions: Record<string, any> = {};
}

for (const [i, d] of DEFINISJONER.entries()) {
  const metode = `ks${i}`;
  const parametre = [
    ...Array.from({ length: d.pakrevde }, () => ({ argumentType: FunctionArgumentType.ANY })),
    ...Array.from({ length: d.valgfrie }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
  ];
  KsPlugin.implementedFunctions[d.navn] = {
    method: metode,
    parameters: parametre,
    ...(d.matrise ? { sizeOfResultArrayMethod: `${metode}Storrelse` } : {}),
  };
  (KsPlugin.prototype as any)[metode] = function (this: any, ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata(d.navn), (...argumenter: unknown[]) => {
      const verdier = Array.from({ length: d.pakrevde + d.valgfrie }, (_, k) => tilExcelverdi(argumenter[k]));
      try {
        const svar = d.funksjon(...verdier);
        if (Array.isArray(svar)) {
          const [bredde, hoyde] = d.reservert ?? [svar[0].length, svar.length];
          const fylt = Array.from({ length: hoyde }, (_, r) => Array.from({ length: bredde }, (_, k) => tilHfVerdi(svar[r]?.[k])));
          return SimpleRangeValue.onlyValues(fylt);
        }
        return tilHfVerdi(svar);
      } catch (feil) {
        return tilCellefeil(feil);
      }
    });
  };
  if (d.matrise) {
    (KsPlugin.prototype as any)[`${metode}Storrelse`] = () => {
      if (d.reservert) return new ArraySize(...d.reservert);
      const svar = d.funksjon() as unknown[][];
      return new ArraySize(svar[0].length, svar.length);
    };
  }
}

const kstabell = Object.fromEntries(DEFINISJONER.map((d) => [d.navn, d.navn]));
const oversettelser = { enGB: kstabell, nbNO: kstabell };
let registrert = false;

/**
 * A HyperFormula instance as Norwegian Excel: Norwegian function names (SANN(), SUMMER()), `;` between arguments,
 * decimal comma, and the KS.* functions.
 */
export function lagArbeidsbok(ark: Record<string, unknown[][]>): HyperFormula {
  if (!registrert) {
    if (!HyperFormula.getRegisteredLanguagesCodes().includes("nbNO")) HyperFormula.registerLanguage("nbNO", nbNO);
    HyperFormula.registerFunctionPlugin(KsPlugin as any, oversettelser);
    registrert = true;
  }
  return HyperFormula.buildFromSheets(ark as any, {
    licenseKey: "gpl-v3",
    language: "nbNO",
    functionArgSeparator: ";",
    decimalSeparator: ",",
    thousandSeparator: " ",
    smartRounding: false,
  });
}
