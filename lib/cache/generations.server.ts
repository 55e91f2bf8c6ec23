import "server-only";
// Cache invalidation by generation: writers bump, readers compare. One tiny indexed read.
import { sql } from "drizzle-orm";
import { getDb, preparedOnce } from "@/db/client";

export type GenerationName = "national";

export function bumpGeneration(name: GenerationName): void {
  getDb().run(
    sql`INSERT INTO data_generations (name, generation) VALUES (${name}, 1) ON CONFLICT(name) DO UPDATE SET generation = generation + 1`,
  );
}

const generationOf = preparedOnce((db) =>
  db.$client.prepare<[string], { g: number }>("SELECT generation AS g FROM data_generations WHERE name = ?"),
);

export function currentGeneration(name: GenerationName): number {
  return generationOf().get(name)?.g ?? 0;
}

const caches = new Map<string, { generation: number; value: unknown }>();

/** `compute()` once per generation of `name` and key; the stored result is shared by readers. */
export function cachedByGeneration<T>(name: GenerationName, key: string, compute: () => T): T {
  const generation = currentGeneration(name);
  const k = `${name}:${key}`;
  const hit = caches.get(k);
  if (hit && hit.generation === generation) return hit.value as T;
  const value = compute();
  caches.set(k, { generation, value });
  if (caches.size > 500) caches.delete(caches.keys().next().value!); // bounded: oldest first
  return value;
}
