// What an emitter returns, and the "do not edit" header every generated file carries.
export interface GeneratedFile {
  /** Path relative to generated/, with forward slashes. */
  path: string;
  contents: string;
}

export type CommentStyle = "//" | "#";

export function header(style: CommentStyle, source: string): string {
  return `${style} generated from ${source} — do not edit. Run \`npm run codegen\` to regenerate.\n`;
}
