// Every manifest under deploy/kubernetes/, validated offline against the Kubernetes API schemas:
// - built-in kinds with kubernetes-models (devDependency, pinned; the Kubernetes 1.33 OpenAPI
//   schemas compiled to ajv validators: types, enums, required fields, formats) AND with its
//   TypeScript interfaces through the TypeScript compiler, whose excess-property check rejects
//   unknown fields (the OpenAPI schemas do not: Kubernetes' own strict field validation does);
// - the agent-sandbox SandboxTemplate against the openAPIV3Schema of its CRD, vendored in
//   test/deploy/crds/, with unknown fields rejected where the schema does not preserve them (as
//   the API server does with fieldValidation=Strict).
// Each check is shown to fail on a wrong field. Also: the SandboxTemplate runs the same pod as the
// StatefulSet, the names that tie the files together agree, and deploy/seccomp.json allows what
// the engine's bubblewrap needs.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type AnySchema, type ValidateFunction } from "ajv";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as parseYaml } from "yaml";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "../..");
const MANIFESTS = join(REPO, "deploy/kubernetes");
const CRD_FILE = join(REPO, "test/deploy/crds/extensions.agents.x-k8s.io_sandboxtemplates.yaml");

type Doc = Record<string, unknown> & { apiVersion: string; kind: string; metadata: { name: string } };
interface Loaded {
  file: string;
  doc: Doc;
}

function loadManifests(): Loaded[] {
  const out: Loaded[] = [];
  for (const file of readdirSync(MANIFESTS).filter((name) => /\.ya?ml$/.test(name)).sort()) {
    for (const document of parseAllDocuments(readFileSync(join(MANIFESTS, file), "utf8"))) {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      const doc = document.toJS() as Doc | null;
      if (doc !== null) out.push({ file, doc });
    }
  }
  return out;
}

const clone = <T>(value: T): T => structuredClone(value);

// ---------------------------------------------------------------- built-in kinds

interface BuiltIn {
  /** kubernetes-models' validating class */
  model: new (data: never) => { validate(): void };
  /** its TypeScript interface: module and name */
  module: string;
  type: string;
}
const BUILT_IN: Record<string, BuiltIn> = {
  "apps/v1 StatefulSet": { model: StatefulSet as never, module: "kubernetes-models/apps/v1/StatefulSet", type: "IStatefulSet" },
  "v1 Service": { model: Service as never, module: "kubernetes-models/v1/Service", type: "IService" },
  "v1 Secret": { model: Secret as never, module: "kubernetes-models/v1/Secret", type: "ISecret" },
};
const kindOf = (doc: Doc): string => `${doc.apiVersion} ${doc.kind}`;

