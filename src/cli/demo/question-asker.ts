// How the demo client asks a person a question_prompt: the agent's questions (pick an option by
// its number or type an answer), an MCP server's form (one field at a time, typed and checked),
// or its link (accept or decline). Reads lines through `ask`; knows no terminal.
import type { QuestionPromptFrame, QuestionReply } from "../../client/index.js";
import { WITHDRAWN, type Reply } from "./line-input.js";

/** Reads one answer line for `prompt`: a line, null at end of input, or WITHDRAWN. */
export type Ask = (prompt: string) => Promise<Reply>;

/** What asking came to: a reply to send, or nothing (the server withdrew the question). */
export type Asked = { kind: "reply"; reply: QuestionReply } | { kind: "withdrawn" };

const DECLINE: Asked = { kind: "reply", reply: { action: "decline" } };
const STOP: Asked = { kind: "reply", reply: { action: "cancel" } };

/** `/decline` and `/stop` work at every line; an empty line declines too, where nothing is required. */
function command(line: string): Asked | undefined {
  const word = line.trim().toLowerCase();
  if (word === "/decline") return DECLINE;
  if (word === "/stop") return STOP;
  return undefined;
}

export async function askQuestion(prompt: QuestionPromptFrame, ask: Ask, say: (line: string) => void): Promise<Asked> {
  say("  (answer each line; /decline refuses, /stop refuses and stops the turn)");
  if (prompt.kind === "questions") return askQuestions(prompt, ask, say);
  if (prompt.kind === "url") return acceptOrDecline(ask, say);
  return askForm(prompt.schema ?? {}, ask, say);
}

async function askQuestions(prompt: QuestionPromptFrame, ask: Ask, say: (line: string) => void): Promise<Asked> {
  const answers: Record<string, string[]> = {};
  for (const question of prompt.questions ?? []) {
    say(`  ${question.header}: ${question.question}`);
    question.options.forEach((option, i) => say(`    ${i + 1}. ${option.label}${option.description === "" ? "" : ` — ${option.description}`}`));
    if (question.secret) say("  (a secret: what you type is shown on screen)");
    const hint = question.options.length === 0 ? "your answer" : question.allowOther ? `1-${question.options.length} or your own answer` : `1-${question.options.length}`;
    for (;;) {
      const line = await ask(`${hint}> `);
      if (line === WITHDRAWN) return { kind: "withdrawn" };
      if (line === null) return DECLINE;
      const given = command(line);
      if (given !== undefined) return given;
      const answer = pick(line.trim(), question.options.map((o) => o.label), question.allowOther);
      if (answer !== undefined) {
        answers[question.id] = [answer];
        break;
      }
      say(`  please answer with ${hint}`);
    }
  }
  return { kind: "reply", reply: { answers } };
}

/** An option by its number (or label), or free text where allowed; undefined if neither fits. */
export function pick(line: string, labels: string[], allowOther: boolean): string | undefined {
  if (line === "") return undefined;
  const n = Number(line);
  if (Number.isInteger(n) && n >= 1 && n <= labels.length) return labels[n - 1];
  const label = labels.find((l) => l.toLowerCase() === line.toLowerCase());
  if (label !== undefined) return label;
  return allowOther ? line : undefined;
}

async function acceptOrDecline(ask: Ask, say: (line: string) => void): Promise<Asked> {
  for (;;) {
    const line = await ask("[a]ccept / [d]ecline / s[t]op? ");
    if (line === WITHDRAWN) return { kind: "withdrawn" };
    if (line === null) return DECLINE;
    const given = command(line);
    if (given !== undefined) return given;
    const letter = line.trim().toLowerCase().slice(0, 1);
    if (letter === "a" || letter === "y") return { kind: "reply", reply: { action: "accept" } };
    if (letter === "d" || letter === "n") return DECLINE;
    if (letter === "t") return STOP;
    say("  please answer with a, d or t");
  }
}

type Field = Record<string, unknown>;

async function askForm(schema: Record<string, unknown>, ask: Ask, say: (line: string) => void): Promise<Asked> {
  const properties = (typeof schema.properties === "object" && schema.properties !== null ? schema.properties : {}) as Record<string, Field>;
  // Nothing to fill in (the engine asking before it runs an MCP tool): a yes or no.
  if (Object.keys(properties).length === 0) return acceptOrDecline(ask, say);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const content: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(properties)) {
    const title = typeof field.title === "string" ? field.title : name;
    const options = enumOf(field);
    if (typeof field.description === "string") say(`  ${title}: ${field.description}`);
    options?.forEach((option, i) => say(`    ${i + 1}. ${option}`));
    for (;;) {
      const line = await ask(`${title} (${describe(field, options)}${required.has(name) ? "" : ", empty to skip"})> `);
      if (line === WITHDRAWN) return { kind: "withdrawn" };
      if (line === null) return DECLINE;
      const given = command(line);
      if (given !== undefined) return given;
      if (line.trim() === "" && !required.has(name)) break;
      const value = parseField(field, options, line.trim());
      if (value !== undefined) {
        content[name] = value;
        break;
      }
      say(`  please give ${describe(field, options)}`);
    }
  }
  return { kind: "reply", reply: { content } };
}

function enumOf(field: Field): string[] | undefined {
  const from = (schema: Field): string[] | undefined => {
    if (Array.isArray(schema.enum)) return schema.enum as string[];
    const options = (schema.oneOf ?? schema.anyOf) as Field[] | undefined;
    return Array.isArray(options) ? options.map((o) => String(o.const)) : undefined;
  };
  if (field.type === "array" && typeof field.items === "object" && field.items !== null) return from(field.items as Field);
  return from(field);
}

function describe(field: Field, options: string[] | undefined): string {
  if (field.type === "array") return options === undefined ? "values, comma-separated" : "numbers or values, comma-separated";
  if (options !== undefined) return `1-${options.length}`;
  if (field.type === "boolean") return "y or n";
  if (field.type === "integer") return "a whole number";
  if (field.type === "number") return "a number";
  return "text";
}

/** The typed value of a field, or undefined when the line does not fit its type (the server checks the rest). */
export function parseField(field: Field, options: string[] | undefined, line: string): unknown {
  const one = (text: string) => (options === undefined ? text : pick(text, options, false));
  switch (field.type) {
    case "integer":
    case "number": {
      const n = Number(line);
      return line !== "" && Number.isFinite(n) && (field.type === "number" || Number.isInteger(n)) ? n : undefined;
    }
    case "boolean":
      return /^(y|yes|true)$/i.test(line) ? true : /^(n|no|false)$/i.test(line) ? false : undefined;
    case "array": {
      const values = line.split(",").map((part) => one(part.trim()));
      return values.every((v) => v !== undefined && v !== "") ? values : undefined;
    }
    default:
      return line === "" ? undefined : one(line);
  }
}
