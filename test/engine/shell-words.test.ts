import { describe, expect, it } from "vitest";
import { splitShellWords } from "../../src/engine/shell-words.js";

describe("splitShellWords", () => {
  it("splits the engine's wrapped command into the shell and its script", () => {
    expect(splitShellWords("/bin/bash -c 'ls -la'")).toEqual(["/bin/bash", "-c", "ls -la"]);
    expect(splitShellWords("/bin/bash -lc 'echo hi; ls'")).toEqual(["/bin/bash", "-lc", "echo hi; ls"]);
  });

  it("joins adjacent quoted pieces into one word, as the engine quotes an embedded single quote", () => {
    expect(splitShellWords(`/bin/bash -c 'echo '"'"'it'"'"'s'`)).toEqual(["/bin/bash", "-c", "echo 'it's"]);
    expect(splitShellWords(`/bin/bash -c 'echo '\\''x'\\'''`)).toEqual(["/bin/bash", "-c", "echo 'x'"]);
  });

  it("keeps backslashes literal inside single quotes and honours only POSIX escapes inside double quotes", () => {
    expect(splitShellWords(`'a\\nb'`)).toEqual(["a\\nb"]);
    expect(splitShellWords(`"a\\"b \\$HOME \\n"`)).toEqual(['a"b $HOME \\n']);
  });

  it("treats an unquoted backslash as escaping the next character and backslash-newline as a continuation", () => {
    expect(splitShellWords("a\\ b c")).toEqual(["a b", "c"]);
    expect(splitShellWords("a\\\nb")).toEqual(["ab"]);
  });

  it("collapses runs of blanks and keeps empty quoted words", () => {
    expect(splitShellWords("  a \t b\n c  ")).toEqual(["a", "b", "c"]);
    expect(splitShellWords(`a '' ""`)).toEqual(["a", "", ""]);
    expect(splitShellWords("")).toEqual([]);
  });

  it("does not expand variables, globs or operators", () => {
    expect(splitShellWords("echo $HOME *.ts | wc -l")).toEqual(["echo", "$HOME", "*.ts", "|", "wc", "-l"]);
  });

  it("returns null for an unterminated quote or a trailing backslash", () => {
    expect(splitShellWords("echo 'open")).toBeNull();
    expect(splitShellWords('echo "open')).toBeNull();
    expect(splitShellWords("echo \\")).toBeNull();
  });
});
