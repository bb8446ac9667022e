import { parse as parseYaml } from 'yaml';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown text's YAML front matter: its fields (`raw`, undefined when there is none or it is not a
 * mapping) and where the body starts. Broken YAML counts as none, never fatal.
 */
export function frontMatter(text: string): { raw?: Record<string, unknown>; bodyStart: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { bodyStart: 0 };
  let data: unknown;
  try {
    // Errors only: the library would print its warnings (quoting the front matter) to the server's stderr.
    data = parseYaml(m[1], { logLevel: 'error' });
  } catch {
    return { bodyStart: m[0].length };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { bodyStart: m[0].length };
  return { raw: data as Record<string, unknown>, bodyStart: m[0].length };
}
