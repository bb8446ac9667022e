import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readSourceFile } from '../../../server/src/core/sources/readSource';

const read = async (name: string, html: string | Uint8Array) => {
  const out = await readSourceFile({ uri: `file:///w/sources/${name}`, name, bytes: typeof html === 'string' ? new TextEncoder().encode(html) : html });
  assert.ok('source' in out, JSON.stringify(out));
  return out.source;
};
const paragraphs = (s: { text: string; paragraphs: ReadonlyArray<{ start: number; end: number }> }) => s.paragraphs.map((p) => s.text.slice(p.start, p.end));

describe('HTML reader on a saved news page', () => {
  const page = new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/formats/saved-news-page.html')));

  it('keeps the article body and nothing of the cookie banners, menus, share bars, ads, sign-ups or teasers', async () => {
    const s = await read('balloons.html', page);
    assert.deepEqual(paragraphs(s), [
      'A defector-led group said on Wednesday that it would send 200,000 leaflets and 5,000 USB drives into North Korea by balloon, defying calls from border residents to stop.',
      'Park Sang-hak, who fled the North in 1998, told reporters the launch would take place around June 6, South Korea’s Memorial Day. North Korea has answered earlier launches with balloons carrying trash, and residents of Paju say they fear a military response.',
      'The Constitutional Court struck down a ban on such launches in September 2023, ruling that it restricted freedom of expression too much.',
      'Police said they would not block the launch but would monitor the weather, because strong winds can carry the balloons back south.',
    ]);
  });

  it('reads the metadata from the head', async () => {
    const s = await read('balloons.html', page);
    assert.equal(s.title, 'Activists vow more balloon launches despite court fight');
    assert.equal(s.metadata.author, 'Min-ji Lee');
    assert.equal(s.metadata.date, '2024-06-05T08:30:00+09:00');
    assert.equal(s.metadata.url, 'https://news.example.org/2024/06/05/balloons');
  });

  it('points each paragraph at its place in the file', async () => {
    const s = await read('balloons.html', page);
    const html = new TextDecoder().decode(page).split('\n');
    const p = s.paragraphs[2];
    assert.match(html[p.fileRange.start.line], /The Constitutional Court struck down/);
  });
});

describe('HTML reader without article markup', () => {
  it('reads the body, dropping link lists, chrome words and cookie notices found by their text', async () => {
    const s = await read(
      'plain.html',
      `<html><body>
        <div><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></div>
        <div>We use cookies to improve your experience. <a href="#">Accept</a></div>
        <h1>Town council minutes</h1>
        <p>The council voted 5 to 2 to repair the harbour wall, at a cost of <a href="/budget">1.2 million euros</a>.</p>
        <p>Read more</p>
        <p>Work starts in March.</p>
      </body></html>`,
    );
    // The headline is the title, not a paragraph.
    assert.deepEqual(paragraphs(s), ['The council voted 5 to 2 to repair the harbour wall, at a cost of 1.2 million euros.', 'Work starts in March.']);
    assert.equal(s.title, 'Town council minutes');
  });

  it('picks the longest of several <article> elements, not the teaser cards', async () => {
    const long = 'The harbour wall was built in 1887 and has been repaired four times since, most recently after the storm of 2019. '.repeat(3);
    const s = await read(
      'cards.html',
      `<html><body>
        <article class="card"><h3>Other story</h3><p>A teaser of another story.</p></article>
        <article><h1>The harbour wall</h1><p>${long}</p></article>
        <article class="card"><h3>Third story</h3><p>Another teaser.</p></article>
      </body></html>`,
    );
    assert.deepEqual(paragraphs(s), [long.trim()]);
  });
});

