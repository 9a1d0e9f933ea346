// `npm run codegen` writes generated/ from spec/ and the pinned engine;
// `npm run codegen:check` regenerates into a temporary folder and fails on any difference.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { emitArbitraries } from "./emit-arbitraries.js";
import { emitEngineTypes } from "./emit-engine.js";
import { emitGo } from "./emit-go.js";
import { emitProtocol } from "./emit-protocol.js";
import { emitPython } from "./emit-python.js";
import { emitReference } from "./emit-reference.js";
import { bundleSchema, emitSchema } from "./emit-schema.js";
import { emitTypes } from "./emit-types.js";
import { emitValidators } from "./emit-validators.js";
import { GENERATED_ROOTS, type GeneratedFile } from "./generated-file.js";
import { allFrames, loadSpec, SpecError, type SpecModel } from "./spec-model.js";

async function generate(): Promise<GeneratedFile[]> {
  const model = await loadSpec();
  checkMessageExamples(model);
  const groups = await Promise.all([
    emitSchema(model),
    emitTypes(model),
    emitValidators(model),
    emitProtocol(model),
    emitArbitraries(model),
    emitReference(model),
    emitPython(model),
    emitGo(model),
    emitEngineTypes(),
  ]);
  return groups.flat().sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Every example in the spec must be valid: examples that lie are worse than none. */
function checkMessageExamples(model: SpecModel): void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv, ["date-time"]);
  ajv.addSchema(bundleSchema(model), "spec");
  const failures: string[] = [];
  for (const frame of allFrames(model)) {
    if (frame.examples.length === 0) failures.push(`message ${frame.messageKey} has no example`);
    const validate = ajv.getSchema(`spec#/definitions/${frame.schemaName}`)!;
    for (const example of frame.examples) {
      if (!validate(example.payload)) {
        failures.push(`example ${frame.messageKey}/${example.name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  if (failures.length > 0) throw new SpecError(`the spec's examples are invalid:\n  ${failures.join("\n  ")}`);
}

async function writeTree(root: string, files: GeneratedFile[]): Promise<void> {
  await rm(root, { recursive: true, force: true });
  for (const file of files) {
    const target = join(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
}

async function readTree(root: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    // Python's bytecode cache is written next to the generated modules when they are imported.
    if (!e.isFile() || e.parentPath.split(/[\\/]/).includes("__pycache__")) continue;
    const full = join(e.parentPath, e.name);
    tree.set(relative(root, full).split("\\").join("/"), await readFile(full, "utf8"));
  }
  return tree;
}

/** The files of one root, keyed by their path in it. */
function filesOf(files: GeneratedFile[], root: string): GeneratedFile[] {
  return files.filter((file) => (file.root ?? "generated") === root);
}

async function check(files: GeneratedFile[]): Promise<number> {
  // Written out and read back, so the comparison sees exactly what `npm run codegen` would write.
  const scratch = await mkdtemp(join(tmpdir(), "codex-api-codegen-"));
  try {
    const problems: string[] = [];
    let count = 0;
    for (const root of GENERATED_ROOTS) {
      await writeTree(join(scratch, root), filesOf(files, root));
      const expected = await readTree(join(scratch, root));
      const actual = await readTree(root);
      count += expected.size;
      for (const [path, contents] of expected) {
        const have = actual.get(path);
        if (have === undefined) problems.push(`missing   ${root}/${path}`);
        else if (have !== contents) problems.push(`differs   ${root}/${path}${firstDifference(have, contents)}`);
      }
      for (const path of actual.keys()) if (!expected.has(path)) problems.push(`stale     ${root}/${path}`);
    }
    const where = GENERATED_ROOTS.map((root) => `${root}/`).join(", ");
    if (problems.length === 0) {
      console.log(`codegen:check: ${where} match spec/ and the pinned engine (${count} files)`);
      return 0;
    }
    console.error(`codegen:check: ${where} are out of date with spec/ (or were edited by hand):`);
    for (const p of problems.slice(0, 40)) console.error(`  ${p}`);
    if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
    console.error("Run `npm run codegen` and commit the result; never edit generated files by hand.");
    return 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function firstDifference(have: string, want: string): string {
  const a = have.split("\n");
  const b = want.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return ` (line ${i + 1}: expected ${JSON.stringify((b[i] ?? "<end of file>").slice(0, 80))})`;
  }
  return "";
}

async function main(): Promise<number> {
  const files = await generate();
  if (process.argv.includes("--check")) return check(files);
  for (const root of GENERATED_ROOTS) {
    const own = filesOf(files, root);
    // A root with nothing to generate is not created (its client may not exist yet).
    if (own.length > 0 || (await readTree(root)).size > 0) await writeTree(root, own);
  }
  console.log(`codegen: wrote ${files.length} files into ${GENERATED_ROOTS.filter((r) => filesOf(files, r).length > 0).map((r) => `${r}/`).join(", ")}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecError ? `codegen: ${error.message}` : error);
    process.exit(2);
  },
);
