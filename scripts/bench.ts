// Benchmarks: `npm run bench` (or `npx tsx scripts/bench.ts`). Each section times one thing
// against a target; the script exits non-zero if any target is missed. Add sections (HTTP load,
// etc.) to SECTIONS.
import { performance } from "node:perf_hooks";
import { getFramework, scoreAssessment, recommend, CURRENT_FRAMEWORK_VERSION } from "../lib/framework/index";
import { randomAssessments } from "../lib/framework/generate";
import { existsSync } from "node:fs";
import { defaultLargePath, seedLarge } from "./seed-large";
import { withServer, fmt, signIn, type Stats } from "./bench-server";
import { LARGE_PASSWORD } from "./seed-large";
import { benchAutosave } from "./bench-autosave";
import {
  benchPage,
  coordinatorAssessment,
  latestClosedCycle,
  timeOverviewAfterChange,
  timeOverviewSql,
} from "./bench-national";
import { routeBundles } from "./bundle-stats";
import { benchAgainstSignIn, RATIO_TARGET, sequentialAgainstSignIn } from "./bench-ratio";

interface Section {
  name: string;
  targetMs: number;
  /** Prepare inputs (not timed); returns the timed function and a description of the work. */
  setup: () => Promise<{ run: () => unknown; label: string }> | { run: () => unknown; label: string };
}

const framework = getFramework(CURRENT_FRAMEWORK_VERSION)!;

const SECTIONS: Section[] = [
  {
    name: "scoring",
    targetMs: 1000,
    setup: () => {
      const assessments = randomAssessments(framework, 10_000, 20260401);
      return {
        label: `${assessments.length} assessments`,
        run: () => {
          let sink = 0;
          for (const a of assessments) sink += scoreAssessment(framework, a).dimensions.length;
          return sink;
        },
      };
    },
  },
  {
    name: "recommendations",
    targetMs: 1000,
    setup: () => {
      const assessments = randomAssessments(framework, 1_000, 7);
      return {
        label: `${assessments.length} assessments`,
        run: () => {
          let sink = 0;
          for (const a of assessments) sink += recommend(framework, a).length;
          return sink;
        },
      };
    },
  },
];

/** Benchmarks over HTTP against a production server on the 1,000 × 10 synthetic dataset. */
interface LoadSection {
  name: string;
  target: string;
  run: (base: string, dbFile: string) => Promise<{ line: string; pass: boolean }>;
}

/**
 * A page against the sign-in page in the same run (scripts/bench-ratio.ts), as two sections: its
 * p95 under 20 connections, against the target (issues 19 and 20), and one request at a time, a
 * diagnostic far steadier than the p95 (±0.03 between runs where the p95 ratio moves ±0.25), with
 * no target of its own.
 */
function againstSignIn(p: {
  names: [underLoad: string, oneAtATime: string];
  /** False for a control: its p95 ratio is reported, not held to the target. */
  target?: boolean;
  /** The page, signed in, and how the sections' lines name it. */
  open: (base: string, dbFile: string) => Promise<{ title: string; page: { path: string; cookie: string } }>;
}): LoadSection[] {
  const noErrors = (r: { page: Stats; signIn: Stats }) => r.page.errors === 0 && r.signIn.errors === 0;
  return [
    {
      name: p.names[0],
      target:
        p.target === false
          ? "none (a control: the spread of the p95 ratio for a page that costs what the floor does; 0 errors)"
          : `p95 ≤ ${RATIO_TARGET}× the sign-in page's p95, 0 errors`,
      run: async (base, dbFile) => {
        const { title, page } = await p.open(base, dbFile);
        const r = await benchAgainstSignIn(base, page);
        return {
          line: `${title} (${(r.bytes / 1024).toFixed(1)} kB) and /sign-in in alternating rounds, 20 connections: page ${fmt(r.page)}; /sign-in ${fmt(r.signIn)}; ratio of the p95s ${r.ratio.toFixed(2)}`,
          pass: (p.target === false || r.ratio <= RATIO_TARGET) && noErrors(r),
        };
      },
    },
    {
      name: p.names[1],
      target: "none (what one request costs against sign-in; 0 errors)",
      run: async (base, dbFile) => {
        const { title, page } = await p.open(base, dbFile);
        const r = await sequentialAgainstSignIn(base, page);
        return {
          line: `${title} and /sign-in, one request at a time, alternating: page ${fmt(r.page)}; /sign-in ${fmt(r.signIn)}; ratio of the medians ${r.ratio.toFixed(2)}`,
          pass: noErrors(r),
        };
      },
    },
  ];
}

