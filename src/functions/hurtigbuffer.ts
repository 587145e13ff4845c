/**
 * Tolkede tabeller hurtiglagret etter innhold: 10 000 celler som peker på det samme området, tolker det én gang.
 * En liten LRU av (kopi av cellene → tolkingsresultat); et oppslag sammenligner de innkommende cellene med hver
 * lagrede kopi celle for celle (Object.is), nyeste først, noe som er eksakt og langt billigere enn å bygge en
 * tekstnøkkel av over 100 celler ved hvert kall. Feil lagres også, så det samme ødelagte området gir den samme
 * feilen uten å tolkes på nytt.
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

/** Samme form og hver celle lik etter Object.is (så NaN er lik NaN, og null ≠ "" ≠ 0). */
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
