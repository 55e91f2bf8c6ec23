import "server-only";
// next-auth v4 configuration: credentials only, JWT cookie carrying just the ids that the
// database check in lib/auth/guard.ts needs (user, session, session version).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ABSOLUTE_TIMEOUT_MS, getAuthSecret } from "@/lib/config";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { endSession, findUserByEmail, startSession } from "@/lib/data/sessions";
import { recordAudit } from "@/lib/data/audit";

type SessionClaims = { uid: number; sid: string; sv: number };

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0]!.trim();
  return null;
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000, updateAge: 0 },
  jwt: { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = clientIp(req?.headers as Record<string, unknown> | undefined);
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = findUserByEmail(email);
        const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
        if (!user || !ok || user.disabled) {
          recordAudit({
            actorUserId: user?.id ?? null,
            actorEmail: email.toLowerCase(),
            action: "sign-in",
            outcome: "failure",
            detail: { reason: !user ? "unknown-account" : !ok ? "wrong-password" : "disabled" },
            ip,
          });
          return null;
        }
        const sid = startSession(user.id, user.sessionVersion);
        recordAudit({ actorUserId: user.id, actorEmail: user.email, action: "sign-in", outcome: "success", ip });
        return { id: String(user.id), name: user.name, email: user.email, sid, sv: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sid: string; sv: number };
        const claims: SessionClaims = { uid: Number(u.id), sid: u.sid, sv: u.sv };
        Object.assign(token, claims);
      }
      return token;
    },
    async session({ session, token }) {
      const claims = token as unknown as Partial<SessionClaims>;
      return Object.assign(session, { uid: claims.uid, sid: claims.sid, sv: claims.sv });
    },
  },
  events: {
    async signOut({ token }) {
      const sid = (token as unknown as Partial<SessionClaims>)?.sid;
      if (sid) endSession(sid, "signed-out");
    },
  },
};

export function sessionClaims(session: unknown): SessionClaims | null {
  const s = session as Partial<SessionClaims> | null;
  if (!s || typeof s.uid !== "number" || typeof s.sid !== "string" || typeof s.sv !== "number") return null;
  return { uid: s.uid, sid: s.sid, sv: s.sv };
}
