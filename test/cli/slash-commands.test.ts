// The demo client's slash commands: what each line asks for.
import { describe, expect, it } from "vitest";
import { parseSlashCommand } from "../../src/cli/demo/slash-commands.js";

describe("parseSlashCommand", () => {
  it("leaves a message to the agent alone", () => {
    expect(parseSlashCommand("review my code please")).toBeUndefined();
    expect(parseSlashCommand("  hello /review")).toBeUndefined();
  });

  it.each([
    ["/review", { kind: "review", target: { type: "uncommitted_changes" } }],
    ["/review base main", { kind: "review", target: { type: "base_branch", branch: "main" } }],
    ["/review commit 4f4b08b", { kind: "review", target: { type: "commit", sha: "4f4b08b" } }],
    ["/review  the error handling, please ", { kind: "review", target: { type: "custom", instructions: "the error handling, please" } }],
    ["/compact", { kind: "compact" }],
    ["/fork", { kind: "fork" }],
    ["/fork turn-2", { kind: "fork", atTurnId: "turn-2" }],
    ["/rollback", { kind: "rollback", turns: 1 }],
    ["/rollback 3", { kind: "rollback", turns: 3 }],
    ["/rollback turn-7", { kind: "rollback", beforeTurnId: "turn-7" }],
    ["/help", { kind: "help" }],
  ])("%s", (line, expected) => {
    expect(parseSlashCommand(line)).toEqual(expected);
  });

  it.each(["/rollback 0", "/rollback 1 2", "/fork a b", "/compact now", "/frobnicate"])("%s is refused with a message", (line) => {
    expect(parseSlashCommand(line)).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^.{10,}$/) });
  });
});
