// Types for lib/dates.mjs (plain ESM, shared by the app and the primary process's mail worker).
export declare function formatDate(value: string): string;
export declare function formatDateTime(iso: string): string;
export declare function todayIso(now?: Date): string;
