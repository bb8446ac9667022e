/**
 * The writer's desk, server side: the evidence for the sentence at the cursor (`sourced/evidence`,
 * for the evidence panel) and each draft's coverage after its check (`sourced/coverage`, for the
 * status bar). Both read what the core has judged already; neither changes a verdict or a finding.
 */
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { coverage, coverageLine, type ILogger, type SourcedService } from '../core';
import type { DraftChecks } from './diagnostics';
import { CoverageNotification, EvidenceRequest, notify, type EvidenceParams, type EvidenceResult } from './protocol';
import { quietTurn } from './quietTurn';
import { asIDocument, isPosition, type ServerWorkspace } from './workspace';

export function registerEvidence(connection: Connection, ws: ServerWorkspace, service: SourcedService, checks: DraftChecks, log: ILogger): void {
  // The panel shows one sentence at a time: a newer request for a draft replaces any older one still
  // waiting, whether or not the client's cancellation has arrived yet.
  const latest = new Map<string, number>();
  let requests = 0;
  connection.onRequest(EvidenceRequest.method, async (params: EvidenceParams, token): Promise<EvidenceResult | null> => {
    const doc = ws.documentOf(params);
    if (!doc || !ws.isDraft(doc) || !isPosition(params?.position)) return null;
    const mine = ++requests;
    latest.set(doc.uri, mine);
    const replaced = () => token.isCancellationRequested || latest.get(doc.uri) !== mine;
    try {
      // The cursor moves on quickly: let the messages waiting (a newer request, this one's cancellation) in first.
      await quietTurn();
      if (replaced()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer request replaced this one.');
      // Against a half-read folder a claim whose source is not read yet would look unsupported.
      if (checks.held) return { indexing: true };
      const evidence = service.getEvidence(asIDocument(doc), params.position, token);
      if (replaced()) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'A newer request replaced this one.');
      return evidence ? { evidence } : {};
    } finally {
      if (latest.get(doc.uri) === mine) latest.delete(doc.uri);
    }
  });

  checks.onDidPublish(async (uri, version, ignoredClaims) => {
    const doc = ws.documents.get(uri);
    if (!doc || doc.version !== version) return;
    try {
      // The verdicts were just judged and are remembered: this reads them again, it judges nothing.
      const report = await service.check(asIDocument(doc));
      if (ws.documents.get(uri)?.version !== version) return;
      const c = coverage(report.verdicts, ignoredClaims);
      notify(connection, CoverageNotification, { uri, version, text: coverageLine(c, 'short'), full: coverageLine(c), coverage: c });
    } catch (e) {
      log.error(`The coverage of ${uri} failed: ${e instanceof Error ? e.stack : e}`);
    }
  });
}
