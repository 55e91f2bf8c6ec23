// False on the server and while hydrating (so in the HTML a browser without JavaScript gets), true
// once the page runs in the browser: for what only the browser can do (a chart, a live filter).
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
