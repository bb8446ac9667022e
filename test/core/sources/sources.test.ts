import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSourcedService, type Source } from '../../../server/src/core';
import type { SourceMetadata } from '../../../server/src/core/sources/model';
import { readSourceFile } from '../../../server/src/core/sources/readSource';
import { doc, lines, makeService, sourceUri, TOWN_SOURCES } from '../util';

const encode = (s: string) => new TextEncoder().encode(s);

async function read(name: string, content: string | Uint8Array): Promise<Source> {
  const outcome = await readSourceFile({ uri: sourceUri(name), name, bytes: typeof content === 'string' ? encode(content) : content });
  assert.ok('source' in outcome, `${name} should be readable: ${'problem' in outcome ? outcome.problem.reason : ''}`);
  return outcome.source;
}

interface ExpectedSource {
  readonly key?: string;
  readonly title?: string;
  readonly metadata?: SourceMetadata;
  /** Each paragraph's text, in order: paragraph n is paragraphs[n - 1]. */
  readonly paragraphs: readonly string[];
}

/** The fields that have a value. */
function defined(m: SourceMetadata): Record<string, string> {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** Reads one file and compares its key, title, metadata and numbered paragraphs (with their file lines). */
async function check(name: string, content: string, expected: ExpectedSource): Promise<Source> {
  const source = await read(name, content);
  if (expected.key !== undefined) assert.equal(source.key, expected.key);
  if (expected.title !== undefined) assert.equal(source.title, expected.title);
  if (expected.metadata !== undefined) assert.deepEqual(defined(source.metadata), defined(expected.metadata));
  assert.deepEqual(
    source.paragraphs.map((p) => source.text.slice(p.start, p.end)),
    expected.paragraphs,
  );
  assert.deepEqual(
    source.paragraphs.map((p) => p.n),
    expected.paragraphs.map((_, i) => i + 1),
  );
  // Plain text and Markdown keep the file's text: each paragraph's file range covers exactly its text.
  if (!name.endsWith('.html')) {
    const fileLines = content.split(/\r?\n/);
    for (const p of source.paragraphs) {
      const first = fileLines[p.fileRange.start.line].slice(p.fileRange.start.character).trimEnd();
      assert.ok(source.text.slice(p.start, p.end).startsWith(first.slice(0, 20)), `paragraph ${p.n} starts on line ${p.fileRange.start.line}`);
    }
  }
  return source;
}

describe('plain text paragraphs', () => {
  test('a question headline under a masthead and its date line opens para. 1 and is the title; a long Markdown heading opens the paragraph under it', async () => {
    const courier = await read('courier.txt', lines('HARROWDALE COURIER', '13 March 2025', '', 'Brindle Cross school: what happens now?', '', 'By Sunita Varma', '', 'The decision by the cabinet on Tuesday is not the end of the story.', '', 'The statutory notice is due to be published on 24 March.'));
    assert.equal(courier.title, 'Brindle Cross school: what happens now?');
    assert.equal(courier.metadata.author, 'Sunita Varma');
    assert.equal(courier.paragraphs.length, 2);
    assert.match(courier.text.slice(courier.paragraphs[1].start, courier.paragraphs[1].end), /^The statutory notice/);
    const minutes = await read('minutes.md', lines('# Minutes of the Cabinet', '', '## Item 3: Minutes of the previous meeting', '', 'The minutes were approved.', '', '## Item 4: Proposal to close Brindle Cross Church of England Primary School and merge it with Oakhollow Primary School', '', 'Dr Tallis presented the consultation report.', '', 'RESOLVED: that a statutory notice be published.'));
    const paras = minutes.paragraphs.map((p) => minutes.text.slice(p.start, p.end));
    assert.equal(paras.length, 3, paras.join('\n--\n'));
    assert.match(paras[1], /^## Item 4: .*\n\nDr Tallis presented/s);
  });

  test('a transcript\'s first question under its heading is a turn, not a headline: it is a paragraph of its own', async () => {
    const t = await read('interview.txt', lines('INTERVIEW TRANSCRIPT', 'Subject: Sean Mackie, head coach', 'Interviewer: Claire Dunmore (CD)', '', 'CD: How is the club managing without the pool?', '', 'SM: We are training in the dark. We have six hours a week now.', '', 'CD: And the younger swimmers?', '', 'SM: They have lost their lessons.'));
    const paras = t.paragraphs.map((p) => t.text.slice(p.start, p.end));
    assert.ok(paras.some((p) => /^SM: We are training/.test(p)), paras.join('\n--\n'));
    assert.notEqual(t.title, 'CD: How is the club managing without the pool?');
  });

  test('blank lines separate paragraphs; the first short line is the title, and opens paragraph 1 instead of counting', async () => {
    // A file name's underscore stays in its key, as Pandoc allows and as the writer sees the name.
    await check('ro_report.txt', 'The returning officer declared the result.\n', { key: 'ro_report', paragraphs: ['The returning officer declared the result.'] });
    // One standing alone between words is a separator, as a browser saves "News | Story" as "News _ Story".
    await check('Coastline News _ Beach closed.txt', 'The beach was closed.\n', { key: 'coastline-news-beach-closed', paragraphs: ['The beach was closed.'] });
    await check('Harbor Report.txt', 'Harbor Report\n\nThe council approved the wall.\n\n\n  The mayor spoke.  \n', {
      key: 'harbor-report',
      title: 'Harbor Report',
      paragraphs: ['Harbor Report\n\nThe council approved the wall.', 'The mayor spoke.'],
    });
  });

  test('a headline, date line and byline are no paragraphs of their own: para. 1 is the first of the text, as a reader counts', async () => {
    const src = await check('strike.txt', 'Port strike ends\n\nSaturday, 16 March 2024\n\nBy Jane Okoro\n\nDockworkers returned to work on Saturday.\n\nThe deal gives them a raise.\n', {
      title: 'Port strike ends',
      paragraphs: ['Port strike ends\n\nSaturday, 16 March 2024\n\nBy Jane Okoro\n\nDockworkers returned to work on Saturday.', 'The deal gives them a raise.'],
    });
    assert.equal(src.metadata.date, 'Saturday, 16 March 2024');
    assert.equal(src.metadata.author, 'Jane Okoro');
    // The same header on lines of one block, with a credit line instead of a byline.
    await check('petition.txt', 'Okafor launches court challenge\nWednesday, 27 March 2024\nRBH News, Regional Broadcasting Harlow\n\nOkafor has lodged a petition with the court.\n\nThe judge set a hearing for 9 April.\n', {
      title: 'Okafor launches court challenge',
      paragraphs: ['Okafor launches court challenge\nWednesday, 27 March 2024\nRBH News, Regional Broadcasting Harlow\n\nOkafor has lodged a petition with the court.', 'The judge set a hearing for 9 April.'],
    });
    // Each line of the header is a sentence of its own: the date line is not read as part of the headline.
    const petition = await read('petition2.txt', 'Okafor launches court challenge\nWednesday, 27 March 2024\nRBH News\n\nOkafor has lodged a petition. The judge set a hearing.\n');
    const sentences = petition.paragraphs[0].sentences.map((x) => petition.text.slice(x.start, x.end));
    assert.deepEqual(sentences, ['Okafor launches court challenge', 'Wednesday, 27 March 2024', 'RBH News', 'Okafor has lodged a petition.', 'The judge set a hearing.']);
    // A masthead with the date above the headline, and a bare byline under it.
    const courier = await read('courier.txt', "Branmouth Courier — Friday 17 May 2024\nNEWS | EDUCATION\n\n'Not consistent with honest error': panel finds misconduct\n\nNadia Forsythe\n\nAn independent panel has found research misconduct.\n\nThe panel was led by Professor Helen Marchetti.\n");
    assert.equal(courier.paragraphs.length, 2);
    assert.match(courier.text.slice(courier.paragraphs[0].start, courier.paragraphs[0].end), /An independent panel has found research misconduct\.$/);
    assert.equal(courier.title, "'Not consistent with honest error': panel finds misconduct");
    // A headline of thirteen words under a masthead in capitals.
    const gazette = await read('gazette.txt', lines('THE ELLSMERE GAZETTE', 'Monday 11 March 2024', '', 'Gold torc and ancient coins stolen in overnight raid on Carrow Hill Museum', '', 'By Daniel Frost, Crime Reporter', '', 'A gold neck ring was stolen.', '', 'The theft was discovered on Sunday.'));
    assert.equal(gazette.paragraphs.length, 2);
    assert.equal(gazette.title, 'Gold torc and ancient coins stolen in overnight raid on Carrow Hill Museum');
    // A first line that reads as a sentence is no headline: every paragraph counts.
    await check('notes.txt', 'The council met on Monday.\n\nIt approved the wall.\n', { paragraphs: ['The council met on Monday.', 'It approved the wall.'] });
  });

  test('a Markdown page\'s head (masthead, section label, headline, standfirst, byline with its date, a rule) opens para. 1', async () => {
    const page = await read('courier.md', lines('# The Fenmoor Courier', '', '**News › Fenmoor › Business**', '', '## Night market cancelled as traders count losses', '', '*Organisers promise full refunds*', '', 'By **Asha Bell**, Local Democracy Reporter — Wednesday 4 June 2025', '', '---', '', 'FENMOOR — The night market has been cancelled.', '', 'Traders had paid £150 each.'));
    assert.equal(page.paragraphs.length, 2);
    assert.match(page.text.slice(page.paragraphs[0].start, page.paragraphs[0].end), /The night market has been cancelled\.$/);
    assert.equal(page.title, 'Night market cancelled as traders count losses');
    assert.equal(page.metadata.author, 'Asha Bell, Local Democracy Reporter');
    assert.equal(page.metadata.date, 'Wednesday 4 June 2025');
    // (A masthead over its motto in one block, the motto's stops and all, is head too.)
    const gazette = await read('gazette.md', lines('# THE ELMFORD GAZETTE', '### Your town. Your news. Since 1902.', '', '---', '', '## Fun run cancelled after sponsor pulls out', '', '**By Kit Ames, Community Reporter**', '', '*ELMFORD, Monday 8 September 2025*', '', 'The Elmford Fun Run has been cancelled.', '', 'About 900 runners had entered.'));
    assert.equal(gazette.paragraphs.length, 2);
    assert.match(gazette.text.slice(gazette.paragraphs[0].start, gazette.paragraphs[0].end), /The Elmford Fun Run has been cancelled\.$/);
    // (A heading over a first paragraph of the text that gives a date is no page head beyond the heading.)
    const notes = await read('notes.md', lines('# Riverwatch', '', 'Forty-one of the 270 spills recorded in 2024 happened on dry days.', '', 'The outfall spilled 22 times.'));
    assert.equal(notes.paragraphs.length, 2);
  });

  test('crossheads open the paragraph after them, and a byline after the first paragraph closes it: neither counts', async () => {
    const src = await read(
      'report.txt',
      lines('REPORT OF THE PANEL', 'Executive Summary — May 2024', '', '1.1 The Panel was convened in January.', '', '2. Method', '', '2.1 The Panel examined 212 images.', '', 'Reaction from the council', '', 'The council welcomed the report.', '', 'By Oliver Thwaite', '', 'The university said it would appeal.'),
    );
    assert.deepEqual(
      src.paragraphs.map((p) => src.text.slice(p.start, p.end).replace(/\n+/g, ' / ')),
      ['REPORT OF THE PANEL / Executive Summary — May 2024 / 1.1 The Panel was convened in January.', '2. Method / 2.1 The Panel examined 212 images.', 'Reaction from the council / The council welcomed the report. / By Oliver Thwaite', 'The university said it would appeal.'],
    );
    // A crosshead is a sentence of its own.
    assert.equal(src.text.slice(src.paragraphs[1].sentences[0].start, src.paragraphs[1].sentences[0].end), '2. Method');
  });

  test('a table is one paragraph, however wide its rows, and a crosshead above it opens it', async () => {
    const wide = '| Thornhollow Lane combined sewer overflow, upstream of the weir | 20 | 19 June 2024 | 1,412 hours of discharge |';
    const src = await read(
      'notice.md',
      lines('# Enforcement notice', '', '## 1. Summary', '', 'The company breached four permits.', '', '## 2. Spills by overflow', '', '| Overflow | Spills | First breach | Duration |', '|---|---|---|---|', wide, '| Ferrow Reach outfall, below the bridge at Millbridge Quay | 22 | 7 August 2024 | 312 hours |', '', 'The notice takes effect at once.'),
    );
    const paragraphs = src.paragraphs.map((p) => src.text.slice(p.start, p.end));
    assert.equal(paragraphs.length, 3, paragraphs.join(' // '));
    assert.ok(paragraphs[1].startsWith('## 2. Spills by overflow\n\n| Overflow |') && paragraphs[1].includes(wide), paragraphs[1]);
    assert.equal(paragraphs[2], 'The notice takes effect at once.');
  });

  test('a report, transcript or letter: labelled lines, a subtitle, an address and a salutation open paragraph 1', async () => {
    const paras = (src: Awaited<ReturnType<typeof read>>) => src.paragraphs.map((p) => src.text.slice(p.start, p.end).replace(/\n+/g, ' / '));
    const interview = await read(
      'interview.txt',
      lines('Valley Radio: The Morning Briefing', 'Transcript of interview with Dr Samuel Okafor, consultant obstetrician', 'Broadcast: Tuesday 19 March 2024', '', 'PRESENTER: How do you feel about the decision?', '', 'OKAFOR: Sad, honestly.'),
    );
    assert.deepEqual(paras(interview), ['Valley Radio: The Morning Briefing / Transcript of interview with Dr Samuel Okafor, consultant obstetrician / Broadcast: Tuesday 19 March 2024 / PRESENTER: How do you feel about the decision?', 'OKAFOR: Sad, honestly.']);
    assert.equal(interview.title, 'Valley Radio: The Morning Briefing');
    const report = await read('inspection.md', lines('# Healthcare Quality Inspectorate', '', '## Inspection report: Maternity services', '', 'Provider: Westbrook Valley Trust', '', 'Inspection dates: 10 to 12 October 2023', '', '## 1. Summary', '', '1.1 We inspected the unit.', '', '1.2 We rated it inadequate.'));
    assert.deepEqual(paras(report).slice(1), ['1.2 We rated it inadequate.']);
    assert.match(paras(report)[0], /1\.1 We inspected the unit\.$/);
    assert.equal(report.title, 'Healthcare Quality Inspectorate');
    const letter = await read('objection.txt', lines('Wenlow Meadows Wildlife Group', 'c/o 14 Cinder Lane, Castlebrook', '24 February 2025', '', 'To: Head of Planning, Castlebrook Borough Council', 'Re: Application 24/0917/FUL', '', 'Dear Mr Theobald,', '', 'We write to object to the application.', '', 'Great crested newts are present in two ponds.'));
    assert.deepEqual(paras(letter).slice(1), ['Great crested newts are present in two ponds.']);
    assert.match(paras(letter)[0], /Dear Mr Theobald, \/ We write to object/);
    assert.equal(letter.metadata.date, '24 February 2025');
    // Short lines with no stop and nothing that reads as text under them: no header, every line counts.
    const agenda = await read('agenda.txt', lines('Agenda', '', 'Apologies for absence', '', 'Minutes of the last meeting', '', 'Planning applications'));
    assert.deepEqual(paras(agenda), ['Agenda / Apologies for absence', 'Minutes of the last meeting', 'Planning applications']);
  });

  test('a list, a question with its answers, a table under the line that introduces it: one paragraph each', async () => {
    const paras = (src: Awaited<ReturnType<typeof read>>) => src.paragraphs.map((p) => src.text.slice(p.start, p.end).replace(/\n+/g, ' / '));
    const survey = await read('survey.md', lines('We surveyed 412 families.', '', '- 78% opposed the move.', '- 41% had no car.', '', 'Most respondents would use a birth centre.'));
    assert.deepEqual(paras(survey), ['We surveyed 412 families.', '- 78% opposed the move. / - 41% had no car.', 'Most respondents would use a birth centre.']);
    const ballot = await read('ballot.txt', lines('Of 4,380 members, 3,197 voted.', '', 'Question 3: Should the trust seek a golden share?', 'Yes: 2,941 (92%)', 'No: 256 (8%)', '', 'The board will use the result.'));
    assert.deepEqual(paras(ballot), ['Of 4,380 members, 3,197 voted.', 'Question 3: Should the trust seek a golden share? / Yes: 2,941 (92%) / No: 256 (8%)', 'The board will use the result.']);
    // Each answer is a sentence of its own.
    assert.deepEqual(ballot.paragraphs[1].sentences.map((x) => ballot.text.slice(x.start, x.end)), ['Question 3: Should the trust seek a golden share?', 'Yes: 2,941 (92%)', 'No: 256 (8%)']);
    const proposal = await read('proposal.md', lines('2.1 The site is 14.2 hectares.', '', '## 3. The proposal', '', '3.1 The main features are in the table below.', '| Feature | Figure |', '|---|---|', '| Seats | 24,500 |', '', '3.2 The cost is £186m.'));
    assert.deepEqual(paras(proposal), ['2.1 The site is 14.2 hectares.', '## 3. The proposal / 3.1 The main features are in the table below. / | Feature | Figure | / |---|---| / | Seats | 24,500 |', '3.2 The cost is £186m.']);
    // In a file of two blocks, lines are paragraphs of their own (a title over one paragraph per line).
    const turns = await read('turns.txt', lines('The hearing opened at ten.', '', 'CHAIR: Please begin.', 'WITNESS: I saw the car at nine.', 'CHAIR: Thank you.'));
    assert.equal(turns.paragraphs.length, 4);
  });

  test('minutes, a hearing and a letter as their readers count them: attendance, a heading over its text, a question with its answer, a salutation', async () => {
    const paras = (src: Awaited<ReturnType<typeof read>>) => src.paragraphs.map((p) => src.text.slice(p.start, p.end).replace(/\n+/g, ' / '));
    const minutes = await read(
      'minutes.txt',
      lines('BRACKWELL CITY COUNCIL', 'EMERGENCY RESOURCES COMMITTEE', 'Minutes of the meeting held on Thursday 13 March 2025', '', 'Present: Councillors Priya Lamont (Chair), Owen Pritchard, Farah Siddiqui.', 'Officers: Helen Marsh (Chief Executive).', '', 'ITEM 1 – APOLOGIES', 'There were no apologies.', '', 'ITEM 2 – MOTIONS', 'Motion E: That the council pay £250 to each employee. LOST (For 3, Against 6).'),
    );
    assert.equal(minutes.paragraphs.length, 2, paras(minutes).join(' // '));
    assert.match(paras(minutes)[0], /Officers: Helen Marsh \(Chief Executive\)\. \/ ITEM 1 – APOLOGIES \/ There were no apologies\.$/);
    assert.equal(paras(minutes)[1], 'ITEM 2 – MOTIONS / Motion E: That the council pay £250 to each employee. LOST (For 3, Against 6).');
    const hearing = await read(
      'hearing.txt',
      lines('HOUSE OF DELEGATES: CULTURE COMMITTEE', 'Oral evidence: The return of cultural objects', 'Tuesday 2 April 2024', '', 'Members present: Robert Ainsley (Chair); Fiona Grady.', 'Witnesses: Agnes Holloway, Minister for Culture.', '', 'Q1 Chair: Did the Government put pressure on the trustees?', 'Agnes Holloway: No. Neither I nor my officials sought to influence the board.', '', 'Q2 Chair: But you welcomed it?', 'Agnes Holloway: I did.'),
    );
    assert.equal(hearing.paragraphs.length, 2, paras(hearing).join(' // '));
    assert.match(paras(hearing)[1], /^Q2 Chair: But you welcomed it\? \/ Agnes Holloway: I did\.$/);
    // Each turn is a sentence of its own.
    assert.deepEqual(hearing.paragraphs[1].sentences.map((x) => hearing.text.slice(x.start, x.end)), ['Q2 Chair: But you welcomed it?', 'Agnes Holloway: I did.']);
    const letter = await read(
      'letter.txt',
      lines('Brackwell City Council', 'Guildhall, Market Street, Brackwell BR1 1AA', '', '10 March 2025', '', 'Re: Security incident at Ledgerline Payroll Services', '', 'Dear colleague,', '', 'I am writing to tell you that your data was exposed.', '', 'A helpline is open from 8am to 8pm.', '', 'Yours sincerely,', '', 'Helen Marsh', 'Chief Executive'),
    );
    assert.match(paras(letter)[0], /Dear colleague, \/ I am writing to tell you/);
    assert.equal(paras(letter)[1], 'A helpline is open from 8am to 8pm.');
    assert.equal(letter.title, 'Security incident at Ledgerline Payroll Services');
    assert.equal(letter.metadata.author, 'Helen Marsh');
    assert.equal(letter.metadata.date, '10 March 2025');
    // A resolution with its vote on the line under it is one paragraph; a press release's "ENDS" is none.
    const cabinet = await read(
      'cabinet.txt',
      lines('WESTMERE COUNTY COUNCIL', 'CABINET - MINUTES', 'Date: Thursday 1 May 2025, 10.00am', 'Venue: Council Chamber, County Hall, Dunmere', '', 'Item 4 - Emergency placements', 'The Director presented her report on the residents who remained at the home.', '', 'RESOLVED: That £1.2 million be released from the contingency reserve to fund emergency placements for residents.', 'Vote: For 7; Against 2. CARRIED.', '', 'Item 5 - Interim operation', 'Cllr Dhillon withdrew her proposal.', '', 'ENDS', '', 'Notes to editors: the council runs 12 homes.'),
    );
    assert.deepEqual(paras(cabinet).slice(1), ['RESOLVED: That £1.2 million be released from the contingency reserve to fund emergency placements for residents. / Vote: For 7; Against 2. CARRIED.', 'Item 5 - Interim operation / Cllr Dhillon withdrew her proposal. / ENDS', 'Notes to editors: the council runs 12 homes.']);
    assert.doesNotMatch(cabinet.title, /Venue/);
    // A resolution's label opens its block, whatever follows; "To …," is a salutation.
    const creditors = await read('creditors.txt', lines('Minutes of the meeting of creditors', '', 'Present: 31 creditors.', '', 'Resolution 3: That the remuneration be fixed on a time-cost basis, as the administrators proposed at length.', 'Following questions from creditors about the estimated costs, the chair proposed that the resolution be DEFERRED.', '', 'Resolution 4: That proceedings be issued against the former auditors of the company immediately.', 'Before the vote, Northgate Ventures WITHDREW the resolution after the chair explained the position.'));
    assert.equal(creditors.paragraphs.length, 2, paras(creditors).join(' // '));
    const statement = await read('statement.txt', lines('Statement from Tamsin Arkwright', '', 'Issued: 4 April 2025', '', "To Quillstone's former colleagues, investors and customers,", '', 'I founded Quillstone in 2019.', '', 'The payments to Tarn Advisory were for real work.'));
    assert.equal(paras(statement)[1], 'The payments to Tarn Advisory were for real work.');
  });

  test('a plain-text table, its columns lined up with spaces or tabs, is read as a Markdown table: one paragraph, each row with its header, found in the file where it is', async () => {
    const file = lines(
      'Flood defence review',
      '',
      '1. The estimates for each site are below.',
      '',
      '    Site            Original       Revised',
      '                    estimate (£m)  estimate (£m)',
      '    ----------      -------------  -------------',
      '    North Quay                1.2            1.8',
      '    South Wall                0.9            2.1',
      '',
      '2. Work on the North Quay will start in April.',
    );
    const src = await read('review.txt', file);
    const paragraphs = src.paragraphs.map((p) => src.text.slice(p.start, p.end));
    assert.deepEqual(paragraphs.slice(1), ['| Site | Original estimate (£m) | Revised estimate (£m) |\n| --- | --- | --- |\n| North Quay | 1.2 | 1.8 |\n| South Wall | 0.9 | 2.1 |', '2. Work on the North Quay will start in April.']);
    // Where the paragraphs are in the file as written: the table's lines, and the line after it.
    assert.deepEqual([src.paragraphs[1].fileRange.start.line, src.paragraphs[1].fileRange.end.line], [4, 8]);
    assert.deepEqual(src.paragraphs[2].fileRange, { start: { line: 10, character: 0 }, end: { line: 10, character: 46 } });
    const tabs = await read('notes.md', lines('# Notes', '', 'Costs so far:', '', 'Phase\tOriginal\tRevised', 'Phase 1\t£2.1m\t£3.4m', 'Phase 2\t£1.0m\t£1.9m', '', 'More to follow.'));
    assert.ok(tabs.paragraphs.some((p) => tabs.text.slice(p.start, p.end) === '| Phase | Original | Revised |\n| --- | --- | --- |\n| Phase 1 | £2.1m | £3.4m |\n| Phase 2 | £1.0m | £1.9m |'), tabs.text);
    // Not a table: minutes' labelled lines, a vote, prose with two spaces after its stops.
    for (const text of [
      lines('Present:     Cllr Ann Pike (Chair), Cllr Raj Rao', 'Apologies:   Cllr Tom Dyson', 'Officers:    Jane Wu (Clerk)'),
      lines('For:        7 (Cllrs Pike, Rao, Dyson, Hart, Lee, Moss, Shah)', 'Against:    1 (Cllr Wu)', 'Abstention: 1 (Cllr Ode)'),
      lines('He said the cost had risen.  The council disagreed.  It was 2024.', 'The report found 12 faults.  Engineers were sent.  Work began.', 'Residents said 40 homes were hit.  Nobody was hurt.  It rained.'),
    ]) {
      const other = await read('minutes.txt', lines('Minutes', '', text, '', 'The meeting closed at 9pm.'));
      assert.ok(!other.text.includes('| --- |'), other.text);
      assert.equal(other.text, lines('Minutes', '', text, '', 'The meeting closed at 9pm.'));
    }
  });

  test('a table under a numbered paragraph of a report is part of it, and a sentence of its own', async () => {
    const report = await read('report.md', lines('# Report', '', '## 3. Estimated outcome', '', '3.1 The estimated outcome for each class of creditor is set out below.', '', '| Creditor class | Amount owed | Estimated return |', '|---|---|---|', '| Secured (Harland Bank plc) | £5.6m | Paid in full |', '', '3.2 The dividend to unsecured creditors is expected to be between 2p and 4p in the pound.'));
    const texts = report.paragraphs.map((p) => report.text.slice(p.start, p.end));
    assert.equal(texts.length, 2, texts.join(' // '));
    assert.match(texts[0], /3\.1 The estimated outcome[\s\S]*Paid in full \|$/);
    assert.ok(report.paragraphs[0].sentences.some((x) => report.text.slice(x.start, x.end).startsWith('| Creditor class')), 'the table is a sentence of its own');
  });

  test('a labelled crosshead ("Item 1: Declarations of interest") opens the paragraph under it', async () => {
    const minutes = await read('minutes.txt', lines('Present: six councillors.', '', 'Item 1: Declarations of interest', '', 'Cllr Kettle declared a season ticket.', '', 'Item 2: Stadium application', '', 'The motion was carried.'));
    assert.deepEqual(
      minutes.paragraphs.map((p) => minutes.text.slice(p.start, p.end).replace(/\n+/g, ' / ')),
      ['Present: six councillors.', 'Item 1: Declarations of interest / Cllr Kettle declared a season ticket.', 'Item 2: Stadium application / The motion was carried.'],
    );
  });

  test('one paragraph per line', async () => {
    await check('lines.txt', 'The first paragraph is this line.\nThe second paragraph is this one.\nThird.\n', {
      paragraphs: ['The first paragraph is this line.', 'The second paragraph is this one.', 'Third.'],
    });
  });

  test('hard-wrapped prose is joined into one paragraph', async () => {
    const wrapped = lines(
      'The harbor wall was approved by the council after a long debate that',
      'lasted most of the evening, and the mayor thanked everyone who had come',
      'to the meeting to speak about the plans for the town and its future.',
    );
    const src = await check('wrapped.txt', `${wrapped}\n\nA second paragraph follows here.\n`, { paragraphs: [wrapped, 'A second paragraph follows here.'] });
    assert.equal(src.paragraphs[0].sentences.length, 1, 'a wrapped line break does not end a sentence');
    assert.deepEqual(src.paragraphs[1].fileRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 32 } });
  });

  test('hard-wrapped paragraphs between blank lines are joined even where a line happens to end a sentence', async () => {
    const text = [
      'Civic Union candidate Thomas Keane was declared the winner of the',
      'Brennock North seat early on Friday, finishing 312 votes ahead.',
      'Turnout was 61.4 per cent, the highest in this constituency since 1999.',
      'It was a long night for the counting staff and for both of the candidates.',
      '',
      'Keane received 14,906 votes to 14,594, according to figures read out',
      'by the returning officer shortly after 4 a.m. on Friday morning.',
      '',
    ].join('\n');
    const src = await read('wrapped.txt', text);
    assert.equal(src.paragraphs.length, 2);
    assert.match(src.text.slice(src.paragraphs[1].start, src.paragraphs[1].end), /^Keane received 14,906 votes[\s\S]*Friday morning\.$/);
  });

  test('Windows line endings', async () => {
    const src = await check('crlf.txt', 'Title line\r\n\r\nPara one here.\r\nPara two here.\r\n', { paragraphs: ['Title line\r\n\r\nPara one here.', 'Para two here.'] });
    assert.deepEqual(src.paragraphs[1].fileRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 14 } });
  });

  test('numbering is stable: the same bytes give the same paragraphs, and an edit later in the file keeps earlier numbers', async () => {
    const base = 'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n';
    const a = await read('s.txt', base);
    const b = await read('s.txt', base);
    assert.deepEqual(a.paragraphs, b.paragraphs);
    assert.equal(a.hash, b.hash);
    const edited = await read('s.txt', base.replace('Third paragraph.', 'Third paragraph, now longer.\n\nA fourth.'));
    assert.notEqual(edited.hash, a.hash);
    assert.deepEqual(edited.paragraphs.slice(0, 2), a.paragraphs.slice(0, 2));
    assert.equal(edited.paragraphs.length, 4);
  });

  test('sentences of a paragraph are found with their offsets', async () => {
    const src = await read('s.txt', 'Mr. Kim arrived in the U.S. military base on Aug. 18. He left. Spending is 2.8% now.\n');
    const p = src.paragraphs[0];
    assert.deepEqual(
      p.sentences.map((s) => src.text.slice(s.start, s.end)),
      ['Mr. Kim arrived in the U.S. military base on Aug. 18.', 'He left.', 'Spending is 2.8% now.'],
    );
  });

  test('UTF-8 with a byte order mark, and UTF-16 (what Windows editors save as “Unicode”), are text', async () => {
    const text = 'Café owners in Millbrook said 40 boats docked.\n\nSecond paragraph.\n';
    const bom = await read('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]));
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    for (const src of [bom, await read('le.txt', le), await read('be.txt', be)]) {
      assert.deepEqual(
        src.paragraphs.map((p) => src.text.slice(p.start, p.end)),
        ['Café owners in Millbrook said 40 boats docked.', 'Second paragraph.'],
      );
      assert.deepEqual(src.paragraphs[0].fileRange.start, { line: 0, character: 0 });
    }
  });

  test('a key from an awkward file name', async () => {
    const src = await read('Inter-Korean Impasse (2025) Ünïcode.txt', 'Some text here.');
    assert.equal(src.key, 'inter-korean-impasse-2025-unicode');
  });
});

