/**
 * The Sources view (Sourced's own place in the activity bar): every source with its title and key, what kind of document it is,
 * how many paragraphs and pages it has and how often the drafts cite it (click: the citations, as
 * find references shows them); the files and bibliography entries that could not be used, with why;
 * a filter; and, while the sources are read, how far along that is. Clicking a source opens its text.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CitationsRequest, request, SourcesRequest, type IndexStatus, type SourceList, type SourceListProblem, type SourceSummary } from '../../server/src/lsp/protocol';
import { onDidChangeSources, SOURCE_TEXT_SCHEME } from './reader';

export const SOURCES_VIEW = 'sourced.sources';
/** Context key: a filter is set (the view's title bar then offers to clear it). */
const FILTERED = 'sourced.sourcesFiltered';
/** After a change, the list is asked for again once things are quiet this long. */
const REFRESH_MS = 400;

type Node =
  | { readonly kind: 'source'; readonly source: SourceSummary }
  | { readonly kind: 'detail'; readonly source: SourceSummary; readonly label: string; readonly description?: string; readonly icon: string; readonly citations?: boolean }
  | { readonly kind: 'problem'; readonly problem: SourceListProblem }
  | { readonly kind: 'note'; readonly label: string; readonly icon?: string };

/** What the view shows, for tests and other extensions: the items at its top level, as the writer sees them. */
export interface SourcesViewItem {
  readonly label: string;
  readonly description?: string;
  readonly key?: string;
  readonly textUri?: string;
  readonly problem?: string;
  readonly details: ReadonlyArray<{ readonly label: string; readonly description?: string }>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

class SourcesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';
  private list: SourceList | undefined;
  private asking: Promise<SourceList | undefined> | undefined;

  constructor(private readonly client: LanguageClient) {}

  /** Asks for the list again the next time the view shows it. */
  refresh(): void {
    this.list = undefined;
    this.asking = undefined;
    this.changed.fire(undefined);
  }

  async current(): Promise<SourceList | undefined> {
    if (this.list) return this.list;
    const filter = this.filter;
    const asking = (this.asking ??= request(this.client, SourcesRequest, { filter }).then(
      (list) => list,
      () => undefined,
    ));
    const list = await asking;
    if (this.asking === asking) this.list = list;
    return list;
  }

  /** The top level as last shown (tree views find elements again by identity). */
  private roots: Node[] = [];

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'source') return details(node.source);
    // The reason in full, on a line of its own (the item's description is cut in a narrow side bar).
    if (node?.kind === 'problem') return [{ kind: 'note', label: node.problem.reason, icon: 'info' }];
    if (node) return [];
    const list = await this.current();
    if (!list) return [];
    const nodes: Node[] = [...list.problems.map((problem): Node => ({ kind: 'problem', problem })), ...list.sources.map((source): Node => ({ kind: 'source', source }))];
    if (list.matching > list.sources.length) nodes.push({ kind: 'note', label: `…and ${plural(list.matching - list.sources.length, 'more source')}: filter to find them` });
    return (this.roots = nodes);
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'detail' ? this.roots.find((r) => r.kind === 'source' && r.source === node.source) : undefined;
  }

  /** The source with this key at the top level, once the list is in. */
  async sourceNode(key: string): Promise<Node | undefined> {
    if (!this.roots.length || !this.list) await this.getChildren();
    return this.roots.find((r) => r.kind === 'source' && r.source.key === key);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'source':
        return sourceItem(node.source);
      case 'detail': {
        const item = new vscode.TreeItem(node.label);
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        if (node.citations) {
          item.command = { command: 'sourced.showCitations', title: 'Show the citations', arguments: [node.source.key] };
          item.tooltip = `Show where your drafts cite @${node.source.key}`;
          item.contextValue = 'sourced.citations';
        }
        return item;
      }
      case 'problem':
        return problemItem(node.problem);
      case 'note': {
        const item = new vscode.TreeItem(node.label);
        if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
        item.tooltip = node.label;
        return item;
      }
    }
  }
}

