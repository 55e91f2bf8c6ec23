// A database id as addresses and forms carry it: digits without a leading zero, at most ten (every
// id SQLite gives us, and well inside JavaScript's safe integers). Anything else names nothing.
export const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
