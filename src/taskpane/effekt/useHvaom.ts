import { type Decimal, type Matrisekundetype, PrisFeil, TALLKRAV, lesTall } from "../../core";
import { type AktivMatrise, endretMatrise } from "../felles/tilstand";
import type { Analyse } from "./analyse";
import {
  type Hvaomhandling, type Hvaomtilstand, PARAMETERE, type Parameter, felttekst, fraSlider, gjeldende, justerbare,
  lesParameter, prisledd, skala,
} from "./hvaom";

const MATRISETYPER: readonly Matrisekundetype[] = ["KOMMUNE", "FYLKESKOMMUNE"];

const melding = (feil: unknown) => {
  if (feil instanceof PrisFeil) return feil.message;
  throw feil;
};

interface Avhengigheter {
  analyse: Analyse;
  aktiv: AktivMatrise;
  settAktiv: (aktiv: AktivMatrise) => void;
  tilstand: Hvaomtilstand;
  send: (h: Hvaomhandling) => void;
}

/**
 * Hva-om-panelet: hvilken tjeneste og kundetype, prisleddene nå og ved start, teksten i feltene, og handlingene.
 * Hver endring går gjennom kjernens Sektor (bare linjene som endres, prises på nytt) og blir rutens aktive matrise,
 * så Kalkulator og Graf også regner med den.
 */
export function useHvaom({ analyse, aktiv, settAktiv, tilstand, send }: Avhengigheter) {
  const s = gjeldende(tilstand, analyse);
  const typer = MATRISETYPER.filter((t) => analyse.kunder.some((k) => k.kundetype === t));
  const kundetype = s.kundetype ?? typer[0] ?? "KOMMUNE";
  const tjenester = justerbare(analyse.start.matrise, kundetype);
  const tjeneste = s.tjeneste !== null && tjenester.includes(s.tjeneste) ? s.tjeneste : tjenester[0] ?? "";
  const ledd = prisledd(aktiv.matrise, tjeneste, kundetype);
  const start = prisledd(analyse.start.matrise, tjeneste, kundetype);
  const skalaer = start ? Object.fromEntries(PARAMETERE.map((p) => [p, skala(p, start)])) as Record<Parameter, ReturnType<typeof skala>> : null;
  const tekster = Object.fromEntries(PARAMETERE.map((p) => [p, s.tekster[p] ?? (ledd ? felttekst(p, ledd) : "")])) as Record<Parameter, string>;

  /** Én endring gjennom kjernen; ved feil fra kjernen endres ingenting, og feilen returneres. */
  const anvend = (parameter: Parameter, verdi: Decimal): string | null => {
    try {
      analyse.sektor.oppdater({ tjeneste, kundetype, [parameter]: verdi });
    } catch (e) {
      return melding(e);
    }
    settAktiv(endretMatrise(aktiv, analyse.sektor.matrise));
    return null;
  };

  return {
    typer, kundetype, tjenester, tjeneste, ledd, skalaer, tekster, feil: s.feil, kostnad: s.kostnad, kalibrering: s.kalibrering,
    velg: (nyType: Matrisekundetype, nyTjeneste: string) => send({ analyse, type: "velg", kundetype: nyType, tjeneste: nyTjeneste }),
    flytt: (parameter: Parameter, posisjon: number) => {
      const feil = anvend(parameter, fraSlider(parameter, posisjon));
      send(feil === null ? { analyse, type: "brukt", parameter } : { analyse, type: "skrevet", parameter, tekst: tekster[parameter], feil });
    },
    /**
     * En godtatt tekst fra tallfeltet (feltregelen: bare godtatte verdier kommer hit). Kjernen kan likevel nekte;
     * da endres ingenting, og feilen går tilbake til feltet.
     */
    skriv: (parameter: Parameter, tekst: string): string | null => {
      const svar = lesParameter(parameter, tekst);
      if (svar.type !== "tall") return svar.type === "feil" ? svar.felt : null;
      const feil = anvend(parameter, svar.verdi);
      if (feil === null) send({ analyse, type: "brukt", parameter });
      return feil;
    },
    skrivKostnad: (tekst: string) => send({ analyse, type: "kostnad", tekst }),
    kalibrer: () => {
      const kostnad = lesTall(s.kostnad, TALLKRAV.kostnad);
      if (kostnad.type !== "tall") {
        const feil = kostnad.type === "feil" ? kostnad.felt : "Skriv kostnaden som skal dekkes, f.eks. 5 000 000.";
        send({ analyse, type: "kalibrering", utfall: { type: "feil", melding: feil } });
        return;
      }
      try {
        const k = analyse.sektor.kalibrer(tjeneste, kostnad.verdi, kundetype);
        const feil = anvend("innbyggerpris", k.innbyggerpris);
        send(feil === null
          ? { analyse, type: "brukt", parameter: "innbyggerpris", kalibrering: { type: "ok", k } }
          : { analyse, type: "kalibrering", utfall: { type: "feil", melding: feil } });
      } catch (e) {
        send({ analyse, type: "kalibrering", utfall: { type: "feil", melding: melding(e) } });
      }
    },
    tilbakestill: () => {
      analyse.sektor.tilbakestill();
      settAktiv(analyse.start);
      send({ analyse, type: "tilbakestilt" });
    },
  };
}

export type Hvaom = ReturnType<typeof useHvaom>;
