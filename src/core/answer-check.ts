// Whether an `answer` fits the question_prompt it answers (spec: the `answer` message). Pure.
// The frame's schema already bounds its size; this checks it against what was asked: the
// questions of a `questions` prompt, the requested schema of a `form` (MCP elicitation: flat
// properties of primitive types, enums, arrays of enum values).
import type { AnswerFrame } from "../../generated/types.js";
import type { QuestionAnswer, QuestionRequest } from "./engine-port.js";

/** The answer for the engine, or what is wrong with the frame (one line, for `invalid_answer`). */
export type AnswerCheck = { ok: true; answer: QuestionAnswer } | { ok: false; detail: string };

export function checkAnswer(request: QuestionRequest, frame: AnswerFrame): AnswerCheck {
  const action = frame.action ?? "accept";
  const wrongFields = (fields: ("answers" | "content")[]): AnswerCheck | undefined => {
    const given = fields.filter((field) => frame[field] !== undefined);
    return given.length === 0 ? undefined : fail(`${given.map((f) => `\`${f}\``).join(" and ")} ${given.length === 1 ? "does" : "do"} not belong in ${action === "accept" ? `an answer to a ${request.kind} prompt` : `a ${action}`}`);
  };
  if (action !== "accept") return wrongFields(["answers", "content"]) ?? { ok: true, answer: { action } };
  switch (request.kind) {
    case "questions":
      return wrongFields(["content"]) ?? checkQuestions(request, frame.answers as Record<string, string[]> | undefined);
    case "form":
      return wrongFields(["answers"]) ?? checkForm(request.schema ?? {}, (frame.content ?? {}) as Record<string, unknown>);
    case "url":
      return wrongFields(["answers", "content"]) ?? { ok: true, answer: { action } };
  }
}

function fail(detail: string): AnswerCheck {
  return { ok: false, detail };
}

/** Answers to one question (the spec's bound, checked here: the generated types cannot carry it). */
const MAX_ANSWERS = 16;

function checkQuestions(request: QuestionRequest, answers: Record<string, string[]> | undefined): AnswerCheck {
  const questions = request.questions ?? [];
  if (answers === undefined) return fail("`answers` is required to accept: one entry per question id");
  const known = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0) return fail(`no question ${quoteList(unknown)}; the questions are ${quoteList([...known])}`);
  for (const question of questions) {
    const given = answers[question.id];
    if (given === undefined || given.length === 0) return fail(`question ${quote(question.id)} has no answer; answer every question, or send action decline`);
    if (given.length > MAX_ANSWERS) return fail(`question ${quote(question.id)} has ${given.length} answers; at most ${MAX_ANSWERS} are allowed`);
    if (question.options.length > 0 && !question.allowOther) {
      const labels = question.options.map((o) => o.label);
      const other = given.find((answer) => !labels.includes(answer));
      if (other !== undefined) return fail(`${quote(other)} is not an option of question ${quote(question.id)}; pick one of ${quoteList(labels)}`);
    }
  }
  return { ok: true, answer: { action: "accept", answers } };
}

type Schema = Record<string, unknown>;

function checkForm(schema: Schema, content: Record<string, unknown>): AnswerCheck {
  const properties = isObject(schema.properties) ? (schema.properties as Record<string, unknown>) : {};
  const unknown = Object.keys(content).filter((name) => !Object.hasOwn(properties, name));
  if (unknown.length > 0) {
    const names = Object.keys(properties);
    return fail(`the form has no field ${quoteList(unknown)}; its fields are ${names.length === 0 ? "none" : quoteList(names)}`);
  }
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
  const missing = required.filter((name) => content[name] === undefined);
  if (missing.length > 0) return fail(`required field ${quoteList(missing)} missing from \`content\``);
  for (const [name, value] of Object.entries(content)) {
    const property = properties[name];
    const problem = isObject(property) ? checkValue(property as Schema, value) : undefined;
    if (problem !== undefined) return fail(`field ${quote(name)} ${problem}`);
  }
  return { ok: true, answer: { action: "accept", content } };
}

/** What is wrong with one field's value, for the primitive schemas of MCP elicitation. */
function checkValue(schema: Schema, value: unknown): string | undefined {
  switch (schema.type) {
    case "string": {
      if (typeof value !== "string") return `must be a string (got ${typeName(value)})`;
      const options = enumValues(schema);
      if (options !== undefined && !options.includes(value)) return `must be one of ${quoteList(options)} (got ${quote(value)})`;
      const length = [...value].length;
      if (typeof schema.minLength === "number" && length < schema.minLength) return `must be at least ${schema.minLength} characters long`;
      if (typeof schema.maxLength === "number" && length > schema.maxLength) return `must be at most ${schema.maxLength} characters long`;
      return undefined;
    }
    case "number":
    case "integer": {
      if (typeof value !== "number" || !Number.isFinite(value)) return `must be a number (got ${typeName(value)})`;
      if (schema.type === "integer" && !Number.isInteger(value)) return `must be an integer (got ${value})`;
      if (typeof schema.minimum === "number" && value < schema.minimum) return `must be at least ${schema.minimum} (got ${value})`;
      if (typeof schema.maximum === "number" && value > schema.maximum) return `must be at most ${schema.maximum} (got ${value})`;
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : `must be true or false (got ${typeName(value)})`;
    case "array": {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return `must be an array of strings (got ${typeName(value)})`;
      const options = isObject(schema.items) ? enumValues(schema.items as Schema) : undefined;
      const other = options === undefined ? undefined : value.find((v) => !options.includes(v));
      if (other !== undefined) return `must hold only ${quoteList(options!)} (got ${quote(other)})`;
      if (typeof schema.minItems === "number" && value.length < schema.minItems) return `must hold at least ${schema.minItems} values`;
      if (typeof schema.maxItems === "number" && value.length > schema.maxItems) return `must hold at most ${schema.maxItems} values`;
      return undefined;
    }
    default:
      // A type MCP elicitation does not define (an `openai/form` schema): the engine passes it on.
      return undefined;
  }
}

/** The allowed values of an enum schema: `enum`, or the `const`s of `oneOf` / `anyOf` options. */
function enumValues(schema: Schema): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v): v is string => typeof v === "string");
  const options = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (options === undefined) return undefined;
  return options.flatMap((o) => (isObject(o) && typeof (o as Schema).const === "string" ? [(o as Schema).const as string] : []));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `the ${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}

/** Quoted, and cut short: the values come from the client or the model. */
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

function quoteList(values: string[]): string {
  const shown = values.slice(0, 8).map(quote).join(", ");
  return values.length > 8 ? `${shown}, … (${values.length} in all)` : shown;
}
