// ESLint: Next's core-web-vitals and TypeScript rules, jsx-a11y, plus type-aware rules that catch
// the bugs that matter here (unawaited promises, misused async handlers, unsafe any).
import { existsSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { LAYERS } from "./lib/layers.js";

// lib/layers.js as import zones: a folder of lib/ may import lower layers only (see that file).
const pathOf = (name) => ["", ".ts", ".js"].map((ext) => `./lib/${name}${ext}`).find((p) => existsSync(p)) ?? `./lib/${name}`;
const layerZones = LAYERS.flatMap((layer, i) =>
  layer.map((name) => ({
    target: pathOf(name),
    from: LAYERS.slice(i)
      .flat()
      .filter((other) => other !== name)
      .map(pathOf),
    except: [],
    message: `lib/${name} is in layer ${i} of lib/layers.js: it may import lower layers only.`,
  })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // The layers of lib/layers.js; lib/ never imports app/. (Circles between files are found by
    // lib/layers.test.ts: import/no-cycle doubled the time of a lint run.)
    files: ["lib/**/*.ts", "lib/**/*.tsx", "lib/**/*.js", "app/**/*.ts", "app/**/*.tsx"],
    ignores: ["**/*.test.ts", "lib/generated/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: "./lib", from: "./app", message: "lib/ never imports app/." }, ...layerZones] },
      ],
    },
  },
  {
    // The app never talks to the database itself: domain code in lib/ does (tests may read it).
    files: ["app/**/*.ts", "app/**/*.tsx"],
    ignores: ["app/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Call a lib/<domain> function instead." }], patterns: ["@/lib/generated/*"] },
      ],
    },
  },
  {
    // One CSV writer (lib/csv/write.ts) defuses spreadsheet formulas for every export.
    files: ["lib/**/*.ts"],
    ignores: ["lib/csv/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["csv-stringify", "csv-stringify/*"], message: "Write CSV with lib/csv/write.ts (formulas defused)." }] },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "prisma/migrate-tool/**",
    "prisma/.migrate/**",
    ".pglite/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "lib/importers/fixtures/**",
  ]),
]);
