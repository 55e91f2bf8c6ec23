// The access table's pages and route handlers (e2e/access-matrix.ts).
import {
  COORDINATOR,
  EVERYONE,
  EXPORTERS,
  NATIONAL,
  READERS,
  SIGNED_IN,
  type Cell,
  type PageEntry,
  type RouteEntry,
} from "./types";

const page = (
  route: string,
  scoped: boolean,
  allow: Cell[],
  path: PageEntry["path"],
  extra: Partial<PageEntry> = {},
): PageEntry => ({ kind: "page", route, scoped, allow, path, ...extra });
const api = (
  route: string,
  scoped: boolean,
  allow: Cell[],
  path: RouteEntry["path"],
  extra: Partial<RouteEntry> = {},
): RouteEntry => ({ kind: "route", route, scoped, allow, path, ...extra });

export const PAGES: PageEntry[] = [
  page("/", false, ["reviewer", "reviewer-unassigned", "commissioner", "admin"], () => "/", {
    redirect: ["member", "coordinator"],
    why: "someone with one partnership goes straight to it",
  }),
  page("/sign-in", false, ["anonymous", "disabled"], () => "/sign-in", {
    redirect: SIGNED_IN,
    why: "already signed in: on to the callback",
  }),
  page("/how-scoring-works", false, EVERYONE, () => "/how-scoring-works"),
  page("/privacy", false, EVERYONE, () => "/privacy"),
  page("/accessibility", false, EVERYONE, () => "/accessibility"),
  page("/cookies", false, EVERYONE, () => "/cookies"),
  page("/invite/[token]", false, EVERYONE, (_, g) => `/invite/${g.pendingToken}`, {
    why: "the link itself is the credential",
  }),
  page("/reset-password/[token]", false, EVERYONE, (_, g) => `/reset-password/${g.unusedToken}`, {
    why: "the link itself is the credential (this one matches nothing: the page says so)",
  }),
  page("/account/password", false, SIGNED_IN, () => "/account/password", {
    why: "everyone's own password, and only their own",
  }),
  page("/partnerships", false, SIGNED_IN, () => "/partnerships"),
  page("/partnerships/[id]", true, READERS, (s) => `/partnerships/${s.partnershipId}`),
  page("/partnerships/[id]/trends", true, READERS, (s) => `/partnerships/${s.partnershipId}/trends`),
  page("/partnerships/[id]/action-plan", true, READERS, (s) => `/partnerships/${s.partnershipId}/action-plan`),
  page(
    "/partnerships/[id]/action-plan/new",
    true,
    COORDINATOR,
    (s) => `/partnerships/${s.partnershipId}/action-plan/new`,
  ),
  page(
    "/partnerships/[id]/action-plan/[actionId]",
    true,
    COORDINATOR,
    (s) => `/partnerships/${s.partnershipId}/action-plan/${s.actionId}`,
    { mixed: true },
  ),
  page("/partnerships/[id]/invitations", true, COORDINATOR, (s) => `/partnerships/${s.partnershipId}/invitations`),
  page("/assessments/[id]", true, READERS, (s) => `/assessments/${s.currentAssessmentId}`),
  page(
    "/assessments/[id]/before-you-start",
    true,
    READERS,
    (s) => `/assessments/${s.currentAssessmentId}/before-you-start`,
  ),
  page(
    "/assessments/[id]/[sectionId]/[topicId]",
    true,
    ["member:own", "coordinator:own"],
    (s) => `/assessments/${s.currentAssessmentId}/${s.sectionId}/${s.topicId}`,
    {
      redirect: ["reviewer:own", "commissioner", "admin"],
      why: "those who may read but not answer are sent to the section's answers",
    },
  ),
  page(
    "/assessments/[id]/[sectionId]/check",
    true,
    READERS,
    (s) => `/assessments/${s.currentAssessmentId}/${s.sectionId}/check`,
  ),
  page("/assessments/[id]/check", true, COORDINATOR, (s) => `/assessments/${s.currentAssessmentId}/check`),
  page("/assessments/[id]/members", true, COORDINATOR, (s) => `/assessments/${s.currentAssessmentId}/members`),
  page(
    "/assessments/[id]/follow-up",
    true,
    ["coordinator:own", "reviewer:own", "commissioner", "admin"],
    (s) => `/assessments/${s.currentAssessmentId}/follow-up`,
    {
      why: "a member answers for their organisation only, not the partnership's plan",
    },
  ),
  page(
    "/assessments/[id]/evidence/[questionId]",
    true,
    READERS,
    (s, g) => `/assessments/${s.currentAssessmentId}/evidence/${g.evidenceQuestionId}`,
    { why: "whoever may read the answers sees the item's document; only those who answer may upload" },
  ),
  page("/assessments/[id]/results", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/results`),
  page(
    "/assessments/[id]/results/recommendations",
    true,
    READERS,
    (s) => `/assessments/${s.pastAssessmentId}/results/recommendations`,
  ),
  page(
    "/assessments/[id]/results/dimensions",
    true,
    READERS,
    (s) => `/assessments/${s.pastAssessmentId}/results/dimensions`,
  ),
  page("/assessments/[id]/results/report", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/results/report`),
  page("/assessments/[id]/changes", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/changes`),
  page("/assessments/[id]/submitted", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/submitted`),
  page(
    "/peer-reviews/[assignmentId]",
    true,
    ["reviewer:own", "commissioner", "admin"],
    (s) => `/peer-reviews/${s.assignmentId}`,
  ),
  page("/peer-reviews/[assignmentId]/record", true, ["reviewer:own"], (s) => `/peer-reviews/${s.assignmentId}/record`),
  page("/admin/users", false, ["admin"], () => "/admin/users"),
  page("/admin/users/new", false, ["admin"], () => "/admin/users/new"),
  page("/admin/users/[id]", false, ["admin"], (_, g) => `/admin/users/${g.spareUserId}`),
  page("/admin/users/[id]/erase", false, ["admin"], (_, g) => `/admin/users/${g.spareUserId}/erase`, {
    why: "the confirmation before erasing a person (UK GDPR): administrators only",
  }),
  page("/admin/audit", false, ["admin"], () => "/admin/audit"),
  page("/admin/outbox", false, ["admin"], () => "/admin/outbox"),
  page("/admin/partnerships", false, ["admin"], () => "/admin/partnerships"),
  page("/admin/partnerships/new", false, ["admin"], () => "/admin/partnerships/new"),
  page("/admin/partnerships/[id]", true, ["admin"], (s) => `/admin/partnerships/${s.partnershipId}`),
  page("/national", false, NATIONAL, () => "/national"),
  page("/national/assignments", false, NATIONAL, () => "/national/assignments"),
  page("/national/benchmark", false, NATIONAL, () => "/national/benchmark"),
  page("/national/compare", false, NATIONAL, () => "/national/compare"),
  page("/national/cycles", false, NATIONAL, () => "/national/cycles"),
  page("/national/data-dictionary", false, NATIONAL, () => "/national/data-dictionary"),
  page("/national/figures", false, NATIONAL, () => "/national/figures"),
  page("/national/map", false, NATIONAL, () => "/national/map"),
  page("/national/report", false, NATIONAL, () => "/national/report"),
  page("/national/tracker", false, NATIONAL, () => "/national/tracker"),
  page("/national/trends", false, NATIONAL, () => "/national/trends"),
];

