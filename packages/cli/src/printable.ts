/** Control and bidi-override characters become U+FFFD (no terminal escapes), and a line stops at 500 characters. */
export function printable(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const clean = line.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  return clean.length > 500 ? `${clean.slice(0, 499)}…` : clean;
}
