import Papa from "papaparse";

/** Our CSV dialect: ";" as separator (Norwegian Excel), decimal comma inside the cells. */
export const CSV_SKILLETEGN = ";";

/** CSV text → 2-D array of strings, as Excel would hand over the same cells as text. */
export function csvTilCeller(tekst: string): string[][] {
  const resultat = Papa.parse<string[]>(tekst.trim(), { delimiter: CSV_SKILLETEGN, skipEmptyLines: true });
  return resultat.data;
}

/** 2-D array → CSV text with a trailing newline. */
export function cellerTilCsv(celler: readonly (readonly unknown[])[]): string {
  return Papa.unparse(celler.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))), {
    delimiter: CSV_SKILLETEGN,
    newline: "\n",
  }) + "\n";
}
