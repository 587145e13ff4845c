/**
 * Streng falsk Excel: den ene Office.js-dublen alle tester av oppgaveruten bruker mot src/taskpane/felles/excel.ts.
 *
 * Den oppfører seg som Office.js der det har betydning for feil vi har hatt eller kan få:
 * - alt køes og utføres først ved context.sync(), i rekkefølge; en operasjon som feiler avviser sync-kallet, og det som
 *   kom før i samme kø er allerede utført (som i Excel: ingen transaksjon). Lastede verdier kommer bare ved vellykket sync;
 * - å lese en egenskap som ikke er lastet (load + sync) kaster PropertyNotLoaded; isNullObject krever en sync;
 * - values, formulas og numberFormat må ha nøyaktig områdets form (InvalidArgument ellers);
 * - tekst skrevet gjennom values/formulas tolkes som inntasting: «=…», «+…», «-…» og «@…» blir formler, «0301» og
 *   «1.5» blir tall, «TRUE» en sannhetsverdi, og bare en apostrof foran gjør det til tekst (Range.values i @types/office-js);
 * - tabeller kan ikke overlappe, overskriftene må være unik tekst (Excel ville ellers skrevet om cellene), og
 *   tabellnavn må være gyldige og unike blant tabeller og definerte navn; arknavn er unike uten hensyn til store/små bokstaver;
 * - operasjoner som er køet men aldri synkronisert når Excel.run slutter, er en feil.
 * Hver skriving til en celle som allerede har innhold, står i `overskrevet`. Feil kan settes inn ved sync nr. N
 * (`feilVedSync`), med så mange av køens operasjoner utført først som testen vil.
 * Formler regnes ikke ut: å lese values fra en formelcelle kaster (bruk `rutenett()` og HyperFormula).
 */

import { Falskinnstillinger } from "./streng-innstillinger";

export type Innhold = string | number | boolean | { formel: string };

const MAKS_RADER = 1_048_576;
const MAKS_KOLONNER = 16_384;
/** Office.js gir opp svar over ~5 MB; så mange celler med verdier lar den falske Excel seg laste på én gang. */
const MAKS_LASTEDE_CELLER = 1_000_000;

interface Rute {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function excelfeil(kode: string, melding: string): Error {
  return Object.assign(new Error(melding), { code: kode, name: "RichApi.Error" });
}

function ikkeLastet(navn: string): Error {
  return excelfeil(
    "PropertyNotLoaded",
    `The property '${navn}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function kolonnenavn(k: number): string {
  let navn = "";
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) navn = String.fromCharCode(65 + ((n - 1) % 26)) + navn;
  return navn;
}

function kolonnenummer(bokstaver: string): number {
  return [...bokstaver.toUpperCase()].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

export const cellenavn = (r: number, k: number) => `${kolonnenavn(k)}${r + 1}`;

/** «B3», «B3:D5», «A:A», «B:G», «1:1», «3:5» (med eller uten $) → rute (0-basert, inkludert). */
export function tolkRute(adresse: string): Rute {
  const del = adresse.replace(/\$/g, "").toUpperCase();
  const [fra, til = fra] = del.split(":");
  const kolonner = /^([A-Z]+)$/;
  const rader = /^(\d+)$/;
  const celle = /^([A-Z]+)(\d+)$/;
  let rute: Rute;
  if (kolonner.test(fra) && kolonner.test(til)) {
    rute = { r1: 0, c1: kolonnenummer(fra), r2: MAKS_RADER - 1, c2: kolonnenummer(til) };
  } else if (rader.test(fra) && rader.test(til)) {
    rute = { r1: Number(fra) - 1, c1: 0, r2: Number(til) - 1, c2: MAKS_KOLONNER - 1 };
  } else {
    const a = celle.exec(fra);
    const b = celle.exec(til);
    if (!a || !b) throw excelfeil("InvalidArgument", `The argument is invalid or missing or has an incorrect format. («${adresse}»)`);
    rute = { r1: Number(a[2]) - 1, c1: kolonnenummer(a[1]), r2: Number(b[2]) - 1, c2: kolonnenummer(b[1]) };
  }
  const { r1, c1, r2, c2 } = rute;
  if (r1 < 0 || c1 < 0 || r2 >= MAKS_RADER || c2 >= MAKS_KOLONNER || r2 < r1 || c2 < c1) {
    throw excelfeil("InvalidArgument", `The argument is invalid or missing or has an incorrect format. («${adresse}»)`);
  }
  return rute;
}

function ruteadresse(r: Rute): string {
  if (r.r1 === 0 && r.r2 === MAKS_RADER - 1) return `${kolonnenavn(r.c1)}:${kolonnenavn(r.c2)}`;
  if (r.c1 === 0 && r.c2 === MAKS_KOLONNER - 1) return `${r.r1 + 1}:${r.r2 + 1}`;
  const a = cellenavn(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${cellenavn(r.r2, r.c2)}`;
}

/** Arknavn slik Excel skriver dem i adresser: i anførselstegn når navnet har annet enn bokstaver, sifre, _ og punktum. */
function arkdel(navn: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(navn) && !/^[A-Za-z]{1,3}\d+$/.test(navn) ? navn : `'${navn.replace(/'/g, "''")}'`;
}

const antallCeller = (r: Rute) => (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
const overlapper = (a: Rute, b: Rute) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const inneholder = (a: Rute, b: Rute) => a.r1 <= b.r1 && a.c1 <= b.c1 && a.r2 >= b.r2 && a.c2 >= b.c2;
const snitt = (a: Rute, b: Rute): Rute | null =>
  overlapper(a, b) ? { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) } : null;

/** Hva Excel gjør med en verdi skrevet gjennom values eller formulas: det samme som når den tastes inn. */
export function tolkInntasting(verdi: unknown): Innhold | null {
  if (typeof verdi === "number") {
    if (!Number.isFinite(verdi)) throw excelfeil("InvalidArgument", `Ugyldig tall ${verdi}.`);
    return verdi;
  }
  if (typeof verdi === "boolean") return verdi;
  if (typeof verdi !== "string") throw excelfeil("InvalidArgument", `Ugyldig celleverdi ${JSON.stringify(verdi)}.`);
  if (verdi === "") return null;
  if (verdi.startsWith("'")) return verdi.slice(1);
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?$/i.test(verdi)) return Number(verdi.replace("%", "")) / (verdi.endsWith("%") ? 100 : 1);
  if (/^(TRUE|FALSE)$/i.test(verdi)) return verdi.toUpperCase() === "TRUE";
  if (verdi.length > 1 && /^[=+\-@]/.test(verdi)) return { formel: verdi.startsWith("=") ? verdi : `=${verdi}` };
  return verdi;
}

export class Falskark {
  readonly celler = new Map<string, Innhold>();
  readonly format = new Map<string, string>();
  readonly fet = new Set<string>();
  readonly fyll = new Map<string, string>();
  readonly skriftstorrelse = new Map<string, number>();
  readonly kolonnebredde = new Map<string, number>();
  readonly radhoyde = new Map<number, number>();
  readonly kursiv = new Set<string>();
  readonly skriftfarge = new Map<string, string>();
  readonly bryt = new Set<string>();
  readonly justering = new Map<string, string>();
  readonly ulast = new Set<string>();
  readonly sammenslatt: string[] = [];
  /** Inndatavalideringene per område: regelen, feilmeldingen og inndatameldingen slik oppgaveruten satte dem. */
  readonly validering = new Map<string, Record<string, unknown>>();
  frosset: string | null = null;
  beskyttet = false;
  /** Sideoppsettet slik oppgaveruten satte det (pageLayout): bare egenskapene den bruker. */
  readonly utskrift: { papir?: string; retning?: string; tilpassBredde?: number; bunntekst: [string, string]; tittelrader?: string } = { bunntekst: ["", ""] };
  readonly tabeller: { navn: string; omrade: string; overskrift: boolean; stil: string }[] = [];
  constructor(
    public navn: string,
    readonly id: string,
  ) {}

