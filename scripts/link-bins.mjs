// After `tsc`: entry points at dist/cli/*.js (the paths the README and package.json `bin` use).
// server and demo run when imported; demo-client is also a library module, so its shim calls main.
import { chmod, mkdir, writeFile } from "node:fs/promises";

const SHIMS = {
  server: 'import "../src/cli/server.js";\n',
  demo: 'import "../src/cli/demo.js";\n',
  "demo-client":
    'import { main } from "../src/cli/demo-client.js";\n\nmain(process.argv.slice(2), process.env).then((code) => process.exit(code));\n',
};
await mkdir("dist/cli", { recursive: true });
for (const [name, body] of Object.entries(SHIMS)) {
  const path = `dist/cli/${name}.js`;
  await writeFile(path, `#!/usr/bin/env node\n${body}`);
  await chmod(path, 0o755);
}
