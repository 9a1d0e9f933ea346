import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { standard as builtinV3Standard } from "@asyncapi/diff/lib/standards/v3.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareParsed, compareSpecs, type SpecDiff } from "../codegen/spec-diff/compare.js";
import type { ChangeType } from "../codegen/spec-diff/direction-verdict.js";
import { parseSpec, SpecParseError, type ParsedSpec } from "../codegen/spec-diff/parsed-spec.js";
import { renderMarkdown } from "../codegen/spec-diff/report.js";
import type { ReportRow } from "../codegen/spec-diff/rows.js";
import { checkVersion } from "../codegen/spec-diff/version-gate.js";

/** The spec as plain data, edited freely by the tests. */
type Spec = any;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specRelative = "spec/codex-api.asyncapi.yaml";
let source = "";
let baseline: ParsedSpec;

beforeAll(async () => {
  source = await readFile(join(repoRoot, specRelative), "utf8");
  baseline = await parseSpec(source, "baseline");
});

/**
 * The current spec with `edit` applied, compared against it, through the real parser and diff.
 * Written back as JSON: `yaml`'s stringify does not round-trip one of the spec's block scalars.
 */
async function compareEdited(edit: (spec: Spec) => void, editBaseline?: (spec: Spec) => void): Promise<SpecDiff> {
  const spec: Spec = parse(source);
  edit(spec);
  let base = baseline;
  if (editBaseline !== undefined) {
    const before: Spec = parse(source);
    editBaseline(before);
    base = await parseSpec(JSON.stringify(before), "baseline-edited");
  }
  return compareParsed(base, await parseSpec(JSON.stringify(spec), "edited"));
}

function rowsOf(diff: SpecDiff, type: ChangeType): ReportRow[] {
  return diff.rows.filter((r) => r.type === type);
}

function theRow(diff: SpecDiff, path: string): ReportRow {
  const rows = diff.rows.filter((r) => r.path === path);
  expect(rows, renderMarkdown(diff, specRelative)).toHaveLength(1);
  return rows[0]!;
}

const schemas = (spec: Spec) => spec.components.schemas;

describe("client frames (backends send them; the server validates them with closed schemas)", () => {
  it("removing a field (ApproveFrame.explanation) is breaking, and --check needs a new major", async () => {
    const edit = (spec: Spec) => delete schemas(spec).ApproveFrame.properties.explanation;
    const diff = await compareEdited(edit);
    const row = theRow(diff, "/components/schemas/ApproveFrame/properties/explanation");
    expect(row).toMatchObject({ type: "breaking", action: "remove" });
    expect(row.affects).toBe("ApproveFrame · client: approve");
    expect(row.why).toMatch(/^client frames: field `explanation` removed/);
    expect(diff.rows).toHaveLength(1);
    expect(checkVersion(diff)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/2\.0\.0.*spec\/CHANGELOG\.md/),
    });

    const bumped = await compareEdited((spec) => {
      edit(spec);
      spec.info.version = "2.0.0";
    });
    expect(rowsOf(bumped, "breaking")).toHaveLength(1);
    expect(checkVersion(bumped).ok).toBe(true);
  });

  it("adding an optional field is non-breaking; making it required is breaking", async () => {
    const optional = await compareEdited((spec) => {
      schemas(spec).CancelFrame.properties.reason = { type: "string" };
    });
    expect(theRow(optional, "/components/schemas/CancelFrame/properties/reason")).toMatchObject({
      type: "non-breaking",
      action: "add",
    });
    expect(rowsOf(optional, "breaking")).toEqual([]);

    const required = await compareEdited((spec) => {
      schemas(spec).CancelFrame.properties.reason = { type: "string" };
      schemas(spec).CancelFrame.required.push("reason");
    });
    expect(theRow(required, "/components/schemas/CancelFrame/required")).toMatchObject({
      type: "breaking",
      change: "+reason",
    });
  });

  it("a field no longer required and a loosened limit are non-breaking", async () => {
    const diff = await compareEdited((spec) => {
      schemas(spec).UserMessageFrame.required = ["type"];
      schemas(spec).ApproveFrame.properties.explanation.maxLength = 131072;
    });
    expect(rowsOf(diff, "breaking")).toEqual([]);
    expect(theRow(diff, "/components/schemas/UserMessageFrame/required")).toMatchObject({
      type: "non-breaking",
      change: "−content",
    });
    expect(theRow(diff, "/components/schemas/ApproveFrame/properties/explanation/maxLength").change).toBe(
      "65536 → 131072",
    );
  });

  it("adding a value to ApprovalPolicy is non-breaking: only client frames reach it", async () => {
    const diff = await compareEdited((spec) => schemas(spec).ApprovalPolicy.enum.push("granular"));
    const row = theRow(diff, "/components/schemas/ApprovalPolicy/enum");
    expect(row).toMatchObject({ type: "non-breaking", action: "add", change: "+granular" });
    expect(row.affects).toMatch(/client: open_session, user_message/);
    expect(row.affects).not.toMatch(/server/);
  });

  it("removing a value from a client enum is breaking, reported once although later values shift", async () => {
    const diff = await compareEdited((spec) => schemas(spec).SandboxMode.enum.splice(1, 1));
    expect(diff.rows).toHaveLength(1);
    expect(theRow(diff, "/components/schemas/SandboxMode/enum")).toMatchObject({
      type: "breaking",
      change: "−workspace-write",
    });
  });

  it("removing a frame from the receive operation is breaking", async () => {
    const diff = await compareEdited((spec) => spec.operations.receiveClientFrames.messages.splice(4, 1));
    expect(theRow(diff, "/operations/receiveClientFrames/messages")).toMatchObject({
      type: "breaking",
      change: "−cancel",
    });
  });
});

