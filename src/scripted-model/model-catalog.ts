// Model metadata for the scripted model's slug. An unknown slug gets the engine's fallback
// metadata, which has no apply_patch tool (docs/engine-notes.md §6), so the engine is given a catalog
// (`-c model_catalog_json=<file>`) made from the pinned binary's own `codex debug models`.
// Pure: whoever owns the child process runs the command and passes its stdout here.

/** The built-in model whose metadata (tools, context window, instructions) the scripted slug borrows. */
const TEMPLATE_SLUG = "gpt-5.5";

export interface ModelCatalog {
  models: Record<string, unknown>[];
}

export function catalogFromDebugModels(debugModelsStdout: string, slug: string): ModelCatalog {
  let parsed: unknown;
  try {
    parsed = JSON.parse(debugModelsStdout);
  } catch (error) {
    throw new Error(`\`codex debug models\` did not print JSON: ${(error as Error).message}`);
  }
  const models = (parsed as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) throw new Error("`codex debug models` printed no \"models\" array");
  const template = models.find((model): model is Record<string, unknown> => (model as { slug?: unknown } | null)?.slug === TEMPLATE_SLUG);
  if (template === undefined) {
    const slugs = models.map((model) => String((model as { slug?: unknown } | null)?.slug));
    throw new Error(`\`codex debug models\` has no "${TEMPLATE_SLUG}" entry to copy (found ${slugs.join(", ")})`);
  }
  // With the search tool, MCP tools are deferred behind `tool_search`: a script could not call
  // them by name (docs/engine-notes.md §2).
  return { models: [{ ...template, slug, supports_search_tool: false }] };
}
