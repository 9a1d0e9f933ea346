// Loads spec/examples: the golden frames every implementation must accept or refuse.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CLIENT_FRAME_SCHEMAS, SERVER_FRAME_SCHEMAS } from "../../generated/protocol.js";

export const EXAMPLES_DIR = join(import.meta.dirname, "../../spec/examples");

export interface GoldenExample {
  name: string;
  direction: "client" | "server";
  frame: unknown;
  /** The generated type/schema name for this frame, when its `type` is a known frame type. */
  schemaName: string | undefined;
}

export interface InvalidExample extends GoldenExample {
  expect: { code: string; path: string; why: string };
}

function load(dir: string): GoldenExample[] {
  return readdirSync(join(EXAMPLES_DIR, dir))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expect.json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const direction = name.split(".")[0];
      if (direction !== "client" && direction !== "server") throw new Error(`${dir}/${file}: name must start with client. or server.`);
      const frame: unknown = JSON.parse(readFileSync(join(EXAMPLES_DIR, dir, file), "utf8"));
      const type = (frame as { type?: unknown }).type;
      const table: Record<string, string> = direction === "client" ? CLIENT_FRAME_SCHEMAS : SERVER_FRAME_SCHEMAS;
      const schemaName = typeof type === "string" && Object.hasOwn(table, type) ? table[type] : undefined;
      return { name, direction, frame, schemaName };
    });
}

export function validExamples(): GoldenExample[] {
  return load("valid");
}

export function invalidExamples(): InvalidExample[] {
  return load("invalid").map((e) => ({
    ...e,
    expect: JSON.parse(readFileSync(join(EXAMPLES_DIR, "invalid", `${e.name}.expect.json`), "utf8")) as InvalidExample["expect"],
  }));
}
