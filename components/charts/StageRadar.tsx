"use client";
// Radar of each dimension's stage (1–5), this year's against last year's. Colour is not the only
// carrier: last year is dashed, and the same figures are in the table beside the chart. Every
// dimension's name is drawn whole, wrapped, inside the chart at any width (radar-layout.ts): the
// chart is sized from its box's measured width rather than a fixed one.
import { useLayoutEffect, useRef, useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Legend } from "recharts";
import { radarLayout, type RadarLayout } from "./radar-layout";

export type RadarPoint = { dimension: string; current: number; previous?: number | null };

type TickProps = {
  x: number | string;
  y: number | string;
  index: number;
  textAnchor: "start" | "middle" | "end" | "inherit";
  verticalAnchor: "start" | "middle" | "end";
};

/** One dimension's name, on as many lines as it needs, placed as recharts anchors it. */
function Tick({ x, y, index, textAnchor, verticalAnchor, layout }: TickProps & { layout: RadarLayout }) {
  const lines = layout.lines[index] ?? [];
  const block = (lines.length - 1) * layout.lineHeight;
  // The first line's baseline: the block ends at the tick above the plot, starts there below it,
  // and is centred on it beside it.
  const first =
    verticalAnchor === "end"
      ? -block - 0.25 * layout.fontSize
      : verticalAnchor === "start"
        ? 0.9 * layout.fontSize
        : -block / 2 + 0.35 * layout.fontSize;
  return (
    <text
      x={x}
      y={Number(y) + first}
      textAnchor={textAnchor}
      fontSize={layout.fontSize}
      fill="#0b0c0c"
      className="app-radar-label"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function StageRadar({
  data,
  currentLabel,
  previousLabel,
}: {
  data: RadarPoint[];
  currentLabel: string;
  previousLabel?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const layout = width
    ? radarLayout(
        width,
        data.map((d) => d.dimension),
      )
    : null;
  return (
    <div ref={box} className="app-radar" data-testid="stage-radar">
      {layout && (
        <RadarChart width={layout.width} height={layout.height} data={data} outerRadius={layout.outerRadius}>
          <PolarGrid />
          <PolarAngleAxis dataKey="dimension" tick={(props) => <Tick {...(props as TickProps)} layout={layout} />} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fontSize: 11, fill: "#505a5f" }} />
          {previousLabel && (
            <Radar
              name={previousLabel}
              dataKey="previous"
              stroke="#505a5f"
              strokeDasharray="6 4"
              fill="#b1b4b6"
              fillOpacity={0.2}
              isAnimationActive={false}
            />
          )}
          <Radar
            name={currentLabel}
            dataKey="current"
            stroke="#1d70b8"
            strokeWidth={3}
            fill="#1d70b8"
            fillOpacity={0.25}
            isAnimationActive={false}
          />
          <Legend />
        </RadarChart>
      )}
    </div>
  );
}