  /** Fyller en blokk fra `start` (tomme verdier hoppes over) og returnerer blokkens adresse, f.eks. «B2:I15». */
  fyllFra(start: string, rader: readonly (readonly unknown[])[]): string {
    const { r1, c1 } = tolkRute(start);
    rader.forEach((rad, r) => rad.forEach((v, k) => {
      if (v !== "" && v !== null && v !== undefined) this.celler.set(cellenavn(r1 + r, c1 + k), v as Innhold);
    }));
    const bredde = Math.max(...rader.map((rad) => rad.length));
    return ruteadresse({ r1, c1, r2: r1 + rader.length - 1, c2: c1 + bredde - 1 });
  }

  /** Innholdet i et område, "" for tomme celler. */
  omrade(adresse: string): Innhold[][] {
    const { r1, c1, r2, c2 } = tolkRute(adresse);
    return Array.from({ length: r2 - r1 + 1 }, (_, r) => Array.from({ length: c2 - c1 + 1 }, (_, k) => this.innhold(cellenavn(r1 + r, c1 + k)) ?? ""));
  }

  /** Innholdet i en celle: tekst, tall, sannhetsverdi, `{ formel }`, eller undefined for tom. */
  innhold(adresse: string): Innhold | undefined {
    return this.celler.get(adresse);
  }

  /** Brukt område (bare verdier), eller null for et tomt ark. */
  brukt(): Rute | null {
    let rute: Rute | null = null;
    for (const adr of this.celler.keys()) {
      const { r1, c1 } = tolkRute(adr);
      rute = rute ? { r1: Math.min(rute.r1, r1), c1: Math.min(rute.c1, c1), r2: Math.max(rute.r2, r1), c2: Math.max(rute.c2, c1) } : { r1, c1, r2: r1, c2: c1 };
    }
    return rute;
  }

