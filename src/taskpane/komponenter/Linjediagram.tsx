import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { heltall } from "../format";
import { useUplotstil } from "./uplotstil";

export interface Dataserie {
  navn: string;
  verdier: (number | null)[];
  farge: string;
  bredde?: number;
  /** Line dash pattern (canvas setLineDash); empty = solid. */
  strek?: number[];
  /** Only points (the chosen organisation): a white ring, no line. */
  punkt?: boolean;
}

interface Props {
  x: number[];
  serier: Dataserie[];
  xEtikett: string;
  yEtikett: string;
  /** Values in the legend and the data table. */
  yFormat: (verdi: number) => string;
  /** Tick labels on the y axis (short: the unit is in the axis title). */
  yAkse: (verdi: number) => string;
  hoyde?: number;
  /** Accessible description of what the chart shows. */
  beskrivelse: string;
}

/** A line chart (uPlot) with nb-NO axis labels; the canvas is decorative, `beskrivelse` and the data table carry the content. */
export function Linjediagram({ x, serier, xEtikett, yEtikett, yFormat, yAkse, hoyde = 300, beskrivelse }: Props) {
  const stil = useUplotstil();
  const ramme = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ramme.current;
    if (!el) return;
    const bredde = () => Math.max(280, Math.floor(el.clientWidth || 600));
    const tekstfarge = "#424242";
    // Axis width from the longest tick label, so the axis title never overlaps the numbers.
    const akse = (etikett: string, verdier: (v: number) => string, storrelse: number | null, avstand: number): uPlot.Axis => ({
      label: etikett,
      stroke: tekstfarge,
      // Least space between ticks in px: "700 000" must not run into its neighbour in a 320 px pane.
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
          // The legend marker shows the line style too (the colours alone repeat after six lines).
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
