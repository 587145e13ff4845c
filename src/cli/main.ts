#!/usr/bin/env node
/**
 * `fikspris`: kommandolinjen over priskjernen. Avslutningskoder (som --hjelp viser dem):
 * 0 ok, 1 feil inndata (norsk melding på stderr), 2 bruksfeil (ukjent kommando/valg, manglende valg),
 * 3 intern feil (en programfeil: én norsk linje; stakksporet bare med FIKSPRIS_DEBUG=1).
 */
import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { type Henvisning, PrisFeil, TabellFeil, formaterProblem } from "../core";
import { type Argumenter, BrukFeil, type Kommando, type Resultat, type Valgdefinisjon } from "./felles";
import { KOMMANDOER } from "./kommandoer";

export const AVSLUTNINGSKODER = { ok: 0, feilInndata: 1, feilBruk: 2, internFeil: 3 } as const;

/** Miljøvariabelen som slår på stakkspor for interne feil. */
export const FEILSOK = "FIKSPRIS_DEBUG";

const FELLES_VALG: Record<string, Valgdefinisjon> = {
  json: { type: "boolean" },
  hjelp: { type: "boolean", short: "h" },
  help: { type: "boolean" },
};

/** Avslutningskodene, slik hver hjelpetekst slutter. */
const AVSLUTNINGSTEKST = [
  "Avslutningskoder: 0 ok, 1 feil i inndata (f.eks. ukjent tjeneste, ugyldig tall, feil i en fil),",
  "2 feil bruk (ukjent kommando eller valg, manglende valg), 3 intern feil (en programfeil; kjør med",
  `${FEILSOK}=1 for detaljer).`,
].join("\n");

const HJELPEORD = new Set(["--hjelp", "--help", "-h", "hjelp", "help"]);
const VERSJONSORD = new Set(["--version", "--versjon"]);

function oversikt(): string {
  const bredde = Math.max(...KOMMANDOER.map((k) => k.navn.length));
  return [
    "fikspris – priser på KS DIFs Fiks-tjenester etter prismodellen for 2025",
    "",
    "Bruk: fikspris <kommando> [valg]",
    "      npm run --silent fikspris -- <kommando> [valg]",
    "",
    "Kommandoer:",
    ...KOMMANDOER.map((k) => `  ${k.navn.padEnd(bredde)}  ${k.sammendrag}`),
    "",
    "Alle kommandoer tar --json (maskinlesbart svar) og --hjelp (også --help og -h).",
    "Mer om én kommando: fikspris <kommando> --hjelp. Versjon: fikspris --version.",
    "",
    AVSLUTNINGSTEKST,
  ].join("\n");
}

/** `--innbyggere -5`: la et negativt tall være valgets verdi, så kommandoen kan forklare feilen. */
function negativeTallSomVerdi(argv: string[], valg: Record<string, Valgdefinisjon>): string[] {
  const ut: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const navn = argv[i].startsWith("--") ? argv[i].slice(2) : null;
    const neste = argv[i + 1];
    if (navn && Object.hasOwn(valg, navn) && valg[navn].type === "string" && neste !== undefined && /^-\d/.test(neste)) {
      ut.push(`${argv[i]}=${neste}`);
      i++;
    } else {
      ut.push(argv[i]);
    }
  }
  return ut;
}

/** Feilene fra nodes parseArgs, på norsk. */
function oversettParseFeil(e: unknown, kommando: Kommando): BrukFeil {
  const melding = e instanceof Error ? e.message : String(e);
  const kode = (e as { code?: string }).code;
  const valg = /'(-{1,2}[^' ]+)/.exec(melding)?.[1] ?? "";
  const argument = /'([^']*)'/.exec(melding)?.[1] ?? "";
  const kjente = Object.keys({ ...kommando.valg, ...FELLES_VALG }).map((v) => `--${v}`).join(", ");
  if (kode === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return new BrukFeil(`Ukjent valg «${valg}» for «${kommando.navn}». Gyldige valg: ${kjente}.`);
  }
  if (kode === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return new BrukFeil(`Uventet argument «${argument}»: «${kommando.navn}» tar bare valg (${kjente}).`);
  }
  if (kode === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(melding)) {
    return new BrukFeil(`Valget «${valg}» tar ingen verdi.`);
  }
  if (kode === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return new BrukFeil(`Valget «${valg}» mangler verdi.`);
  return new BrukFeil(`Kunne ikke lese argumentene: ${melding}`);
}

function tolkArgumenter(kommando: Kommando, argv: string[]): Argumenter {
  const options = { ...kommando.valg, ...FELLES_VALG };
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeTallSomVerdi(argv, options),
      options,
      allowPositionals: kommando.posisjonelle === true,
      strict: true,
    });
  } catch (e) {
    throw oversettParseFeil(e, kommando);
  }
  const verdier = parsed.values as Record<string, string | boolean | undefined>;
  return { verdier, posisjonelle: parsed.positionals, json: verdier.json === true };
}

function kommandohjelp(kommando: Kommando): string {
  return `${kommando.hjelp}\n\n${AVSLUTNINGSTEKST}`;
}

