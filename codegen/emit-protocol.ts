// The protocol's constants as TypeScript: version, frame tables (wire type → schema) and the
// error-code table with each code's retryability. Hand-written code switches on these.
import { header, type GeneratedFile } from "./generated-file.js";
import type { FrameInfo, SpecModel } from "./spec-model.js";

export function emitProtocol(model: SpecModel): GeneratedFile[] {
  const table = (frames: FrameInfo[]) => frames.map((f) => `  ${f.frameType}: "${f.schemaName}",`).join("\n");
  const codes = model.errorCodes
    .map((c) => `  /** ${c.description.replace(/\*\//g, "*\\/")} */\n  ${c.code}: { retryable: ${c.retryable} },`)
    .join("\n");
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

/** Every error code of the closed list, with whether retrying the same request later can succeed. */
export const ERROR_CODES = {
${codes}
} as const satisfies Record<T.ErrorCode, { retryable: boolean }>; // a missing or extra code fails to compile
`;
  return [{ path: "protocol.ts", contents }];
}
