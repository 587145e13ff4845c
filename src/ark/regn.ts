/**
 * Regner ut formlene i en arbeidsbokplan slik et regneark gjør (IEEE-flyttall som Excel, LibreOffice og Gnumeric), så
 * hver formelcelle kan bære sitt resultat i filen: forhåndsvisninger i e-post og filvisere, pandas og openpyxl viser
 * tallene uten å regne. Bare funksjonene planene bruker (src/arbeidsbok/funksjoner.ts) og de vanlige operatorene.
 * Prisene blir kjernens eksakte kroner fordi formlene runder med AVRUND(AVRUND(x; 6); 0) (docs/arbeidsbok.md); testene
 * sammenligner hvert resultat med LibreOffices og Gnumerics egen omregning.
 *
 * Tekst som et tall blir til (FASTSATT, «&»), skrives som i norsk Excel: desimalkomma og hardt mellomrom som tusenskille.
 */
import { kolonnenummer } from "./adresser";
import type { Arbeidsbokplan, Resultat } from "./modell";

type Feil = { feil: string };
type Verdi = number | string | boolean | null | Feil;
interface Omrade { ark: number; r1: number; k1: number; r2: number; k2: number }
/** Et område i et formeltre: en relativ rad (uten $) er lagret som avstand fra formelens rad, så like formler på hver sin rad deler tre. */
interface Refnode { t: "ref"; o: Omrade; relativ1: boolean; relativ2: boolean }

type Node =
  | { t: "tall"; v: number }
  | { t: "tekst"; v: string }
  | Refnode
  | { t: "fn"; navn: string; arg: Node[] }
  | { t: "op"; op: string; a: Node; b: Node }
  | { t: "neg"; a: Node };

const feil = (kode: string): Feil => ({ feil: kode });
const erFeil = (v: unknown): v is Feil => typeof v === "object" && v !== null && "feil" in v;

/** Et tall som tekst slik «Standard»-formatet viser det i norsk Excel: høyst 15 gjeldende sifre, desimalkomma. */
export function generelt(x: number): string {
  return String(Number(x.toPrecision(15))).replace(".", ",");
}

/** Avrunding halvt vekk fra null til d desimaler, med regnearkenes korreksjon for flyttallsstøy (15 gjeldende sifre). */
export function rund(x: number, d: number): number {
  const skala = 10 ** d;
  const y = Number((Math.abs(x) * skala).toPrecision(15));
  return Math.sign(x) * Math.floor(y + 0.5) / skala;
}

/** FASTSATT(x; d) i norsk Excel: avrundet, med hardt mellomrom mellom tusener og desimalkomma. */
function fastsatt(x: number, d: number): string {
  const [heltall, des] = Math.abs(rund(x, d)).toFixed(Math.max(d, 0)).split(".");
  const gruppert = heltall.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${x < 0 && rund(x, d) !== 0 ? "-" : ""}${gruppert}${des ? "," + des : ""}`;
}

/** Tegnene i en formel: tall, tekst, referanse, funksjonsnavn med «(», operator, mellomrom (i den rekkefølgen). */
const TOKEN = new RegExp([
  String.raw`(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)`,
  String.raw`("(?:[^"]|"")*")`,
  String.raw`((?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])`,
  String.raw`([A-Z][A-Z0-9.]*)\(`,
  String.raw`(<>|<=|>=|[-+*/^&=<>(),%])`,
  String.raw`(\s+)`,
].join("|"), "y");
const TOKENTYPER = ["", "tall", "tekst", "ref", "fn", "op", "rom"] as const;
/** En referanse i deler: arknavn, kolonne, $ foran raden, rad, og det samme for områdets andre hjørne. */
const REFERANSE = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Z]+)(\$?)(\d+)(?::\$?([A-Z]+)(\$?)(\d+))?$/;
const NIVA: Record<string, number> = { "=": 0, "<>": 0, "<": 0, ">": 0, "<=": 0, ">=": 0, "&": 1, "+": 2, "-": 2, "*": 3, "/": 3, "^": 4 };

