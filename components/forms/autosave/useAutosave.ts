"use client";
// The thin React side of autosave: one engine for the page's life (lib/assessment/autosave), its
// state read as an external store, its timers stopped when the page goes, and a warning before
// leaving while anything is unsaved.
import { useEffect, useState, useSyncExternalStore } from "react";
import { AutosaveEngine, type AutosaveOptions } from "@/lib/assessment/autosave/engine";
import type { AutosaveState } from "@/lib/assessment/autosave/machine";

/**
 * `options` are read once: the callbacks must reach what they need through stable objects
 * (a react-hook-form instance, the page's props, which do not change while it is shown).
 */
export function useAutosave<V>(options: AutosaveOptions<V>): [AutosaveState<V>, AutosaveEngine<V>] {
  const [engine] = useState(() => new AutosaveEngine<V>(options));
  const state = useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);

  useEffect(() => {
    engine.resume();
    return () => engine.stop();
  }, [engine]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (engine.hasUnsaved()) e.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [engine]);

  return [state, engine];
}
