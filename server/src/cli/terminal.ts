/**
 * Text from files (names, quotes, messages that quote a draft) is printed for a
 * terminal: control characters (an escape sequence, CR, BEL), C1 controls and
 * the bidirectional overrides and isolates (which reorder what the terminal
 * shows) are written as visible escapes, \r or \u{202E}, never sent raw.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => {
    if (c === "\r") return "\\r";
    if (c === "\n") return "\\n";
    return `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`;
  });
}