describe("server frames (backends consume them and switch on enums)", () => {
  it("removing a field is breaking", async () => {
    const diff = await compareEdited((spec) => delete schemas(spec).TerminateFrame.properties.retryAfterMs);
    expect(theRow(diff, "/components/schemas/TerminateFrame/properties/retryAfterMs")).toMatchObject({
      type: "breaking",
      action: "remove",
    });
  });

  it("adding a value to an x-open-enum (ErrorCode) is compatible; an enum without the marker stays breaking (TerminateFrame below)", async () => {
    const added = await compareEdited((spec) => schemas(spec).ErrorCode.enum.push("quota_exhausted"));
    const row = theRow(added, "/components/schemas/ErrorCode/enum");
    expect(row).toMatchObject({ type: "non-breaking", change: "+quota_exhausted" });
    expect(row.why).toMatch(/^open enum widened .*x-open-enum/);
    expect(checkVersion(added).ok).toBe(true);

    // The marker itself, added or removed, is shown for review, not judged silently.
    const unmarked = await compareEdited((spec) => delete schemas(spec).ErrorCode["x-open-enum"]);
    expect(theRow(unmarked, "/components/schemas/ErrorCode/x-open-enum")).toMatchObject({ type: "unclassified", action: "remove" });
  });

  it("adding a value to TerminateFrame.reason is breaking; removing one is not", async () => {
    const widened = await compareEdited((spec) =>
      schemas(spec).TerminateFrame.properties.reason.enum.push("exec_denied"),
    );
    const row = theRow(widened, "/components/schemas/TerminateFrame/properties/reason/enum");
    expect(row).toMatchObject({
      type: "breaking",
      change: "+exec_denied",
      affects: "TerminateFrame · server: terminate",
    });
    expect(row.why).toMatch(/^server frames: enum widened .*clients switching on it/);

    const narrowed = await compareEdited((spec) => schemas(spec).StatusFrame.properties.state.enum.splice(1, 1));
    expect(theRow(narrowed, "/components/schemas/StatusFrame/properties/state/enum")).toMatchObject({
      type: "non-breaking",
      change: "−completed",
    });
  });

  it("a field no longer required is breaking; a field becoming required is not", async () => {
    const diff = await compareEdited((spec) => {
      schemas(spec).TerminateFrame.required = schemas(spec).TerminateFrame.required.filter(
        (f: string) => f !== "message",
      );
      schemas(spec).StatusFrame.required.push("durationMs");
    });
    expect(theRow(diff, "/components/schemas/TerminateFrame/required")).toMatchObject({
      type: "breaking",
      change: "−message",
    });
    expect(theRow(diff, "/components/schemas/StatusFrame/required")).toMatchObject({
      type: "non-breaking",
      change: "+durationMs",
    });
  });

  it("a new optional field is non-breaking", async () => {
    const diff = await compareEdited((spec) => {
      schemas(spec).ServerHeartbeatFrame.properties.load = { type: "number" };
    });
    expect(diff.rows.map((r) => r.type)).toEqual(["non-breaking"]);
  });

  it("a new oneOf branch, and a new frame in a send operation without x-open-messages, are breaking", async () => {
    const unmark = (spec: Spec) => delete spec.operations.sendServerFrames["x-open-messages"];
    const diff = await compareEdited((spec) => {
      unmark(spec);
      schemas(spec).ImageItem = { type: "object", required: ["type"], properties: { type: { const: "image" } } };
      schemas(spec).Item.oneOf.splice(3, 0, { $ref: "#/components/schemas/ImageItem" });
      schemas(spec).ByeFrame = { type: "object", required: ["type"], properties: { type: { const: "bye" } } };
      spec.components.messages.bye = { name: "bye", payload: { $ref: "#/components/schemas/ByeFrame" } };
      spec.channels.agentStream.messages.bye = { $ref: "#/components/messages/bye" };
      spec.operations.sendServerFrames.messages.push({ $ref: "#/channels/agentStream/messages/bye" });
    }, unmark);
    expect(theRow(diff, "/components/schemas/Item/oneOf")).toMatchObject({ type: "breaking", change: "+ImageItem" });
    expect(theRow(diff, "/operations/sendServerFrames/messages")).toMatchObject({ type: "breaking", change: "+bye" });
    expect(rowsOf(diff, "breaking")).toHaveLength(2);
  });

  it("a new frame in the send operation marked x-open-messages is compatible; the marker itself is shown for review", async () => {
    const diff = await compareEdited((spec) => {
      schemas(spec).ByeFrame = { type: "object", required: ["type"], properties: { type: { const: "bye" } } };
      spec.components.messages.bye = { name: "bye", payload: { $ref: "#/components/schemas/ByeFrame" } };
      spec.channels.agentStream.messages.bye = { $ref: "#/components/messages/bye" };
      spec.operations.sendServerFrames.messages.push({ $ref: "#/channels/agentStream/messages/bye" });
    });
    const row = theRow(diff, "/operations/sendServerFrames/messages");
    expect(row).toMatchObject({ type: "non-breaking", change: "+bye" });
    expect(row.why).toMatch(/x-open-messages/);
    expect(rowsOf(diff, "breaking")).toHaveLength(0);
    expect(checkVersion(diff).ok).toBe(true);

    const unmarked = await compareEdited((spec) => delete spec.operations.sendServerFrames["x-open-messages"]);
    expect(theRow(unmarked, "/operations/sendServerFrames/x-open-messages")).toMatchObject({ type: "unclassified", action: "remove" });
  });
});

