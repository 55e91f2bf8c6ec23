// Memos keyed by content, for work that is a pure function of what is stored (answers parsed from
// JSON, scores, recommendations). The key is the stored content itself, or the identity of an
// object memoised that way, so an entry can never be stale: a changed answer is a different key,
// and no writer has to remember to clear anything. Values are frozen, so that no reader can change
// what the next reader gets.

/** Freezes a plain value and everything in it (maps, sets, arrays, objects). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v);
  } else {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return Object.freeze(value);
}

/**
 * A bounded map from an id to its content's value: `compute()` runs when the id is new or its
 * content differs from last time. The least recently used id is dropped beyond `max`.
 */
export function contentMemo<V>(max: number) {
  const entries = new Map<number | string, { content: string; value: V }>();
  const memo = (id: number | string, content: string, compute: () => V): V => {
    const hit = entries.get(id);
    entries.delete(id); // re-inserted below: Map order is then least recently used first
    const value = hit && hit.content === content ? hit.value : deepFreeze(compute());
    entries.set(id, { content, value });
    if (entries.size > max) entries.delete(entries.keys().next().value!);
    return value;
  };
  memo.size = () => entries.size;
  return memo;
}

/**
 * `compute(...)` once per tuple of objects (compared by identity) and string key: for pure
 * functions whose inputs come from a content memo, so that the same content is the same object.
 * Held weakly: an entry goes when its first object does.
 */
export function identityMemo<V>() {
  const ids = new WeakMap<object, number>();
  let next = 1;
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = next++));
    return id;
  };
  const entries = new WeakMap<object, Map<string, V>>();
  return (objects: readonly [object, ...object[]], key: string, compute: () => V): V => {
    const [first, ...rest] = objects;
    const k = `${key}|${rest.map(idOf).join(",")}`;
    let byKey = entries.get(first);
    if (!byKey) entries.set(first, (byKey = new Map()));
    if (byKey.has(k)) return byKey.get(k)!;
    const value = deepFreeze(compute());
    byKey.set(k, value);
    // Bounded per object: a hot object's other keys (other members' answers) are few in practice.
    if (byKey.size > 64) byKey.delete(byKey.keys().next().value!);
    return value;
  };
}
