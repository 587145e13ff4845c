import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { heltall } from "../format";
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
}

/** Et linjediagram (uPlot) med norske aksetall; lerretet er pynt, `beskrivelse` og tabellen bærer innholdet. */
export function Linjediagram({ x, serier, xEtikett, yEtikett, yFormat, yAkse, hoyde = 300, beskrivelse }: Props) {
  const stil = useUplotstil();
  const ramme = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ramme.current;
    if (!el) return;
    const bredde = () => Math.max(280, Math.floor(el.clientWidth || 600));
    const tekstfarge = "#424242";
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
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.05 : 1] } },
        axes: [akse(xEtikett, heltall, 50, 80), akse(yEtikett, yAkse, null, 40)],
        legend: {
          live: true,
          // Forklaringen viser strektypen også (fargene alene gjentas etter seks linjer).
          markers: { dash: (_u, i) => { const s = serier[i - 1]; return !s?.strek?.length ? "solid" : s.strek[0] > 3 ? "dashed" : "dotted"; } },
        },
        series: [
          { label: xEtikett, value: (_u, v) => (v === null || v === undefined ? "–" : heltall(v)) },
          ...serier.map<uPlot.Series>((s) => ({
            label: s.navn,
            stroke: s.farge,
            width: s.bredde ?? 2,
            dash: s.strek,
            spanGaps: !s.punkt,
            value: (_u, v) => (v === null || v === undefined ? "–" : yFormat(v)),
            ...(s.punkt
              ? { paths: () => null, points: { show: true, size: 13, fill: "#ffffff", stroke: s.farge, width: 3 } }
              : { points: { show: false } }),
          })),
        ],
      },
      [x, ...serier.map((s) => s.verdier)] as uPlot.AlignedData,
      el,
    );
    const observator = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => plot.setSize({ width: bredde(), height: hoyde }));
    observator?.observe(el);
    return () => {
      observator?.disconnect();
      plot.destroy();
    };
  }, [x, serier, xEtikett, yEtikett, yFormat, yAkse, hoyde]);

  return <div ref={ramme} className={stil.rot} role="img" aria-label={beskrivelse} />;
}
