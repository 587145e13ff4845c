/**
 * Parsed tables cached by content: 10 000 cells pointing at the same range parse it once.
 * A small LRU keyed by an unambiguous text of the cells; failures are cached too (the same
 * broken range gives the same error without parsing again).
 */
export class Innholdsbuffer<T> {
  private readonly lager = new Map<string, { verdi: T } | { feil: unknown }>();
  private treff = 0;
  private bommer = 0;

  constructor(
    private readonly tolk: (celler: unknown[][]) => T,
    private readonly storrelse = 16,
  ) {}

  hent(celler: unknown[][]): T {
    const nokkel = innholdsnokkel(celler);
    let post = this.lager.get(nokkel);
    if (post) {
      this.treff += 1;
      this.lager.delete(nokkel);
    } else {
      this.bommer += 1;
      try {
        post = { verdi: this.tolk(celler) };
      } catch (feil) {
        post = { feil };
      }
      if (this.lager.size >= this.storrelse) this.lager.delete(this.lager.keys().next().value as string);
    }
    this.lager.set(nokkel, post);
    if ("feil" in post) throw post.feil;
    return post.verdi;
  }

  statistikk(): { treff: number; bommer: number; storrelse: number } {
    return { treff: this.treff, bommer: this.bommer, storrelse: this.lager.size };
  }
}

/** Text key that tells apart every cell value Excel can hand over (strings are quoted; NaN ≠ null). */
export function innholdsnokkel(celler: unknown[][]): string {
  let nokkel = "";
  for (const rad of celler) {
    nokkel += "|";
    if (!Array.isArray(rad)) {
      nokkel += "?" + typeof rad;
      continue;
    }
    for (const c of rad) {
      nokkel += typeof c === "string" ? JSON.stringify(c) : typeof c === "number" ? "n" + String(c) : typeof c === "object" && c !== null ? "o" + Object.prototype.toString.call(c) : String(c);
      nokkel += ";";
    }
  }
  return nokkel;
}
