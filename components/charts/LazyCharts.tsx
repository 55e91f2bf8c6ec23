"use client";
// Charts are loaded only in the browser and only when a page shows one, to keep pages light.
import dynamic from "next/dynamic";

const loading = () => <p className="govuk-body-s">Loading chart…</p>;
export const LazyStageRadar = dynamic(() => import("./StageRadar"), { ssr: false, loading });
export const LazyTrendChart = dynamic(() => import("./TrendChart"), { ssr: false, loading });
export const LazyStageBars = dynamic(() => import("./StageBars"), { ssr: false, loading });
export const LazyCompareRadar = dynamic(() => import("./CompareRadar"), { ssr: false, loading });
