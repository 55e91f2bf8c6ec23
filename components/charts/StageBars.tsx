"use client";
// Stacked bars: how many partnerships are at each stage, per dimension. Stages are told apart by
// colour (lib/national/chart-colours.ts: 3:1 against the page and the next stage), by the stage
// number written on each bar, and by the legend beside the chart (StageLegend); the table below
// the chart has the numbers.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { labelColourOn, STAGE_COLOURS } from "@/lib/national/chart-colours";

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
        {stageNames.map((s, i) => (
          <Bar
            key={s}
            name={`Stage ${i + 1}: ${s}`}
            dataKey={s}
            stackId="stages"
            fill={STAGE_COLOURS[i]}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          >
            {/* The stage on the bar, where there is one to show (none on an empty segment). */}
            <LabelList
              dataKey={s}
              position="center"
              fill={labelColourOn(STAGE_COLOURS[i]!)}
              fontSize={12}
              className="app-stage-bar-label"
              formatter={(v: unknown) => (Number(v) > 0 ? `S${i + 1}` : "")}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
