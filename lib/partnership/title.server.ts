import "server-only";
// Page titles that say whose page it is: the partnership's name, only for someone who may read
// it (anyone else gets the page's plain title, and the page itself answers 404).
import { getActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { isId } from "@/lib/domain/ids";
import { partnershipHeading } from "./data.server";

/** "<what>: <partnership>" for a reader of the partnership, else "<what>". */
export async function partnershipPageTitle(what: string, idText: string): Promise<string> {
  const actor = await getActor();
  if (!actor || !isId(idText)) return what;
  const partnershipId = Number(idText);
  if (!can(actor, "read:partnership", { partnershipId })) return what;
  const p = partnershipHeading(partnershipId);
  return p ? `${what}: ${p.name}` : what;
}
