/**
 * Parsed tables cached by content: 10 000 cells pointing at the same range parse it once.
 * A small LRU of (copy of the cells → parse result); a lookup compares the incoming cells with each
 * cached copy cell by cell (Object.is), most recent first, which is exact and far cheaper than
 * building a text key from 100+ cells on every call. Failures are cached too, so the same broken range
 * gives the same error without parsing again.
 */
type Resultat<T> = { verdi: T } | { feil: unknown };

interface Post<T> {
  celler: unknown[][];
  resultat: Resultat<T>;
}

export class Innholdsbuffer<T> {
  private poster: Post<T>[] = [];

  constructor(
    private readonly tolk: (celler: unknown[][]) => T,
    private readonly storrelse = 16,
  ) {}

  hent(celler: unknown[][]): T {
    const i = this.poster.findIndex((p) => likeCeller(p.celler, celler));
    let post: Post<T>;
    if (i >= 0) {
      post = this.poster[i];
      if (i > 0) {
        this.poster.splice(i, 1);
        this.poster.unshift(post);
      }
    } else {
      const kopi = celler.map((rad) => (Array.isArray(rad) ? rad.slice() : rad)) as unknown[][];
      let resultat: Resultat<T>;
      try {
        resultat = { verdi: this.tolk(kopi.map((rad) => (Array.isArray(rad) ? rad.slice() : rad)) as unknown[][]) };
      } catch (feil) {
        resultat = { feil };
      }
      post = { celler: kopi, resultat };
      this.poster.unshift(post);
      if (this.poster.length > this.storrelse) this.poster.pop();
    }
    if ("feil" in post.resultat) throw post.resultat.feil;
    return post.resultat.verdi;
  }
}

/** Same shape and every cell Object.is-equal (so NaN equals NaN, and null ≠ "" ≠ 0). */
export function likeCeller(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let k = 0; k < x.length; k++) if (!Object.is(x[k], y[k])) return false;
    } else if (!Object.is(x, y)) {
      return false;
    }
  }
  return true;
}
