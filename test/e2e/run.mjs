#!/usr/bin/env node
// `npm run test:e2e`: the suite in test/e2e/suite/ inside a real VS Code.
//
// VS Code's server (from the code-server npm package, installed by test/e2e/setup.sh under .e2e/) runs
// the extension in a normal Node extension host; its workbench is shown in headless Chromium, driven by
// playwright-core. The workspace is a scratch copy of examples/balloons, because the tests edit it.
//
// `node test/e2e/run.mjs --vsix dist/sourced.vsix` runs the same suite against the packaged extension,
// installed into the editor as a user installs it, instead of the development folder.
//
// Env: E2E_TIMEOUT_MS (default 240000), CHROMIUM (browser binary), E2E_VERBOSE=1 (server and page logs),
//      E2E_KEEP=1 (keep the scratch workspace and data dir).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const e2e = path.join(root, '.e2e');
const node24 = path.join(e2e, 'node24', 'bin', 'node');
const serverMain = path.join(e2e, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const suite = path.join(root, 'dist', 'test', 'e2e', 'index.js');
// `--first-feedback` runs the first test alone (the draft's first diagnostics and where the time went),
// with no language-model stand-in and no report screenshot: what bench/first-e2e.mjs repeats.
const firstOnly = process.argv.includes('--first-feedback');
const vsixArg = process.argv.indexOf('--vsix');
const vsix = vsixArg > 0 ? path.resolve(process.argv[vsixArg + 1] ?? '') : undefined;
const screenshot = path.join(root, 'test-artifacts', vsix ? 'e2e-editor-vsix.png' : 'e2e-editor.png');
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS) || 240_000;
const verbose = !!process.env.E2E_VERBOSE;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (m) => console.log(`[e2e] ${m}`);

let server; // the VS Code server process (leader of its own process group)
let browser;
let scratch;
let cleaningUp = false;
const recent = []; // the workbench's last log lines, shown when a run fails before the suite speaks
const showRecent = () => {
  if (!recent.length) return;
  say('last lines the workbench logged (E2E_VERBOSE=1 shows everything):');
  for (const l of recent) console.log(`  ${l}`);
};

async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  await browser?.close().catch(() => {});
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    // The server starts an extension host, which starts our language server: end the whole group we made.
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    const gone = await Promise.race([new Promise((r) => server.once('exit', () => r(true))), new Promise((r) => setTimeout(() => r(false), 3000))]);
    if (!gone) try { process.kill(-server.pid, 'SIGKILL'); } catch {}
  }
  if (scratch && !process.env.E2E_KEEP) await fs.rm(scratch, { recursive: true, force: true }).catch(() => {});
}

function finish(code, line) {
  if (line) console.log(line);
  return cleanup().then(() => process.exit(code));
}

