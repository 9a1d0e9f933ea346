// What an emitter returns, and the "do not edit" header every generated file carries.
export interface GeneratedFile {
  /** Path relative to its root, with forward slashes. */
  path: string;
  contents: string;
  /**
   * The folder it is written into, one of GENERATED_ROOTS; default `generated`. A root holds only
   * generated files: codegen replaces it whole, and codegen:check reports any other file in it.
   */
  root?: GeneratedRoot;
}

/** Folders codegen owns: generated/, and the generated parts of the language clients. */
export const GENERATED_ROOTS = ["generated", "clients/go/protocol", "clients/python/codex_api_client/protocol"] as const;
export type GeneratedRoot = (typeof GENERATED_ROOTS)[number];

export type CommentStyle = "//" | "#";

export function header(style: CommentStyle, source: string): string {
  return `${style} generated from ${source} — do not edit. Run \`npm run codegen\` to regenerate.\n`;
}
