// Types for lib/ops/audit-retention.mjs (plain ESM, run by scripts/start.mjs's primary process).
export declare function retentionCutoff(now: Date, years: number): Date;
export declare function removeExpiredAuditEntries(
  file: string,
  options: { years: number; now?: Date },
): { removed: number; cutoff: string };
export declare function scheduleAuditRetention(
  file: string,
  years: number,
  log: (message: string) => void,
): NodeJS.Timeout;
