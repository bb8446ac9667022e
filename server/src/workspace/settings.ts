import type { CoreOptions } from '../core';

/** The `sourced.*` settings, as package.json declares them. */
export interface Settings {
  readonly sources: readonly string[];
  readonly supportThreshold: number;
  readonly diagnostics: { readonly enabled: boolean };
  readonly maxFileSizeMB: number;
  /** Most source files indexed; beyond it the rest are left out with a message. */
  readonly maxFiles: number;
  /** Bibliography files (BibTeX, BibLaTeX, CSL-JSON), relative to the workspace folder; drafts may add their own in front matter. */
  readonly bibliography: readonly string[];
  /**
   * Folders outside the workspace Sourced may read bibliographies' linked files from (a Zotero storage
   * folder). Nothing else outside the workspace folders is read.
   */
  readonly allowedFolders: readonly string[];
}

export const defaultSettings: Settings = {
  sources: ['sources/**', 'references/**'],
  supportThreshold: 0.5,
  diagnostics: { enabled: true },
  maxFileSizeMB: 20,
  maxFiles: 50_000,
  bibliography: [],
  allowedFolders: [],
};

/** Reads whatever the client sent, falling back to defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sources = Array.isArray(r.sources) && r.sources.every((s) => typeof s === 'string') && r.sources.length ? (r.sources as string[]) : defaultSettings.sources;
  const num = (v: unknown, d: number, lo: number, hi: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : d);
  const diag = r.diagnostics && typeof r.diagnostics === 'object' ? (r.diagnostics as Record<string, unknown>) : {};
  return {
    sources,
    supportThreshold: num(r.supportThreshold, defaultSettings.supportThreshold, 0, 1),
    diagnostics: { enabled: typeof diag.enabled === 'boolean' ? diag.enabled : true },
    maxFileSizeMB: num(r.maxFileSizeMB, defaultSettings.maxFileSizeMB, 0.01, 1024),
    maxFiles: Math.round(num(r.maxFiles, defaultSettings.maxFiles, 1, 10_000_000)),
    bibliography: stringList(r.bibliography),
    allowedFolders: stringList(r.allowedFolders),
  };
}

/** A path or a list of paths, as Pandoc's `bibliography` takes them; anything else is none. */
function stringList(v: unknown): readonly string[] {
  const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
  return list.filter((x): x is string => typeof x === 'string' && x.trim().length > 0).map((x) => x.trim());
}

export function toCoreOptions(s: Settings): Partial<CoreOptions> {
  return { supportThreshold: s.supportThreshold, maxFileBytes: Math.round(s.maxFileSizeMB * 1024 * 1024) };
}
