"use client";
import { useEffect } from "react";

// Marks the page once React has hydrated it, so that browser tests (and nothing else) can wait
// until buttons that need JavaScript will respond.
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
