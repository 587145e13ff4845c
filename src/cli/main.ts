#!/usr/bin/env node
/**
 * `fikspris`: the command line over the pricing core. Exit codes: 0 ok, 1 bad input (Norwegian message
 * on stderr), 2 usage error (unknown command/option, missing option).
 */
import { parseArgs } from "node:util";
import { PrisFeil, TabellFeil, formaterProblem } from "../core";
import { type Argumenter, BrukFeil, type Kommando, type Valgdefinisjon } from "./felles";
import { KOMMANDOER } from "./kommandoer";

const FELLES_VALG: Record<string, Valgdefinisjon> = {
  json: { type: "boolean" },
  hjelp: { type: "boolean", short: "h" },
};

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
    "Alle kommandoer tar --json (maskinlesbart svar) og --hjelp (-h).",
    "Mer om én kommando: fikspris <kommando> --hjelp",
  ].join("\n");
}

/** `--innbyggere -5`: let a negative number be the option's value, so the command can explain the error. */
function negativeTallSomVerdi(argv: string[], valg: Record<string, Valgdefinisjon>): string[] {
  const ut: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const navn = argv[i].startsWith("--") ? argv[i].slice(2) : null;
    const neste = argv[i + 1];
    if (navn && valg[navn]?.type === "string" && neste !== undefined && /^-\d/.test(neste)) {
      ut.push(`${argv[i]}=${neste}`);
      i++;
    } else {
      ut.push(argv[i]);
    }
  }
  return ut;
}

/** node's parseArgs errors, in Norwegian. */
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

function finnKommando(navn: string): Kommando {
  const kommando = KOMMANDOER.find((k) => k.navn === navn.toLowerCase());
  if (!kommando) {
    throw new BrukFeil(`Ukjent kommando «${navn}». Gyldige kommandoer: ${KOMMANDOER.map((k) => k.navn).join(", ")}.`);
  }
  return kommando;
}

/** Runs the CLI; resolves to the exit code. Output goes to the given writers (stdout/stderr). */
export async function kjorFikspris(argv: string[], ut: (tekst: string) => void, feil: (tekst: string) => void): Promise<number> {
  try {
    const [forste, ...resten] = argv;
    if (forste === undefined || forste === "--hjelp" || forste === "-h" || forste === "hjelp") {
      ut(resten.length > 0 && forste === "hjelp" ? finnKommando(resten[0]).hjelp : oversikt());
      return 0;
    }
    if (forste.startsWith("-")) throw new BrukFeil(`Oppgi en kommando før valgene, f.eks. «fikspris pris ${forste}».`);
    const kommando = finnKommando(forste);
    const argumenter = tolkArgumenter(kommando, resten);
    if (argumenter.verdier.hjelp === true) {
      ut(kommando.hjelp);
      return 0;
    }
    const resultat = await kommando.kjor(argumenter);
    for (const advarsel of resultat.advarsler ?? []) feil(`Advarsel: ${advarsel}`);
    ut(argumenter.json && resultat.json !== undefined ? JSON.stringify(resultat.json, null, 2) : resultat.tekst);
    return 0;
  } catch (e) {
    if (e instanceof BrukFeil) {
      feil(`Feil: ${e.message}\nSe «fikspris --hjelp».`);
      return 2;
    }
    if (e instanceof TabellFeil) {
      feil(`Feil: ${e.message.split(":")[0]}:\n${e.problemer.map((p) => `  ${formaterProblem(p)}`).join("\n")}`);
      return 1;
    }
    if (e instanceof PrisFeil) {
      feil(`Feil: ${e.message}`);
      return 1;
    }
    feil(`Uventet feil: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  void kjorFikspris(
    process.argv.slice(2),
    (t) => process.stdout.write(t + "\n"),
    (t) => process.stderr.write(t + "\n"),
  ).then((kode) => {
    process.exitCode = kode;
  });
}
