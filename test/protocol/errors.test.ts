// The error table (src/protocol/errors.ts) against the spec itself: the spec's YAML, not the
// generated code, so a table that drifted from the spec fails here even if codegen was not run.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ERROR_MESSAGES, httpStatus, isRetryable, problem, type Code, type Message } from "../../src/protocol/errors.js";
import type { ErrorCode, HttpErrorCode } from "../../generated/types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const spec = parse(readFileSync(join(root, "spec/codex-api.asyncapi.yaml"), "utf8"));
const schemas = spec.components.schemas;
const errorCodes: ErrorCode[] = schemas.ErrorCode.enum;
const httpCodes: HttpErrorCode[] = schemas.HttpErrorCode.enum;
const retryableInSpec: Record<string, { retryable: boolean }> = schemas.ErrorCode["x-error-codes"];
const statusInSpec: Record<string, number> = schemas.HttpErrorCode["x-http-status"];

const templates = (code: Code): [string, string][] => Object.entries(ERROR_MESSAGES[code]);
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** A template as a regular expression that any filling of its placeholders matches. */
function pattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+?")}$`, "s");
}

/** Every error message the spec shows as an example: error frames, golden files, HTTP bodies. */
function specExamples(): { where: string; code: Code; message: string }[] {
  const found: { where: string; code: Code; message: string }[] = [];
  for (const [name, message] of Object.entries<any>(spec.components.messages)) {
    for (const example of message.examples ?? []) {
      if (example.payload?.type === "error") found.push({ where: `message ${name}: ${example.name}`, ...example.payload });
    }
  }
  for (const example of schemas.HttpError.examples) found.push({ where: "schema HttpError", ...example.error });
  const valid = join(root, "spec/examples/valid");
  for (const file of readdirSync(valid).filter((f) => f.startsWith("server.error."))) {
    found.push({ where: file, ...JSON.parse(readFileSync(join(valid, file), "utf8")) });
  }
  return found;
}

describe("the error table", () => {
  it("has exactly the spec's codes: every ErrorCode and every HttpErrorCode", () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toStrictEqual([...new Set([...errorCodes, ...httpCodes])].sort());
  });

  it("says for every code whether it is retryable as the spec's x-error-codes does", () => {
    expect(Object.keys(retryableInSpec).sort()).toStrictEqual([...errorCodes].sort());
    for (const code of errorCodes) expect([code, isRetryable(code)]).toStrictEqual([code, retryableInSpec[code]!.retryable]);
  });

  it("gives every HTTP answer the spec's x-http-status", () => {
    expect(Object.keys(statusInSpec).sort()).toStrictEqual([...httpCodes].sort());
    for (const code of httpCodes) expect([code, httpStatus(code)]).toStrictEqual([code, statusInSpec[code]]);
  });

  it("has a message for every code the server sends, and none for model_error (a status reason only)", () => {
    for (const code of Object.keys(ERROR_MESSAGES) as Code[]) {
      expect([code, templates(code).length > 0]).toStrictEqual([code, code !== "model_error"]);
    }
  });

  it("writes placeholders only as {name}, and every message says what to do or what happened in full", () => {
    for (const code of Object.keys(ERROR_MESSAGES) as Code[]) {
      for (const [key, template] of templates(code)) {
        const stray = template.replace(/\{\w+\}/g, "");
        expect([code, key, /[{}]/.test(stray)]).toStrictEqual([code, key, false]);
        expect(template).toBe(template.trim());
        expect(template.length).toBeGreaterThan(15);
      }
    }
  });

  it("fills every placeholder of every template from the parameters", () => {
    for (const code of Object.keys(ERROR_MESSAGES) as Code[]) {
      for (const [key, template] of templates(code)) {
        const params = Object.fromEntries(placeholders(template).map((name) => [name, `<${name}:${code}>`]));
        const found = (problem as (c: Code, k: string, p: object) => { code: Code; message: string })(code, key, params);
        expect(found.code).toBe(code);
        expect(found.message).not.toMatch(/\{\w+\}/);
        for (const value of Object.values(params)) expect(found.message).toContain(value);
        expect(found.message).toMatch(pattern(template));
      }
    }
  });

  it("fills a placeholder used twice in both places, and leaves the rest of the template as written", () => {
    const found = problem("frame_too_large", "lineOver", { maxFrameBytes: 1024, offset: 7 });
    expect(found).toStrictEqual({
      code: "frame_too_large",
      message: "line of more than 1024 bytes at byte 7 exceeds the 1024-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
    });
  });

  it("produces every error message the spec shows as an example", () => {
    const examples = specExamples();
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const unmatched = examples.filter(({ code, message }) => !templates(code).some(([, template]) => pattern(template).test(message)));
    expect(unmatched).toStrictEqual([]);
  });

  it("lets no call site pass its own wording, a case that does not exist or too few parameters (checked by tsc)", () => {
    // @ts-expect-error a plain string is not a Message
    const raw: Message = "whatever the caller likes";
    // @ts-expect-error no such case for the code
    const unknownCase = () => problem("unauthorized", "sometimes");
    // @ts-expect-error the template has a {open} placeholder
    const missing = () => problem("overloaded", "streams");
    // @ts-expect-error the parameter is named for the template, not freely
    const misnamed = () => problem("overloaded", "streams", { count: 3 });
    expect([raw, typeof unknownCase, typeof missing, typeof misnamed]).toHaveLength(4);
  });
});
