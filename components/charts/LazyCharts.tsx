"use client";
// Charts are loaded only in the browser and only when a page shows one, to keep pages light.
// The server renders the "Loading chart…" line itself: next/dynamic's `ssr: false` would throw a
// bail-out error inside every server render that shows a chart (an exception, its stack and a
// Suspense boundary per chart), a measurable share of a results page's cost (issue 19).
import { lazy, Suspense, type ComponentType } from "react";
import { useInBrowser } from "@/components/useInBrowser";

const loading = <p className="govuk-body-s">Loading chart…</p>;

function browserOnly<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Chart = lazy(load);
  return function BrowserOnlyChart(props: P) {
    const inBrowser = useInBrowser();
    if (!inBrowser) return loading;
    return (
      <Suspense fallback={loading}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

export const LazyStageRadar = browserOnly(() => import("./StageRadar"));
export const LazyTrendChart = browserOnly(() => import("./TrendChart"));
export const LazyStageBars = browserOnly(() => import("./StageBars"));
export const LazyCompareRadar = browserOnly(() => import("./CompareRadar"));
