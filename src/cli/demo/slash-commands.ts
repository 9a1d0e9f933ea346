// The demo client's slash commands, typed at its prompt: what a line asks for. Pure parsing; the
// session loop (demo-client.ts) carries them out.
import type { ReviewTarget } from "../../client/index.js";

export const SLASH_HELP = `Commands (at the you> prompt):
  /review                  review the uncommitted changes
  /review base BRANCH      review the current branch against BRANCH
  /review commit SHA       review a commit
  /review TEXT             review with your own instructions
  /compact                 compact the conversation into a summary
  /fork [TURN]             copy the conversation (through TURN, default the last turn) into a new session
  /rollback [N | TURN]     remove the last N turns (default 1), or TURN and every later one,
                           from the conversation; files on disk are NOT reverted
  /help                    this text
  /exit, /quit             leave (the session is kept on the server)`;

export type SlashCommand =
  | { kind: "review"; target: ReviewTarget }
  | { kind: "compact" }
  | { kind: "fork"; atTurnId?: string }
  | { kind: "rollback"; turns: number }
  | { kind: "rollback"; beforeTurnId: string }
  | { kind: "help" }
  | { kind: "invalid"; message: string };

/** The command a line asks for, or undefined when the line is a message to the agent. */
export function parseSlashCommand(line: string): SlashCommand | undefined {
  const text = line.trim();
  if (!text.startsWith("/")) return undefined;
  const [name = "", ...words] = text.split(/\s+/);
  const rest = text.slice(name.length).trim();
  switch (name) {
    case "/review":
      return { kind: "review", target: reviewTarget(words, rest) };
    case "/compact":
      return words.length === 0 ? { kind: "compact" } : { kind: "invalid", message: "/compact takes no arguments" };
    case "/fork":
      if (words.length > 1) return { kind: "invalid", message: "usage: /fork [TURN]" };
      return words[0] === undefined ? { kind: "fork" } : { kind: "fork", atTurnId: words[0] };
    case "/rollback": {
      if (words.length > 1) return { kind: "invalid", message: "usage: /rollback [N | TURN]" };
      const word = words[0] ?? "1";
      if (!/^\d+$/.test(word)) return { kind: "rollback", beforeTurnId: word };
      const turns = Number(word);
      return turns >= 1 ? { kind: "rollback", turns } : { kind: "invalid", message: "/rollback N: N is at least 1" };
    }
    case "/help":
    case "/?":
      return { kind: "help" };
    default:
      return { kind: "invalid", message: `unknown command ${name}; /help lists them` };
  }
}

function reviewTarget(words: string[], rest: string): ReviewTarget {
  if (words.length === 0) return { type: "uncommitted_changes" };
  if (words.length === 2 && words[0] === "base") return { type: "base_branch", branch: words[1]! };
  if (words.length === 2 && words[0] === "commit") return { type: "commit", sha: words[1]! };
  return { type: "custom", instructions: rest };
}
