// ESLint (flat config): Next.js's rules, plus the rules that keep our layers apart.
// Prettier formats; ESLint only checks what formatting cannot.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The database: its client, connection and schema. Only the data layer (lib/**/*.server.ts) and
// the server's own start-up, scripts and tests open it.
const dbImports = ["@/db", "@/db/*", "**/db/*", "**/db"];
const dbMessage = "Only the data layer (lib/<feature>/*.server.ts) touches the database.";
// Server-only code: the data-access modules and the marker itself. (A feature's server actions,
// lib/<feature>/actions.ts, are callable from the browser's forms.)
const serverImports = ["**/*.server", "server-only"];
// Runtimes that pure code must not need.
const runtimeImports = ["next", "next/*", "node:*", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"];

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "data/**",
      "bench-data/**",
      "backups/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "db/migrations/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      // Only our own files are walked for import cycles; parsing node_modules made it 20 times slower.
      "import/ignore": ["node_modules"],
    },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // react-hook-form's watch() cannot be memoised by the React Compiler, which we do not use.
      "react-hooks/incompatible-library": "off",
      // Prettier wraps code at 120; this catches what it cannot (comments, JSX text).
      "max-len": [
        "error",
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    // Pages reach data only through the data-access layer: the features' *.server.ts modules, which
    // check the acting user's permission and return plain objects. Never the database itself.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: dbImports, message: dbMessage }] }],
    },
  },
  {
    // Components are given their data (as props): no database, and no data-access module either.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: dbImports, message: dbMessage },
            {
              group: serverImports,
              message: "Components take their data as props: the page calls lib/<feature>/*.server.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pure code: the features' rules, schemas (shared with the browser's forms) and types, the
    // domain's vocabulary and the form fields. No database, no server-only module, nothing of Next's
    // or Node's: they run in the browser and in unit tests alike.
    files: ["lib/*/rules.ts", "lib/*/schemas.ts", "lib/*/types.ts", "lib/domain/**", "lib/forms/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...dbImports, ...serverImports, "**/actions", ...runtimeImports],
              message: "rules.ts, schemas.ts, types.ts, lib/domain and lib/forms are pure: no database or server code.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain's vocabulary depends on nothing of ours but itself.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...dbImports, ...serverImports, "**/actions", ...runtimeImports],
              message: "lib/domain is pure: no database or server code.",
            },
            { regex: "^(@/(?!lib/domain/)|\\.\\./)", message: "lib/domain imports nothing of ours outside itself." },
          ],
        },
      ],
    },
  },
  {
    // The framework is pure data and functions: nothing of ours outside lib/framework but the
    // domain's vocabulary (lib/domain: the stored codes and reference lists, themselves pure).
    files: ["lib/framework/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/(?!lib/domain/)|\\.\\./)",
              message: "lib/framework imports nothing of ours outside itself and lib/domain.",
            },
            {
              group: ["**/*.server", "server-only", "**/actions", "next", "next/*"],
              message: "lib/framework is pure.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
