// Checks an unpacked `npm pack` tarball: `node check-tarball.mjs <tarball> <unpacked package dir>`.
// Prints one line per check; exits 1 listing every problem.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";

const MAX_PACKED_BYTES = 1_000_000;
const MAX_FILES = 500;
/** Paths that must not ship: tests, benchmarks, build state, source maps, type-only engine modules, dev-only code. */
const FORBIDDEN = [
  [/^(test|bench|codegen\/(?!SPEC-DIFF\.md$)|src|\.ci|scripts)\//, "tests, benchmarks, sources or dev scripts"],
  [/\.tsbuildinfo$/, "tsc build state"],
  [/\.map$/, "a source map"],
  [/^dist\/generated\/engine\//, "the engine's type-only modules"],
  [/^dist\/generated\/arbitraries\./, "fast-check arbitraries (dev only)"],
  [/^generated\/(engine\/|[^/]+\.ts$)/, "generated TypeScript sources"],
];
const REQUIRED = ["package.json", "README.md", "LICENSE", "dist/cli/server.js", "dist/cli/demo-client.js"];

const [tarball, root] = process.argv.slice(2);
if (tarball === undefined || root === undefined) throw new Error("usage: check-tarball.mjs <tarball> <unpacked package dir>");
const problems = [];
const ok = (line) => console.log(`  ok  ${line}`);

const files = walk(root).map((f) => relative(root, f).split("\\").join("/"));
const size = statSync(tarball).size;
if (size > MAX_PACKED_BYTES) problems.push(`the tarball is ${size} bytes, over ${MAX_PACKED_BYTES}`);
if (files.length > MAX_FILES) problems.push(`the tarball has ${files.length} files, over ${MAX_FILES}`);
ok(`tarball ${size} bytes (limit ${MAX_PACKED_BYTES}), ${files.length} files (limit ${MAX_FILES})`);

for (const file of files) {
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`${file} ships (${what})`);
}
for (const file of REQUIRED) if (!files.includes(file)) problems.push(`${file} is missing`);
if (!readFileSync(join(root, "LICENSE"), "utf8").includes("Apache License") && files.includes("LICENSE")) problems.push("LICENSE is not the Apache License text");
ok("no tests, benchmarks, sources, build state, source maps, engine type modules or arbitraries; LICENSE, README.md, bins present");

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// Every exports target and bin exists.
const targets = [...Object.values(pkg.bin ?? {}), ...Object.values(pkg.exports ?? {}).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)))];
for (const target of targets) if (!existsSync(join(root, target))) problems.push(`package.json points at ${target}, which does not ship`);
ok(`${targets.length} bin and exports targets ship`);

// Every bare import in shipped JS is a runtime dependency or a Node built-in (nothing dev-only);
// the examples import the package itself, as its users do.
const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
const selfImport = (file, name) => file.startsWith("examples/") && name === pkg.name;
const builtins = new Set(builtinModules);
const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g;
let js = 0;
for (const file of files.filter((f) => /\.(c|m)?js$/.test(f))) {
  js++;
  const text = readFileSync(join(root, file), "utf8");
  if (/^\/\/# sourceMappingURL=/m.test(text)) problems.push(`${file} has a sourceMappingURL, but no maps ship`);
  // Comments are prose: 'told apart from "unknown"' is not an import.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const [, specifier] of code.matchAll(specifiers)) {
    const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
    if (specifier.startsWith("node:") || builtins.has(name)) continue;
    if (!allowed.has(name) && !selfImport(file, name)) problems.push(`${file} imports ${specifier}, but ${name} is not in dependencies`);
  }
}
ok(`${js} JS files import only dependencies (${[...allowed].join(", ")}) and Node built-ins; no sourceMappingURL`);

// Relative links in the shipped Markdown resolve inside the package.
let links = 0;
for (const file of files.filter((f) => f.endsWith(".md"))) {
  const text = readFileSync(join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    links++;
    const path = resolve(root, dirname(file), decodeURIComponent(target.split("#")[0]));
    if (!path.startsWith(resolve(root) + "/") || !existsSync(path)) problems.push(`${file} links to ${target}, which is not in the package`);
  }
}
ok(`${links} relative links in the shipped Markdown resolve inside the package`);

if (problems.length > 0) {
  console.error(`the tarball has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
