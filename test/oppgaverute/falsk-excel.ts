/**
 * A small simulated workbook for testing src/taskpane/excel.ts. office-addin-mock (OfficeMockObject) provides
 * Excel.run, the request context and every object the code READS (used range, selection, its tables), so a
 * property read without load() + sync() comes back as the mock's error string, as in Office.js. Collections and
 * the write-only range objects are plain fakes that record what is written into cells.
 */
import { OfficeMockObject } from "office-addin-mock";

import { celleadresse } from "../../src/core";
import { tolkOmrade } from "../../src/taskpane/arkoppsett";

export type Verdi = string | number | boolean | null;

export class Falskark {
  readonly celler = new Map<string, Verdi>();
  readonly format = new Map<string, string>();
  readonly fet = new Set<string>();
  readonly fyll = new Map<string, string>();
  readonly tabeller: { navn: string; omrade: string; overskrift: boolean; stil: string }[] = [];
  aktivert = false;
  constructor(public name: string) {}

  /** Cell contents as a rectangle (for HyperFormula), "" for blank. */
  rutenett(): Verdi[][] {
    let rader = 0;
    let kolonner = 0;
    for (const adr of this.celler.keys()) {
      const { rad, kolonne } = tolkOmrade(adr);
      rader = Math.max(rader, rad + 1);
      kolonner = Math.max(kolonner, kolonne + 1);
    }
    return Array.from({ length: rader }, (_, r) => Array.from({ length: kolonner }, (_, k) => this.celler.get(celleadresse(r, k)) ?? null));
  }
}

/** Every cell address of "B3:D5" (or "B3"). */
export function cellerI(omrade: string): string[][] {
  const [fra, til = fra] = omrade.split(":");
  const a = tolkOmrade(fra);
  const b = tolkOmrade(til);
  return Array.from({ length: b.rad - a.rad + 1 }, (_, r) => Array.from({ length: b.kolonne - a.kolonne + 1 }, (_, k) => celleadresse(a.rad + r, a.kolonne + k)));
}

export class Falskbok {
  readonly ark: Falskark[] = [];
  /** Table names in the whole workbook. */
  readonly tabellnavn: string[] = [];
  /** What the user has selected: sheet, address, and an optional table around it. */
  utvalg: { ark: string; adresse: string; tabell?: { navn: string; omrade: string } } | null = null;
  /** Simulate a sheet that is not empty right after add() (must never be written to). */
  nyttArkErIkkeTomt = false;
  private readonly mocker: OfficeMockObject[] = [];
  /** The Excel roots handed out (one per excel() call); their trees are synced by the mock itself. */
  private readonly rotter = new Set<OfficeMockObject>();

  leggTilArk(navn: string, celler: Record<string, Verdi> = {}): Falskark {
    const ark = new Falskark(navn);
    for (const [a, v] of Object.entries(celler)) ark.celler.set(a, v);
    this.ark.push(ark);
    return ark;
  }

  finn(navn: string): Falskark {
    const ark = this.ark.find((a) => a.name === navn);
    if (!ark) throw new Error(`Ingen ark ${navn}`);
    return ark;
  }

  private mock(data: Record<string, unknown>): any {
    const m = new OfficeMockObject(data as any) as any;
    this.mocker.push(m);
    return m;
  }

  private lesområde(ark: Falskark, omrade: string): any {
    const celler = cellerI(omrade);
    const selv = this;
    return this.mock({
      address: `${ark.name.includes(" ") ? `'${ark.name}'` : ark.name}!${omrade}`,
      cellCount: celler.length * celler[0].length,
      values: celler.map((r) => r.map((a) => ark.celler.get(a) ?? "")),
      getTables() {
        const t = selv.utvalg?.tabell;
        // A collection: office-addin-mock cannot load "items/name" from an array, so this one is a plain fake.
        return { load() {}, items: t ? [{ name: t.navn, getRange: () => selv.lesområde(ark, t.omrade) }] : [] };
      },
    });
  }