function sourceItem(s: SourceSummary): vscode.TreeItem {
  const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `source:${s.uri}#${s.key}`;
  item.description = `@${s.key}`;
  item.iconPath = new vscode.ThemeIcon(s.format === 'PDF' ? 'file-pdf' : s.format === 'Web page' ? 'globe' : s.format === 'Bibliography entry' ? 'bookmark' : 'file-text');
  item.resourceUri = vscode.Uri.parse(s.textUri ?? s.uri);
  const tip = new vscode.MarkdownString();
  tip.appendText(s.title).appendMarkdown('\n\n').appendText(`@${s.key} · ${s.format} · ${s.extent}`);
  if (s.author || s.date) tip.appendMarkdown('\n\n').appendText([s.author, s.date].filter(Boolean).join(' · '));
  tip.appendMarkdown('\n\n').appendText(citedLabel(s));
  item.tooltip = tip;
  if (s.textUri) {
    item.command = { command: 'sourced.openSourceText', title: 'Read the source', arguments: [s.textUri] };
    item.contextValue = 'sourced.source';
  } else if (s.entry) {
    item.command = { command: 'vscode.open', title: 'Open the bibliography entry', arguments: [vscode.Uri.parse(s.entry.uri), { selection: new vscode.Range(s.entry.line, 0, s.entry.line, 0) }] };
    item.contextValue = 'sourced.entry';
  }
  return item;
}

function citedLabel(s: SourceSummary): string {
  return s.citations ? `Cited ${s.citations === 1 ? 'once' : `${s.citations.toLocaleString('en')} times`} in your drafts` : 'Not cited in your drafts yet';
}

function details(s: SourceSummary): Node[] {
  const out: Node[] = [{ kind: 'detail', source: s, label: s.format, description: s.extent, icon: 'info' }];
  if (s.author || s.date) out.push({ kind: 'detail', source: s, label: [s.author, s.date].filter(Boolean).join(' · '), icon: 'person' });
  out.push({ kind: 'detail', source: s, label: citedLabel(s), icon: 'references', citations: s.citations > 0 });
  return out;
}

function problemItem(p: SourceListProblem): vscode.TreeItem {
  const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `problem:${p.uri}:${p.line ?? ''}`;
  item.description = p.kind === 'file' ? 'not read' : 'entry skipped';
  item.tooltip = `${p.name}\n\n${p.kind === 'file' ? 'Sourced could not read this file' : 'Sourced skipped this bibliography entry'}: ${p.reason}`;
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  item.resourceUri = vscode.Uri.parse(p.uri);
  item.contextValue = `sourced.problem.${p.kind}`;
  if (p.kind === 'bibliography' && p.line !== undefined) {
    item.command = { command: 'vscode.open', title: 'Open the entry', arguments: [vscode.Uri.parse(p.uri), { selection: new vscode.Range(p.line, 0, p.line, 0) }] };
  }
  return item;
}

/** Shows the citations of a key across the drafts, as find references does. */
async function showCitations(client: LanguageClient, key: string): Promise<void> {
  const found = await request(client, CitationsRequest, { key });
  if (!found.length) {
    void vscode.window.showInformationMessage(`No draft cites @${key} yet.`);
    return;
  }
  const locations = found.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character)));
  await vscode.commands.executeCommand('editor.action.showReferences', locations[0].uri, locations[0].range.start, locations);
}

