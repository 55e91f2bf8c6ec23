// The main navigation for each role: one list, so that every page shows the same links.
import type { ActorRoles } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export type NavItem = { href: string; text: string };

export function navigationFor(actor: ActorRoles): NavItem[] {
  const items: NavItem[] = [{ href: "/", text: "Home" }];
  const hasPartnerships = actor.memberships.length > 0 || actor.reviewAssignments.length > 0;
  if (can(actor, "list:partnerships:all") || hasPartnerships)
    items.push({ href: "/partnerships", text: "Partnerships" });
  if (can(actor, "read:national")) items.push({ href: "/national", text: "National picture" });
  if (can(actor, "manage:users")) items.push({ href: "/admin/users", text: "Users" });
  if (can(actor, "manage:partnerships")) items.push({ href: "/admin/partnerships", text: "Manage partnerships" });
  if (can(actor, "read:audit")) items.push({ href: "/admin/audit", text: "Audit log" });
  if (can(actor, "read:outbox")) items.push({ href: "/admin/outbox", text: "Outbox" });
  return items;
}