  private skriveområde(ark: Falskark, omrade: string): any {
    const celler = cellerI(omrade);
    const hver = (f: (adr: string, v: any) => void, verdi: any) =>
      celler.forEach((rad, r) => rad.forEach((adr, k) => f(adr, Array.isArray(verdi) ? (verdi[r]?.[k] ?? verdi[0]?.[0]) : verdi)));
    return {
      set formulas(v: Verdi[][]) {
        if (v.length !== celler.length || v.some((r) => r.length !== celler[0].length)) {
          throw Object.assign(new Error(`Størrelsen på formelmatrisen passer ikke med ${omrade}.`), { code: "InvalidArgument" });
        }
        hver((adr, x) => (x === "" ? ark.celler.delete(adr) : ark.celler.set(adr, x)), v);
      },
      set numberFormat(v: string[][]) {
        hver((adr, x) => ark.format.set(adr, x), v);
      },
      format: {
        font: { set bold(b: boolean) { if (b) hver((adr) => ark.fet.add(adr), null); }, size: 11 },
        fill: { set color(c: string) { hver((adr) => ark.fyll.set(adr, c), null); } },
        columnWidth: 0,
      },
    };
  }

  private arkobjekt(ark: Falskark): any {
    const selv = this;
    return {
      name: ark.name,
      getRange: (omrade: string) => (/^[A-Z]+:[A-Z]+$/.test(omrade) ? { format: { columnWidth: 0 } } : selv.skriveområde(ark, omrade)),
      getUsedRangeOrNullObject: () => {
        const tom = ark.celler.size === 0;
        // Office.js fills isNullObject at the sync after a load(); the mock only knows loaded properties.
        const m = selv.mock({ address: tom ? "" : `${ark.name}!A1` });
        m.isNullObject = tom;
        return m;
      },
      tables: {
        add: (omrade: string, overskrift: boolean) => {
          if (selv.tabellnavn.length > 50) throw new Error("for mange");
          const tabell = { navn: `Tabell${selv.tabellnavn.length + 1}`, omrade, overskrift, stil: "" };
          ark.tabeller.push(tabell);
          return {
            set name(n: string) {
              if (selv.tabellnavn.some((t) => t.toLowerCase() === n.toLowerCase())) {
                throw Object.assign(new Error("A table with this name already exists."), { code: "ItemAlreadyExists" });
              }
              tabell.navn = n;
              selv.tabellnavn.push(n);
            },
            set style(s: string) { tabell.stil = s; },
          };
        },
      },
      activate: () => { ark.aktivert = true; },
    };
  }

  /** The global `Excel` the code under test receives. */
  excel(): typeof Excel {
    const selv = this;
    const rot = this.mock({
      context: { workbook: { navn: "Bok1" } },
      run: async function (this: any, kropp: (context: any) => Promise<unknown>) {
        return kropp(this.context);
      },
    });
    const workbook = rot.context.workbook;
    workbook.worksheets = {
      load() {},
      get items() { return selv.ark.map((a) => ({ name: a.name })); },
      add(navn: string) {
        if (selv.ark.some((a) => a.name.toLowerCase() === navn.toLowerCase())) {
          throw Object.assign(new Error("A sheet with this name already exists."), { code: "ItemAlreadyExists" });
        }
        const ark = selv.leggTilArk(navn, selv.nyttArkErIkkeTomt ? { A1: "noe viktig" } : {});
        return selv.arkobjekt(ark);
      },
    };
    workbook.tables = { load() {}, get items() { return selv.tabellnavn.map((name) => ({ name })); } };
    workbook.getSelectedRange = () => {
      if (!selv.utvalg) throw new Error("Ingen merking");
      return selv.lesområde(selv.finn(selv.utvalg.ark), selv.utvalg.adresse);
    };
    // context.sync: every mock object created in this run moves its loaded properties into place.
    // (The mock's own sync, called directly: rot's tree is not included, to avoid calling this override again.)
    this.rotter.add(rot);
    rot.context.sync = async () => {
      for (const m of selv.mocker) if (!selv.rotter.has(m)) await OfficeMockObject.prototype.sync.call(m);
    };
    return rot as typeof Excel;
  }
}