// Started once the one-time install is done (setup.sh has its own pace): covers the server, browser and suite.
let hardTimeout;
const startHardTimeout = () => {
  hardTimeout = setTimeout(() => {
    say(`hard timeout after ${timeoutMs / 1000} s: stopping everything`);
    showRecent();
    finish(1, '0 passed, 1 failed');
  }, timeoutMs);
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, '0 passed, 1 failed'));
// Output piped into something that quits early (| head) must not stop the cleanup.
process.stdout.on('error', () => {});
// Last resort if this process dies some other way: the server group we made goes with it.
process.on('exit', () => {
  if (server?.pid && server.exitCode === null && server.signalCode === null) try { process.kill(-server.pid, 'SIGKILL'); } catch {}
});

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function findChromium() {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean);
  for (const c of candidates) {
    if (path.isAbsolute(c) && existsSync(c)) return c;
    const r = spawnSync('sh', ['-c', `command -v "${c}"`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

async function until(what, probe, ms, every = 100) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function main() {
  // setup.sh returns at once when Node 24 and code-server are in place, and installs them (a few minutes) if not.
  if (!existsSync(node24) || !existsSync(serverMain)) say('Node 24 / code-server not installed yet: running test/e2e/setup.sh');
  const setup = spawnSync('bash', [path.join(root, 'test', 'e2e', 'setup.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
  if (setup.status !== 0) {
    say(`test/e2e/setup.sh failed${setup.error ? ` (${setup.error.message})` : ''}`);
    return finish(1, '0 passed, 1 failed');
  }
  startHardTimeout();
  if (!existsSync(suite)) {
    say('dist/test/e2e/index.js is missing: run `npm run build` first');
    return finish(1, '0 passed, 1 failed');
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    say('no Chromium found (apt-get install chromium, or set CHROMIUM)');
    return finish(1, '0 passed, 1 failed');
  }
  const { chromium } = await import('playwright-core');

  // A fresh workspace and fresh server/user/extension data for every run.
  scratch = await fs.mkdtemp(path.join(tmpdir(), 'sourced-e2e-'));
  const workspace = path.join(scratch, 'balloons');
  await fs.cp(path.join(root, 'examples', 'balloons'), workspace, { recursive: true });
  const data = path.join(scratch, 'data');
  for (const d of ['server', 'user', 'ext']) mkdirSync(path.join(data, d), { recursive: true });
  // Machine settings of the remote: keep the workbench from looking for extension updates or signing in
  // to AI features (this machine reaches no gallery, and they only add noise and time).
  mkdirSync(path.join(data, 'user', 'Machine'), { recursive: true });
  await fs.writeFile(path.join(data, 'user', 'Machine', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
  }, null, 2));

  // A language model provider for the second opinion's tests (test/e2e/fake-lm), packaged and installed
  // beside Sourced: this server loads one development extension only.
  const fakeLm = path.join(scratch, 'fake-lm.vsix');
  const packed = firstOnly ? { status: 0 } : spawnSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', fakeLm],
    { cwd: path.join(root, 'test', 'e2e', 'fake-lm'), encoding: 'utf8', timeout: 120_000 });
  const fakeInstalled = firstOnly || packed.status === 0 && spawnSync(node24, [serverMain, '--install-extension', fakeLm, '--accept-server-license-terms',
    '--server-data-dir', path.join(data, 'server'), '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext')],
  { encoding: 'utf8', timeout: 120_000, env: { ...process.env, EXTENSIONS_GALLERY: '{}' } }).status === 0;
  if (!fakeInstalled) say(`the fake language model could not be installed (the second opinion's tests will fail): ${packed.stderr ?? ''}`);

  let devPath = root;
  if (vsix) {
    // Install the .vsix the way `code --install-extension` does, into this run's extensions folder.
    if (!existsSync(vsix)) {
      say(`${vsix} does not exist: run \`npm run package\` first`);
      return finish(1, '0 passed, 1 failed');
    }
    const install = spawnSync(node24, [serverMain, '--install-extension', vsix, '--accept-server-license-terms',
      '--server-data-dir', path.join(data, 'server'), '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext')],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
      say(`installing ${path.basename(vsix)} failed:\n${install.stdout}${install.stderr}`);
      return finish(1, '0 passed, 1 failed');
    }
    say(`installed ${path.relative(root, vsix)} into the editor (${elapsed()})`);
    // VS Code runs extension tests only in an extension development host: load an empty stand-in
    // extension as the "development" one, so Sourced itself is the installed copy.
    const host = path.join(scratch, 'test-host');
    mkdirSync(host, { recursive: true });
    await fs.writeFile(path.join(host, 'package.json'), JSON.stringify({ name: 'sourced-e2e-host', publisher: 'sourced', version: '0.0.0', private: true, engines: { vscode: '^1.91.0' } }));
    devPath = host;
  }

  const port = await freePort();
  const shotSignal = path.join(scratch, 'screenshot-taken');
  server = spawn(node24, [serverMain,
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', path.join(data, 'server'), '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'ext')],
  // The suite asks for the screenshot while the draft still shows its diagnostics, then waits for this file.
  // EXTENSIONS_GALLERY={}: no extension marketplace (this machine reaches none; the workbench would keep asking).
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, SOURCED_E2E_SCREENSHOT: shotSignal, EXTENSIONS_GALLERY: '{}', ...(vsix ? { SOURCED_E2E_VSIX: vsix } : {}), ...(firstOnly ? { SOURCED_E2E_FIRST_ONLY: '1' } : {}) } });
  let serverLog = '';
  const keep = (prefix) => (d) => {
    serverLog = (serverLog + d).slice(-20000);
    if (verbose) process.stdout.write(String(d).replace(/^(?=.)/gm, prefix));
  };
  server.stdout.on('data', keep('[server] '));
  server.stderr.on('data', keep('[server!] '));
  server.on('exit', (code, sig) => {
    if (cleaningUp) return;
    say(`the VS Code server exited early (${code ?? sig}); its last output:\n${serverLog}`);
    finish(1, '0 passed, 1 failed');
  });
  const base = `http://127.0.0.1:${port}`;
  await until('the VS Code server to listen', async () => (await fetch(`${base}/version`)).ok, 30_000);
  if (verbose) say(`server up on ${port} after ${elapsed()}`);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let exitCode;
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(); }));
  let summary;
  let suiteStarted = false;
  let shot; // the screenshot in progress or done
  const takeScreenshot = async () => {
    mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: screenshot }).catch((e) => say(`screenshot failed: ${e.message}`));
  };
  let namedShots = Promise.resolve();
  /** What the writer does with the mouse where the extension API has no command. */
  const uiActions = {
    // Tick the file's box in VS Code's refactor preview: every change under it is then ticked.
    // Wait until VS Code's refactor preview shows the draft's row (the suite cannot see the workbench).
    'await-refactor-preview': () => refactorPreviewRow(),
    'tick-refactor-preview': async () => {
      const row = await refactorPreviewRow();
      if (verbose) say(`refactor preview row: ${(await row.innerHTML()).slice(0, 2000)}`);
      await row.locator('[role="checkbox"], input[type="checkbox"], .monaco-checkbox').first().click({ timeout: 5000 });
    },
    // Type the writer's reason into the box "Ignore this finding" shows, and press Enter.
    'answer-ignore-reason': async () => {
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill('Unification ministry figure, confirmed by phone on 3 December');
      await takeNamedScreenshot('ignore-reason');
      await input.press('Enter');
    },
    // Click the first "Open" button of the evidence panel.
    'click-evidence-open': async () => {
      const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await frame.getByRole('button', { name: 'Open', exact: true }).first().click({ timeout: 10000 });
    },
    // Click the first "Cite" button of the evidence panel (a webview: its page is in two nested frames).
    'click-evidence-cite': async () => {
      const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await frame.getByRole('button', { name: 'Cite', exact: true }).first().click({ timeout: 10000 });
    },
    // Drag the edge between the editor and the panel up (or back down) by 260 pixels.
    'taller-panel': () => dragPanelEdge(-260),
    'shorter-panel': () => dragPanelEdge(260),
    // Click the hover's "Open … at para. N" link (the suite has shown the hover).
    'click-hover-open-link': async () => {
      const link = page.locator('.monaco-hover a', { hasText: /^Open / }).first();
      await link.waitFor({ timeout: 10000 });
      await link.click({ timeout: 5000 });
    },
  };
  /** The refactor preview's row for the draft. A preview still open from before makes VS Code ask whether to
   *  discard it ("Another refactoring is being previewed"): the writer would press Continue. */
  async function refactorPreviewRow() {
    const row = page.locator('.part.panel .monaco-list-row', { hasText: /\.md$/ }).first();
    const dialogContinue = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Continue$/ }).first();
    const deadline = Date.now() + 40000;
    while (Date.now() < deadline) {
      if (await dialogContinue.isVisible().catch(() => false)) await dialogContinue.click({ timeout: 5000 }).catch(() => {});
      if (await row.isVisible().catch(() => false)) return row;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the refactor preview showed no row for the draft within 40 s');
  }
  async function dragPanelEdge(dy) {
    const box = await page.locator('.part.panel').first().boundingBox();
    if (!box) throw new Error('no panel');
    const x = box.x + box.width / 2;
    await page.mouse.move(x, box.y - 1);
    await page.mouse.down();
    await page.mouse.move(x, box.y - 1 + dy / 2);
    await page.mouse.move(x, box.y - 1 + dy);
    await page.mouse.up();
  }
  const takeNamedScreenshot = async (name) => {
    const file = path.join(root, 'test-artifacts', `e2e-${name}${vsix ? '-vsix' : ''}.png`);
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file }).catch((e) => say(`screenshot ${name} failed: ${e.message}`));
  };
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (text.startsWith('sourced e2e:')) {
      suiteStarted = true;
      say(`suite started (${elapsed()})`);
    }
    recent.push(text.split('\n')[0].slice(0, 300));
    if (recent.length > 40) recent.shift();
    for (const l of text.split('\n')) {
      if (/^\d+ passed, \d+ failed$/.test(l.trim())) summary = l.trim();
      // "screenshot please: <name> <signal>": a named view of the editor during the suite, kept as e2e-<name>.png;
      // "screenshot please: <signal>": the final one, of the draft with its findings.
      // "ui please: <action> <signal>": a click the suite cannot make through the API (see uiActions).
      const ui = /^ui please: ([\w-]+) (.+)$/.exec(l);
      // The signal file says whether the click was made: empty, or "failed" (the suite may try again).
      if (ui) namedShots = namedShots.then(() => uiActions[ui[1]]?.()).then(() => '', (e) => (say(`ui action ${ui[1]} failed: ${e.message}`), 'failed')).then((outcome) => fs.writeFile(ui[2], outcome));
      const named = /^screenshot please: ([\w-]+) (.+)$/.exec(l);
      if (named) namedShots = namedShots.then(() => takeNamedScreenshot(named[1])).then(() => fs.writeFile(named[2], ''));
      else if (l.startsWith('screenshot please: ') && !shot) shot = takeScreenshot().then(() => fs.writeFile(shotSignal, ''));
    }
    // The suite's lines; the workbench's own chatter (its start-up, "[Component] ..." lines) only with E2E_VERBOSE.
    if (verbose || (suiteStarted && !/^\[[\w .:-]+\] /.test(text))) console.log(text);
  });
  if (verbose) page.on('console', (m) => console.log(`[page] ${m.text()}`));
  page.on('pageerror', (e) => verbose && console.log(`[page error] ${e.message}`));
  page.on('crash', () => {
    say('the browser page crashed');
    finish(1, '0 passed, 1 failed');
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [
    // With --vsix the extension is the installed one (beside a stand-in development extension).
    ['extensionDevelopmentPath', remote(devPath)],
    ['extensionTestsPath', remote(suite)],
    ['skipWelcome', 'true'],
    // The draft open from the start, as a writer finds it on reopening the folder: what the first
    // feedback (activation → first diagnostics of an open draft) is measured on.
    ['openFile', remote(path.join(workspace, 'draft.md'))],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  say(`editor loading (${elapsed()})`);
  await exited;

  if (!shot) shot = takeScreenshot(); // the suite ended before asking: keep what the page shows
  await shot;
  say(`done in ${elapsed()}; screenshot: ${path.relative(root, screenshot)}; suite exit code ${exitCode}`);
  clearTimeout(hardTimeout);
  const reportShot = firstOnly || (await reportScreenshot(chromiumPath));
  const ok = exitCode === 0 && summary && /^\d+ passed, 0 failed$/.test(summary) && reportShot;
  if (!ok && !suiteStarted) showRecent();
  const line = (summary ?? '0 passed, 1 failed').replace(/(\d+) failed$/, (_, n) => `${Number(n) + (reportShot ? 0 : 1)} failed`);
  return finish(ok ? 0 : 1, line);
}

/**
 * The fact-check report of the example as a person sees it (test/e2e/report-screenshot.ts writes
 * test-artifacts/report.png, .html and .md): part of every run, so the picture in the README is one
 * the tests made. It fails the run when it cannot be made.
 */
async function reportScreenshot(chromiumPath) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'e2e', 'report-screenshot.ts')], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CHROMIUM: chromiumPath } });
  if (r.status === 0) say(r.stdout.trim());
  else say(`the report screenshot failed: ${r.error?.message ?? ''}${r.stdout}${r.stderr}`);
  return r.status === 0;
}

main().catch((e) => {
  say(`runner error: ${e?.stack ?? e}`);
  return finish(1, '0 passed, 1 failed');
});
