import { test } from "node:test";
import assert from "node:assert/strict";
import {
  callbackUrlCookieName,
  csrfCookieName,
  sessionCookieName,
  sessionCookieOptions,
  usesSecureCookies,
} from "./cookies";
import { clientAddress } from "./client-address";
import { lockedCode, signInErrorMessage, UNAVAILABLE_CODE, WRONG_CREDENTIALS } from "./sign-in-errors";

test("secure cookies exactly when the app's address is https", () => {
  assert.equal(usesSecureCookies("https://toolkit.example.org"), true);
  assert.equal(usesSecureCookies(" HTTPS://toolkit.example.org/base"), true);
  assert.equal(usesSecureCookies("http://localhost:3000"), false);
  assert.equal(usesSecureCookies(""), false);
  assert.equal(usesSecureCookies(undefined), false);
});

test("the session cookie is __Secure- prefixed and Secure over https, plain over http, always HttpOnly and Lax", () => {
  assert.equal(sessionCookieName(true), "__Secure-next-auth.session-token");
  assert.equal(sessionCookieName(false), "next-auth.session-token");
  assert.deepEqual(sessionCookieOptions(true), { httpOnly: true, sameSite: "lax", path: "/", secure: true });
  assert.deepEqual(sessionCookieOptions(false), { httpOnly: true, sameSite: "lax", path: "/", secure: false });
});

test("the cookie name follows NEXTAUTH_URL when not given", () => {
  const before = process.env.NEXTAUTH_URL;
  try {
    process.env.NEXTAUTH_URL = "https://toolkit.example.org";
    assert.equal(sessionCookieName(), "__Secure-next-auth.session-token");
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    assert.equal(sessionCookieName(), "next-auth.session-token");
  } finally {
    if (before === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = before;
  }
});

test("the client address is the right-most X-Forwarded-For entry (the one our proxy added)", () => {
  assert.equal(clientAddress("203.0.113.7"), "203.0.113.7");
  assert.equal(clientAddress("1.2.3.4, 203.0.113.7"), "203.0.113.7");
  assert.equal(clientAddress(" 2001:db8::1 "), "2001:db8::1");
  assert.equal(clientAddress("1.2.3.4, "), "1.2.3.4");
  assert.equal(clientAddress(""), null);
  assert.equal(clientAddress(null), null);
  assert.equal(clientAddress("x".repeat(500))!.length, 100);
});

test("sign-in error codes become messages; a lock says how long, never whether the account exists", () => {
  assert.equal(signInErrorMessage(lockedCode(15)), "Too many failed attempts. Try again in 15 minutes.");
  assert.equal(signInErrorMessage(lockedCode(1)), "Too many failed attempts. Try again in 1 minute.");
  assert.equal(signInErrorMessage(lockedCode(0.2)), "Too many failed attempts. Try again in 1 minute.");
  assert.equal(signInErrorMessage("CredentialsSignin"), WRONG_CREDENTIALS);
  assert.equal(signInErrorMessage("SQLITE_BUSY: database is locked"), WRONG_CREDENTIALS);
  assert.match(signInErrorMessage(UNAVAILABLE_CODE)!, /not available/);
  assert.equal(signInErrorMessage(null), null);
  assert.equal(signInErrorMessage(""), null);
});

test("the cookies page's names for next-auth's other two cookies are next-auth's own", async () => {
  // Not among the package's exports: loaded by its file path.
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const file = require.resolve("next-auth").replace(/index\.js$/, "core/lib/cookie.js");
  const { defaultCookies } = require(file) as {
    defaultCookies: (secure: boolean) => Record<string, { name: string }>;
  };
  for (const secure of [true, false]) {
    const theirs = defaultCookies(secure);
    assert.equal(csrfCookieName(secure), theirs.csrfToken!.name);
    assert.equal(callbackUrlCookieName(secure), theirs.callbackUrl!.name);
    assert.equal(sessionCookieName(secure), theirs.sessionToken!.name);
  }
});