describe('Markdown sources', () => {
  test('front matter gives metadata and the key; the body is numbered from its first paragraph', async () => {
    const content = lines('---', 'id: smith2020', 'title: "A Title"', 'author:', '  - family: Smith', '    given: Jane', '  - Bob Jones', 'date: 2020-03-04', 'url: https://example.org/a', '---', '', 'Body one.', '', 'Body two.', '');
    const src = await check('notes.md', content, {
      key: 'smith2020',
      title: 'A Title',
      metadata: { id: 'smith2020', title: 'A Title', author: 'Jane Smith; Bob Jones', date: '2020-03-04', url: 'https://example.org/a' },
      paragraphs: ['Body one.', 'Body two.'],
    });
    assert.equal(src.paragraphs[0].fileRange.start.line, 11);
  });

  test('an id that is not a valid key falls back to the file name', async () => {
    await check('field-notes.md', '---\nid: "has space"\n---\nBody text here.\n', { key: 'field-notes', paragraphs: ['Body text here.'] });
  });

  test('broken YAML is ignored, the body still counts', async () => {
    await check('broken.md', '---\ntitle: [unclosed\n---\nBody text here.\n', { key: 'broken', title: 'Broken', metadata: {}, paragraphs: ['Body text here.'] });
  });

  test('without front matter, a first heading is the title', async () => {
    await check('page.md', '# The Harbor Wall\n\nThe council approved it.\n', { title: 'The Harbor Wall', paragraphs: ['# The Harbor Wall\n\nThe council approved it.'] });
  });
});