describe('HTML paragraphs are the paragraphs a reader counts', () => {
  it('leaves out the headline, byline and crossheads, reads image captions after the text, and fills in the title, author and date', async () => {
    const s = await read(
      'port.html',
      `<html><head><meta charset="utf-8"></head><body><article>
        <h1>Calder Bay dredges its harbour</h1>
        <p class="byline">By Ines Halvorsen · 3 March 2021</p>
        <figure><img src="dredger.jpg" alt=""><figcaption>The dredger at work in the harbour. Photo: Port authority</figcaption></figure>
        <p>The port authority of Calder Bay approved a plan to dredge the harbour in March 2021.</p>
        <p>The works cost 3.2 million euros and took eleven weeks.</p>
        <h2>What comes next</h2>
        <p>The mayor said ferries would dock at low tide from the summer.</p>
        <p><span class="credit">Additional reporting by Erik Lund</span></p>
        <p>Residents welcomed the plan.</p>
      </article></body></html>`,
    );
    assert.deepEqual(paragraphs(s), [
      'The port authority of Calder Bay approved a plan to dredge the harbour in March 2021.',
      'The works cost 3.2 million euros and took eleven weeks.',
      'The mayor said ferries would dock at low tide from the summer.',
      'Residents welcomed the plan.',
      // A caption's facts are found, numbered after the text's paragraphs so the count a reader makes holds.
      'The dredger at work in the harbour. Photo: Port authority',
    ]);
    assert.equal(s.title, 'Calder Bay dredges its harbour');
    assert.equal(s.metadata.author, 'Ines Halvorsen');
    assert.equal(s.metadata.date, '3 March 2021');
  });

  it('a standfirst under the headline is read after the text, like a caption, so para. 1 is the first body paragraph', async () => {
    const s = await read(
      'quay.html',
      `<html><body><article>
        <p class="kicker">Business | Saltmere</p>
        <h1>Contractors count the cost of the quay collapse</h1>
        <p class="standfirst">Piling and pontoon firms owed hundreds of thousands after the developer enters administration</p>
        <p class="byline">By Owen Pascoe</p>
        <div class="story-body">
          <p>Small firms that built the first phase of the marina say they face lay-offs.</p>
          <p>Tremayne Piling says it is owed £412,000 for steel piling work.</p>
        </div>
      </article></body></html>`,
    );
    assert.deepEqual(paragraphs(s), [
      'Small firms that built the first phase of the marina say they face lay-offs.',
      'Tremayne Piling says it is owed £412,000 for steel piling work.',
      'Piling and pontoon firms owed hundreds of thousands after the developer enters administration',
    ]);
  });

  it('a byline by its words alone ("By …") is not a paragraph either', async () => {
    const s = await read('plain.html', '<html><body><div>By Jane Roe</div><p>The council approved the budget on Monday.</p><p>It takes effect in May.</p></body></html>');
    assert.deepEqual(paragraphs(s), ['The council approved the budget on Monday.', 'It takes effect in May.']);
    assert.equal(s.metadata.author, 'Jane Roe');
  });
});

describe('HTML tables', () => {
  it('a table of data is one paragraph of rows under its header, each row one record; a layout table is read as blocks', async () => {
    const s = await read(
      'log.html',
      '<html><body><p>The radio log of the night.</p><table><thead><tr><th>Time</th><th>From</th><th>Entry</th></tr></thead><tbody><tr><td>2347</td><td>Saltmarsh Star</td><td>We have been in collision. Checking passengers.</td></tr><tr><td>2348</td><td>Grace Annie</td><td>MAYDAY. Man overboard.</td></tr></tbody></table><p>End of extract.</p></body></html>',
    );
    assert.deepEqual(paragraphs(s), ['The radio log of the night.', '| Time | From | Entry |\n| --- | --- | --- |\n| 2347 | Saltmarsh Star | We have been in collision. Checking passengers. |\n| 2348 | Grace Annie | MAYDAY. Man overboard. |', 'End of extract.']);
    // One sentence, whatever stops its cells hold (read a row at a time with the header).
    assert.equal(s.paragraphs[1].sentences.length, 1);
    const layout = await read('layout.html', '<html><body><table><tr><td><p>The council met on Monday.</p><p>It approved the budget.</p></td><td><a href="/">Home</a></td></tr></table></body></html>');
    assert.deepEqual(paragraphs(layout), ['The council met on Monday.', 'It approved the budget.']);
  });

  it('a long table is read in blocks of rows, each under its header again; merged cells make a layout table; a line break parts words', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>${1000 + i}</td><td>Coastguard station ${i}</td><td>Routine radio check completed with no traffic to report.</td></tr>`).join('');
    const long = await read('log.html', `<html><body><table><tr><th>Time</th><th>From</th><th>Entry</th></tr>${rows}</table></body></html>`);
    const blocks = paragraphs(long);
    assert.ok(blocks.length > 1, 'split');
    for (const b of blocks) {
      assert.match(b, /^\| Time \| From \| Entry \|\n\| --- \| --- \| --- \|\n\| \d{4} \|/);
      assert.ok(b.length <= 4600, String(b.length));
    }
    const merged = await read('merged.html', '<html><body><table><tr><th>Time</th><th>Vessel</th><th>Message</th></tr><tr><td rowspan="2">2347</td><td>Star</td><td>Collision.</td></tr><tr><td>Grace Annie</td><td>MAYDAY.</td></tr></table></body></html>');
    assert.ok(!paragraphs(merged).some((p) => p.startsWith('|')), paragraphs(merged).join(' / '));
    const br = await read('br.html', '<html><body><table><tr><th>From</th><th>Entry</th></tr><tr><td>Ferry<br/>Kestrel</td><td>Collision reported.<br>Crew of 3</td></tr></table></body></html>');
    assert.match(paragraphs(br)[0], /\| Ferry Kestrel \| Collision reported\. Crew of 3 \|/);
  });
});
