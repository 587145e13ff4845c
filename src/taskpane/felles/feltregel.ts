/**
 * Én regel for hvert tallfelt i ruten: bare en verdi feltet godtar, når modellen, og først når skrivingen tar en pause
 * (SKRIVEPAUSE_MS) eller feltet forlates. En avvist verdi endrer ingenting: forrige verdi gjelder fortsatt, og feltet
 * sier det. Når feltet forlates, vises den godtatte verdien på norsk form («9863 kr» → «9 863»).
 * Feltenes egne lesere er kjernens (lesTall, lesProsentfelt); her er bare når og hva som sendes videre.
 */
import { useEffect, useRef, useState } from "react";
import { type Tallkrav, type Tallsvar, lesProsentfelt, lesTall, norskProsent, norskTall } from "../../core";
import { SKRIVEPAUSE_MS } from "./utsatt";

/** Et felts svar på en tekst: godtatt (med teksten på norsk form) eller avvist med setningen som sier hvorfor. */
export type Feltsvar = { type: "godtatt"; tekst: string } | { type: "avvist"; feil: string };

/** Leser en tekst slik feltet gjør. */
export type Feltregel = (tekst: string) => Feltsvar;

/** Et svar fra kjernens lesere som feltsvar; tomt er godtatt (valgfritt felt) med mindre `tom` sier noe annet. */
export function somFeltsvar(svar: Tallsvar, norsk: (verdi: Tallsvar & { type: "tall" }) => string, tom?: string): Feltsvar {
  if (svar.type === "feil") return { type: "avvist", feil: svar.felt };
  if (svar.type === "tom") return tom === undefined ? { type: "godtatt", tekst: "" } : { type: "avvist", feil: tom };
  return { type: "godtatt", tekst: norsk(svar) };
}

/** Et tall av slaget `krav` (tomt = ikke oppgitt); godtatt vises gruppert («112809» → «112 809»). */
export function tallregel(krav: Tallkrav, tom?: string): Feltregel {
  return (tekst) => {
    const svar = lesTall(tekst, krav);
    const norsk = somFeltsvar(svar, (s) => norskTall(s.verdi), tom);
    // Den norske formen må leses til samme tall (ellers beholdes teksten slik den ble skrevet).
    if (norsk.type === "godtatt" && svar.type === "tall") {
      const igjen = lesTall(norsk.tekst, krav);
      if (igjen.type !== "tall" || !igjen.verdi.eq(svar.verdi)) return { type: "godtatt", tekst: tekst.trim() };
    }
    return norsk;
  };
}

/** Et prosentfelt med grenser i prosent (lesProsentfelt); godtatt vises som «1,5 %». */
export function prosentregel(grenser: { min: number; maks: number }, tom?: string): Feltregel {
  return (tekst) => somFeltsvar(lesProsentfelt(tekst, grenser), (s) => norskProsent(s.verdi), tom);
}

/** Mellomrom mellom sifre blir harde, så «100 000 000» i en melding ikke brytes over to linjer. */
export function udeleligeTall(tekst: string): string {
  return tekst.replace(/(\d) (?=\d)/g, "$1\u00a0");
}

/** Feilen feltet viser: hvorfor teksten er avvist, og hvilken verdi som fortsatt gjelder. */
export interface Feltfeil {
  melding: string;
  beholdt: string | null;
}

interface Valg {
  /** Verdien modellen bruker nå (teksten feltet viser når brukeren ikke skriver i det). */
  verdi: string;
  regel: Feltregel;
  /** Får bare godtatte verdier (på norsk form). Returnerer en feil hvis modellen likevel ikke tok verdien. */
  endre: (tekst: string) => string | null | void;
}

/**
 * Feltregelen som en hook: teksten som vises, feilen som vises, og hendelsene feltet skal gi videre.
 * Mens feltet har fokus, står det brukeren skriver; utenfra (en glidebryter, et annet valg) vises modellens verdi.
 */
export function useFeltregel({ verdi, regel, endre }: Valg) {
  const [utkast, setUtkast] = useState<string | null>(null);
  const [feil, setFeil] = useState<Feltfeil | null>(null);
  const tidsur = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fokus = useRef(false);
  // Siste verdi herfra: en ny verdi utenfra mens feltet ikke har fokus, erstatter det som sto skrevet.
  const egen = useRef(verdi);
  const stopp = () => {
    if (tidsur.current !== null) clearTimeout(tidsur.current);
    tidsur.current = null;
  };
  useEffect(() => stopp, []);
  useEffect(() => {
    if (verdi === egen.current) return;
    egen.current = verdi;
    if (!fokus.current) {
      setUtkast(null);
      setFeil(null);
    }
  }, [verdi]);

  /** Prøver teksten mot regelen: godtatt går til modellen (om den er ny), avvist blir stående med feilen. */
  const prov = (tekst: string): boolean => {
    stopp();
    const svar = regel(tekst);
    if (svar.type === "avvist") {
      setFeil({ melding: svar.feil, beholdt: verdi.trim() === "" ? "Feltet regnes fortsatt som tomt." : `Beregningen bruker fortsatt ${verdi}.` });
      return false;
    }
    if (svar.tekst !== verdi) {
      const nekt = endre(svar.tekst);
      if (typeof nekt === "string") {
        setFeil({ melding: nekt, beholdt: null });
        return false;
      }
      egen.current = svar.tekst;
    }
    setFeil(null);
    return true;
  };

  return {
    tekst: utkast ?? verdi,
    feil,
    skriv: (tekst: string) => {
      setUtkast(tekst);
      setFeil(null);
      stopp();
      tidsur.current = setTimeout(() => prov(tekst), SKRIVEPAUSE_MS);
    },
    fokus: () => {
      fokus.current = true;
    },
    forlat: () => {
      fokus.current = false;
      if (utkast === null) return;
      if (prov(utkast)) setUtkast(null);
    },
  };
}
