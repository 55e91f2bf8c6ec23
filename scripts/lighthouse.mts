// `npm run lighthouse`: Lighthouse (desktop settings: our users work at desks on office networks)
// with Debian's Chromium on four pages of a production server over the 1,000 × 10 synthetic
// dataset: sign-in, a question page, a results page and the national overview. Prints
// performance and accessibility per page; exits non-zero below performance 95 or accessibility 100.
import { existsSync } from "node:fs";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { defaultLargePath, seedLarge, LARGE_PASSWORD } from "./seed-large";
import { signIn, withServer } from "./bench-server";
import { coordinatorAssessment, latestClosedCycle } from "./bench-national";
import Database from "better-sqlite3";
import { getFramework, CURRENT_FRAMEWORK_VERSION } from "../lib/framework";

const PORT = 3402;

function openAssessmentPath(dbFile: string, email: string): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT a.id FROM assessments a JOIN memberships m ON m.partnership_id = a.partnership_id JOIN users u ON u.id = m.user_id
         JOIN cycles c ON c.id = a.cycle_id WHERE u.email = ? AND c.status = 'open'`,
      )
      .get(email) as { id: number };
    const d = getFramework(CURRENT_FRAMEWORK_VERSION)!.dimensions[0]!;
    return `/assessments/${row.id}/${d.id}/${d.questions[0]!.topic.id}`;
  } finally {
    db.close();
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const file = defaultLargePath();
  if (!existsSync(file)) await seedLarge(file);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  let failed = false;
  try {
    await withServer(file, PORT, async (base, copy) => {
      const cycle = latestClosedCycle(copy);
      const { email, assessmentId } = coordinatorAssessment(copy, cycle.id);
      const coordinator = await signIn(base, email, LARGE_PASSWORD);
      const commissioner = await signIn(base, "commissioner@bench.test", LARGE_PASSWORD);
      const pages: { name: string; path: string; cookie?: string }[] = [
        { name: "Sign in", path: "/sign-in" },
        { name: "Question page", path: openAssessmentPath(copy, email), cookie: coordinator },
        { name: "Results page", path: `/assessments/${assessmentId}/results`, cookie: coordinator },
        { name: "National overview", path: `/national?cycle=${cycle.id}`, cookie: commissioner },
      ];
      console.log(
        `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, desktop settings, ${process.env.CHROMIUM_PATH || "/usr/bin/chromium"}`,
      );
      for (const p of pages) {
        // One warm-up load so that the server has compiled the route, as a running server has.
        await fetch(base + p.path, { headers: p.cookie ? { Cookie: p.cookie } : {} });
        const result = await lighthouse(
          base + p.path,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility"],
            extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
          },
          desktopConfig,
        );
        const lhr = result!.lhr;
        if (lhr.finalDisplayedUrl !== base + p.path)
          throw new Error(`${p.name}: ended at ${lhr.finalDisplayedUrl}, not ${p.path} (signed out?)`);
        const perf = Math.round((lhr.categories.performance!.score ?? 0) * 100);
        const a11y = Math.round((lhr.categories.accessibility!.score ?? 0) * 100);
        const ok = perf >= 95 && a11y === 100;
        if (!ok) failed = true;
        const lcp = lhr.audits["largest-contentful-paint"]?.displayValue;
        const tbt = lhr.audits["total-blocking-time"]?.displayValue;
        console.log(
          `${p.name} (${p.path}): performance ${perf}, accessibility ${a11y} (LCP ${lcp}, TBT ${tbt}) ${ok ? "PASS" : "FAIL"}`,
        );
        if (a11y < 100) {
          for (const a of Object.values(lhr.audits))
            if (a.score === 0 && lhr.categories.accessibility!.auditRefs.some((r) => r.id === a.id))
              console.log(`  accessibility: ${a.id} — ${a.title}`);
        }
      }
    });
  } finally {
    chrome.kill();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
