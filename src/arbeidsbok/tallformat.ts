/**
 * Number formats of the portable workbook: the taskpane's own formats (Excel's invariant syntax, shown with the
 * user's separators: '#,##0 "kr"' is "1 471 753 kr" in Norwegian Excel), plus formats that show every decimal
 * a matrix value has, so an edited 12,5 % is not displayed as 13 %.
 */
import { FORMAT } from "../taskpane/arkoppsett";

export { FORMAT };

/** Decimals needed to show a number exactly (at most 6). */
function desimaler(verdi: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(verdi * 10 ** d) - verdi * 10 ** d) < 1e-9) return d;
  return 6;
}

/** "0 %" for 30 %, "0.0 %" for 12,5 %. */
export function prosentformat(andel: number): string {
  const d = desimaler(andel * 100);
  return d === 0 ? FORMAT.prosent : `0.${"0".repeat(d)} %`;
}

/** A unit price: at least `minst` decimals ("0,636"), more when the value has them. */
export function satsformat(verdi: number, minst = 3): string {
  return `0.${"0".repeat(Math.max(minst, desimaler(verdi)))}`;
}
