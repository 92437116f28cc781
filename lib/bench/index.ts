// npm run bench: the speed targets, measured (not asserted by timed tests). Prints JSON figures.
import { benchViral } from "./viral";

async function main() {
  const only = process.argv[2];
  const results: Record<string, unknown> = {};
  if (!only || only === "viral") results.viral = await benchViral();
  console.log(JSON.stringify(results, null, 2));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
