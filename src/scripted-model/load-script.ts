import { readFile } from "node:fs/promises";
import { ScriptError, validateScript, type Script } from "./script.js";

/** Reads and validates a script file; errors name the file and the offending field. */
export async function loadScript(path: string): Promise<Script> {
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScriptError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return validateScript(value, path);
}
