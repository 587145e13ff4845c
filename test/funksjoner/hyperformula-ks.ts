/**
 * Rigg for tester og målinger (buntes aldri; HyperFormula er GPL og bare en devDependency): registrerer
 * KS.*-funksjonene i HyperFormula slik Excel kaller dem — utelatte valgfrie argumenter som null, områder som
 * any[][], tomme celler som null — og gjør kastede CustomFunctions.Error om til cellefeil med samme melding.
 */
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
} from "hyperformula";
import nbNO from "hyperformula/i18n/languages/nbNO";
import { KS } from "../../src/functions/functions";
import { KATALOG } from "../../src/functions/katalog";

type Funksjon = (...argumenter: any[]) => unknown;

interface Definisjon {
  /** Navnet i formler (visningsnavnet, f.eks. KS.STØRRELSESJUSTERING). */
  navn: string;
  funksjon: Funksjon;
  pakrevde: number;
  valgfrie: number;
  /** Utspredt resultat: størrelsen er den funksjonens resultat har uten argumenter, eller tabellens reserverte størrelse. */
  matrise: boolean;
  reservert?: readonly [number, number];
}

/** Hver funksjon i tabellen, slik HyperFormula registrerer den: de samme innpakkede funksjonene som buntens. */
const DEFINISJONER: Definisjon[] = KATALOG.map((d) => ({
  navn: `KS.${d.navn ?? d.id}`,
  funksjon: KS[d.id],
  pakrevde: d.parametre.filter((p) => !p.valgfri).length,
  valgfrie: d.parametre.filter((p) => p.valgfri).length,
  matrise: d.resultat !== "tall",
  reservert: d.reservert,
}));

/** En HF-verdi slik Excel ville gitt den til en egendefinert funksjon. */
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
 * En HyperFormula-instans som norsk Excel: norske funksjonsnavn (SANN(), SUMMER()), `;` mellom argumentene,
 * desimalkomma og KS.*-funksjonene.
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
