import { notFound } from "next/navigation";
import { isId } from "@/lib/domain/ids";

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string): number {
  if (!isId(value)) notFound();
  return Number(value);
}
