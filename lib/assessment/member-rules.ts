// The rules of members' responses: what a member answers (not the partnership profile, which is the
// partnership's record, kept by its coordinators), when a response counts (once its member marks
// it finished) and the response rate the coordinator sees. Pure functions: no database, no React.
import type { ResponseRole, MemberResponseStatus, ResponseRate } from "@/lib/assessment/types";
import type { Section } from "@/lib/assessment/rules";

/** The sections this role answers: members give their view on the dimensions, not the profile. */
export function sectionsForRole<S extends Pick<Section, "kind">>(sections: S[], role: ResponseRole): S[] {
  return role === "member" ? sections.filter((s) => s.kind !== "profile") : sections;
}

/** Finished once marked so; started once anything is saved; otherwise not started. */
export function memberResponseStatus(r: { finishedAt: string | null; answered: number } | null): MemberResponseStatus {
  if (r?.finishedAt) return "finished";
  return r && r.answered > 0 ? "started" : "not_started";
}

/**
 * The response rate: finished responses out of every member asked (current members, plus anyone
 * who has left since responding). Rounded down, so that it never claims 100% before everyone has.
 */
export function responseRate(statuses: MemberResponseStatus[]): ResponseRate {
  const finished = statuses.filter((s) => s === "finished").length;
  const started = statuses.filter((s) => s === "started").length;
  const total = statuses.length;
  return {
    finished,
    started,
    notStarted: total - finished - started,
    total,
    percent: total === 0 ? 0 : Math.floor((finished / total) * 100),
  };
}

/** Why a member may not mark their response finished yet, or null when they may. */
export function finishRefusal(r: { answered: number; finishedAt: string | null } | null): string | null {
  if (r?.finishedAt) return "You have already marked your response as finished";
  if (!r || r.answered === 0) return "Answer at least one question before marking your response as finished";
  return null;
}
