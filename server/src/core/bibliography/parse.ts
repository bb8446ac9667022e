/** Bibliographies: BibTeX/BibLaTeX and CSL-JSON files, linked to sources by their `file` fields. */
import { parseBibtex } from './bibtex';
import { parseCslJson } from './cslJson';
import type { Bibliography } from './model';

export type { BibEntry, BibProblem, Bibliography, CslItem, CslName } from './model';
export { metadataOfCsl, filePaths } from './model';
export { draftBibliographies } from './frontMatter';
export { cslItems, cslOfSource } from './export';
export { parseBibtex } from './bibtex';
export { parseCslJson } from './cslJson';

/** Bibliography file extensions Sourced reads, as Pandoc names them. */
export const bibliographyExtensions = ['.bib', '.bibtex', '.biblatex', '.json'];

/** Parses a bibliography file by its extension: BibTeX/BibLaTeX, or CSL-JSON. */
export async function parseBibliography(name: string, text: string, uri: string): Promise<Bibliography> {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (ext === '.json') return parseCslJson(text, uri);
  if (ext === '.bib' || ext === '.bibtex' || ext === '.biblatex') return parseBibtex(text, uri);
  return { entries: [], problems: [{ uri, line: 0, message: `bibliographies of type "${ext}" are not read (use BibTeX or CSL-JSON)` }] };
}