  /** Innholdet fra A1 som et rektangel (for HyperFormula): formler som «=…», tekst som begynner med «=» med apostrof. */
  rutenett(): (string | number | boolean | null)[][] {
    const b = this.brukt();
    if (!b) return [];
    return Array.from({ length: b.r2 + 1 }, (_, r) => Array.from({ length: b.c2 + 1 }, (_, k) => {
      const v = this.celler.get(cellenavn(r, k));
      if (v === undefined) return null;
      if (typeof v === "object") return v.formel;
      return typeof v === "string" && /^[='+\-@]/.test(v) ? `'${v}` : v;
    }));
  }
}

interface Injeksjon {
  nr: number;
  feil: Error;
  utforte: number;
}

/** Én operasjon i køen: utføres ved sync og kan gi en handling som bare gjøres når hele sync-kallet lykkes. */
type Operasjon = () => (() => void) | void;

class Kontekst {
  readonly ko: Operasjon[] = [];
  readonly objekter: Klientobjekt[] = [];
  readonly workbook: Arbeidsbokobjekt;
  constructor(readonly bok: Falskbok) {
    this.workbook = new Arbeidsbokobjekt(this);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const nr = ++this.bok.antallSync;
    await this.bok.hold.get(nr);
    const ops = this.ko.splice(0);
    this.bok.operasjonerPerSync.push(ops.length);
    const injeksjon = this.bok.injeksjoner.find((i) => i.nr === nr);
    const grense = injeksjon ? Math.min(injeksjon.utforte, ops.length) : ops.length;
    const etterpa: (() => void)[] = [];
    for (let i = 0; i < grense; i++) {
      const etter = ops[i]();
      if (etter) etterpa.push(etter);
    }
    if (injeksjon) throw injeksjon.feil;
    for (const e of etterpa) e();
    for (const o of this.objekter) o.synket = true;
  }
}

abstract class Klientobjekt {
  protected readonly lastet = new Map<string, unknown>();
  synket = false;
  constructor(readonly context: Kontekst) {
    context.objekter.push(this);
  }

  protected hent<T>(navn: string): T {
    if (!this.lastet.has(navn)) throw ikkeLastet(navn);
    return this.lastet.get(navn) as T;
  }

  /** Legger en operasjon i kontekstens kø (den falske Excels egen metode, ikke en del av Office.js). */
  ko(op: Operasjon): void {
    this.context.ko.push(op);
  }

  /** Et nullobjekt lastes uten verdier, som i Office.js. */
  protected erNull(): boolean {
    return false;
  }

  /** Verdien av en egenskap slik den er nå (ved sync), eller en feil for en ukjent egenskap. */
  protected abstract les(navn: string): unknown;

  load(egenskaper: string | string[]): this {
    const liste = (Array.isArray(egenskaper) ? egenskaper : egenskaper.split(",")).map((e) => e.trim()).filter(Boolean);
    if (liste.length === 0) throw new Error("Den strenge falske Excel vil ha navngitte egenskaper i load(), som eslint-regelen krever.");
    this.ko(() => {
      if (this.erNull()) return;
      const verdier = this.lesAlle(liste);
      return () => verdier.forEach((v, k) => this.lastet.set(k, v));
    });
    return this;
  }

  protected lesAlle(liste: string[]): Map<string, unknown> {
    return new Map(liste.map((e) => [e, this.les(e)]));
  }

  protected ukjent(navn: string): never {
    throw excelfeil("InvalidArgument", `Den falske Excel kjenner ikke egenskapen «${navn}» på ${this.constructor.name}.`);
  }
}

/** Et objekt som peker på noe i arbeidsboken (ark, område, tabell), funnet når operasjonen som lagde det utføres. */
abstract class Pekerobjekt<T> extends Klientobjekt {
  protected mal: T | null | undefined = undefined;
  constructor(context: Kontekst, finn: (() => T | null) | T) {
    super(context);
    if (typeof finn === "function") this.ko(() => { this.mal = (finn as () => T | null)(); });
    else this.mal = finn;
  }

  get isNullObject(): boolean {
    if (!this.synket) throw ikkeLastet("isNullObject");
    return this.mal === null;
  }

  protected override erNull(): boolean {
    return this.mal === null;
  }

  finnes(): T {
    if (this.mal === undefined) throw new Error("Den falske Excel: objektet er brukt før operasjonen som lager det.");
    if (this.mal === null) throw excelfeil("ItemNotFound", "The requested resource doesn't exist.");
    return this.mal;
  }
}

abstract class Samling<T extends Klientobjekt> extends Klientobjekt {
  /** Elementene slik de er nå, med egenskapene i `delegenskaper` lastet. */
  protected abstract elementer(delegenskaper: string[]): T[];

  get items(): T[] {
    return this.hent<T[]>("items");
  }

  protected override lesAlle(liste: string[]): Map<string, unknown> {
    const del = liste.map((e) => /^items\/(.+)$/.exec(e)?.[1] ?? this.ukjent(e));
    return new Map([["items", this.elementer(del)]]);
  }

  protected les(navn: string): unknown {
    return this.ukjent(navn);
  }
}

function merkLastet(objekt: Klientobjekt, verdier: Record<string, unknown>): void {
  const lastet = (objekt as unknown as { lastet: Map<string, unknown> }).lastet;
  for (const [k, v] of Object.entries(verdier)) lastet.set(k, v);
}

class Arbeidsbokobjekt extends Klientobjekt {
  readonly worksheets: Arksamling;
  readonly tables: Tabellsamling;
  readonly names: Navnesamling;
  constructor(context: Kontekst) {
    super(context);
    this.worksheets = new Arksamling(context);
    this.tables = new Tabellsamling(context, () => context.bok.ark.flatMap((a) => a.tabeller.map((t) => ({ ark: a, tabell: t }))));
    this.names = new Navnesamling(context);
  }

  getSelectedRange(): Omradeobjekt {
    const bok = this.context.bok;
    return new Omradeobjekt(this.context, () => {
      const ark = bok.utvalg ? bok.finn(bok.utvalg.ark) : bok.aktivt();
      return { ark, rute: tolkRute(bok.utvalg?.adresse ?? "A1") };
    });
  }

  protected les(navn: string): unknown {
    return this.ukjent(navn);
  }
}

class Navnesamling extends Samling<Navneobjekt> {
  protected elementer(del: string[]): Navneobjekt[] {
    return this.context.bok.definerteNavn.map((navn) => {
      const element = new Navneobjekt(this.context, navn);
      merkLastet(element, Object.fromEntries(del.map((d) => [d, element.lesFra(d)])));
      return element;
    });
  }
}

class Navneobjekt extends Klientobjekt {
  constructor(context: Kontekst, private readonly navnet: string) {
    super(context);
  }
  get name(): string {
    return this.hent("name");
  }
  lesFra(navn: string): unknown {
    return this.les(navn);
  }
  protected les(navn: string): unknown {
    return navn === "name" ? this.navnet : this.ukjent(navn);
  }
}

class Arksamling extends Samling<Arkobjekt> {
  protected elementer(del: string[]): Arkobjekt[] {
    return this.context.bok.ark.map((a) => {
      const objekt = new Arkobjekt(this.context, a);
      merkLastet(objekt, Object.fromEntries(del.map((d) => [d, objekt.lesFra(d)])));
      return objekt;
    });
  }

  add(navn: string): Arkobjekt {
    const bok = this.context.bok;
    return new Arkobjekt(this.context, () => {
      bok.skriveSjekk();
      if (navn.length === 0 || navn.length > 31 || /[:\\/?*[\]]/.test(navn) || /^'|'$/.test(navn)) {
        throw excelfeil("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (arknavn «${navn}»)`);
      }
      if (bok.ark.some((a) => a.navn.toLocaleLowerCase("nb") === navn.toLocaleLowerCase("nb"))) {
        throw excelfeil("ItemAlreadyExists", "The resource already exists.");
      }
      return bok.leggTilArk(navn, bok.nyttArkErIkkeTomt ? { A1: "noe viktig" } : {});
    });
  }

