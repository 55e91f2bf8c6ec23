"use client";
// Several partnerships' stages on one radar; each has its own line style as well as colour.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

const STYLES = [
  { stroke: "#1d70b8", dash: undefined },
  { stroke: "#d4351c", dash: "6 3" },
  { stroke: "#00703c", dash: "2 3" },
  { stroke: "#4c2c92", dash: "10 4 2 4" },
  { stroke: "#f47738", dash: "1 2" },
  { stroke: "#0b0c0c", dash: "8 8" },
];

export default function CompareRadar({ data, series }: { data: Record<string, string | number>[]; series: string[] }) {
  return (
    <ResponsiveContainer width="100%" height={440} initialDimension={{ width: 800, height: 440 }}>
      <RadarChart data={data} outerRadius="65%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12, fill: "#0b0c0c" }} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fontSize: 11, fill: "#505a5f" }} />
        {series.map((s, i) => (
          <Radar
            key={s}
            name={s}
            dataKey={s}
            stroke={STYLES[i % 6]!.stroke}
            strokeDasharray={STYLES[i % 6]!.dash}
            strokeWidth={2}
            fillOpacity={0}
            isAnimationActive={false}
          />
        ))}
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}
