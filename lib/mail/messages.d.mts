// Types for lib/mail/messages.mjs (plain ESM, shared by the app and the primary process's worker).
export type MessageInput =
  | {
      kind: "invitation";
      email: string;
      partnershipName: string;
      organisation: string;
      invitedBy: string;
      expiresAt: string;
    }
  | { kind: "password-reset"; email: string; name: string; expiresAt: string }
  | {
      kind: "reminder" | "chaser";
      partnershipId: number;
      partnershipName: string;
      cycleLabel: string;
      closesOn: string;
      daysLeft: number;
    }
  | {
      kind: "submission-receipt";
      assessmentId: number;
      partnershipName: string;
      cycleLabel: string;
      submittedBy: string;
      submittedAt: string;
    }
  | { kind: "review-published"; partnershipId: number; partnershipName: string; cycleLabel: string }
  | { kind: "reviewer-assigned"; name: string; partnershipName: string; cycleLabel: string };

export type MessageKind = MessageInput["kind"];
export type RenderedMessage = { subject: string; text: string; html: string; secret: boolean };

export declare const SERVICE_NAME: string;
export declare const LINK_PLACEHOLDER: string;
export declare const REMINDER_DAYS: number[];
export declare function renderMessage(message: MessageInput, base: string): RenderedMessage;
export declare function reminderDue(daysLeft: number): number | null;
export declare function daysBetween(today: string, closesOn: string): number;
export declare function withLink(
  message: { text: string; html: string },
  link: string | null,
): { text: string; html: string };
export declare const escapeHtml: (s: string) => string;