/** The OpenAPI schema check: the error messages (none = valid). */
function schemaErrors(doc: Doc): string[] {
  const builtIn = BUILT_IN[kindOf(doc)];
  if (builtIn === undefined) throw new Error(`no validator for ${kindOf(doc)}`);
  try {
    new builtIn.model(clone(doc) as never).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/**
 * The unknown-field check: each document becomes `const d: IKind = <the document as a literal>` in
 * one in-memory program next to this file (so kubernetes-models resolves from node_modules), and the
 * TypeScript compiler's diagnostics per document are returned.
 */
function typeErrors(docs: Doc[]): string[][] {
  const base = join(REPO, "test/deploy");
  const files = new Map<string, string>();
  docs.forEach((doc, index) => {
    const builtIn = BUILT_IN[kindOf(doc)];
    if (builtIn === undefined) throw new Error(`no type for ${kindOf(doc)}`);
    files.set(
      join(base, `__manifest_${index}__.ts`),
      `import type { ${builtIn.type} } from "${builtIn.module}";\nexport const manifest: ${builtIn.type} = ${JSON.stringify(doc, null, 2)};\n`,
    );
  });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language, true) : getSourceFile.call(host, name, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((name) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
  );
}

// ---------------------------------------------------------------- the SandboxTemplate's CRD

const crd = parseYaml(readFileSync(CRD_FILE, "utf8")) as {
  spec: { group: string; names: { kind: string }; versions: { name: string; served: boolean; schema: { openAPIV3Schema: Record<string, unknown> } }[] };
};

/** additionalProperties: false wherever an object lists its properties and keeps no unknown fields. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` and `required` name fields; only schemas below them are walked as schemas.
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, strict(v)])) : key === "required" || key === "enum" ? value : strict(value);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function crdValidator(version: string): ValidateFunction {
  const entry = crd.spec.versions.find((v) => v.name === version);
  if (entry === undefined) throw new Error(`the CRD has no version ${version}`);
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  for (const keyword of [
    "x-kubernetes-int-or-string",
    "x-kubernetes-list-type",
    "x-kubernetes-list-map-keys",
    "x-kubernetes-map-type",
    "x-kubernetes-preserve-unknown-fields",
    "x-kubernetes-validations",
    "x-kubernetes-embedded-resource",
  ]) {
    ajv.addKeyword(keyword);
  }
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat("date-time", { type: "string", validate: (s: string) => !Number.isNaN(Date.parse(s)) });
  return ajv.compile(strict(entry.schema.openAPIV3Schema) as AnySchema);
}
const sandboxTemplateV1beta1 = crdValidator("v1beta1");

function crdErrors(doc: Doc): string[] {
  const [group, version] = doc.apiVersion.split("/");
  if (group !== crd.spec.group || doc.kind !== crd.spec.names.kind || version !== "v1beta1") throw new Error(`no CRD schema for ${kindOf(doc)}`);
  // metadata is `type: object` in every CRD: the API server checks it as ObjectMeta.
  const metadataProblems = typeof doc.metadata?.name === "string" && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(doc.metadata.name) ? [] : ["metadata.name is not a DNS label"];
  return sandboxTemplateV1beta1(doc)
    ? metadataProblems
    : [...metadataProblems, ...(sandboxTemplateV1beta1.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)];
}

// ---------------------------------------------------------------- the tests

const manifests = loadManifests();
const find = (kind: string): Doc => {
  const found = manifests.filter(({ doc }) => doc.kind === kind);
  expect(found, `exactly one ${kind}`).toHaveLength(1);
  return found[0]!.doc;
};
const builtIns = manifests.filter(({ doc }) => BUILT_IN[kindOf(doc)] !== undefined);
const custom = manifests.filter(({ doc }) => BUILT_IN[kindOf(doc)] === undefined);
// The tests below poke at the parsed YAML freely.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("deploy/kubernetes manifests", () => {
  it("are the expected objects, each with a validator", () => {
    expect(manifests.map(({ file, doc }) => `${file}: ${kindOf(doc)}`)).toEqual([
      "sandbox-template.yaml: extensions.agents.x-k8s.io/v1beta1 SandboxTemplate",
      "secret.yaml: v1 Secret",
      "service.yaml: v1 Service",
      "statefulset.yaml: apps/v1 StatefulSet",
    ]);
    for (const { doc } of custom) expect(doc.apiVersion).toBe("extensions.agents.x-k8s.io/v1beta1");
  });

  it("built-in kinds pass the Kubernetes OpenAPI schemas and have no unknown fields", () => {
    for (const { file, doc } of builtIns) expect(schemaErrors(doc), file).toEqual([]);
    const errors = typeErrors(builtIns.map(({ doc }) => doc));
    builtIns.forEach(({ file }, index) => expect(errors[index], file).toEqual([]));
  }, 60_000);

  it("the checks of built-in kinds fail on a wrong field", () => {
    const statefulSet = find("StatefulSet") as Any;
    const service = find("Service") as Any;
    const misspelt = clone(statefulSet);
    misspelt.spec.template.spec.containers[0].readinessProbe.httpGet.paht = "/readyz"; // unknown, deep
    const misplaced = clone(statefulSet);
    misplaced.spec.template.spec.containers[0].runAsUser = 10001; // belongs in securityContext
    const wrongType = clone(statefulSet);
    wrongType.spec.replicas = "one";
    const missing = clone(service);
    delete missing.spec.ports[0].port;
    const wrongPort = clone(service);
    wrongPort.spec.ports[0].appProtocol = 2;

    // The OpenAPI schemas catch types and required fields (not unknown fields)…
    expect(schemaErrors(wrongType).join()).toMatch(/replicas must be integer/);
    expect(schemaErrors(missing).join()).toMatch(/ports\/0 must have required property '?port'?/);
    expect(schemaErrors(wrongPort).join()).toMatch(/appProtocol must be string/);
    // …the compiler catches unknown fields, at any depth, and types too.
    const [a, b, c] = typeErrors([misspelt, misplaced, wrongType]);
    expect(a!.join()).toMatch(/'"paht"' does not exist in type 'IHTTPGetAction'/);
    expect(b!.join()).toMatch(/'"runAsUser"' does not exist in type 'IContainer'/);
    expect(c!.join()).toMatch(/Type 'string' is not assignable to type 'number'/);
  }, 60_000);

  it("the SandboxTemplate passes its CRD's v1beta1 openAPIV3Schema", () => {
    for (const { file, doc } of custom) expect(crdErrors(doc), file).toEqual([]);
  });

  it("the SandboxTemplate check fails on a wrong field", () => {
    const template = find("SandboxTemplate") as Any;
    const unknownTop = clone(template);
    unknownTop.spec.podTemplates = unknownTop.spec.podTemplate; // misspelt, and the required one gone
    delete unknownTop.spec.podTemplate;
    const unknownDeep = clone(template);
    unknownDeep.spec.podTemplate.spec.containers[0].securityContext.readOnlyRootFs = true;
    const wrongEnum = clone(template);
    wrongEnum.spec.networkPolicyManagement = "Manual";
    const wrongType = clone(template);
    wrongType.spec.volumeClaimTemplates[0].spec.accessModes = "ReadWriteOnce";

    expect(crdErrors(unknownTop).join()).toMatch(/must have required property 'podTemplate'/);
    expect(crdErrors(unknownTop).join()).toMatch(/"additionalProperty":"podTemplates"/);
    expect(crdErrors(unknownDeep).join()).toMatch(/containers\/0\/securityContext must NOT have additional properties.*readOnlyRootFs/);
    expect(crdErrors(wrongEnum).join()).toMatch(/networkPolicyManagement must be equal to one of the allowed values/);
    expect(crdErrors(wrongType).join()).toMatch(/accessModes must be array/);
  });

  it("the SandboxTemplate runs the StatefulSet's pod with the same volumes", () => {
    const statefulSet = find("StatefulSet") as Any;
    const template = find("SandboxTemplate") as Any;
    expect(template.spec.podTemplate).toEqual(statefulSet.spec.template);
    expect(template.spec.volumeClaimTemplates).toEqual(statefulSet.spec.volumeClaimTemplates);
  });

  it("the names that tie the objects together agree", () => {
    const statefulSet = find("StatefulSet") as Any;
    const service = find("Service") as Any;
    const secret = find("Secret") as Any;
    const pod = statefulSet.spec.template.spec;
    const container = pod.containers[0];
    expect(statefulSet.spec.serviceName).toBe(service.metadata.name);
    expect(service.spec.clusterIP).toBe("None");
    expect(statefulSet.spec.selector.matchLabels).toEqual(service.spec.selector);
    expect(statefulSet.spec.template.metadata.labels).toMatchObject(statefulSet.spec.selector.matchLabels);
    const portNames = container.ports.map((p: Any) => p.name);
    for (const port of service.spec.ports) expect(portNames).toContain(port.targetPort);
    expect(service.spec.ports.find((p: Any) => p.name === "h2c").appProtocol).toBe("kubernetes.io/h2c");
    for (const probe of [container.startupProbe, container.livenessProbe, container.readinessProbe]) expect(probe.httpGet.port).toBe("health");
    expect(container.readinessProbe.httpGet.path).toBe("/readyz");
    expect(container.livenessProbe.httpGet.path).toBe("/healthz");
    // The environment names the ports the probes and the Service use.
    const env = Object.fromEntries(container.env.filter((e: Any) => e.value !== undefined).map((e: Any) => [e.name, e.value]));
    expect(Number(env.PORT)).toBe(container.ports.find((p: Any) => p.name === "h2c").containerPort);
    expect(Number(env.CODEX_API_HEALTH_PORT)).toBe(container.ports.find((p: Any) => p.name === "health").containerPort);
    // Shutdown grace fits in the pod's termination grace.
    expect(Number(env.CODEX_API_SHUTDOWN_GRACE_MS) / 1000).toBeLessThan(pod.terminationGracePeriodSeconds);
    // The secrets come from the Secret, which holds no values.
    const refs = container.env.filter((e: Any) => e.valueFrom !== undefined).map((e: Any) => e.valueFrom.secretKeyRef);
    for (const ref of refs) {
      expect(ref.name).toBe(secret.metadata.name);
      expect(Object.keys(secret.stringData)).toContain(ref.key);
    }
    expect(refs.map((r: Any) => r.key).sort()).toEqual(["CODEX_API_TOKEN", "OPENAI_API_KEY"]);
    expect(Object.values(secret.stringData)).toEqual(["", ""]);
    // The volumes the image declares, from the claim templates.
    const mounts = Object.fromEntries(container.volumeMounts.map((m: Any) => [m.name, m.mountPath]));
    expect(mounts).toMatchObject({ workspace: env.CODEX_API_WORKSPACE, "codex-home": env.CODEX_HOME });
    expect(statefulSet.spec.volumeClaimTemplates.map((v: Any) => v.metadata.name).sort()).toEqual(["codex-home", "workspace"]);
    // Non-root with the shipped seccomp profile, as the Dockerfile's user.
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: "Localhost" } });
    expect(readFileSync(join(REPO, "Dockerfile"), "utf8")).toMatch(/^ARG UID=10001$/m);
  });
});

describe("deploy/seccomp.json", () => {
  const profile = JSON.parse(readFileSync(join(REPO, "deploy/seccomp.json"), "utf8")) as {
    defaultAction: string;
    syscalls: { names: string[]; action: string; args?: unknown[] | null; includes?: { caps?: string[]; arches?: string[] }; excludes?: { caps?: string[] } }[];
  };
  const unconditional = (name: string) =>
    profile.syscalls.some((s) => s.action === "SCMP_ACT_ALLOW" && s.names.includes(name) && (s.args ?? []).length === 0 && s.includes?.caps === undefined && s.includes?.arches === undefined);

  it("denies by default and allows, without a capability, what bubblewrap needs for its namespaces", () => {
    expect(profile.defaultAction).toBe("SCMP_ACT_ERRNO");
    for (const name of ["clone", "clone3", "unshare", "mount", "umount2", "pivot_root", "chroot", "setns"]) {
      expect(unconditional(name), name).toBe(true);
    }
    // Still denied, as in the upstream profile.
    for (const name of ["kexec_load", "init_module", "bpf", "perf_event_open", "open_by_handle_at"]) expect(unconditional(name), name).toBe(false);
  });
});