describe("shared schemas and everything else", () => {
  it("tightening Id, used by both directions, is breaking and reported once", async () => {
    const diff = await compareEdited((spec) => (schemas(spec).Id.maxLength = 128));
    expect(diff.rows).toHaveLength(1);
    const row = theRow(diff, "/components/schemas/Id/maxLength");
    expect(row).toMatchObject({ type: "breaking", action: "edit", change: "256 → 128" });
    expect(row.affects).toMatch(/^Id · client: .* · server: /);
    expect(row.copies).toBeGreaterThan(50);
  });

  it("a description-only change and a version bump are non-breaking", async () => {
    const diff = await compareEdited((spec) => {
      schemas(spec).Decision.description = "How a backend answers a prompt.";
      spec.components.messages.approve.summary = "Answers a prompt.";
      spec.info.version = "1.2.0";
    });
    expect(diff.rows.map((r) => [r.path, r.type])).toEqual([
      ["/components/messages/approve/summary", "non-breaking"],
      ["/components/schemas/Decision/description", "non-breaking"],
      ["/info/version", "non-breaking"],
    ]);
    expect(checkVersion(diff).ok).toBe(true);
  });

  it("an extension change it has no rule for is listed as unclassified and does not fail --check", async () => {
    const diff = await compareEdited((spec) => (schemas(spec).ErrorCode["x-error-codes"].internal.retryable = false));
    expect(theRow(diff, "/components/schemas/ErrorCode/x-error-codes")).toMatchObject({
      type: "unclassified",
      change: "internal/retryable: true → false",
    });
    expect(checkVersion(diff)).toMatchObject({ ok: true, message: expect.stringMatching(/1 unclassified/) });
  });

  it("no change gives an empty report", async () => {
    const diff = await compareEdited(() => {});
    expect(diff.rows).toEqual([]);
    expect(renderMarkdown(diff, specRelative)).toMatch(/No changes\./);
    expect(checkVersion(diff).ok).toBe(true);
  });

  it("leaves @asyncapi/diff's shared standard as it found it after each comparison", async () => {
    const keys = Object.keys(builtinV3Standard).length;
    await compareEdited((spec) => (schemas(spec).Id.maxLength = 128));
    expect(Object.keys(builtinV3Standard)).toHaveLength(keys);
  });

  it("refuses a spec the parser reports errors for, with the diagnostics", async () => {
    const spec: Spec = parse(source);
    spec.operations.sendServerFrames.action = "publish";
    const result = compareSpecs({ source, label: "baseline" }, { source: JSON.stringify(spec), label: "broken" });
    await expect(result).rejects.toBeInstanceOf(SpecParseError);
    await expect(result).rejects.toThrow(
      /broken is not a valid AsyncAPI document:\n {2}- \/operations\/sendServerFrames\/action/,
    );
  });
});

