import {
  type Digifintabell, type Folketall, type Kundetype, lesFolketallsceller, type Prismatrise, type SvarUtTabell,
  finnMatrisetjeneste, raskPrisfunksjon, STANDARD_DIGIFIN, STANDARD_PRISMATRISE, STANDARD_SVARUT,
  tolkDigifintabell, tolkPrismatrise, tolkSvarUtTabell,
} from "../core";
import { tilCeller } from "./argumenter";
import { Innholdsbuffer } from "./hurtigbuffer";

const matriser = new Innholdsbuffer(tolkPrismatrise);
const svarutTabeller = new Innholdsbuffer(tolkSvarUtTabell);
const digifinTabeller = new Innholdsbuffer(tolkDigifintabell);
const folketallstabeller = new Innholdsbuffer((celler) => lesFolketallsceller(celler, "Folketallsområdet"), 4);

/** Argumentet folketall: utelatt → bare årene som følger med; et område (SSB-tall for senere år) → tolket én gang per innhold. */
export function folketall(verdi: unknown): Folketall | null {
  const celler = tilCeller(verdi);
  return celler ? folketallstabeller.hent(celler) : null;
}

/** Argumentet prismatrise: utelatt → den publiserte matrisen for 2025; et område → tolket én gang per innhold. */
export function prismatrise(verdi: unknown): Prismatrise {
  const celler = tilCeller(verdi);
  return celler ? matriser.hent(celler) : STANDARD_PRISMATRISE;
}

export function svarutTabell(verdi: unknown): SvarUtTabell {
  const celler = tilCeller(verdi);
  return celler ? svarutTabeller.hent(celler) : STANDARD_SVARUT;
}

export function digifinTabell(verdi: unknown): Digifintabell {
  const celler = tilCeller(verdi);
  return celler ? digifinTabeller.hent(celler) : STANDARD_DIGIFIN;
}

type Prisfunksjon = (innbyggere: number) => number;
type Post = { funksjon: Prisfunksjon } | { feil: unknown };
const prisfunksjoner = new WeakMap<Prismatrise, Map<string, Post>>();
const MAKS_PER_MATRISE = 2000;

/** Kjernens forhåndskompilerte prisfunksjon for (matrise, tjeneste, kundetype, desimaler), hurtiglagret per matrise. */
export function prisfunksjon(matrise: Prismatrise, tjeneste: unknown, kundetype: Kundetype, desimaler: number): Prisfunksjon {
  let poster = prisfunksjoner.get(matrise);
  if (!poster) {
    poster = new Map();
    prisfunksjoner.set(matrise, poster);
  }
  const nokkel = `${kundetype}|${desimaler}|${typeof tjeneste}|${String(tjeneste)}`;
  let post = poster.get(nokkel);
  if (!post) {
    try {
      post = { funksjon: raskPrisfunksjon(matrise, finnMatrisetjeneste(matrise, tjeneste), kundetype, desimaler) };
    } catch (feil) {
      post = { feil };
    }
    if (poster.size >= MAKS_PER_MATRISE) poster.clear();
    poster.set(nokkel, post);
  }
  if ("feil" in post) throw post.feil;
  return post.funksjon;
}