const LOAD_SECTIONS: LoadSection[] = [
  {
    // What any request costs on this machine before our pages do anything: the smallest page
    // (sign-in: no session, no database) and the health check (a route handler, one query), under
    // the same 20 back-to-back connections. The page targets below cannot be lower than this.
    name: "floor",
    target: "none (the framework's own cost)",
    run: async (base) => {
      const page = await benchPage(base, "/sign-in", null);
      const health = await benchPage(base, "/api/health", null);
      return {
        line: `the sign-in page (10 kB, no session, no database), 20 connections: ${fmt(page)}; /api/health: ${fmt(health)}`,
        pass: page.errors === 0 && health.errors === 0,
      };
    },
  },
  {
    name: "national-overview",
    target: "p95 < 150 ms and ≤ 3× the SQL alone, 0 errors",
    run: async (base, dbFile) => {
      const cycle = latestClosedCycle(dbFile);
      const sqlMs = timeOverviewSql(dbFile, cycle.id);
      const path = `/national?cycle=${cycle.id}`;
      const s = await benchPage(base, path, "commissioner@bench.test");
      const ratio = s.p95 / sqlMs;
      // The figures above are served from the overview's cache (per data generation); this is the
      // one request after each change that computes it.
      const missMs = await timeOverviewAfterChange(base, path, "commissioner@bench.test", dbFile);
      return {
        line: `/national ${cycle.label} (1,000 partnerships), 20 connections: ${fmt(s)}; SQL aggregates alone ${sqlMs.toFixed(1)} ms; p95 ÷ SQL = ${ratio.toFixed(1)}; the first request after a data change (cache invalidated), one at a time: median ${missMs.toFixed(1)} ms`,
        pass: s.p95 < 150 && ratio <= 3 && s.errors === 0,
      };
    },
  },
  // A control for the two page targets: the cookies page, signed in (the layout, the session check
  // and a few paragraphs; one at a time it costs 0.95–0.98× the sign-in page), measured the same way. Its
  // p95 ratio spreads as widely between runs as the pages' do, so that spread is the measurement's
  // noise on this machine, not the pages' cost (docs/benchmarks.md, sixth session).
  ...againstSignIn({
    names: ["control-vs-sign-in", "control-one-at-a-time"],
    target: false,
    open: async (base, dbFile) => {
      const cycle = latestClosedCycle(dbFile);
      const { email } = coordinatorAssessment(dbFile, cycle.id);
      const cookie = await signIn(base, email, LARGE_PASSWORD);
      return { title: "/cookies, signed in", page: { path: "/cookies", cookie } };
    },
  }),
  // Issue 20: the national overview, as the Commissioner's office sees it.
  ...againstSignIn({
    names: ["national-vs-sign-in", "national-one-at-a-time"],
    open: async (base, dbFile) => {
      const cycle = latestClosedCycle(dbFile);
      const cookie = await signIn(base, "commissioner@bench.test", LARGE_PASSWORD);
      return { title: `/national ${cycle.label}`, page: { path: `/national?cycle=${cycle.id}`, cookie } };
    },
  }),
  // Issue 19: a partnership's results page, its coordinator's, for the last closed cycle.
  ...againstSignIn({
    names: ["results-page", "results-page-one-at-a-time"],
    open: async (base, dbFile) => {
      const cycle = latestClosedCycle(dbFile);
      const { email, assessmentId } = coordinatorAssessment(dbFile, cycle.id);
      const cookie = await signIn(base, email, LARGE_PASSWORD);
      return {
        title: `a partnership's results page for ${cycle.label}`,
        page: { path: `/assessments/${assessmentId}/results`, cookie },
      };
    },
  }),
  {
    // The same two pages as twenty people use them: each loads a page, reads it for a second, and
    // loads the next. No target of its own: what users see, beside the capacity figures above.
    name: "pages-paced",
    target: "none (what 20 users see)",
    run: async (base, dbFile) => {
      const cycle = latestClosedCycle(dbFile);
      const { email, assessmentId } = coordinatorAssessment(dbFile, cycle.id);
      const n = await benchPage(base, `/national?cycle=${cycle.id}`, "commissioner@bench.test", 20, 15, 1000);
      const r = await benchPage(base, `/assessments/${assessmentId}/results`, email, 20, 15, 1000);
      return {
        line: `20 users each loading a page once a second: /national ${fmt(n)}; results page ${fmt(r)}`,
        pass: n.errors === 0 && r.errors === 0,
      };
    },
  },
  {
    // 20 people autosaving at once, each save 0.5 s after the last (the page debounces at 0.8 s,
    // so no one person saves faster than this).
    name: "autosave",
    target: "p95 < 30 ms, 0 errors",
    run: async (base, dbFile) => {
      const s = await benchAutosave(base, dbFile, 20, 40, 500);
      return { line: `20 concurrent writers, one save each per 0.5 s: ${fmt(s)}`, pass: s.p95 < 30 && s.errors === 0 };
    },
  },
  {
    // The same 20 writers saving back to back: what the server can take (no target, for the record).
    name: "autosave-saturation",
    target: "none (capacity)",
    run: async (base, dbFile) => {
      const s = await benchAutosave(base, dbFile, 20, 50);
      return { line: `20 writers saving back to back: ${fmt(s)}`, pass: s.errors === 0 };
    },
  },
];

