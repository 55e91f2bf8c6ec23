import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { regions } from "@/lib/national/data.server";
import { readFilters } from "@/lib/national/schemas";
import { cycleSlug, stageTableRows, filtersQuery, figuresCsvHref } from "@/lib/national/rules";
import { listForceAreas } from "@/lib/partnership/data.server";
import { NationalHeading } from "@/components/NationalNav";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";
import { NATIONS, PARTNERSHIP_LEVELS } from "@/lib/domain/enums";
import { STAGE_NAMES } from "@/lib/framework/build";
import { LazyStageBars } from "@/components/charts/LazyCharts";
import { StageLegend } from "@/components/charts/StageLegend";
import { OverviewFilters } from "./OverviewFilters";
import { CountTables, StageDistributionTable } from "./OverviewTables";

export const metadata: Metadata = { title: "National picture" };
export const dynamic = "force-dynamic";

export default async function NationalOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const filters = readFilters(params);
  const { cycle, cycles } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const o = nationalOverview(actor, cycle.id, filters);
  const q = filtersQuery(filters);
  const csv = (figure?: string) => figuresCsvHref(cycle.id, filters, figure);
  const total = o.byLevel.reduce((s, r) => s + r.n, 0);
  // Early in a cycle nothing is submitted yet: point to the last closed cycle's picture.
  const lastClosed =
    o.submitted === 0 ? cycles.find((c) => c.status === "closed" && c.opensOn < cycle.opensOn) : undefined;
  const closedOverview = lastClosed ? nationalOverview(actor, lastClosed.id, filters) : null;
  const latest =
    lastClosed && closedOverview && closedOverview.submitted > 0
      ? { cycle: lastClosed, submitted: closedOverview.submitted }
      : null;
  return (
    <>
      <NationalHeading current="/national">National picture {cycle.label}</NationalHeading>
      <OverviewFilters
        cycles={cycles.map((c) => ({ id: c.id, label: c.label }))}
        current={cycle.id}
        filters={filters}
        regions={regions(actor)}
        forceAreas={listForceAreas().map((f) => [f.id, f.name])}
      />
      <p className="govuk-body" data-testid="overview-summary">
        {total} partnerships{q ? " match the filters" : ""}; {o.submitted} submitted their {cycle.label} self-review.
      </p>
      <p className="govuk-body" data-testid="scores-download">
        Download scores{q ? " (with these filters)" : ""}:{" "}
        <a className="govuk-link" href={`/api/national/${cycleSlug(cycle.label)}/scores.csv${q ? `?${q}` : ""}`}>
          CSV<span className="govuk-visually-hidden"> of the {cycle.label} scores</span>
        </a>{" "}
        /{" "}
        <a className="govuk-link" href={`/api/national/${cycleSlug(cycle.label)}/scores.json${q ? `?${q}` : ""}`}>
          JSON<span className="govuk-visually-hidden"> of the {cycle.label} scores</span>
        </a>{" "}
        (one row per partnership and dimension;{" "}
        <Link className="govuk-link" href="/national/data-dictionary">
          data dictionary
        </Link>
        ).
      </p>
      {latest && (
        <p className="govuk-body" data-testid="overview-latest">
          None is submitted in {cycle.label} yet.{" "}
          <Link
            className="govuk-link"
            href={`/national?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(q)), cycle: String(latest.cycle.id) })}`}
          >
            See {latest.cycle.label}, the last closed cycle ({latest.submitted} submitted)
          </Link>
          .
        </p>
      )}

      <CountTables
        byLevel={PARTNERSHIP_LEVELS.map((l) => [LEVEL_LABELS[l], o.byLevel.find((r) => r.key === l)?.n ?? 0])}
        byNation={NATIONS.map((n) => [NATION_LABELS[n], o.byNation.find((r) => r.key === n)?.n ?? 0])}
      />

      <h2 className="govuk-heading-m">Stages, dimension by dimension</h2>
      <p className="govuk-body">
        {o.stagesAre === "validated"
          ? "How many of the peer-reviewed self-reviews reached each stage, as the peer reviewer validated it (not as self-assessed)."
          : "How many of the submitted self-reviews reached each stage, as self-assessed."}{" "}
        <a className="govuk-link" href={csv("stages")}>
          Download (CSV)
        </a>
      </p>
      <StageLegend stageNames={STAGE_NAMES} />
      <LazyStageBars
        data={o.stageDistribution.map((d) => ({
          name: d.name,
          ...Object.fromEntries(d.counts.map((n, i) => [STAGE_NAMES[i]!, n])),
        }))}
        stageNames={[...STAGE_NAMES]}
      />
      <p className="govuk-body-s" data-testid="stage-versions">
        Stages under framework version {o.frameworkVersion}
        {o.stageVersions.some((v) => v.rescored > 0)
          ? `: ${o.stageVersions.reduce((n, v) => n + v.rescored, 0)} self-reviews submitted under an earlier version are re-scored under it, so that all compare like with like`
          : ""}
        {o.stageVersions.some((v) => v.version !== o.frameworkVersion)
          ? `; not yet re-scored: ${o.stageVersions
              .filter((v) => v.version !== o.frameworkVersion)
              .map((v) => `${v.n} under ${v.version}`)
              .join(", ")}`
          : ""}
        .
      </p>
      <StageDistributionTable stageNames={STAGE_NAMES} rows={stageTableRows(o.stageDistribution)} />

      <h2 className="govuk-heading-m">The report&rsquo;s figures, from this year&rsquo;s answers</h2>
      <p className="govuk-body">
        <Link
          className="govuk-link"
          href={`/national/figures?${new URLSearchParams({ cycle: String(cycle.id), ...Object.fromEntries(new URLSearchParams(q)) })}`}
        >
          Figures 5–14 of the 2017 report, drawn again from the {o.submitted} submitted self-reviews
          {q ? " that match the filters" : ""}
        </Link>
        , each beside the 2017 report&rsquo;s own figures. Action plans: {o.actionPlan.withPlan} of{" "}
        {o.actionPlan.answered} report a current action plan.
      </p>
    </>
  );
}
