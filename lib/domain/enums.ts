// The domain's vocabulary: the stored codes, kept apart from the drizzle schema so that client and pure code
// can import them without the database.
export const GLOBAL_ROLES = ["admin", "commissioner", "reviewer"] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export const PARTNERSHIP_ROLES = ["coordinator", "member"] as const;
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];

export const PARTNERSHIP_LEVELS = ["local", "sub_regional", "regional", "national", "other"] as const;
export type PartnershipLevel = (typeof PARTNERSHIP_LEVELS)[number];

export const NATIONS = ["england", "wales", "scotland", "northern_ireland"] as const;
export type Nation = (typeof NATIONS)[number];

export const CYCLE_STATUSES = ["planned", "open", "closed"] as const;
export const ASSESSMENT_STATUSES = ["in_progress", "submitted"] as const;
export const RESPONSE_KINDS = ["consolidated", "member"] as const;
export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;

export const PLAN_ACTION_STATUSES = ["not_started", "in_progress", "done", "dropped"] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];

// A message's state in the outbox (lib/mail/): waiting to be sent, being sent, sent, given up on,
// or kept in the outbox because no SMTP server is configured.
export const MAIL_STATUSES = ["queued", "sending", "sent", "failed", "outbox"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