export const ROUTES: RouteEntry[] = [
  api("/api/auth/[...nextauth]", false, EVERYONE, () => "/api/auth/session", {
    why: "next-auth's own endpoints; the session endpoint answers everyone",
  }),
  api("/api/health", false, EVERYONE, () => "/api/health"),
  api("/icon.svg", false, EVERYONE, () => "/icon.svg", {
    why: "the favicon (app/icon.svg), public like any page's look",
  }),
  api("/api/session", false, SIGNED_IN, () => "/api/session", {
    why: "the idle warning's question: how long the caller's own session has left",
  }),
  api("/api/admin/audit.csv", false, ["admin"], () => "/api/admin/audit.csv"),
  api("/api/framework", false, EVERYONE, () => "/api/framework"),
  api("/api/framework/[version]", false, EVERYONE, () => "/api/framework/2026.1"),
  api("/api/assessments/[id]/results.csv", true, READERS, (s) => `/api/assessments/${s.pastAssessmentId}/results.csv`),
  api(
    "/api/assessments/[id]/evidence/[questionId]",
    true,
    ["coordinator:own", "reviewer:own", "commissioner", "admin"],
    (s, g) => `/api/assessments/${s.currentAssessmentId}/evidence/${g.evidenceQuestionId}`,
    {
      why: "the download of the consolidated answer's document (POST uploads: e2e/documents.spec.ts); a member reads their own response's documents, and has none here",
    },
  ),
  api("/api/partnerships/[id]/export.csv", true, EXPORTERS, (s) => `/api/partnerships/${s.partnershipId}/export.csv`, {
    why: "every cycle's answers, in bulk: not for a member, nor the administrator (who manages accounts, not data)",
  }),
  api("/api/partnerships/[id]/export.json", true, EXPORTERS, (s) => `/api/partnerships/${s.partnershipId}/export.json`),
  api("/api/national/[cycle]/figures.csv", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/figures.csv`),
  api(
    "/api/national/[cycle]/not-submitted.csv",
    false,
    NATIONAL,
    (_, g) => `/api/national/${g.currentCycleId}/not-submitted.csv`,
  ),
  api("/api/national/[cycle]/scores.csv", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/scores.csv`),
  api("/api/national/[cycle]/scores.json", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/scores.json`),
];
