// The reference every origin figure is compared with: a minimal App Router page with one client
// island (a counter), built by the bench in a temporary folder with the same Next.js, React and
// compiler as Threshold (this repository's node_modules, linked), and served by `next start`.
import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "minimal-app-router", private: true, type: "module" }),
  // Turbopack follows the node_modules link out of the folder: let it read from the file system root.
  "next.config.mjs": `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true }, turbopack: { root: "/" } };\n`,
  "app/layout.tsx": `export const metadata = { title: "Minimal" };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/page.tsx": `import { Counter } from "./counter";
export default function Page() {
  return (<main><h1>A minimal page</h1><p>One server-rendered paragraph and one client island.</p><Counter /></main>);
}
`,
  "app/counter.tsx": `"use client";
import { useState } from "react";
export function Counter() {
  const [n, setN] = useState(0);
  return (<button type="button" onClick={() => setN(n + 1)}>Clicked {n} times</button>);
}
`,
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "esnext"],
      strict: true,
      noEmit: true,
      module: "esnext",
      moduleResolution: "bundler",
      jsx: "react-jsx",
      isolatedModules: true,
      skipLibCheck: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
  }),
};

/** Writes the minimal app into a new temporary folder; returns it and a function that removes it. */
export function writeMinimalApp(root: string): { dir: string; remove: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "threshold-minimal-")));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
