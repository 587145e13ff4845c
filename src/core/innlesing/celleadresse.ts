/** A1-adressen til en 0-basert (rad, kolonne) i et område: (0,0) → "A1", (4,2) → "C5". */
export function celleadresse(rad: number, kolonne: number): string {
  let bokstaver = "";
  let k = kolonne + 1;
  while (k > 0) {
    const rest = (k - 1) % 26;
    bokstaver = String.fromCharCode(65 + rest) + bokstaver;
    k = Math.floor((k - 1) / 26);
  }
  return `${bokstaver}${rad + 1}`;
}
