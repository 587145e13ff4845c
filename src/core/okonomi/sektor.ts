import { rundHalvOpp } from "../modell/avrunding";
import { Bandplassering } from "../modell/bandplassering";
import { type Bandsett, STANDARD_KRONEBAND, STANDARD_PROSENTBAND } from "../modell/baand";
import { Decimal } from "../modell/desimal";
import type {
  Effektresultat, Effektsammendrag, Effektvalg, Endring, Kunderesultat, Tjenesteinntekt,
} from "./effekttyper";
import { type Celleproblem, PrisFeil, TabellFeil } from "../modell/feil";
import { prisregel } from "../modell/innbyggerpris";
import { tolkJustering } from "../innlesing/justering";
import { type Betaler, type Kalibrering, medPrisledd, selvkostpris, tolkBelop } from "./kalibrering";
import type { Kunde } from "./kundeliste";
import { KUNDETYPENAVN } from "../modell/kundetype";
import { eksaktInntekt, leggTilModellbruker, type Linje, modellsum, nyLinje } from "./linjeinntekt";
import { prismatriseTilTekstceller } from "../modell/matrisecelller";
import { type Matrisekundetype, type Prismatrise, tolkPrismatrise } from "../modell/prismatrise";
import { lagPrisledd } from "../modell/prisledd";
import { prisendring } from "./prisendring";
import { avrundetModellpris } from "./raskpris";
import { STANDARD_SVARUT } from "../modell/standarddata";
import { type SvarUtTabell, svarUtPris } from "../modell/svarut";
import { TALLKRAV } from "../innlesing/tallkrav";
import { tjenesteplan } from "../modell/tjenesteplan";
import { finnMatrisetjeneste, SVARUT } from "../modell/tjenester";

const NULL = new Decimal(0);

/** Én kundes linjer (matrisetjenestene, så SvarUt) i hele kroner, null = ikke i bruk, og summen av dem. */
interface Kundepost {
  linjer: (number | null)[];
  ny: number;
}

/** Det en hva-om-endring endrer, slik det var da sektoren ble klargjort (for «Tilbakestill»). */
interface Startverdier {
  poster: Kundepost[];
  linjer: Pick<Linje, "modellEksakt" | "inntekt">[];
}

const kopierPoster = (poster: readonly Kundepost[]): Kundepost[] => poster.map((p) => ({ linjer: [...p.linjer], ny: p.ny }));

/**
 * En klargjort sektor: kunder × tjenester med hver linje priset én gang (avrundet til hele kroner, holdt som sikre
 * heltall), totaler og båndplasseringer per kunde, så en hva-om-endring av én tjeneste priser om bare den
 * tjenestens linjer for kundene av den endrede kundetypen (kjernens eksakte hurtigsti, med `modellpris` som
 * reserve) og plasserer bare dem i båndene på nytt; den eksakte (uavrundede) inntekten fra tjenesten oppdateres i
 * O(1) fra Σ P og Σ P² for brukerne. Lages av {@link lagSektor}; oppgaveruten holder én og kaller
 * {@link Sektor.oppdater} ved hver bevegelse av glidebryteren. Resultatene er eksakte decimal.js-verdier.
 */
export class Sektor {
  readonly kunder: readonly Kunde[];
  readonly prosentband: Bandsett;
  readonly kroneband: Bandsett;
  readonly grunnlinje: Effektsammendrag["grunnlinje"];
  private aktiv: Prismatrise;
  private readonly start: Prismatrise;
  private kontrollert: Prismatrise | null = null;
  private readonly svarut: SvarUtTabell;
  /** Linjeindeksen til SvarUt (etter matrisetjenestene). */
  private readonly svarutIndeks: number;
  private poster: Kundepost[];
  private readonly linjer: Linje[];
  private readonly plassering: Bandplassering;
  private readonly startverdier: Startverdier;

