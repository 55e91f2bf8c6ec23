"use client";
// A dimension's score across cycles; stages marked on the axis. The table beside it has the figures.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis, Tooltip } from "recharts";

export type TrendPoint = { cycle: string; score: number | null };

export default function TrendChart({ data, label }: { data: TrendPoint[]; label: string }) {
  return (
    <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 480, height: 200 }}>
      <LineChart data={data} margin={{ top: 10, right: 20, bottom: 5, left: 0 }} accessibilityLayer aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="cycle" tick={{ fontSize: 12, fill: "#0b0c0c" }} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: "#0b0c0c" }} />
        <Tooltip />
        <Line
          type="monotone"
          dataKey="score"
          stroke="#1d70b8"
          strokeWidth={3}
          dot={{ r: 5 }}
          isAnimationActive={false}
          connectNulls
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
