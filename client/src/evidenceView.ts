/**
 * The evidence panel's page: one HTML document with a strict Content-Security-Policy (nothing loaded
 * from anywhere, one inline style and one inline script, both with a fresh nonce) whose script builds
 * everything it shows with DOM text nodes. Whatever a source or a model says is text, never markup.
 * Colours are VS Code's theme variables.
 */
import { randomBytes } from 'node:crypto';

/** The page, for a webview whose CSP source is `cspSource`. */
export function evidencePage(cspSource: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}; font-src ${cspSource}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evidence</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root" aria-live="polite"><p class="quiet">Put the cursor in a sentence of a Markdown draft.</p></main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px 12px; line-height: 1.45; }
.quiet { color: var(--vscode-descriptionForeground); }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin: 10px 0 4px; }
.badge { font-weight: 600; padding: 1px 8px; border-radius: 10px; border: 1px solid currentColor; white-space: nowrap; }
.tone-supported { color: var(--vscode-testing-iconPassed, #388a34); }
.tone-uncited, .tone-locator { color: var(--vscode-editorInfo-foreground, #1a85ff); }
.tone-unsupported, .tone-mismatch, .tone-citation { color: var(--vscode-editorWarning-foreground, #bf8803); }
.tone-contradicted { color: var(--vscode-editorError-foreground, #e51400); }
.tone-none { color: var(--vscode-descriptionForeground); }
.sentence { font-style: italic; margin: 4px 0 8px; }
h2 { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--vscode-descriptionForeground); margin: 14px 0 4px; font-weight: 600; }
ul.why { margin: 0; padding-left: 18px; }
.parts { display: flex; flex-wrap: wrap; gap: 4px 6px; }
.part { border-radius: 3px; padding: 0 6px; border: 1px solid var(--vscode-panel-border, rgba(128,128,128,.35)); }
.part.found { border-color: var(--vscode-testing-iconPassed, #388a34); }
.part.missing { border-style: dashed; border-color: var(--vscode-editorWarning-foreground, #bf8803); }
.part .mark { font-weight: 700; margin-right: 3px; }
.part.found .mark { color: var(--vscode-testing-iconPassed, #388a34); }
.part.missing .mark { color: var(--vscode-editorWarning-foreground, #bf8803); }
.part .kind { color: var(--vscode-descriptionForeground); font-size: 0.9em; margin-left: 3px; }
.passage { border-left: 3px solid var(--vscode-panel-border, rgba(128,128,128,.35)); padding: 4px 0 4px 10px; margin: 8px 0; }
.passage.role-supports { border-left-color: var(--vscode-testing-iconPassed, #388a34); }
.passage.role-otherwise { border-left-color: var(--vscode-editorError-foreground, #e51400); }
.where { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.role { font-weight: 600; }
.title { color: var(--vscode-descriptionForeground); }
.quote { margin: 4px 0; }
mark { background: var(--vscode-editor-findMatchHighlightBackground, rgba(234,92,0,.33)); color: inherit; border-radius: 2px; }
mark.conflict { background: var(--vscode-inputValidation-errorBackground, rgba(229,20,0,.25)); outline: 1px solid var(--vscode-editorError-foreground, #e51400); }
.meta { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
button { font-family: inherit; font-size: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 2px 10px; border-radius: 2px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
.opinion { margin-top: 10px; padding: 8px 10px; border: 1px dashed var(--vscode-panel-border, rgba(128,128,128,.5)); border-radius: 4px; }
.opinion .label { font-weight: 600; }
.opinion .answer { white-space: pre-wrap; margin: 6px 0; }
.opinion .error { color: var(--vscode-errorForeground); }
`;

/** The page's script: renders what the extension posts, and posts back the writer's clicks and what it shows. */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  let state = {};
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
  const KIND = { name: 'name', figure: 'figure', date: 'date', word: '' };
  function partsOf(ev) {
    const box = el('div', 'parts');
    for (const p of ev.parts) {
      const chip = el('span', 'part ' + (p.found ? 'found' : 'missing'));
      chip.title = p.found ? 'Found in the passages' : 'Not in the passages';
      chip.append(el('span', 'mark', p.found ? '✓' : '✗'), document.createTextNode(p.text));
      if (KIND[p.kind]) chip.append(el('span', 'kind', KIND[p.kind]));
      box.append(chip);
    }
    return box;
  }
  function passageOf(p, i) {
    const box = el('section', 'passage' + (p.role === 'Supports this' ? ' role-supports' : p.role === 'Says otherwise' ? ' role-otherwise' : ''));
    const where = el('div', 'where');
    where.append(el('span', 'role', p.role), el('span', '', '@' + p.key + ', ' + p.where + (p.cited ? ' (cited)' : '')), el('span', 'title', p.title));
    box.append(where);
    const quote = el('div', 'quote');
    for (const q of p.quote) quote.append(q.shared || q.conflict ? el('mark', q.conflict ? 'conflict' : '', q.text) : document.createTextNode(q.text));
    box.append(quote);
    const meta = el('div', 'where');
    meta.append(el('span', 'meta', 'Holds ' + Math.round(p.score * 100) + ' % of the sentence'));
    if (p.cite) {
      const b = el('button', '', 'Cite');
      b.title = p.cite.title + ' (adds the citation at the end of the sentence)';
      b.addEventListener('click', () => vscode.postMessage({ type: 'cite', index: i, seq: state.seq }));
      meta.append(b);
    }
    const open = el('button', 'secondary', 'Open');
    open.title = 'Open the source at this passage';
    open.addEventListener('click', () => vscode.postMessage({ type: 'open', index: i, seq: state.seq }));
    meta.append(open);
    box.append(meta);
    return box;
  }
  function opinionOf(o) {
    const box = el('section', 'opinion');
    box.append(el('div', 'label', o.label));
    if (o.status === 'asking' && !o.text) box.append(el('div', 'quiet', 'Waiting for the answer…'));
    if (o.text) box.append(el('div', 'answer', o.text));
    if (o.error) box.append(el('div', 'error', o.error));
    box.append(el('div', 'meta', o.note));
    if (o.status === 'asking') {
      const b = el('button', 'secondary', 'Stop');
      b.addEventListener('click', () => vscode.postMessage({ type: 'cancelOpinion' }));
      box.append(b);
    }
    return box;
  }
  function render() {
    root.replaceChildren();
    const ev = state.evidence;
    if (!ev) root.append(el('p', 'quiet', state.message || 'Put the cursor in a sentence of a Markdown draft.'));
    else {
      const head = el('div', 'head');
      head.append(el('span', 'badge tone-' + ev.tone, ev.label));
      root.append(head, el('div', 'sentence', ev.text));
      if (ev.citations.length) root.append(el('div', 'meta', 'Cites ' + ev.citations.join('; ')));
      root.append(el('h2', '', 'What decided it'));
      const why = el('ul', 'why');
      for (const w of ev.why) why.append(el('li', '', w));
      root.append(why);
      // The second opinion, when the writer asked for one, right under Sourced's own account.
      if (state.opinion) root.append(opinionOf(state.opinion));
      if (ev.parts.length) root.append(el('h2', '', 'What it says, found (✓) or not (✗) in the passages'), partsOf(ev));
      if (ev.passages.length) {
        root.append(el('h2', '', ev.passages.length === 1 ? 'The passage' : 'The best passages'));
        ev.passages.forEach((p, i) => root.append(passageOf(p, i)));
      }
    }
    vscode.postMessage({ type: 'rendered', seq: state.seq, text: root.innerText });
  }
  window.addEventListener('message', (e) => { state = e.data || {}; render(); });
  vscode.postMessage({ type: 'ready' });
})();
`;
