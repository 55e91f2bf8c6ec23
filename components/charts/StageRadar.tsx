"use client";
// Radar of each dimension's stage (1–5), this year's against last year's. Colour is not the only
// carrier: last year is dashed, and the same figures are in the table beside the chart.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Legend, ResponsiveContainer } from "recharts";

export type RadarPoint = { dimension: string; current: number; previous?: number | null };

export default function StageRadar({
  data,
  currentLabel,
  previousLabel,
}: {
  data: RadarPoint[];
  currentLabel: string;
  previousLabel?: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={420} initialDimension={{ width: 640, height: 420 }}>
      <RadarChart data={data} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12, fill: "#0b0c0c" }} />
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
    </ResponsiveContainer>
  );
}
