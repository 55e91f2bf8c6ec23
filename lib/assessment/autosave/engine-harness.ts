// The autosave engine's test harness, on fake timers: the "page" is a record of values; the
// "server" is a function each test sets, counting what it is sent.
import { AutosaveEngine, type Prepared, type SendResult } from "./engine";

export type Sent = { id: string; value: string; baseVersion: number };

/** Lets every pending promise callback run (setImmediate is not faked). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

export const savedAt = (n: number) => `2026-12-01T10:00:${String(n).padStart(2, "0")}.000Z`;

export function harness(baseVersions: Record<string, number> = { a: 0, b: 3 }) {
  const page: Record<string, string> = { a: "", b: "" };
  const sent: Sent[] = [];
  // By default the server saves whatever it is sent on top of the version named.
  let server: (s: Sent) => Promise<SendResult<string>> = async (s) => ({
    kind: "saved",
    rowVersion: s.baseVersion + 1,
    savedAt: savedAt(sent.length),
  });
  const engine = new AutosaveEngine<string>({
    ids: ["a", "b"],
    baseVersions,
    prepare: (id): Prepared<string> => {
      const value = page[id]!;
      if (value === "") return { kind: "empty" };
      if (value.startsWith("bad")) return { kind: "invalid" };
      return { kind: "ready", value, partial: value.startsWith("partial") };
    },
    send: (id, value, baseVersion) => {
      const s = { id, value, baseVersion };
      sent.push(s);
      return server(s);
    },
  });
  return {
    engine,
    page,
    sent,
    type(id: string, value: string) {
      page[id] = value;
      engine.edited(id);
    },
    reply(fn: (s: Sent) => Promise<SendResult<string>>) {
      server = fn;
    },
    item: (id: string) => engine.getSnapshot().items[id]!,
  };
}

export const offline = async (): Promise<SendResult<string>> => {
  throw new TypeError("Failed to fetch");
};
