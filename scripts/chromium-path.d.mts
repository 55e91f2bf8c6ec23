export declare const CANDIDATES: string[];
export declare const DEBIAN_PACKAGE: string;
export declare function chromiumPath(env?: NodeJS.ProcessEnv): {
  path: string | undefined;
  source: "env" | "playwright" | "debian" | "missing";
};
