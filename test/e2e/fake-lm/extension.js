// A language model for the end-to-end tests (test/e2e/suite/evidence.ts): registered with VS Code's
// stable provider API (vscode.lm.registerLanguageModelChatProvider, VS Code 1.104+), it answers every
// request with a fixed text built from the request and keeps what it was sent, for the suite to read
// through this extension's exports.
const vscode = require('vscode');

const ANSWER = 'Supported. Passage 1 says the same thing in nearly the same words (fake model).';

/** Every request's messages, as plain text; set `failNext` to make the next request fail as offline. */
const received = [];
const state = { received, ANSWER, failNext: false };

function textOf(message) {
  const parts = Array.isArray(message.content) ? message.content : [message.content];
  return parts.map((p) => (typeof p === 'string' ? p : p && typeof p.value === 'string' ? p.value : '')).join('');
}

const provider = {
  provideLanguageModelChatInformation() {
    return [{ id: 'fake-1', name: 'Fake LM', family: 'fake', version: '1', maxInputTokens: 100000, maxOutputTokens: 1000, capabilities: {} }];
  },
  async provideLanguageModelChatResponse(model, messages, options, progress, token) {
    received.push({ model: model.id, messages: messages.map((m) => ({ role: m.role, text: textOf(m) })) });
    if (state.failNext) {
      state.failNext = false;
      throw new Error('the network is unreachable');
    }
    // Two parts, so the panel shows an answer that streams.
    const [first, rest] = [ANSWER.slice(0, 10), ANSWER.slice(10)];
    progress.report(new vscode.LanguageModelTextPart(first));
    await new Promise((r) => setTimeout(r, 50));
    if (token.isCancellationRequested) return;
    progress.report(new vscode.LanguageModelTextPart(rest));
  },
  provideTokenCount(model, text) {
    return Math.ceil((typeof text === 'string' ? text : textOf(text)).length / 4);
  },
};

function activate(context) {
  context.subscriptions.push(vscode.lm.registerLanguageModelChatProvider('sourced-fake', provider));
  return state;
}

module.exports = { activate };
