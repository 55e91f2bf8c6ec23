// The self-assessment's shapes as the data layer returns them: plain objects, safe to import anywhere.
import type { AnswerValue, Framework, Level } from "@/lib/framework/types";
import type { Section } from "@/lib/assessment/rules";

export type ResponseRole = "consolidated" | "member" | "read-only";

export type AnswerRecord = {
  value: AnswerValue;
  rowVersion: number;
  carriedOverFrom: string | null; // cycle label
  needsConfirmation: boolean;
  updatedByName: string | null;
  updatedAt: string;
};

/** A respondent's comment on a section ("Anything else we should know about …?"). */
export type SectionComment = {
  body: string;
  rowVersion: number;
  carriedOverFrom: string | null; // cycle label
  needsConfirmation: boolean;
  updatedByName: string | null;
  updatedAt: string;
};

export type AssessmentContext = {
  assessment: {
    id: number;
    status: "in_progress" | "submitted";
    frameworkVersion: string;
    submittedAt: string | null;
    partnershipId: number;
    cycleId: number;
  };
  /** `level` decides which "Done at … level for us" options are offered (framework LevelRule). */
  partnership: { id: number; name: string; level: Level };
  cycle: { id: number; label: string; opensOn: string; closesOn: string; status: "planned" | "open" | "closed" };
  framework: Framework;
  sections: Section[];
  /** Whose answers this actor sees and (maybe) edits. */
  role: ResponseRole;
  responseId: number | null;
  /** A member's own response: the organisation they answer for, and when they marked it finished. */
  memberResponse: { organisation: string | null; finishedAt: string | null } | null;
  canEdit: boolean;
  canSubmit: boolean;
  canReopen: boolean;
};

export type SaveAnswerResult =
  | { status: "saved"; rowVersion: number; savedAt: string }
  | {
      status: "conflict";
      current: { value: AnswerValue | null; rowVersion: number; updatedByName: string | null; updatedAt: string };
    };

export type MemberResponseStatus = "finished" | "started" | "not_started";

export type MemberResponseSummary = {
  /** Every member with a response or a current membership, finished first. */
  members: {
    name: string | null;
    organisation: string | null;
    status: MemberResponseStatus;
    answered: number;
    lastSavedAt: string | null;
    finishedAt: string | null;
  }[];
  rate: ResponseRate;
  /** Finished responses only: a response still being written is not a view yet. */
  answersByQuestion: Map<string, { name: string | null; organisation: string | null; value: AnswerValue }[]>;
};

export type ResponseRate = { finished: number; started: number; notStarted: number; total: number; percent: number };
