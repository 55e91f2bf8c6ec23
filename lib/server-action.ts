import "server-only";
// The one way to write a server action: parse the input with the form's shared schema, check the
// acting user and the permission, refuse a foreign origin, then run. Fails closed: an action
// that cannot establish all of that does nothing.
import { z } from "zod";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getActor, auditDenied, type Actor } from "@/lib/auth/guard";
import { can, mayUseAnywhere, type Permission, type PermissionTarget } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record.server";
import { clientAddress } from "@/lib/auth/client-address";
import { originIsOurs } from "@/lib/security/origin";
import { serverFailure } from "@/lib/errors/server-error";

import { ActionError, type ActionResult, type FieldErrors } from "@/lib/server-action-result";
export { ActionError };
export type { ActionResult, FieldErrors };

/**
 * The same rule as the proxy's (lib/security/origin.ts), checked again here: fail closed. A refusal
 * here means the proxy was got round, so it is audited like the proxy's own.
 */
async function fromOurPages(name: string): Promise<boolean> {
  const h = await headers();
  if (originIsOurs(h)) return true;
  recordAudit({
    action: "request.foreign-origin",
    outcome: "denied",
    detail: { action: name, origin: h.get("origin")?.slice(0, 200) ?? null },
    ip: clientAddress(h.get("x-forwarded-for")),
  });
  return false;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

type Authorise<I> = { permission: Permission; target?: (input: I) => PermissionTarget };

export function authedAction<S extends z.ZodType, T>(
  options: { schema: S; name: string } & Authorise<z.output<S>>,
  run: (input: z.output<S>, actor: Actor) => Promise<T> | T,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    if (!(await fromOurPages(options.name))) {
      return {
        ok: false,
        code: "forbidden-origin",
        message: "This request did not come from the toolkit's own pages.",
      };
    }
    const actor = await getActor();
    if (!actor) return { ok: false, code: "signed-out", message: "Your session has ended. Sign in again to continue." };
    // A permission that depends on no input is checked before the input is even read: someone who
    // may not use the action learns nothing from it, not even which input it would have refused.
    if (!options.target && !can(actor, options.permission, {})) {
      await auditDenied(actor, options.permission, {});
      return { ok: false, code: "not-found", message: "Page not found" };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      // Malformed input from someone who could not use the action on anything is a probe, not a
      // slip: refused as not found, as a well-formed attempt would be, and audited.
      if (!mayUseAnywhere(actor, options.permission)) {
        await auditDenied(actor, options.permission, {}, { action: options.name, reason: "invalid-input" });
        return { ok: false, code: "not-found", message: "Page not found" };
      }
      return { ok: false, code: "invalid", message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    const target = options.target?.(parsed.data) ?? {};
    if (!can(actor, options.permission, target)) {
      await auditDenied(actor, options.permission, target);
      return { ok: false, code: "not-found", message: "Page not found" };
    }
    try {
      return { ok: true, data: await run(parsed.data, actor) };
    } catch (e) {
      if (e instanceof ActionError) {
        // The data layer refuses what the permission alone cannot see (another partnership's
        // action or invitation id, say) as "not found": that is refused access too, and audited.
        if (e.code === "not-found") await auditDenied(actor, options.permission, target, { action: options.name });
        return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
      }
      // redirect() and notFound() are Next's control flow, not failures.
      unstable_rethrow(e);
      // Anything else: one structured log line, and the user keeps their form with the reference.
      return serverFailure({ kind: "action", name: options.name }, e);
    }
  };
}

/**
 * For the few actions a signed-out visitor may take (accepting an invitation): same-origin
 * check and schema, nothing else. Everything they may do is decided by what they hold (a token).
 */
export function publicAction<S extends z.ZodType, T>(
  options: { schema: S; name: string },
  run: (input: z.output<S>) => Promise<T> | T,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    if (!(await fromOurPages(options.name))) {
      return {
        ok: false,
        code: "forbidden-origin",
        message: "This request did not come from the toolkit's own pages.",
      };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, code: "invalid", message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (e) {
      if (e instanceof ActionError) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
      unstable_rethrow(e);
      return serverFailure({ kind: "action", name: options.name }, e);
    }
  };
}
