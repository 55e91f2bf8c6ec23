"use client";
// Stacked bars: how many partnerships are at each stage, per dimension. Stages are told apart by
// their order and a legend as well as colour; the table below the chart has the numbers.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#d2e2f1", "#a5c6e3", "#6fa3d3", "#3d82c2", "#1d5f9b"];

export default function StageBars({
  data,
  stageNames,
}: {
  data: Record<string, string | number>[];
  stageNames: string[];
}) {
  return (
    <ResponsiveContainer width="100%" height={360} initialDimension={{ width: 900, height: 360 }}>
      <BarChart data={data} layout="vertical" margin={{ left: 160, right: 20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: "#0b0c0c" }} />
        <YAxis type="category" dataKey="name" width={160} tick={{ fontSize: 12, fill: "#0b0c0c" }} />
        <Tooltip />
        <Legend />
        {stageNames.map((s, i) => (
          <Bar
            key={s}
            dataKey={s}
            stackId="stages"
            fill={COLOURS[i]}
            stroke="#0b0c0c"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
