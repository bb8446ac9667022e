import { prepareWordVectors } from './claims/similarity';
import type { SourcedService } from './service';
import type { IDocument } from './types';

/**
 * The one-off set-up of a process, done before the editor asks anything (see SourceLoading.warmUp):
 * the word table unpacked, and the code a completion and a check run compiled, on a scratch service.
 */
export async function warmUp(scratchService: () => SourcedService): Promise<void> {
  prepareWordVectors();
  const scratch = scratchService();
  const text = 'Harbour works\n\nDredging of the harbour cost 3.2 million euros in 2021 and took eleven weeks, officials said.\n\nThe council did not approve the plan.\n';
  await scratch.updateSource({ uri: 'file:///warm-up/harbour.txt', name: 'harbour.txt', bytes: new TextEncoder().encode(text) });
  const draft = 'Dredging the harbour cost 4 million euros in 2021 [@harbour, para. 2]. The council approved the plan. The works took eleven weeks [@';
  const doc: IDocument = { uri: 'file:///warm-up/draft.md', version: 1, getText: () => draft };
  scratch.getCompletions(doc, { line: 0, character: draft.length });
  await scratch.check(doc);
}
