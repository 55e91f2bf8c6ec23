// How stored codes read to people.
import type { GlobalRole, Nation, PartnershipLevel, PartnershipRole, PlanActionStatus } from "@/lib/domain/enums";

export const LEVEL_LABELS: Record<PartnershipLevel, string> = {
  local: "Local",
  sub_regional: "County / sub-regional",
  regional: "Regional",
  national: "National",
  other: "Other arrangement",
};

export const NATION_LABELS: Record<Nation, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  northern_ireland: "Northern Ireland",
};

export const GLOBAL_ROLE_LABELS: Record<GlobalRole, string> = {
  admin: "Administrator",
  commissioner: "Commissioner's office",
  reviewer: "Peer reviewer",
};

export const PARTNERSHIP_ROLE_LABELS: Record<PartnershipRole, string> = {
  coordinator: "Coordinator",
  member: "Member",
};

export const PLAN_ACTION_STATUS_LABELS: Record<PlanActionStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};
