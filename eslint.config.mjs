// ESLint (flat config): Next.js's rules, plus the rules that keep our layers apart.
// Prettier formats; ESLint only checks what formatting cannot.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const dbImports = ["@/db", "@/db/*", "**/db/*", "**/db"];

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
    // Pages and components reach data only through the data-access layer (lib/data).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: dbImports, message: "app/ and components/ reach the database only through lib/data." }] },
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
          ],
        },
      ],
    },
  },
];

export default config;