describe('HTML sources', () => {
  const page = [
    '<!doctype html><html><head><title>Page Title</title>',
    '<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-06-03">',
    '<link rel="canonical" href="https://example.org/a"><style>p { color: red }</style>',
    '<script>var leaked = "script text";</script></head><body>',
    '<nav><a href="/">Home</a> | <a href="/about">About</a></nav>',
    '<p>First para &amp; more.</p>',
    '<div class="cookie-banner">Accept cookies</div>',
    '<p>Second <b>bold</b> para.</p>',
    '<script>alert("inline script")</script><footer>Copyright 2024</footer></body></html>',
  ].join('\n');

  test('title, author, date and canonical URL; script, style, nav and furniture dropped', async () => {
    const src = await check('page.html', page, {
      key: 'page',
      title: 'Page Title',
      metadata: { id: undefined, title: 'Page Title', author: 'Ann Lee', date: '2024-06-03', url: 'https://example.org/a' },
      paragraphs: ['First para & more.', 'Second bold para.'],
    });
    for (const word of ['script', 'color', 'Home', 'cookies', 'Copyright', 'inline']) assert.ok(!src.text.includes(word), `“${word}” leaked into the text`);
  });

  test('each paragraph points at its line in the HTML file', async () => {
    const src = await read('page.html', page);
    const htmlLines = page.split('\n');
    const second = src.paragraphs[1].fileRange;
    assert.equal(second.start.line, 7);
    assert.equal(htmlLines[7].slice(second.start.character, second.end.character), 'Second <b>bold</b> para.');
  });

  test('inside <article>, only the article is read', async () => {
    const src = await read('a.html', '<html><body><div>Site header text.</div><article><h1>Headline</h1><p>Article body.</p></article><div>Unrelated.</div></body></html>');
    assert.deepEqual(
      src.paragraphs.map((p) => src.text.slice(p.start, p.end)),
      ['Article body.'],
    );
    assert.equal(src.title, 'Headline');
  });
});

