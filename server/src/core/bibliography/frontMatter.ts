import { frontMatter } from '../text/frontMatter';

/**
 * The bibliography files a draft names in its YAML front matter, as Pandoc reads them:
 * `bibliography: refs.bib` or a list. Paths are as written; the host resolves them against the draft.
 */
export function draftBibliographies(draftText: string): string[] {
  const { raw } = frontMatter(draftText);
  const value = raw?.bibliography;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim().length > 0).map((v) => v.trim());
}