async function main() {
  const only = process.argv.slice(2);
  let failed = false;
  for (const s of SECTIONS) {
    if (only.length && !only.includes(s.name)) continue;
    const { run, label } = await s.setup();
    // Timed from cold (no warm-up pass): the conservative figure.
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    const ok = ms < s.targetMs;
    if (!ok) failed = true;
    console.log(`${s.name}: ${label} in ${Math.round(ms)} ms (target < ${s.targetMs} ms) ${ok ? "PASS" : "FAIL"}`);
  }
  if (!only.length || only.includes("first-load-js")) {
    // Static: what a browser downloads (gzip) before the page is interactive, per route.
    const routes = routeBundles();
    const worst = routes[0]!;
    const over = routes.filter((r) => r.gzipBytes > 200 * 1024);
    if (over.length) failed = true;
    console.log(
      `first-load-js: ${routes.length} routes, largest ${worst.route} ${(worst.gzipBytes / 1024).toFixed(1)} kB gzip, smallest ${(routes.at(-1)!.gzipBytes / 1024).toFixed(1)} kB (target ≤ 200 kB on every route${over.length ? `; over: ${over.map((r) => r.route).join(", ")}` : ""}) ${over.length ? "FAIL" : "PASS"}`,
    );
    for (const r of routes) console.log(`  ${(r.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip  ${r.route}`);
  }
  const load = LOAD_SECTIONS.filter((s) => !only.length || only.includes(s.name));
  if (load.length) {
    if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
    const file = defaultLargePath();
    if (!existsSync(file)) {
      const r = await seedLarge(file);
      console.log(
        `(created the large dataset: ${r.answers.toLocaleString("en-GB")} answers in ${(r.ms / 1000).toFixed(1)} s)`,
      );
    }
    // BENCH_PORT: another port, where something else (another checkout's run) has 3401.
    await withServer(file, Number(process.env.BENCH_PORT) || 3401, async (base, copy) => {
      for (const s of load) {
        const r = await s.run(base, copy);
        if (!r.pass) failed = true;
        console.log(`${s.name}: ${r.line} (target ${s.target}) ${r.pass ? "PASS" : "FAIL"}`);
      }
    });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