  getActiveWorksheet(): Arkobjekt {
    return new Arkobjekt(this.context, () => this.context.bok.aktivt());
  }
}

class Arkobjekt extends Pekerobjekt<Falskark> {
  get tables(): Tabellsamling {
    return new Tabellsamling(this.context, () => this.finnes().tabeller.map((tabell) => ({ ark: this.finnes(), tabell })), this);
  }

  get name(): string {
    return this.hent("name");
  }

  get id(): string {
    return this.hent("id");
  }

  lesFra(navn: string): unknown {
    return this.les(navn);
  }

  protected les(navn: string): unknown {
    const ark = this.finnes();
    if (navn === "name") return ark.navn;
    if (navn === "id") return ark.id;
    return this.ukjent(navn);
  }

  getRange(adresse: string): Omradeobjekt {
    return new Omradeobjekt(this.context, () => ({ ark: this.finnes(), rute: tolkRute(adresse) }));
  }

  getUsedRangeOrNullObject(_bareVerdier?: boolean): Omradeobjekt {
    return new Omradeobjekt(this.context, () => {
      const ark = this.finnes();
      const rute = ark.brukt();
      return rute ? { ark, rute } : null;
    });
  }

  activate(): void {
    this.ko(() => { this.context.bok.aktivtArk = this.finnes(); });
  }

  /** Sideoppsettet (ExcelApi 1.9): papir, retning, tilpasning til sidebredden, bunntekst og rader som gjentas. */
  get pageLayout() {
    const sett = (f: (u: Falskark["utskrift"]) => void) => this.ko(() => {
      this.context.bok.skriveSjekk();
      f(this.finnes().utskrift);
    });
    const stram = (v: unknown, lov: string[], hva: string) => {
      if (typeof v !== "string" || !lov.includes(v)) throw excelfeil("InvalidArgument", `Ugyldig ${hva} ${JSON.stringify(v)}.`);
      return v;
    };
    return {
      set paperSize(p: string) { sett((u) => (u.papir = stram(p, ["A4", "Letter"], "papirstørrelse"))); },
      set orientation(o: string) { sett((u) => (u.retning = stram(o, ["Portrait", "Landscape"], "retning"))); },
      set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        sett((u) => {
          if (Object.keys(z).some((k) => k !== "horizontalFitToPages")) throw excelfeil("InvalidArgument", `Uventet zoom ${JSON.stringify(z)}.`);
          u.tilpassBredde = z.horizontalFitToPages;
        });
      },
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(t: string) { sett((u) => (u.bunntekst[0] = t)); },
          set rightFooter(t: string) { sett((u) => (u.bunntekst[1] = t)); },
        },
      },
      setPrintTitleRows: (rader: string) => sett((u) => {
        if (!/^\$\d+:\$\d+$/.test(rader)) throw excelfeil("InvalidArgument", `Ugyldige tittelrader «${rader}».`);
        u.tittelrader = rader;
      }),
    };
  }

  get freezePanes() {
    return { freezeAt: (adresse: string) => this.ko(() => { this.finnes().frosset = ruteadresse(tolkRute(adresse)); }) };
  }

  get protection() {
    return {
      protect: (_valg?: unknown) => this.ko(() => {
        const ark = this.finnes();
        if (ark.beskyttet) throw excelfeil("InvalidOperation", "The worksheet is already protected.");
        ark.beskyttet = true;
      }),
    };
  }

  delete(): void {
    this.ko(() => {
      const bok = this.context.bok;
      bok.skriveSjekk();
      const ark = this.finnes();
      if (bok.ark.length === 1) throw excelfeil("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      const i = bok.ark.indexOf(ark);
      bok.ark.splice(i, 1);
      if (bok.aktivtArk === ark) bok.aktivtArk = bok.ark[Math.max(0, i - 1)];
      this.mal = null;
    });
  }
}

