// Drives the autosave machine (./machine.ts) with timers and requests, outside React so that it
// can be tested on fake timers. The page says what changed (`edited`) and when to save now
// (`save`); the engine waits for typing to stop, keeps one request per item on its way, queues a
// save asked for meanwhile (one more request, with the value as it is when it starts: the latest
// wins, nothing is lost), and retries a request that did not get through, backing off.
import {
  AUTOSAVE_DELAY_MS,
  autosaveReducer,
  hasUnsaved,
  initialAutosaveState,
  type AutosaveEvent,
  type AutosaveState,
  type Conflict,
} from "./machine";

/** The page's current value of an item, checked as the server will check it. */
export type Prepared<V> =
  | { kind: "ready"; value: V; partial: boolean }
  // Nothing entered: nothing to send.
  | { kind: "empty" }
  // The page has marked the problem at the field; nothing is sent.
  | { kind: "invalid" };

/** What the server said. A request that does not get through throws instead, and is retried. */
export type SendResult<V> =
  | { kind: "saved"; rowVersion: number; savedAt: string }
  | { kind: "conflict"; current: Conflict<V> }
  | { kind: "signed-out" }
  | { kind: "invalid" }
  | { kind: "failed"; message: string };

export type Outcome = "saved" | "partial" | "nothing" | "invalid" | "conflict" | "signed-out" | "failed" | "retrying";

export type AutosaveOptions<V> = {
  /** Item ids in page order. */
  ids: readonly string[];
  /** The row version each item's value was loaded at (0 or absent: no stored value). */
  baseVersions: Record<string, number>;
  prepare: (id: string) => Prepared<V>;
  send: (id: string, value: V, baseVersion: number) => Promise<SendResult<V>>;
  delayMs?: number;
};

export class AutosaveEngine<V> {
  private state: AutosaveState<V>;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly onTheirWay = new Map<string, Promise<Outcome>>();
  private readonly queued = new Map<string, Promise<Outcome>>();
  private running = true;

  constructor(private readonly options: AutosaveOptions<V>) {
    this.state = initialAutosaveState<V>(options.ids, options.baseVersions);
  }

  getSnapshot = (): AutosaveState<V> => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Something was typed or chosen: saved once the user pauses. */
  edited(id: string): void {
    if (!this.state.items[id]) return;
    this.dispatch({ type: "edited", id });
    this.schedule(id, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /**
   * Saves the item now, or, while a save of it is on its way, straight after that one: every
   * call made meanwhile shares that one queued save, which reads the value when it starts.
   */
  save(id: string): Promise<Outcome> {
    this.clearTimer(id);
    const queued = this.queued.get(id);
    if (queued) return queued;
    const current = this.onTheirWay.get(id);
    if (!current) return this.start(id);
    const next = current.then(() => {
      this.queued.delete(id);
      return this.save(id);
    });
    this.queued.set(id, next);
    return next;
  }

  /** Marks an item as not savable as it stands (checked by the page, e.g. a required answer). */
  invalid(id: string): void {
    this.dispatch({ type: "invalid", id });
  }

  /** The user's choice after a conflict: save theirs over again, or take the other person's. */
  async resolve(id: string, keep: "mine" | "theirs"): Promise<Outcome | null> {
    if (this.state.items[id]?.status.kind !== "conflict") return null;
    if (keep === "theirs") {
      this.clearTimer(id);
      this.dispatch({ type: "use-theirs", id });
      return "saved";
    }
    this.dispatch({ type: "keep-mine", id });
    return this.save(id);
  }

  /** Signed in again: everything kept on the page is saved, in page order. */
  async signedIn(): Promise<void> {
    this.dispatch({ type: "signed-in" });
    for (const id of this.state.order) {
      const item = this.state.items[id]!;
      if (item.dirty || item.status.kind === "signed-out") await this.save(id);
    }
  }

  hasUnsaved(): boolean {
    return hasUnsaved(this.state);
  }

  /** Timers run only while the page is there (React may stop and start it again). */
  resume(): void {
    this.running = true;
  }

  stop(): void {
    this.running = false;
    for (const id of [...this.timers.keys()]) this.clearTimer(id);
  }

  private start(id: string): Promise<Outcome> {
    const prepared = this.options.prepare(id);
    if (prepared.kind === "invalid") {
      this.dispatch({ type: "invalid", id });
      return Promise.resolve("invalid");
    }
    if (prepared.kind === "empty") {
      this.dispatch({ type: "nothing-to-save", id });
      return Promise.resolve("nothing");
    }
    this.dispatch({ type: "save-started", id });
    const sending = this.send(id, prepared.value, prepared.partial, this.state.items[id]!.baseVersion);
    this.onTheirWay.set(id, sending);
    // Registered before anyone else can wait on it: cleared before a queued save starts.
    void sending.finally(() => {
      if (this.onTheirWay.get(id) === sending) this.onTheirWay.delete(id);
    });
    return sending;
  }

  private async send(id: string, value: V, partial: boolean, baseVersion: number): Promise<Outcome> {
    let result: SendResult<V>;
    try {
      result = await this.options.send(id, value, baseVersion);
    } catch {
      // The request did not get through: the value stays on the page and is tried again.
      this.dispatch({ type: "request-failed", id });
      const status = this.state.items[id]!.status;
      if (status.kind === "retrying") this.schedule(id, status.retryInMs);
      return "retrying";
    }
    switch (result.kind) {
      case "saved":
        this.dispatch({ type: "saved", id, rowVersion: result.rowVersion, savedAt: result.savedAt, partial });
        return partial ? "partial" : "saved";
      case "conflict":
        this.dispatch({ type: "conflict", id, current: result.current });
        return "conflict";
      case "signed-out":
        this.dispatch({ type: "signed-out", id });
        return "signed-out";
      case "invalid":
        this.dispatch({ type: "invalid", id });
        return "invalid";
      case "failed":
        this.dispatch({ type: "failed", id, message: result.message });
        return "failed";
    }
  }

  private schedule(id: string, ms: number): void {
    this.clearTimer(id);
    if (!this.running) return;
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.save(id);
      }, ms),
    );
  }

  private clearTimer(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  private dispatch(event: AutosaveEvent<V>): void {
    const next = autosaveReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
