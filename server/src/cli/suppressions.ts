/**
 * The findings the writers chose to ignore, for `sourced check` and `sourced report`: the
 * `sourced-ignore` comments of each draft and the entries of its `.sourced/ignore.json` (see
 * workspace/ignoreFile.ts for which file). A file that cannot be used is said once on stderr, and the
 * check goes on with every finding shown; the file is only read, never written.
 */
import * as path from 'node:path';
import type { SourcedDiagnostic } from '../core';
import type { Draft } from '../core/draft/draft';
import { applySuppressions, type SuppressionResult } from '../core/features/suppressions';
import { draftKey, ignoreFileFor, ignoreFileName, readIgnoreFile, type IgnoreFileContents, type IgnoreFileLocation } from '../workspace/ignoreFile';

export class CliSuppressions {
  private readonly files = new Map<string, Promise<IgnoreFileContents>>();
  private readonly said = new Set<string>();

  /** `off`: --no-ignore, every finding is shown. */
  constructor(private readonly off: boolean) {}

  /** Where the draft's ignore file is (it may not exist). */
  location(draftPath: string): Promise<IgnoreFileLocation> {
    return ignoreFileFor(draftPath, process.cwd());
  }

  /** The draft's findings with the ignored ones set apart (all of them kept under --no-ignore). */
  async apply(draftPath: string, draft: Draft, diagnostics: readonly SourcedDiagnostic[]): Promise<SuppressionResult> {
    if (this.off) return { kept: [...diagnostics], ignored: [], stale: [] };
    const location = await this.location(draftPath);
    const name = ignoreFileName(location, process.cwd());
    let read = this.files.get(location.file);
    if (!read) this.files.set(location.file, (read = readIgnoreFile(location.file, name)));
    const { parsed } = await read;
    for (const p of parsed.problems) {
      if (this.said.has(location.file + p.message)) continue;
      this.said.add(location.file + p.message);
      process.stderr.write(`${p.message}\n`);
    }
    return applySuppressions(draft, diagnostics, parsed.entries, { file: draftKey(location, draftPath), ignoreFileName: name });
  }
}

/** "2 findings ignored (--no-ignore shows them)", or nothing when none was. */
export function ignoredLine(count: number): string {
  return count ? `${count} finding${count === 1 ? '' : 's'} ignored (--no-ignore shows ${count === 1 ? 'it' : 'them'})\n` : '';
}

/** A draft's path relative to the current folder, as findings name it. */
export function relativeDraft(draftPath: string): string {
  return path.relative(process.cwd(), draftPath) || draftPath;
}