/** The view, its commands, and what it shows while the sources are read (see showStatus). */
export function registerSourcesView(context: vscode.ExtensionContext, client: LanguageClient): { showStatus(status: IndexStatus): void } {
  const tree = new SourcesTree(client);
  const view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  let indexing: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  // While the sources are read they change all the time: the list follows every few seconds.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => tree.refresh(), indexing ? 3000 : REFRESH_MS);
  };
  const describe = async () => {
    // The list is asked for only when the view shows: while it is hidden, progress alone.
    const list = view.visible ? await tree.current() : undefined;
    const filtered = tree.filter && list ? `Filter “${tree.filter}”: ${plural(list.matching, 'source')} of ${list.total.toLocaleString('en')}${list.problems.length ? `, ${plural(list.problems.length, 'problem')}` : ''}` : undefined;
    const none = list && !tree.filter && list.total === 0 && !list.problems.length ? 'No sources yet: put the documents you write from in a folder named “sources” in your workspace.' : undefined;
    view.message = [indexing, filtered ?? none].filter(Boolean).join(' · ') || undefined;
  };
  const setFilter = async (filter: string) => {
    tree.filter = filter.trim();
    await vscode.commands.executeCommand('setContext', FILTERED, !!tree.filter);
    tree.refresh();
    await describe();
  };
  context.subscriptions.push(
    view,
    { dispose: () => clearTimeout(timer) },
    tree.onDidChangeTreeData(() => void describe()),
    view.onDidChangeVisibility(() => void describe()),
    onDidChangeSources(later),
    // Citation counts follow the drafts as they are saved.
    vscode.workspace.onDidSaveTextDocument((d) => d.languageId === 'markdown' && d.uri.scheme !== SOURCE_TEXT_SCHEME && later()),
    // A filter given (by a test or a keybinding's args) is used as it is; else the writer types one.
    vscode.commands.registerCommand('sourced.filterSources', async (given?: unknown) => {
      if (typeof given === 'string') return setFilter(given);
      const filter = await vscode.window.showInputBox({ title: 'Filter sources', value: tree.filter, prompt: 'Words in the title, key, file name, author or kind (PDF, Word, web page)', placeHolder: 'e.g. court ruling' });
      if (filter !== undefined) await setFilter(filter);
    }),
    vscode.commands.registerCommand('sourced.clearSourcesFilter', () => setFilter('')),
    vscode.commands.registerCommand('sourced.refreshSources', () => tree.refresh()),
    // Shows a source in the view, its details open (not in the command palette).
    // The list may be asked for again meanwhile (the sources changed): then the view does not have the
    // item yet, and this says false.
    vscode.commands.registerCommand('sourced.revealSource', async (key: string) => {
      const node = await tree.sourceNode(key);
      return !!node && view.reveal(node, { select: true, focus: true, expand: true }).then(() => true, () => false);
    }),
    vscode.commands.registerCommand('sourced.showCitations', (arg: string | { source?: SourceSummary }) => showCitations(client, typeof arg === 'string' ? arg : arg?.source?.key ?? '')),
    // What the view lists, for tests (not in the command palette).
    vscode.commands.registerCommand('sourced.sourcesViewItems', async (): Promise<SourcesViewItem[]> => {
      const nodes = await tree.getChildren();
      return Promise.all(nodes.map(async (n) => {
        const item = tree.getTreeItem(n);
        const kids = await tree.getChildren(n);
        return {
          label: String(item.label),
          description: typeof item.description === 'string' ? item.description : undefined,
          key: n.kind === 'source' ? n.source.key : undefined,
          textUri: n.kind === 'source' ? n.source.textUri : undefined,
          problem: n.kind === 'problem' ? n.problem.reason : undefined,
          details: kids.map((k) => tree.getTreeItem(k)).map((k) => ({ label: String(k.label), description: typeof k.description === 'string' ? k.description : undefined })),
        };
      }));
    }),
  );
  void vscode.commands.executeCommand('setContext', FILTERED, false);
  return {
    showStatus(status) {
      const was = indexing;
      indexing = status.state === 'indexing' ? `Reading sources: ${status.indexed.toLocaleString('en')} of ${status.total.toLocaleString('en')}` : undefined;
      if (status.state === 'ready') tree.refresh();
      if (was !== indexing) void describe();
    },
  };
}
