// Runs once, after the servers have started (and seeded their databases) and before any spec:
// gives the demo accounts in every test database a cheap password hash (scrypt N=2^10 instead of
// 2^17). The parameters are stored with each hash, so the server verifies them as it would any
// other; the tests that are about hashing itself create their own accounts through the app.
import { test as setup } from "@playwright/test";
import Database from "better-sqlite3";
import { demoPasswordHash } from "./fixtures";
import type { ServerMetadata } from "../playwright.config";

setup("demo accounts get cheap password hashes in every test database", async () => {
  const { servers } = setup.info().project.metadata as { servers: ServerMetadata[] };
  const hash = await demoPasswordHash();
  for (const { databasePath } of servers) {
    const conn = new Database(databasePath);
    try {
      conn.pragma("busy_timeout = 5000");
      const changed = conn
        .prepare("UPDATE users SET password_hash = ? WHERE email LIKE '%@demo.test'")
        .run(hash).changes;
      if (changed < 5) throw new Error(`${databasePath}: expected the demo accounts, found ${changed}`);
    } finally {
      conn.close();
    }
  }
});
