// POSIX shell word splitting (quotes and backslashes, no expansion): the engine reports a command
// as one shell string such as `/bin/bash -c 'ls -la'`, the protocol wants its argv.

/** The words of `line`, or null when a quote is left open or the line ends in a lone backslash. */
export function splitShellWords(line: string): string[] | null {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t" || c === "\n") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close === -1) return null;
      word += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '"') {
      const quoted = readDoubleQuoted(line, i + 1);
      if (quoted === null) return null;
      word += quoted.text;
      inWord = true;
      i = quoted.next;
    } else if (c === "\\") {
      if (i + 1 >= line.length) return null;
      // Backslash-newline is a line continuation, not a character.
      if (line[i + 1] !== "\n") {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Inside double quotes a backslash only escapes `$`, `` ` ``, `"`, `\` and newline (POSIX 2.2.3). */
function readDoubleQuoted(line: string, start: number): { text: string; next: number } | null {
  let text = "";
  for (let i = start; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') return { text, next: i + 1 };
    if (c === "\\" && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
      if (line[i + 1] !== "\n") text += line[i + 1];
      i++;
    } else {
      text += c;
    }
  }
  return null;
}