describe("npm run spec:diff (CLI in a temporary git repository)", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  async function repo(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "spec-diff-"));
    dirs.push(dir);
    git(dir, "init", "-q");
    return dir;
  }

  async function writeSpec(dir: string, spec: Spec | string): Promise<void> {
    await mkdir(join(dir, "spec"), { recursive: true });
    await writeFile(join(dir, specRelative), typeof spec === "string" ? spec : JSON.stringify(spec, null, 2));
  }

  function withoutExplanation(version: string): Spec {
    const spec: Spec = parse(source);
    delete schemas(spec).ApproveFrame.properties.explanation;
    spec.info.version = version;
    return spec;
  }

  it("--check fails on a breaking change against the release tag until the major is bumped", async () => {
    const baseVersion = (parse(source) as Spec).info.version;
    expect(baseVersion).toMatch(/^1\./);
    const dir = await repo();
    await writeSpec(dir, source);
    git(dir, "add", specRelative);
    git(dir, "commit", "-q", "-m", "spec 1.0.0");
    git(dir, "tag", "v1.0.0");

    await writeSpec(dir, withoutExplanation("1.1.0"));
    const failed = await cli(dir, "--check");
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stdout).toContain(`${baseVersion} → 1.1.0 (v1.0.0 → working tree)`);
    expect(failed.stdout).toContain("`/components/schemas/ApproveFrame/properties/explanation`");
    expect(failed.stderr).toMatch(/set info\.version to 2\.0\.0 and add a spec\/CHANGELOG\.md entry/);

    await writeSpec(dir, withoutExplanation("2.0.0"));
    const passed = await cli(dir, "--check", "--json");
    expect(passed.code, passed.stderr).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({
      versions: { old: baseVersion, new: "2.0.0" },
      labels: { old: "v1.0.0" },
    });
  });

  it("without a tag compares with the commit that added the spec; an unknown ref is an error", async () => {
    const dir = await repo();
    await writeSpec(dir, source);
    git(dir, "add", specRelative);
    git(dir, "commit", "-q", "-m", "spec");

    const same = await cli(dir, "--check");
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/the commit that added the spec[\s\S]*No changes\./);

    const missing = await cli(dir, "v9.9.9");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/"v9\.9\.9" is not a commit .*git fetch --tags/);
  });

  it("says there is nothing to compare when no commit has the spec yet", async () => {
    const dir = await repo();
    await writeSpec(dir, source);
    const result = await cli(dir, "--check");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/nothing to compare: no commit contains spec\/codex-api\.asyncapi\.yaml yet/);
  });
});

function git(cwd: string, ...args: string[]): void {
  execFileSync(
    "git",
    ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", ...args],
    {
      cwd,
      stdio: "pipe",
      env: {
        ...isolatedEnv(),
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    },
  );
}

/** The environment without git's repository variables, which a git hook running the tests would set. */
function isolatedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES"])
    delete env[name];
  return env;
}

/** Runs the CLI as `npm run spec:diff` would, with the temporary repository as its cwd. */
function cli(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const tsx = join(repoRoot, "node_modules/.bin/tsx");
  const child = spawn(tsx, [join(repoRoot, "codegen/spec-diff.ts"), ...args], { cwd, env: isolatedEnv() });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
