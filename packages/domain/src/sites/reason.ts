/**
 * One sentence of an explanation: `code` is stable (the web translates it, with `params`), `text` is the English
 * sentence for the CLI, logs and clients without the translation.
 */
export interface SiteReason {
  code: string;
  params: Readonly<Record<string, string | number>>;
  text: string;
}

export const reason = (code: string, text: string, params: Record<string, string | number> = {}): SiteReason => ({
  code,
  params,
  text,
});