function finnKommando(navn: string): Kommando {
  const kommando = KOMMANDOER.find((k) => k.navn === navn.toLowerCase());
  if (!kommando) {
    throw new BrukFeil(`Ukjent kommando «${navn}». Gyldige kommandoer: ${KOMMANDOER.map((k) => k.navn).join(", ")}.`);
  }
  return kommando;
}

export interface Kjorevalg {
  /** Skriv ut stakksporet til en intern feil (miljøvariabelen FIKSPRIS_DEBUG=1). */
  feilsok?: boolean;
}

/**
 * Kjører kommandolinjen og gir avslutningskoden. Utdata går til de gitte skriverne (stdout/stderr). En kommando som
 * blir ferdig asynkront («arbeidsbok» skriver en fil), gir et løfte om koden; alle andre kommandoer et tall.
 */
export function kjorFikspris(
  argv: string[], ut: (tekst: string) => void, feil: (tekst: string) => void, valg: Kjorevalg = {},
): number | Promise<number> {
  const avslutt = (e: unknown) => feilkode(e, feil, valg.feilsok === true);
  try {
    const [forste, ...resten] = argv;
    if (forste === undefined || HJELPEORD.has(forste)) {
      const navn = forste === "hjelp" || forste === "help" ? resten[0] : undefined;
      ut(navn === undefined ? oversikt() : kommandohjelp(finnKommando(navn)));
      return AVSLUTNINGSKODER.ok;
    }
    if (VERSJONSORD.has(forste)) {
      ut(`fikspris ${version}`);
      return AVSLUTNINGSKODER.ok;
    }
    if (forste.startsWith("-")) throw new BrukFeil(`Oppgi en kommando før valgene, f.eks. «fikspris pris ${forste}».`);
    const kommando = finnKommando(forste);
    // Hjelp vinner over alt annet på linjen, også over valg kommandoen ikke kjenner.
    if (resten.some((a) => HJELPEORD.has(a) && a !== "hjelp" && a !== "help")) {
      ut(kommandohjelp(kommando));
      return AVSLUTNINGSKODER.ok;
    }
    const argumenter = tolkArgumenter(kommando, resten);
    const skrivUt = (resultat: Resultat) => {
      for (const advarsel of resultat.advarsler ?? []) feil(`Advarsel: ${advarsel}`);
      ut(argumenter.json && resultat.json !== undefined ? JSON.stringify(resultat.json, null, 2) : resultat.tekst);
      return AVSLUTNINGSKODER.ok;
    };
    const resultat = kommando.kjor(argumenter);
    return resultat instanceof Promise ? resultat.then(skrivUt, avslutt) : skrivUt(resultat);
  } catch (e) {
    return avslutt(e);
  }
}

/** Kjernens henvisninger slik de heter i kommandolinjen (kjernen kjenner ingen front). */
const HENVISNINGER: Record<Henvisning, string> = { svarutpris: "Bruk «fikspris svarut» med volumene." };

/** Avslutningskoden for en feil, med den norske meldingen på stderr. */
function feilkode(e: unknown, feil: (tekst: string) => void, feilsok: boolean): number {
  if (e instanceof BrukFeil) {
    feil(`Feil: ${e.message}\nSe «fikspris --hjelp».`);
    return AVSLUTNINGSKODER.feilBruk;
  }
  if (e instanceof TabellFeil) {
    feil(`Feil: Ugyldig ${e.tabell}:\n${e.problemer.map((p) => `  ${formaterProblem(p)}`).join("\n")}`);
    return AVSLUTNINGSKODER.feilInndata;
  }
  if (e instanceof PrisFeil) {
    feil(`Feil: ${e.message}${e.henvisning ? ` ${HENVISNINGER[e.henvisning]}` : ""}`);
    return AVSLUTNINGSKODER.feilInndata;
  }
  return internFeil(e, feil, feilsok);
}

/** En programfeil, ikke brukerens inndata: én norsk linje, aldri et stakkspor uten at det er bedt om. */
function internFeil(e: unknown, feil: (tekst: string) => void, feilsok: boolean): number {
  feil(
    "Feil: fikspris stoppet på en intern feil (en programfeil, ikke en feil i det du skrev inn). " +
      (feilsok ? "Detaljer:" : `Kjør på nytt med ${FEILSOK}=1 for detaljer.`),
  );
  if (feilsok) feil(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return AVSLUTNINGSKODER.internFeil;
}

if (require.main === module) {
  const feilsok = process.env[FEILSOK] === "1";
  const skriv = (strom: NodeJS.WriteStream) => (tekst: string) => void strom.write(tekst + "\n");
  // En leser som stopper tidlig (`fikspris effekt --json | head`) lukker røret: det er ikke en feil.
  for (const strom of [process.stdout, process.stderr]) {
    strom.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      process.exitCode = internFeil(e, skriv(process.stderr), feilsok);
    });
  }
  try {
    const kode = kjorFikspris(process.argv.slice(2), skriv(process.stdout), skriv(process.stderr), { feilsok });
    if (typeof kode === "number") process.exitCode = kode;
    else void kode.then((k) => (process.exitCode = k));
  } catch (e) {
    process.exitCode = internFeil(e, skriv(process.stderr), feilsok);
  }
}
