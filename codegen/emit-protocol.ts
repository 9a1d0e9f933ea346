// The protocol's constants as TypeScript: version, frame tables (wire type → schema) and the
// error-code table with each code's retryability. Hand-written code switches on these.
import { header, type GeneratedFile } from "./generated-file.js";
import type { FrameInfo, SpecModel } from "./spec-model.js";

export function emitProtocol(model: SpecModel): GeneratedFile[] {
  const table = (frames: FrameInfo[]) => frames.map((f) => `  ${f.frameType}: "${f.schemaName}",`).join("\n");
  const codes = model.errorCodes
    .map((c) => `  /** ${c.description.replace(/\*\//g, "*\\/")} */\n  ${c.code}: { retryable: ${c.retryable} },`)
    .join("\n");
  const bounds = model.clientFrames
    .map((f) => {
      const list = (model.jsonBounds[f.frameType] ?? []).map((b) => `{ path: ${JSON.stringify(b.path).replace(/,/g, ", ")}, maxDepth: ${b.maxDepth}, maxBytes: ${b.maxBytes} }`);
      return `  ${f.frameType}: [${list.join(", ")}],`;
    })
    .join("\n");
  const httpErrors = model.httpErrors.map((e) => `  ${e.code}: { status: ${e.status} },`).join("\n");
  const itemTypes = itemTypesOf(model).map((t) => JSON.stringify(t)).join(", ");
  const contents = `${header("//", model.specPath)}
import type * as T from "./types.js";

/** The protocol version this build speaks (\`info.version\` of the spec). */
export const PROTOCOL_VERSION = ${JSON.stringify(model.protocolVersion)};

/** Client frame \`type\` → the name of its schema and type. */
export const CLIENT_FRAME_SCHEMAS = {
${table(model.clientFrames)}
} as const;

/** Server frame \`type\` → the name of its schema and type. */
export const SERVER_FRAME_SCHEMAS = {
${table(model.serverFrames)}
} as const;

export type ClientFrameType = keyof typeof CLIENT_FRAME_SCHEMAS;
export type ServerFrameType = keyof typeof SERVER_FRAME_SCHEMAS;

/** The item kinds (\`Item\`'s \`type\`) this version knows; a later one may add more (spec "Versioning"). */
export const ITEM_TYPES = [${itemTypes}] as const satisfies readonly T.Item["type"][];

/**
 * Client frame \`type\` → its fields of free-form JSON and their bounds (\`x-json-bounds\`): the
 * deepest nesting of objects and arrays, and the size as compact UTF-8 JSON.
 */
export const JSON_BOUNDS: Record<ClientFrameType, readonly { path: readonly string[]; maxDepth: number; maxBytes: number }[]> = {
${bounds}
};

/** Every code of an HTTP answer that is not an agent stream, with its status (spec "HTTP answers"). */
export const HTTP_ERRORS = {
${httpErrors}
} as const satisfies Record<T.HttpErrorCode, { status: number }>;

/** Every error code of the closed list, with whether retrying the same request later can succeed. */
export const ERROR_CODES = {
${codes}
} as const satisfies Record<T.ErrorCode, { retryable: boolean }>; // a missing or extra code fails to compile
`;
  return [{ path: "protocol.ts", contents }];
}

/** Item's branches' \`type\` constants, in the spec's order. */
function itemTypesOf(model: SpecModel): string[] {
  const branches = (model.definitions.Item?.oneOf ?? []) as { $ref?: string }[];
  return branches.map((branch) => {
    const name = branch.$ref?.replace("#/definitions/", "") ?? "";
    const type = (model.definitions[name]?.properties as Record<string, { const?: unknown }> | undefined)?.type?.const;
    if (typeof type !== "string") throw new Error(`Item branch ${name} has no const type`);
    return type;
  });
}