describe('bad input', () => {
  const bad: Array<[string, Uint8Array, RegExp]> = [
    ['empty.txt', new Uint8Array(), /empty/],
    ['blank.txt', encode('  \n\n \t\n'), /no text/],
    ['picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), /binary/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72, 0x2e]), /UTF-8/],
    ['odd-utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), /UTF-16/],
    ['empty-page.html', encode('<html><body><script>only()</script></body></html>'), /no readable text/],
    ['broken.pdf', encode('%PDF-1.4 not really'), /not a readable PDF/],
  ];

  test('each bad file becomes a source.unreadable problem with a reason, and the other sources keep working', async () => {
    const service = await makeService([...TOWN_SOURCES, ...bad.map(([name, bytes]) => ({ name, bytes }))]);
    assert.deepEqual(
      service.sources().map((s) => s.key).sort(),
      ['ferry-news', 'harbor-report'],
    );
    const problems = service.problems();
    for (const [name, , reason] of bad) {
      const p = problems.find((x) => x.fileName === name);
      assert.ok(p, `${name} is reported`);
      assert.match(p.reason, reason);
    }
    const diagnostics = service.getSourceDiagnostics();
    assert.equal(diagnostics.length, bad.length);
    for (const { uri, diagnostics: ds } of diagnostics) {
      assert.equal(ds.length, 1);
      assert.equal(ds[0].code, 'source.unreadable');
      assert.equal(ds[0].data.code, 'source.unreadable');
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      assert.ok(ds[0].message.includes(problems.find((p) => p.fileName === name)!.reason), ds[0].message);
    }
    // Checking a draft still works against the readable sources.
    const report = await service.check(doc('Mayor Ingrid Solberg said the wall would protect 1,200 homes [@harbor-report, para. 2].'));
    assert.equal(report.sentences[0].status, 'supported');
  });

  test('a file that becomes readable replaces its problem; one that becomes unreadable drops its source', async () => {
    const service = await makeService([{ name: 'later.txt', bytes: new Uint8Array() }]);
    assert.equal(service.problems().length, 1);
    await service.updateSource({ uri: sourceUri('later.txt'), name: 'later.txt', bytes: encode('The harbor wall was approved by the council in 2024.') });
    assert.equal(service.problems().length, 0);
    assert.deepEqual(service.sources().map((s) => s.key), ['later']);
    await service.updateSource({ uri: sourceUri('later.txt'), name: 'later.txt', bytes: new Uint8Array([0, 1, 2]) });
    assert.equal(service.sources().length, 0);
    assert.equal(service.problems().length, 1);
  });

  test('a file over the size limit is skipped with a message naming the setting', async () => {
    const service = await makeService([{ name: 'big.txt', text: 'x'.repeat(2000) }], { maxFileBytes: 1000 });
    assert.equal(service.sources().length, 0);
    assert.match(service.problems()[0].reason, /sourced\.maxFileSizeMB/);
  });

  test('a reader that throws is a problem for that file alone', async () => {
    const service = createSourcedService({
      readers: [
        { extensions: ['.txt'], read: () => { throw new Error('boom'); } },
        { extensions: ['.md'], read: (f) => ({ text: new TextDecoder().decode(f.bytes), blocks: [{ start: 0, end: f.bytes.length, fileRange: { start: { line: 0, character: 0 }, end: { line: 0, character: f.bytes.length } } }], metadata: {} }) },
      ],
    });
    await service.updateSource({ uri: sourceUri('a.txt'), name: 'a.txt', bytes: encode('text') });
    await service.updateSource({ uri: sourceUri('b.md'), name: 'b.md', bytes: encode('Fine text.') });
    assert.match(service.problems()[0].reason, /boom/);
    assert.deepEqual(service.sources().map((s) => s.key), ['b']);
  });

  test('two files that want the same key get distinct keys', async () => {
    const service = await makeService([
      { name: 'one.md', text: '---\nid: same\n---\nFirst text.' },
      { name: 'two.md', text: '---\nid: same\n---\nSecond text.' },
    ]);
    assert.deepEqual(service.sources().map((s) => s.key).sort(), ['same', 'same-2']);
  });

  test('a numbered key skips numbers that other files use as their own key, and only those', async () => {
    const service = createSourcedService();
    const add = (name: string, dir = 'a') => service.updateSource({ uri: sourceUri(`${dir}/${name}`), name, bytes: encode(`Text of ${dir}/${name}.`) });
    // Files whose own names read like numbered keys: ferry-2 and ferry-3 block those numbers; ferry-04
    // and ferry-1 are other strings than any numbered key, so they block nothing.
    for (const name of ['ferry-2.txt', 'ferry-3.txt', 'ferry-04.txt', 'ferry-1.txt', 'ferry.txt']) await add(name);
    await add('ferry.txt', 'b');
    await add('ferry.txt', 'c');
    const keyOf = (dir: string) => service.sources().find((s) => s.uri === sourceUri(`${dir}/ferry.txt`))?.key;
    assert.equal(keyOf('b'), 'ferry-4');
    assert.equal(keyOf('c'), 'ferry-5');
    // The file named ferry-2 goes: its number is free for the next ferry.
    service.removeSource(sourceUri('a/ferry-2.txt'));
    await add('ferry.txt', 'd');
    assert.equal(keyOf('d'), 'ferry-2');
    assert.equal(new Set(service.sources().map((s) => s.key)).size, service.sources().length);
  });

  test('many same-named sources: each gets the first free number, and the log names only the first few', async () => {
    const warnings: string[] = [];
    const service = createSourcedService({ logger: { info() {}, warn: (m: string) => warnings.push(m), error() {} } });
    const add = (dir: string) => service.updateSource({ uri: sourceUri(`${dir}/notes.txt`), name: 'notes.txt', bytes: encode(`Notes kept in ${dir}.`) });
    for (let i = 0; i < 40; i++) await add(`d${i}`);
    const keys = service.sources().map((s) => s.key);
    assert.equal(new Set(keys).size, 40);
    assert.ok(keys.includes('notes') && keys.includes('notes-2') && keys.includes('notes-40'));
    // A number given up is given out again before higher ones.
    service.removeSource(sourceUri('d2/notes.txt'));
    assert.ok(!service.sources().some((s) => s.key === 'notes-3'));
    await add('later');
    assert.equal(service.sources().find((s) => s.uri === sourceUri('later/notes.txt'))?.key, 'notes-3');
    await add('later2');
    assert.equal(service.sources().find((s) => s.uri === sourceUri('later2/notes.txt'))?.key, 'notes-41');
    const renameLines = warnings.filter((w) => /key/.test(w));
    assert.ok(renameLines.length <= 21, `${renameLines.length} log lines for 41 renames`);
    assert.match(renameLines.at(-1)!, /not listed one by one/);
    assert.equal(service.loading.stats().renamedKeys, 41);
  });
});

describe('warm-up', () => {
  test('runs the judging code on a scratch source and leaves the service as it was', async () => {
    const service = await makeService([{ name: 'one.md', text: 'The ferry carried 1,240 passengers in its first week.' }]);
    const before = { ...service.loading.stats(), generation: service.generation, keys: service.sources().map((s) => s.key) };
    await service.loading.warmUp();
    assert.deepEqual({ ...service.loading.stats(), generation: service.generation, keys: service.sources().map((s) => s.key) }, before);
    assert.equal(service.explain('The ferry carried 1,240 passengers.').evidence[0]?.source.key, 'one');
  });
});
