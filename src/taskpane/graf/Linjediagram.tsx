import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { heltall } from "../felles/format";
import { useUplotstil } from "./uplotstil";

export interface Dataserie {
  navn: string;
  verdier: (number | null)[];
  farge: string;
  bredde?: number;
  /** Strekmønster (canvas setLineDash); tomt = hel strek. */
  strek?: number[];
  /** Bare punkter (den valgte organisasjonen): en hvit ring, ingen linje. */
  punkt?: boolean;
}

interface Props {
  x: number[];
  serier: Dataserie[];
  xEtikett: string;
  yEtikett: string;
  /** Verdiene i forklaringen og tabellen. */
  yFormat: (verdi: number) => string;
  /** Tallene på y-aksen (korte: enheten står i aksetittelen). */
  yAkse: (verdi: number) => string;
  hoyde?: number;
  /** Tilgjengelig beskrivelse av hva grafen viser. */
  beskrivelse: string;
  /** Logaritmisk y-akse: små og store tjenester kan leses i samme graf. */
  logaritmisk?: boolean;
  /** Punktet forklaringen viser verdiene for når pekeren ikke er over grafen (kunden), ellers det siste. */
  standardIndeks?: number | null;
}

/**
 * Navnet på hver linje ved enden av den (ikke for punktserier), skjøvet fra hverandre så de ikke overlapper:
 * linjene kan leses uten å holde pekeren over grafen.
 */
function linjenavn(serier: Dataserie[]): uPlot.Plugin {
  return {
    hooks: {
      // Tegnet før linjene: et navn som havner over en annen linje, skjuler den aldri.
      drawAxes: (u) => {
        const ctx = u.ctx;
        const px = devicePixelRatio || 1;
        const hoyde = 12 * px;
        const etiketter = serier.flatMap((s, i) => {
          if (s.punkt || !u.series[i + 1]?.show) return [];
          const verdier = u.data[i + 1];
          const siste = verdier.length - 1;
          const v = verdier[siste];
          if (v === null || v === undefined) return [];
          return [{ navn: s.navn, farge: s.farge, y: u.valToPos(v, "y", true) - 4 * px }];
        }).sort((a, b) => a.y - b.y);
        // Skyv nedover så to navn aldri står oppå hverandre.
        for (let i = 1; i < etiketter.length; i++) etiketter[i].y = Math.max(etiketter[i].y, etiketter[i - 1].y + hoyde);
        ctx.save();
        ctx.font = `${11 * px}px "Segoe UI", sans-serif`;
        ctx.textAlign = "right";
        ctx.textBaseline = "bottom";
        const x = u.bbox.left + u.bbox.width - 2 * px;
        for (const e of etiketter) {
          // Mørk tekst med hvit kant (lys oransje tekst på hvitt er for svak) og et stykke av linjens farge foran.
          const bredde = ctx.measureText(e.navn).width;
          const merke = 10 * px;
          ctx.lineWidth = 3 * px;
          ctx.strokeStyle = "#ffffff";
          ctx.strokeText(e.navn, x, e.y);
          ctx.fillStyle = e.farge;
          ctx.fillRect(x - bredde - merke - 3 * px, e.y - hoyde / 2 - 1.5 * px, merke, 3 * px);
          ctx.fillStyle = "#242424";
          ctx.fillText(e.navn, x, e.y);
        }
        ctx.restore();
      },
    },
  };
}

/** Et linjediagram (uPlot) med norske aksetall; lerretet er pynt, `beskrivelse` og tabellen bærer innholdet. */
export function Linjediagram({ x, serier, xEtikett, yEtikett, yFormat, yAkse, hoyde = 300, beskrivelse, logaritmisk = false, standardIndeks = null }: Props) {
  const stil = useUplotstil();
  const ramme = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ramme.current;
    if (!el) return;
    const bredde = () => Math.max(280, Math.floor(el.clientWidth || 600));
    const tekstfarge = "#424242";
    // Uten peker over grafen viser forklaringen verdiene i kundens punkt (eller det siste), ikke «–».
    const hvile = standardIndeks ?? x.length - 1;
    const verdi = (format: (v: number) => string, kolonne: (number | null)[]) => (_u: uPlot, v: number | null, _s: number, idx: number | null) => {
      const tall = idx === null ? kolonne[hvile] : v;
      return tall === null || tall === undefined ? "–" : format(tall);
    };
    // Logaritmisk: 0 kan ikke vises (en tjeneste uten fastpris ved 0 innbyggere); punktet utelates.
    const kolonner = serier.map((s) => (logaritmisk ? s.verdier.map((v) => (v !== null && v > 0 ? v : null)) : s.verdier));
    // Aksebredden etter det lengste tallet, så aksetittelen aldri dekker tallene.
    const akse = (etikett: string, verdier: (v: number) => string, storrelse: number | null, avstand: number): uPlot.Axis => ({
      label: etikett,
      stroke: tekstfarge,
      // Minste avstand mellom tallene i px: «700 000» skal ikke gå i ett med naboen i en 320 px rute.
      space: avstand,
      size: storrelse ?? ((_u, tekster) => 16 + 7 * Math.max(4, ...(tekster ?? []).map((t) => String(t ?? "").length))),
      grid: { stroke: "#e0e0e0", width: 1 },
      ticks: { stroke: "#c8c8c8", width: 1 },
      values: (_u, splits) => splits.map((v) => (v === null || v === undefined ? "" : verdier(v))),
    });
    const plot = new uPlot(
      {
        width: bredde(),
        height: hoyde,
        scales: { x: { time: false }, y: logaritmisk ? { distr: 3, log: 10 } : { range: (_u, _min, max) => [0, max > 0 ? max * 1.05 : 1] } },
        plugins: [linjenavn(serier)],
        axes: [akse(xEtikett, heltall, 50, 80), akse(yEtikett, yAkse, null, 40)],
        legend: {
          live: true,
          // Forklaringen viser strektypen også (fargene alene gjentas etter seks linjer).
          markers: { dash: (_u, i) => { const s = serier[i - 1]; return !s?.strek?.length ? "solid" : s.strek[0] > 3 ? "dashed" : "dotted"; } },
        },
        series: [
          { label: xEtikett, value: verdi(heltall, x) },
          ...serier.map<uPlot.Series>((s, i) => ({
            label: s.navn,
            stroke: s.farge,
            width: s.bredde ?? 2,
            dash: s.strek,
            spanGaps: !s.punkt,
            value: verdi(yFormat, kolonner[i]),
            ...(s.punkt
              ? { paths: () => null, points: { show: true, size: 13, fill: "#ffffff", stroke: s.farge, width: 3 } }
              : { points: { show: false } }),
          })),
        ],
      },
      [x, ...kolonner] as uPlot.AlignedData,
      el,
    );
    const observator = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => plot.setSize({ width: bredde(), height: hoyde }));
    observator?.observe(el);
    return () => {
      observator?.disconnect();
      plot.destroy();
    };
  }, [x, serier, xEtikett, yEtikett, yFormat, yAkse, hoyde, logaritmisk, standardIndeks]);

  return <div ref={ramme} className={stil.rot} role="img" aria-label={beskrivelse} />;
}
