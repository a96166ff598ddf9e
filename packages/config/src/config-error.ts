/** A configuration problem the user fixes by changing a setting; its message is one line that says how. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