type Tabellpeker = { ark: Falskark; tabell: Falskark["tabeller"][number] };

class Tabellsamling extends Samling<Tabellobjekt> {
  constructor(
    context: Kontekst,
    private readonly alle: () => Tabellpeker[],
    private readonly ark?: Arkobjekt,
  ) {
    super(context);
  }

  protected elementer(del: string[]): Tabellobjekt[] {
    return this.alle().map((p) => {
      const objekt = new Tabellobjekt(this.context, p);
      merkLastet(objekt, Object.fromEntries(del.map((d) => [d, objekt.lesFra(d)])));
      return objekt;
    });
  }

  add(adresse: string, overskrift: boolean): Tabellobjekt {
    const arkobjekt = this.ark;
    if (!arkobjekt) throw new Error("Den falske Excel: tables.add brukes på et ark (worksheet.tables).");
    const bok = this.context.bok;
    return new Tabellobjekt(this.context, () => {
      bok.skriveSjekk();
      const ark = arkobjekt.finnes();
      const rute = tolkRute(adresse);
      if (ark.tabeller.some((t) => overlapper(tolkRute(t.omrade), rute))) {
        throw excelfeil("InvalidArgument", "A table can't overlap another table.");
      }
      if (overskrift) {
        const hode = Array.from({ length: rute.c2 - rute.c1 + 1 }, (_, k) => ark.innhold(cellenavn(rute.r1, rute.c1 + k)));
        const tekst = hode.map((h) => (typeof h === "string" ? h.toLowerCase() : null));
        if (tekst.some((h) => h === null || h === "") || new Set(tekst).size !== tekst.length) {
          throw new Error(`Den falske Excel: overskriftene i ${adresse} må være unik tekst (Excel ville skrevet om cellene), fikk ${JSON.stringify(hode)}.`);
        }
      }
      let n = 1;
      const finnes = () => bok.alleNavn().map((x) => x.toLowerCase());
      while (finnes().includes(`tabell${n}`)) n++;
      const tabell = { navn: `Tabell${n}`, omrade: ruteadresse(rute), overskrift, stil: "TableStyleMedium2" };
      ark.tabeller.push(tabell);
      return { ark, tabell };
    });
  }
}

class Tabellobjekt extends Pekerobjekt<Tabellpeker> {
  lesFra(navn: string): unknown {
    return this.les(navn);
  }

  protected les(navn: string): unknown {
    return navn === "name" ? this.finnes().tabell.navn : this.ukjent(navn);
  }

  get name(): string {
    return this.hent("name");
  }

  set name(navn: string) {
    this.ko(() => {
      const bok = this.context.bok;
      bok.skriveSjekk();
      const { tabell } = this.finnes();
      const gyldig = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(navn) && !/^[A-Za-z]{1,3}\d+$/.test(navn) && !/^[Rr]\d*[Cc]\d*$/.test(navn);
      if (!gyldig) throw excelfeil("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (tabellnavn «${navn}»)`);
      const andre = bok.alleNavn().filter((x) => x !== tabell.navn).map((x) => x.toLowerCase());
      if (andre.includes(navn.toLowerCase())) throw excelfeil("ItemAlreadyExists", "The resource already exists.");
      tabell.navn = navn;
    });
  }

  set style(stil: string) {
    this.ko(() => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(stil)) throw excelfeil("InvalidArgument", `Ukjent tabellstil «${stil}».`);
      this.finnes().tabell.stil = stil;
    });
  }

  getRange(): Omradeobjekt {
    return new Omradeobjekt(this.context, () => {
      const { ark, tabell } = this.finnes();
      return { ark, rute: tolkRute(tabell.omrade) };
    });
  }
}

type Omradepeker = { ark: Falskark; rute: Rute };

class Omradeobjekt extends Pekerobjekt<Omradepeker> {
  readonly format: Omradeformat = new Omradeformat(this);

  get address(): string { return this.hent("address"); }
  get cellCount(): number { return this.hent("cellCount"); }
  get rowCount(): number { return this.hent("rowCount"); }
  get columnCount(): number { return this.hent("columnCount"); }
  get values(): unknown[][] { return this.hent("values"); }
  get formulas(): unknown[][] { return this.hent("formulas"); }
  get numberFormat(): unknown[][] { return this.hent("numberFormat"); }

