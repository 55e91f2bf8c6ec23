import { notFound } from "next/navigation";

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) notFound();
  return Number(value);
}