/**
 * Formelen med hver relative rad skrevet som avstand fra raden `rad` (fra 0): nøkkelen til uttrykkstreet, så formlene
 * i en lang tabell bare tolkes én gang per kolonne.
 */
function mal(formel: string, rad: number): string {
  return formel.replace(/"(?:[^"]|"")*"|(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (m: string, kolonne?: string, dollar?: string, r?: string) => (kolonne === undefined || dollar ? m : `${kolonne}{${Number(r) - 1 - rad}}`));
}

/** Tolker én formel til et uttrykkstre; `ark` og `rad` er cellen formelen står i (referanser uten arknavn, relative rader). */
function tolk(formel: string, ark: number, rad: number, arkindeks: Map<string, number>): Node {
  const tokens: { type: string; v: string }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formel.length) {
    const m = TOKEN.exec(formel);
    if (!m) throw new Error(`Ukjent formeltegn ved ${TOKEN.lastIndex} i ${formel}`);
    let g = 1;
    while (m[g] === undefined) g++;
    if (g !== 6) tokens.push({ type: TOKENTYPER[g], v: m[g] });
  }
  let i = 0;
  const se = () => tokens[i];
  const ta = (v?: string) => {
    const t = tokens[i++];
    if (v !== undefined && t?.v !== v) throw new Error(`Ventet «${v}» i ${formel}`);
    return t;
  };
  const referanse = (tekst: string): Node => {
    const m = REFERANSE.exec(tekst)!;
    const navn = m[1] === undefined ? undefined : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    const a = navn === undefined ? ark : arkindeks.get(navn);
    if (a === undefined) throw new Error(`Ukjent ark «${navn}» i ${formel}`);
    const [k1, r1, relativ1] = [kolonnenummer(m[2]), Number(m[4]) - 1, m[3] === ""];
    const [k2, r2, relativ2] = m[5] === undefined ? [k1, r1, relativ1] : [kolonnenummer(m[5]), Number(m[7]) - 1, m[6] === ""];
    return { t: "ref", relativ1, relativ2, o: { ark: a, r1: r1 - (relativ1 ? rad : 0), k1, r2: r2 - (relativ2 ? rad : 0), k2 } };
  };
  // Operatorpresedens (lavest først), med venstreassosiativitet: sammenligning, &, + -, * /, ^.
  const binar = (minst: number): Node => {
    let a = unar();
    for (;;) {
      const t = se();
      const niva = t?.type === "op" ? NIVA[t.v] : undefined;
      if (niva === undefined || niva < minst) return a;
      ta();
      a = { t: "op", op: t.v, a, b: binar(niva + 1) };
    }
  };
  const unar = (): Node => {
    if (se()?.v === "-") {
      ta();
      return { t: "neg", a: unar() };
    }
    if (se()?.v === "+") {
      ta();
      return unar();
    }
    return primar();
  };
  const primar = (): Node => {
    const t = ta();
    if (!t) throw new Error(`Formelen slutter for tidlig: ${formel}`);
    if (t.type === "tall") return { t: "tall", v: Number(t.v) };
    if (t.type === "tekst") return { t: "tekst", v: t.v.slice(1, -1).replace(/""/g, '"') };
    if (t.type === "ref") return referanse(t.v);
    if (t.type === "fn") {
      const arg: Node[] = [];
      if (se()?.v !== ")") {
        arg.push(binar(0));
        while (se()?.v === ",") {
          ta();
          arg.push(binar(0));
        }
      }
      ta(")");
      return { t: "fn", navn: t.v, arg };
    }
    if (t.v === "(") {
      const n = binar(0);
      ta(")");
      return n;
    }
    throw new Error(`Uventet «${t.v}» i ${formel}`);
  };
  const tre = binar(0);
  if (i !== tokens.length) throw new Error(`Ventet slutt på formelen: ${formel}`);
  return tre;
}