  set values(v: unknown[][]) { this.skriv("values", v, (ark, adr, x) => this.context.bok.skrivCelle(ark, adr, tolkInntasting(x))); }
  set formulas(v: unknown[][]) { this.skriv("formulas", v, (ark, adr, x) => this.context.bok.skrivCelle(ark, adr, tolkInntasting(x))); }
  set numberFormat(v: unknown[][]) {
    this.skriv("numberFormat", v, (ark, adr, x) => {
      if (typeof x !== "string") throw excelfeil("InvalidArgument", `Ugyldig tallformat ${JSON.stringify(x)}.`);
      ark.format.set(adr, x);
    });
  }

  /** Kaller `f` for hver celle (bare for områder av en størrelse som kan gås gjennom). */
  hverCelle(f: (ark: Falskark, adresse: string, r: number, k: number) => void): void {
    const { ark, rute } = this.finnes();
    if (antallCeller(rute) > MAKS_LASTEDE_CELLER) throw new Error(`Den falske Excel går ikke gjennom ${antallCeller(rute)} celler én for én.`);
    for (let r = rute.r1; r <= rute.r2; r++) for (let k = rute.c1; k <= rute.c2; k++) f(ark, cellenavn(r, k), r - rute.r1, k - rute.c1);
  }

  private skriv(egenskap: string, verdier: unknown[][], f: (ark: Falskark, adresse: string, verdi: unknown) => void): void {
    this.ko(() => {
      this.context.bok.skriveSjekk();
      const { rute } = this.finnes();
      const rader = rute.r2 - rute.r1 + 1;
      const kolonner = rute.c2 - rute.c1 + 1;
      if (!Array.isArray(verdier) || verdier.length !== rader || verdier.some((rad) => !Array.isArray(rad) || rad.length !== kolonner)) {
        throw excelfeil(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${egenskap} til ${ruteadresse(rute)}: ${rader} × ${kolonner})`,
        );
      }
      this.hverCelle((ark, adr, r, k) => {
        if (verdier[r][k] !== null) f(ark, adr, verdier[r][k]);
      });
    });
  }

  protected les(navn: string): unknown {
    const { ark, rute } = this.finnes();
    const rutenett = (f: (adresse: string) => unknown) => {
      this.context.bok.lastedeCeller = Math.max(this.context.bok.lastedeCeller, antallCeller(rute));
      if (antallCeller(rute) > MAKS_LASTEDE_CELLER) throw excelfeil("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      const ut: unknown[][] = Array.from({ length: rute.r2 - rute.r1 + 1 }, () => []);
      this.hverCelle((_, adr, r) => ut[r].push(f(adr)));
      return ut;
    };
    switch (navn) {
      case "address": return `${arkdel(ark.navn)}!${ruteadresse(rute)}`;
      case "cellCount": return antallCeller(rute);
      case "rowCount": return rute.r2 - rute.r1 + 1;
      case "columnCount": return rute.c2 - rute.c1 + 1;
      case "values": return rutenett((adr) => {
        const v = ark.innhold(adr);
        if (typeof v === "object") throw new Error(`Den falske Excel regner ikke ut formler (${adr}: ${v.formel}).`);
        return v ?? "";
      });
      case "formulas": return rutenett((adr) => {
        const v = ark.innhold(adr);
        return typeof v === "object" ? v.formel : (v ?? "");
      });
      case "numberFormat": return rutenett((adr) => ark.format.get(adr) ?? "General");
      default: return this.ukjent(navn);
    }
  }

  /** Range.dataValidation: regel, feilvarsel og inndatamelding med Excels grenser (tittel ≤ 32 tegn, meldinger ≤ 225 og 255). */
  get dataValidation(): Record<string, unknown> {
    const sett = (egenskap: string, verdi: unknown) => this.ko(() => {
      this.context.bok.skriveSjekk();
      const { ark, rute } = this.finnes();
      const felter = typeof verdi === "object" && verdi !== null ? verdi as Record<string, unknown> : {};
      const tekst = (felt: string, maks: number) => {
        const t = felter[felt];
        if (t !== undefined && (typeof t !== "string" || t.length > maks)) throw excelfeil("InvalidArgument", `${egenskap}.${felt} er for lang (høyst ${maks} tegn).`);
      };
      tekst("title", 32);
      tekst("message", egenskap === "prompt" ? 255 : 225);
      if (egenskap === "rule") {
        const typer = Object.keys(felter);
        if (typer.length !== 1 || !["wholeNumber", "decimal", "list"].includes(typer[0])) throw excelfeil("InvalidArgument", `Ukjent valideringsregel ${typer.join(", ")}.`);
      }
      const adr = ruteadresse(rute);
      ark.validering.set(adr, { ...ark.validering.get(adr), [egenskap]: JSON.parse(JSON.stringify(verdi)) as unknown });
    });
    const objekt = {};
    for (const egenskap of ["rule", "errorAlert", "prompt", "ignoreBlanks"]) Object.defineProperty(objekt, egenskap, { set: (v: unknown) => sett(egenskap, v) });
    return objekt;
  }

  merge(_over = false): void {
    this.ko(() => {
      const { ark, rute } = this.finnes();
      if (ark.sammenslatt.some((o) => overlapper(tolkRute(o), rute))) throw excelfeil("InvalidOperation", "Cannot merge overlapping ranges.");
      ark.sammenslatt.push(ruteadresse(rute));
    });
  }

  getTables(heltInnenfor = false): Tabellsamling {
    return new Tabellsamling(this.context, () => {
      const { ark, rute } = this.finnes();
      return ark.tabeller
        .filter((t) => {
          const tr = tolkRute(t.omrade);
          return heltInnenfor ? inneholder(rute, tr) : overlapper(tr, rute);
        })
        .map((tabell) => ({ ark, tabell }));
    });
  }

  getUsedRangeOrNullObject(_bareVerdier?: boolean): Omradeobjekt {
    return new Omradeobjekt(this.context, () => {
      const { ark, rute } = this.finnes();
      const brukt = ark.brukt();
      const del = brukt && snitt(brukt, rute);
      return del ? { ark, rute: del } : null;
    });
  }

  /** Blokken av utfylte celler rundt øverste venstre celle, som Ctrl+A (CurrentRegion). */
  getSurroundingRegion(): Omradeobjekt {
    return new Omradeobjekt(this.context, () => {
      const { ark, rute } = this.finnes();
      const r: Rute = { r1: rute.r1, c1: rute.c1, r2: rute.r1, c2: rute.c1 };
      const fylt = (rr: number, kk: number) => rr >= 0 && kk >= 0 && ark.innhold(cellenavn(rr, kk)) !== undefined;
      // Fyll ut fra utfylte celler som grenser til blokken (også på skrå), til ingen utfylt celle grenser til den.
      const sett = new Set<string>();
      const ko: [number, number][] = [];
      const besok = (rr: number, kk: number) => {
        if (fylt(rr, kk) && !sett.has(`${rr},${kk}`)) {
          sett.add(`${rr},${kk}`);
          ko.push([rr, kk]);
        }
      };
      const ring = () => {
        for (let kk = r.c1 - 1; kk <= r.c2 + 1; kk++) { besok(r.r1 - 1, kk); besok(r.r2 + 1, kk); }
        for (let rr = r.r1; rr <= r.r2; rr++) { besok(rr, r.c1 - 1); besok(rr, r.c2 + 1); }
      };
      besok(r.r1, r.c1);
      ring();
      while (ko.length > 0) {
        while (ko.length > 0) {
          const [rr, kk] = ko.pop()!;
          Object.assign(r, { r1: Math.min(r.r1, rr), c1: Math.min(r.c1, kk), r2: Math.max(r.r2, rr), c2: Math.max(r.c2, kk) });
          for (let dr = -1; dr <= 1; dr++) for (let dk = -1; dk <= 1; dk++) besok(rr + dr, kk + dk);
        }
        ring();
      }
      return { ark, rute: r };
    });
  }
}

class Omradeformat {
  readonly font: { bold: boolean; size: number; italic?: boolean; color?: string };
  readonly fill: { color: string };
  constructor(private readonly omrade: Omradeobjekt) {
    const sett = (f: (ark: Falskark, adresse: string) => void) => omrade.ko(() => {
      omrade.context.bok.skriveSjekk();
      omrade.hverCelle(f);
    });
    this.font = {
      set bold(b: boolean) { sett((ark, adr) => (b ? ark.fet.add(adr) : ark.fet.delete(adr))); },
      set size(s: number) { sett((ark, adr) => ark.skriftstorrelse.set(adr, s)); },
    } as { bold: boolean; size: number };
    this.fill = { set color(c: string) { sett((ark, adr) => ark.fyll.set(adr, c)); } } as { color: string };
    Object.defineProperties(this.font, {
      italic: { set: (b: boolean) => sett((ark, adr) => (b ? ark.kursiv.add(adr) : ark.kursiv.delete(adr))) },
      color: { set: (c: string) => sett((ark, adr) => ark.skriftfarge.set(adr, c)) },
    });
    this.protection = { set locked(l: boolean) { sett((ark, adr) => (l ? ark.ulast.delete(adr) : ark.ulast.add(adr))); } } as { locked: boolean };
    this.settCelle = sett;
  }

  readonly protection: { locked: boolean };
  private readonly settCelle: (f: (ark: Falskark, adresse: string) => void) => void;

  set wrapText(b: boolean) { this.settCelle((ark, adr) => (b ? ark.bryt.add(adr) : ark.bryt.delete(adr))); }

  set horizontalAlignment(j: string) {
    if (!["Left", "Right", "Center", "General"].includes(j)) throw new Error(`Ugyldig justering ${j}.`);
    this.settCelle((ark, adr) => ark.justering.set(adr, j));
  }

  set rowHeight(h: number) {
    this.omrade.ko(() => {
      const { ark, rute } = this.omrade.finnes();
      for (let r = rute.r1; r <= rute.r2; r++) ark.radhoyde.set(r + 1, h);
    });
  }

  set columnWidth(bredde: number) {
    this.omrade.ko(() => {
      const { ark, rute } = this.omrade.finnes();
      for (let k = rute.c1; k <= rute.c2; k++) ark.kolonnebredde.set(kolonnenavn(k), bredde);
    });
  }
}

export class Falskbok {
  readonly ark: Falskark[] = [];
  readonly definerteNavn: string[] = [];
  /** Hva brukeren har merket (arknavn og adresse); uten merking A1 i det aktive arket. */
  utvalg: { ark: string; adresse: string } | null = null;
  aktivtArk: Falskark | null = null;
  /** Beskyttet arbeidsbok: hver skriving feiler med AccessDenied, som i Excel. */
  beskyttet = false;
  /** Simulerer et ark som ikke er tomt rett etter add() (skal aldri skrives i). */
  nyttArkErIkkeTomt = false;
  /** Celler ("Ark!A1") som hadde innhold da noe ble skrevet i dem. */
  readonly overskrevet: string[] = [];
  antallSync = 0;
  /** Hvor mange køede operasjoner hvert sync-kall hadde, i rekkefølge. */
  readonly operasjonerPerSync: number[] = [];
  /** Største antall celler som er lastet (values, formulas, numberFormat) på én gang. */
  lastedeCeller = 0;
  readonly injeksjoner: Injeksjon[] = [];
  readonly hold = new Map<number, Promise<void>>();
  /** Dokumentinnstillingene (Office.context.document.settings) som lagres i denne arbeidsboken. */
  innstillinger = new Falskinnstillinger();
  private nesteId = 1;

  /** En ny arbeidsbok har alltid ett ark, som i Excel. */
  constructor(forsteArk = "Ark1") {
    this.leggTilArk(forsteArk);
  }

  leggTilArk(navn: string, celler: Record<string, Innhold> = {}): Falskark {
    const ark = new Falskark(navn, `{ark-${this.nesteId++}}`);
    for (const [a, v] of Object.entries(celler)) ark.celler.set(a, v);
    this.ark.push(ark);
    this.aktivtArk ??= ark;
    return ark;
  }

  finn(navn: string): Falskark {
    const ark = this.ark.find((a) => a.navn === navn);
    if (!ark) throw new Error(`Den falske arbeidsboken har ikke arket «${navn}».`);
    return ark;
  }

  aktivt(): Falskark {
    if (!this.aktivtArk) throw new Error("Den falske arbeidsboken har ikke noe aktivt ark.");
    return this.aktivtArk;
  }

  merk(ark: string, adresse: string): void {
    this.utvalg = { ark, adresse };
  }

  /** Sync nr. `n` fra nå (1 = den neste) feiler med `feil`, etter at de `utforte` første operasjonene i køen er utført. */
  feilVedSync(n: number, { utforte = 0, kode = "GeneralException", melding = "An internal error has occurred." } = {}): void {
    this.injeksjoner.push({ nr: this.antallSync + n, feil: excelfeil(kode, melding), utforte });
  }

  /** Sync nr. `n` fra nå venter til testen kaller funksjonen som returneres (for å se oppgaveruten mens Excel arbeider). */
  holdVedSync(n: number): () => void {
    let slipp = () => {};
    this.hold.set(this.antallSync + n, new Promise<void>((ferdig) => { slipp = ferdig; }));
    return () => slipp();
  }

  alleNavn(): string[] {
    return [...this.ark.flatMap((a) => a.tabeller.map((t) => t.navn)), ...this.definerteNavn];
  }

  skriveSjekk(): void {
    if (this.beskyttet) throw excelfeil("AccessDenied", "The workbook is protected.");
  }

  skrivCelle(ark: Falskark, adresse: string, innhold: Innhold | null): void {
    if (ark.celler.has(adresse)) this.overskrevet.push(`${ark.navn}!${adresse}`);
    if (innhold === null) ark.celler.delete(adresse);
    else ark.celler.set(adresse, innhold);
  }

  /** Hele arbeidsboken som rene data: to like øyeblikksbilder betyr at ingenting er endret. */
  tilstand(): unknown {
    return {
      aktivt: this.aktivtArk?.navn ?? null,
      navn: [...this.definerteNavn],
      ark: this.ark.map((a) => ({
        navn: a.navn, id: a.id, celler: [...a.celler], format: [...a.format], fet: [...a.fet], fyll: [...a.fyll],
        skrift: [...a.skriftstorrelse], bredde: [...a.kolonnebredde], tabeller: a.tabeller.map((t) => ({ ...t })),
        kursiv: [...a.kursiv], farge: [...a.skriftfarge], bryt: [...a.bryt], justering: [...a.justering], hoyde: [...a.radhoyde],
        ulast: [...a.ulast], sammenslatt: [...a.sammenslatt], validering: [...a.validering], frosset: a.frosset, beskyttet: a.beskyttet, utskrift: structuredClone(a.utskrift),
      })),
    };
  }

  /** Den globale `Excel` koden under test får. */
  excel(): typeof Excel {
    return {
      run: async <T>(kropp: (context: Kontekst) => Promise<T>): Promise<T> => {
        const context = new Kontekst(this);
        const svar = await kropp(context);
        if (context.ko.length > 0) throw new Error(`Den falske Excel: ${context.ko.length} køede operasjoner ble aldri synkronisert.`);
        return svar;
      },
    } as unknown as typeof Excel;
  }
}