  /** Bruk {@link lagSektor}. Kaster TabellFeil som nevner kundecellene når en linje ikke kan prises. */
  constructor(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}) {
    this.kunder = kunder;
    this.aktiv = matrise;
    this.start = matrise;
    this.svarut = valg.svarut ?? STANDARD_SVARUT;
    this.prosentband = valg.prosentband ?? STANDARD_PROSENTBAND;
    this.kroneband = valg.kroneband ?? STANDARD_KRONEBAND;
    const m = matrise.tjenester.length;
    this.svarutIndeks = m;
    this.linjer = Array.from({ length: m + 1 }, nyLinje);
    const problemer: Celleproblem[] = [];
    this.poster = kunder.map((kunde, i) => {
      const linjer: (number | null)[] = new Array(m + 1).fill(null);
      const plan = tjenesteplan(kunde, matrise);
      for (const mangler of plan.ikkePriset) {
        if (!mangler.underforstatt) problemer.push({ celle: kunde.celler.tjenester, melding: `${kunde.navn}: ${mangler.melding}` });
      }
      for (const s of plan.svarut ? [...plan.matrise, m] : plan.matrise) {
        try {
          linjer[s] = this.prisLinje(kunde, i, s, matrise);
          this.linjer[s].brukere.push(i);
        } catch (feil) {
          if (!(feil instanceof PrisFeil)) throw feil;
          problemer.push({ celle: kunde.celler.kunde, melding: `${kunde.navn}: ${feil.message}` });
        }
      }
      return { linjer, ny: linjer.reduce<number>((sum, l) => sum + (l ?? 0), 0) };
    });
    if (problemer.length > 0) throw new TabellFeil("kundeliste", problemer);
    this.linjer.forEach((linje, s) => {
      linje.modellEksakt = this.modellinntekt(s, matrise);
      linje.inntekt = linje.brukere.reduce((sum, i) => sum + this.poster[i].linjer[s]!, 0);
    });
    this.startverdier = {
      poster: kopierPoster(this.poster),
      linjer: this.linjer.map((l) => ({ modellEksakt: { ...l.modellEksakt }, inntekt: l.inntekt })),
    };
    const { grunnlinje, gammel } = this.grunnlag(valg);
    this.grunnlinje = grunnlinje;
    this.plassering = new Bandplassering(gammel, this.prosentband, this.kroneband);
    this.poster.forEach((p, i) => this.plassering.plasser(i, p.ny));
  }

  /** Grunnlinjen og hver kundes grunnlag etter den. */
  private grunnlag(valg: Effektvalg): { grunnlinje: Effektsammendrag["grunnlinje"]; gammel: (Decimal | null)[] } {
    const grunnlinje = valg.grunnlinje ?? (this.kunder.some((k) => k.prisIDag !== null) ? "dagens_pris" : "startmatrise");
    if (grunnlinje === "dagens_pris") return { grunnlinje, gammel: this.kunder.map((k) => k.prisIDag) };
    if (grunnlinje === "startmatrise") return { grunnlinje, gammel: this.poster.map((p) => new Decimal(p.ny)) };
    const annen = new Sektor(this.kunder, grunnlinje.matrise, { svarut: this.svarut, grunnlinje: "startmatrise" });
    return { grunnlinje: "matrise", gammel: annen.poster.map((p) => new Decimal(p.ny)) };
  }

  /** Priser én linje for en kunde i hele kroner og fører opp det den eksakte inntekten trenger. */
  private prisLinje(kunde: Kunde, i: number, s: number, matrise: Prismatrise): number {
    const linje = this.linjer[s];
    if (s === this.svarutIndeks) {
      const pris = svarUtPris(this.svarut, kunde.svarut ?? { altinn: 0, forsendelser: 0, svarinn: 0 }, kunde.kundetype);
      linje.fastEksakt = linje.fastEksakt.plus(pris);
      return rundHalvOpp(pris).toNumber();
    }
    const regel = prisregel(matrise, matrise.tjenester[s], kunde.kundetype);
    if (regel.type === "fast") {
      linje.fastEksakt = linje.fastEksakt.plus(regel.pris);
      return rundHalvOpp(regel.pris).toNumber();
    }
    const pris = avrundetModellpris(regel.ledd, kunde.innbyggere, regel.referanse);
    leggTilModellbruker(linje, kunde.kundetype as Matrisekundetype, i, kunde.innbyggere);
    return pris;
  }

  private modellinntekt(s: number, matrise: Prismatrise): Record<Matrisekundetype, Decimal> {
    const t = matrise.tjenester[s];
    const linje = this.linjer[s];
    return {
      KOMMUNE: modellsum(t?.kommune ?? null, linje, "KOMMUNE", matrise.referanse.KOMMUNE),
      FYLKESKOMMUNE: modellsum(t?.fylkeskommune ?? null, linje, "FYLKESKOMMUNE", matrise.referanse.FYLKESKOMMUNE),
    };
  }

  /**
   * Den gjeldende matrisen (etter hva-om-endringene så langt), kontrollert på nytt.
   * Brukes til «Sett inn i arket» eller til å kjøre de andre analysene på den endrede matrisen.
   */
  get matrise(): Prismatrise {
    if (this.aktiv === this.start) return this.start;
    this.kontrollert ??= tolkPrismatrise(prismatriseTilTekstceller(this.aktiv));
    return this.kontrollert;
  }

  /**
   * Gjør en hva-om-endring av én tjeneste for én kundetype og gir den nye oppsummeringen av sektoren. Endringene
   * hoper seg opp: hvert kall starter fra gjeldende tilstand. Eksakt; bare linjene som berøres regnes på nytt (mål
   * < 16 ms for alle 371 kunder, se scripts/bench/40-effekt.ts). Ved en feil (en verdi utenfor grensene, en
   * størrelsesfaktor ≤ 0 for en kunde) endres ingenting, og en norsk PrisFeil kastes.
   */
  oppdater(endring: Endring): Effektsammendrag {
    const kundetype = endring.kundetype ?? "KOMMUNE";
    const tjeneste = finnMatrisetjeneste(this.aktiv, endring.tjeneste);
    const s = this.aktiv.tjenester.indexOf(tjeneste);
    const gammeltLedd = kundetype === "KOMMUNE" ? tjeneste.kommune : tjeneste.fylkeskommune;
    if (!gammeltLedd) {
      throw new PrisFeil(
        `${tjeneste.navn} har ingen pris for ${KUNDETYPENAVN[kundetype].toLowerCase()} (${kundetype}) i prismatrisen: legg inn en pris i matrisen før du justerer den.`,
        "ikke_funnet",
      );
    }
    const ledd = lagPrisledd(
      endring.fastpris === undefined ? gammeltLedd.fastpris : tolkBelop(endring.fastpris, "fastpris", TALLKRAV.belop),
      endring.innbyggerpris === undefined ? gammeltLedd.innbyggerpris : tolkBelop(endring.innbyggerpris, "innbyggerpris", TALLKRAV.enhetspris),
      endring.justering === undefined ? gammeltLedd.justering : tolkJustering(endring.justering, "justering"),
    );
    const pref = this.aktiv.referanse[kundetype];
    const linje = this.linjer[s];
    const berorte = linje.modellbrukere[kundetype];
    const nye = berorte.map((i) => avrundetModellpris(ledd, this.kunder[i].innbyggere, pref)); // kaster før noe endres
    this.aktiv = medPrisledd(this.aktiv, tjeneste, kundetype, ledd);
    this.kontrollert = null;
    berorte.forEach((i, j) => {
      const post = this.poster[i];
      const forskjell = nye[j] - post.linjer[s]!;
      post.linjer[s] = nye[j];
      post.ny += forskjell;
      linje.inntekt += forskjell;
      this.plassering.plasser(i, post.ny);
    });
    linje.modellEksakt = { ...linje.modellEksakt, [kundetype]: modellsum(ledd, linje, kundetype, pref) };
    return this.sammendrag();
  }

  /** Tilbake til matrisen sektoren ble klargjort med. */
  tilbakestill(): Effektsammendrag {
    this.aktiv = this.start;
    this.kontrollert = null;
    this.poster = kopierPoster(this.startverdier.poster);
    this.linjer.forEach((l, s) => {
      l.modellEksakt = { ...this.startverdier.linjer[s].modellEksakt };
      l.inntekt = this.startverdier.linjer[s].inntekt;
    });
    this.poster.forEach((p, i) => this.plassering.plasser(i, p.ny));
    return this.sammendrag();
  }

  /** Kundene som betaler for en tjeneste med den gjeldende matrisen, som grunnlag for kalibrering. */
  betalere(tjeneste: string): Betaler[] {
    const s = this.aktiv.tjenester.indexOf(finnMatrisetjeneste(this.aktiv, tjeneste));
    return this.linjer[s].brukere.map((i) => ({ kundetype: this.kunder[i].kundetype, innbyggere: this.kunder[i].innbyggere, etikett: this.kunder[i].navn }));
  }

  /**
   * Innbyggerprisen til `tjeneste` for `kundetype` som gjør sektorens inntekt fra den lik `kostnad`
   * (eksakt; se {@link selvkostpris}). Endrer ikke sektoren: bruk den med
   * `oppdater({ tjeneste, kundetype, innbyggerpris: k.innbyggerpris })`.
   */
  kalibrer(tjeneste: string, kostnad: unknown, kundetype: Matrisekundetype = "KOMMUNE"): Kalibrering {
    return selvkostpris(this.aktiv, tjeneste, kostnad, this.betalere(tjeneste), kundetype);
  }

  private navn(s: number): string {
    return s === this.svarutIndeks ? SVARUT : this.aktiv.tjenester[s].navn;
  }

  /** Sektorens totaler og båndfordelingene per kundetype. O(kunder); ingen priser regnes. */
  sammendrag(): Effektsammendrag {
    const tjenester: Tjenesteinntekt[] = [];
    let ny = 0;
    let nyEksakt = NULL;
    this.linjer.forEach((linje, s) => {
      if (s === this.svarutIndeks && linje.brukere.length === 0) return;
      const eksakt = eksaktInntekt(linje);
      tjenester.push({ tjeneste: this.navn(s), antallKunder: linje.brukere.length, inntekt: new Decimal(linje.inntekt), inntektEksakt: eksakt });
      ny += linje.inntekt;
      nyEksakt = nyEksakt.plus(eksakt);
    });
    let gammel = NULL;
    let nyMedGrunnlag = 0;
    let medGrunnlag = 0;
    this.poster.forEach((p, i) => {
      const g = this.plassering.gammel(i);
      if (g === null) return;
      gammel = gammel.plus(g);
      nyMedGrunnlag += p.ny;
      medGrunnlag += 1;
    });
    const nyMed = new Decimal(nyMedGrunnlag);
    return {
      grunnlinje: this.grunnlinje,
      antallKunder: this.kunder.length,
      tjenester,
      total: {
        ny: new Decimal(ny), nyEksakt, gammel, nyMedGrunnlag: nyMed, medGrunnlag,
        endringKr: nyMed.minus(gammel),
        endringProsent: prisendring(gammel, nyMed),
      },
      prosentfordeling: this.plassering.fordeling(this.kunder, "prosent"),
      kronefordeling: this.plassering.fordeling(this.kunder, "kroner"),
    };
  }

  /** Hver kundes linjer, nye total og endring (bygger objekter: til tabeller, ikke til hver bevegelse av glidebryteren). */
  kunderesultater(): Kunderesultat[] {
    return this.kunder.map((kunde, i) => {
      const g = this.plassering.gammel(i);
      const ny = new Decimal(this.poster[i].ny);
      const linjer = this.poster[i].linjer.flatMap((pris, s) => (pris === null ? [] : [{ tjeneste: this.navn(s), pris: new Decimal(pris) }]));
      return {
        kunde,
        linjer,
        ny,
        gammel: g,
        endringKr: g === null ? null : ny.minus(g),
        endringProsent: prisendring(g, ny),
        prosentband: this.plassering.prosentband[i],
        kroneband: this.plassering.kroneband[i],
      };
    });
  }

  /** Hele effektanalysen: oppsummeringen pluss resultatet for hver kunde. */
  resultat(): Effektresultat {
    return { ...this.sammendrag(), kunder: this.kunderesultater(), prosentband: this.prosentband, kroneband: this.kroneband };
  }
}

/**
 * Klargjør en sektor for effektanalysen og hva-om-panelet: priser hver kundes linjer én gang.
 * Kaster TabellFeil (med celleadresser, på norsk) når en oppført tjeneste ikke er priset for en kundes kundetype
 * eller en pris ikke kan regnes ut (f.eks. når en kunde større enn referansen gjør størrelsesfaktoren ≤ 0).
 */
export function lagSektor(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}): Sektor {
  return new Sektor(kunder, matrise, valg);
}

/**
 * Effektanalyse: hver kundes nye total (grunnfinansiering for kommuner og fylkeskommuner + tjenestene kunden
 * bruker, hver linje avrundet halvt opp til hele kroner), endringen i kr og % mot dagens pris (eller et annet
 * grunnlag), fordelingen i bånd per kundetype etter % og etter kr, og inntekt per tjeneste og samlet, gammel mot
 * ny. Gammel inntekt finnes bare som total: «Pris i dag» er ett beløp per kunde.
 */
export function beregnEffekt(kunder: readonly Kunde[], matrise: Prismatrise, valg: Effektvalg = {}): Effektresultat {
  return lagSektor(kunder, matrise, valg).resultat();
}