function tilTall(v: Verdi): number | Feil {
  if (erFeil(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : feil("#VALUE!");
}

function tilTekst(v: Verdi): string | Feil {
  if (erFeil(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? generelt(v) : v;
}

function tilSann(v: Verdi): boolean | Feil {
  if (erFeil(v)) return v;
  if (typeof v === "string") return feil("#VALUE!");
  return Boolean(v);
}

/** Rekkefølgen regnearkene sammenligner ulike typer i: tall < tekst < sannhetsverdi. */
const typerang = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

function sammenlign(a: Verdi, b: Verdi): number | Feil {
  if (erFeil(a)) return a;
  if (erFeil(b)) return b;
  const tom = (x: Verdi, annen: Verdi) => (x !== null ? x : typeof annen === "string" ? "" : typeof annen === "boolean" ? false : 0);
  const [x, y] = [tom(a, b), tom(b, a)] as (number | string | boolean)[];
  if (typerang(x) !== typerang(y)) return typerang(x) - typerang(y);
  if (typeof x === "string") {
    const [p, q] = [x.toLocaleLowerCase("nb"), (y as string).toLocaleLowerCase("nb")];
    return p === q ? 0 : p < q ? -1 : 1;
  }
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Tekstmønster med jokertegn (* ? og ~ foran et jokertegn) som regulært uttrykk, uten hensyn til store og små bokstaver. */
function monster(tekst: string): RegExp {
  let ut = "";
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (c === "~" && i + 1 < tekst.length && "~*?".includes(tekst[i + 1])) ut += "\\" + tekst[++i];
    else if (c === "*") ut += ".*";
    else if (c === "?") ut += ".";
    else ut += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${ut}$`, "is");
}

const vilkarene = new Map<string | number | boolean | null, (v: Verdi) => boolean>();

/** Et vilkår i ANTALL.HVIS (tolket én gang per vilkårstekst). */
function vilkar(k: Exclude<Verdi, Feil>): (v: Verdi) => boolean {
  let f = vilkarene.get(k);
  if (!f) {
    f = lagVilkar(k);
    vilkarene.set(k, f);
  }
  return f;
}

/** Et vilkår i ANTALL.HVIS: «na.», «KOMMUNE», «>0,29», «<=5000», eller et tall. */
function lagVilkar(k: Verdi): (v: Verdi) => boolean {
  if (typeof k === "number") return (v) => typeof v === "number" && v === k;
  const tekst = typeof k === "string" ? k : String(k);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(tekst)!;
  const op = m[1] ?? "=";
  const rest = m[2];
  const tallet = /^\s*-?\d+([.,]\d+)?(E[-+]?\d+)?\s*$/i.test(rest) ? Number(rest.replace(",", ".")) : null;
  if (tallet !== null) {
    const sml = (v: number) => ({ "=": v === tallet, "<>": v !== tallet, "<": v < tallet, ">": v > tallet, "<=": v <= tallet, ">=": v >= tallet })[op]!;
    return (v) => (typeof v === "number" ? sml(v) : op === "<>");
  }
  const re = monster(rest);
  if (op === "=") return (v) => typeof v === "string" && re.test(v);
  if (op === "<>") return (v) => !(typeof v === "string" && re.test(v));
  return () => false;
}

/** Regner ut hver formel i planen og legger resultatet i cellen (Celle.resultat). */
export function beregnResultater(plan: Arbeidsbokplan): void {
  const arkindeks = new Map(plan.ark.map((a, i) => [a.navn, i]));
  const verdier = plan.ark.map(() => new Map<number, Verdi>());
  const tre = new Map<string, Node>();
  const underveis = new Set<string>();
  /** Raden til formelen som regnes ut nå (relative rader i treet regnes fra den). */
  let radNa = 0;

  const celleverdi = (ark: number, r: number, k: number): Verdi => {
    const nokkel = r * 16384 + k;
    const kjent = verdier[ark].get(nokkel);
    if (kjent !== undefined) return kjent;
    const celle = plan.ark[ark].rader[r]?.[k];
    let v: Verdi;
    if (!celle) v = null;
    else if (celle.formel === undefined) v = celle.verdi ?? null;
    else {
      const id = `${ark}:${nokkel}`;
      if (underveis.has(id)) return feil("#REF!");
      underveis.add(id);
      const nokkelTre = `${ark}|${mal(celle.formel, r)}`;
      let node = tre.get(nokkelTre);
      if (!node) {
        node = tolk(celle.formel, ark, r, arkindeks);
        tre.set(nokkelTre, node);
      }
      const forrige = radNa;
      radNa = r;
      v = skalar(node);
      radNa = forrige;
      underveis.delete(id);
    }
    verdier[ark].set(nokkel, v);
    return v;
  };

  /** Cellene i et område, rad for rad. */
  const celler = (o: Omrade): Verdi[] => {
    const ut: Verdi[] = [];
    for (let r = o.r1; r <= o.r2; r++) for (let k = o.k1; k <= o.k2; k++) ut.push(celleverdi(o.ark, r, k));
    return ut;
  };

  /** Verdien av et uttrykk; en referanse til én celle gir cellens verdi (tom = null). */
  /** Området en referanse peker på fra formelen som regnes ut nå. */
  const faktisk = (n: Refnode): Omrade => (n.relativ1 || n.relativ2
    ? { ...n.o, r1: n.o.r1 + (n.relativ1 ? radNa : 0), r2: n.o.r2 + (n.relativ2 ? radNa : 0) }
    : n.o);

  const verdi = (n: Node): Verdi => {
    if (n.t === "ref") {
      const o = faktisk(n);
      return o.r1 === o.r2 && o.k1 === o.k2 ? celleverdi(o.ark, o.r1, o.k1) : feil("#VALUE!");
    }
    return skalar(n);
  };

  const tall = (n: Node): number | Feil => tilTall(verdi(n));

  const skalar = (n: Node): Verdi => {
    switch (n.t) {
      case "tall":
      case "tekst":
        return n.v;
      case "ref":
        return verdi(n);
      case "neg": {
        const a = tall(n.a);
        return erFeil(a) ? a : -a;
      }
      case "op":
        return operator(n.op, n.a, n.b);
      case "fn":
        return funksjon(n.navn, n.arg);
    }
  };

  const operator = (op: string, an: Node, bn: Node): Verdi => {
    if (op === "&") {
      const [a, b] = [tilTekst(verdi(an)), tilTekst(verdi(bn))];
      return erFeil(a) ? a : erFeil(b) ? b : a + b;
    }
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const s = sammenlign(verdi(an), verdi(bn));
      if (erFeil(s)) return s;
      return ({ "=": s === 0, "<>": s !== 0, "<": s < 0, ">": s > 0, "<=": s <= 0, ">=": s >= 0 } as Record<string, boolean>)[op];
    }
    const [a, b] = [tall(an), tall(bn)];
    if (erFeil(a)) return a;
    if (erFeil(b)) return b;
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return b === 0 ? feil("#DIV/0!") : a / b;
      case "^": return a ** b;
    }
    return feil("#NAME?");
  };

  const omradeAv = (n: Node): Omrade | null => (n.t === "ref" ? faktisk(n) : null);

  const funksjon = (navn: string, arg: Node[]): Verdi => {
    switch (navn) {
      case "IF": {
        const v = tilSann(verdi(arg[0]));
        if (erFeil(v)) return v;
        if (v) return verdi(arg[1]);
        return arg.length > 2 ? verdi(arg[2]) : false;
      }
      case "IFERROR": {
        const v = verdi(arg[0]);
        return erFeil(v) ? verdi(arg[1]) : v;
      }
      case "ISNUMBER":
        return typeof verdi(arg[0]) === "number";
      case "NOT": {
        const v = tilSann(verdi(arg[0]));
        return erFeil(v) ? v : !v;
      }
      case "AND":
      case "OR": {
        const sanne: boolean[] = [];
        for (const a of arg) {
          const o = omradeAv(a);
          const liste = o && (o.r1 !== o.r2 || o.k1 !== o.k2) ? celler(o).filter((x) => typeof x !== "string" && x !== null) : [verdi(a)];
          for (const x of liste) {
            const s = tilSann(x);
            if (erFeil(s)) return s;
            sanne.push(s);
          }
        }
        return navn === "AND" ? sanne.every(Boolean) : sanne.some(Boolean);
      }
      case "ROUND": {
        const [x, d] = [tall(arg[0]), tall(arg[1])];
        return erFeil(x) ? x : erFeil(d) ? d : rund(x, Math.trunc(d));
      }
      case "INT": {
        const x = tall(arg[0]);
        return erFeil(x) ? x : Math.floor(x);
      }
      case "FIXED": {
        const x = tall(arg[0]);
        const d = arg.length > 1 ? tall(arg[1]) : 2;
        return erFeil(x) ? x : erFeil(d) ? d : fastsatt(x, Math.trunc(d));
      }
      case "SUBSTITUTE": {
        const [t, gammel, ny] = arg.map((a) => tilTekst(verdi(a)));
        for (const x of [t, gammel, ny]) if (erFeil(x)) return x;
        return gammel === "" ? t : (t as string).split(gammel as string).join(ny as string);
      }
      case "SUM": {
        let s = 0;
        for (const a of arg) {
          const o = omradeAv(a);
          if (o) {
            for (const x of celler(o)) {
              if (erFeil(x)) return x;
              if (typeof x === "number") s += x;
            }
          } else {
            const x = tall(a);
            if (erFeil(x)) return x;
            s += x;
          }
        }
        return s;
      }
      case "COUNTIF":
      case "COUNTIFS": {
        const par: { o: Omrade; passer: (v: Verdi) => boolean }[] = [];
        for (let j = 0; j < arg.length; j += 2) {
          const o = omradeAv(arg[j]);
          if (!o) return feil("#VALUE!");
          const k = verdi(arg[j + 1]);
          if (erFeil(k)) return k;
          par.push({ o, passer: vilkar(k) });
        }
        // Alle områdene har samme størrelse; cellen nr. i telles når den oppfyller hvert vilkår.
        const bredde = par[0].o.k2 - par[0].o.k1 + 1;
        const antall = (par[0].o.r2 - par[0].o.r1 + 1) * bredde;
        let n = 0;
        for (let i = 0; i < antall; i++) {
          const [dr, dk] = [Math.floor(i / bredde), i % bredde];
          if (par.every(({ o, passer }) => passer(celleverdi(o.ark, o.r1 + dr, o.k1 + dk)))) n += 1;
        }
        return n;
      }
      case "MATCH": {
        const nokkel = verdi(arg[0]);
        const o = omradeAv(arg[1]);
        if (erFeil(nokkel)) return nokkel;
        if (!o || nokkel === null) return feil("#N/A");
        const liste = celler(o);
        const passer = typeof nokkel === "string" ? ((re) => (v: Verdi) => typeof v === "string" && re.test(v))(monster(nokkel))
          : (v: Verdi) => v === nokkel;
        const i = liste.findIndex(passer);
        return i < 0 ? feil("#N/A") : i + 1;
      }
      case "INDEX": {
        const o = omradeAv(arg[0]);
        const n = tall(arg[1]);
        if (!o) return feil("#VALUE!");
        if (erFeil(n)) return n;
        const m = arg.length > 2 ? tall(arg[2]) : 1;
        if (erFeil(m)) return m;
        const enKolonne = o.k1 === o.k2;
        const [r, k] = enKolonne || arg.length > 2 ? [o.r1 + n - 1, o.k1 + m - 1] : [o.r1, o.k1 + n - 1];
        if (n < 1 || r > o.r2 || k > o.k2) return feil("#REF!");
        return celleverdi(o.ark, Math.trunc(r), Math.trunc(k));
      }
    }
    return feil("#NAME?");
  };

  plan.ark.forEach((ark, a) => ark.rader.forEach((rad, r) => rad.forEach((c, k) => {
    if (c?.formel === undefined) return;
    const v = celleverdi(a, r, k);
    // En formel som peker på en tom celle viser 0, som i regnearkene.
    c.resultat = v === null ? 0 : v;
  })));
}

/** Et resultat som tekst til en test eller en feilmelding. */
export const resultattekst = (r: Resultat | undefined): string => (r === undefined ? "" : typeof r === "object" ? r.feil : String(r));
