import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { parseDraft } from '../../../server/src/core/draft/draft';

/** Splits `sentences.join(separator)` and expects exactly those sentences back, at their exact offsets. */
function check(sentences: readonly string[], separator = ' '): void {
  const text = sentences.join(separator);
  const spans = splitSentences(text);
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    sentences,
  );
  let at = 0;
  for (const [i, s] of spans.entries()) {
    const start = text.indexOf(sentences[i], at);
    assert.deepEqual(s, { start, end: start + sentences[i].length });
    at = s.end;
  }
}

describe('sentence splitting', () => {
  test('plain sentences', () => check(['The wall was approved.', 'It cost 4.2 million euros!', 'Was it worth it?']));
  test('a quotation of several sentences given to its speaker in the same sentence is one sentence', () => {
    check(['"The polluter will pay. The people of this estuary will not," the minister said.', 'She left.']);
    check(['“We are sorry. We will pay,” said Maarten Vos.', 'He left.']);
    check(['"The pattern was not honest error. The same image was used twice," Professor Marchetti told the Courier.', 'She left.']);
    // A quotation that closes on its own full stop is sentences of its own.
    check(['He said: "It is over.', 'We lost."', 'Then he left.']);
  });
  test('"U.S." inside a sentence', () => check(['The U.S. military will stay in the region.', 'Officials said so.']));
  test('"U.S." and "D.C." at the end of a sentence', () => {
    check(['The think tank is based in Washington, D.C.', 'It employs 40 people.']);
    check(['They moved to the U.S.', 'In 2019 they returned.']);
  });
  test('month abbreviations before a day', () => check(['Drills run from Aug. 18 through Aug. 28 in South Korea.', 'Seoul agreed.']));
  test('decimals and percentages', () => check(['Spending is 2.8% of GDP and may reach 5.0%.', 'That is low.']));
  test('closing quotes after the full stop stay with the sentence', () => {
    check(['“We have no interest in it,” she said.', 'There is “neither a reason to meet nor an issue to be discussed.”', 'Talks stalled.']);
    check(['He said: "It is over."', 'Then he left.']);
  });
  test('initials', () => check(['J. R. R. Tolkien wrote it.', 'The editor was A. Writer of Leeds.']));
  test('a time\'s "p.m." before a new sentence ends it, but not before a day or a time zone', () => {
    check(['The evacuation order was issued at 5:15 p.m.', 'Residents of the creek had left by then.']);
    check(['It began at 5 p.m. Tuesday and ended at 8 a.m. GMT on Wednesday.']);
  });

  test('a unit after a figure is no initial: "63°C." and "5K." end sentences', () => {
    check(['The cabinet kept food at 41°C, below the required 63°C.', 'Most of the cases attended on the Saturday.']);
    check(['She won the 5K.', 'Her sister came second.']);
  });
  test('titles: Mr., Mrs., Dr., St.', () => check(['Mr. Kim arrived with Mrs. Lee.', 'Dr. Park met them in St. Louis.', 'They left.']));
  test('"e.g." and "vs." do not end sentences', () => {
    check(['See e.g. the report from 2020.', 'Scores were 3 vs. 4 in the match.', 'Fans cheered.']);
    check(['Many groups (e.g. The Fighters) joined.']);
  });
  test('words that are also abbreviations end sentences unless a number or date follows', () => {
    check(['The answer was no.', 'The council agreed.']);
    check(['They sat in the sun.', 'Then it rained.']);
    check(['She studied modern art.', 'Then she left.']);
    check(['See No. 5 and Fig. 2 on p. 33 of Vol. 4 from Dec. 2019.', 'It is clear.']);
    check(['The launch was on Sat., June 6 and again on Sun. Aug. 18 this year.', 'Nobody came.']);
  });
  test('ellipses and repeated marks', () => check(['It grew... then it fell.', 'Really?!', 'Yes.']));
  test('a lower-case word after a full stop does not start a sentence', () => check(['The figure is approx. ten percent of the total.']));
  test('a blank line always ends a sentence, even without punctuation', () => check(['A heading without a stop', 'A paragraph.'], '\n\n'));
  test('a single line break inside a paragraph does not', () => {
    const text = 'The council approved the wall\nafter a long debate. It was late.';
    assert.deepEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      ['The council approved the wall\nafter a long debate.', 'It was late.'],
    );
  });
  test('a range of the text only', () => {
    const text = 'Before. One. Two. After.';
    const from = text.indexOf('One');
    const to = text.indexOf(' After');
    assert.deepEqual(
      splitSentences(text, from, to).map((s) => text.slice(s.start, s.end)),
      ['One.', 'Two.'],
    );
  });
});

describe('sentence splitting on a real news article (examples/balloons)', () => {
  const article = readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'balloons', 'sources', 'inter-korean-impasse.txt'), 'utf8');
  /** The sentences of the article's line that starts with `start`. */
  const sentencesOf = (start: string) => {
    const from = article.indexOf(start);
    assert.ok(from >= 0, start);
    const to = article.indexOf('\n', from);
    return splitSentences(article, from, to < 0 ? article.length : to).map((x) => article.slice(x.start, x.end));
  };

  test('"Aug. 18 through Aug. 28" stays in one sentence', () => {
    const s = sentencesOf('Amid threats');
    assert.equal(s.length, 3);
    assert.ok(s[0].endsWith('from Aug. 18 through Aug. 28 in South Korea.'));
    assert.ok(s[1].startsWith('Seoul has postponed about half of the 40 field exercises'));
  });

  test('"U.S. President", "2.8%" and "28,500 U.S. troops" stay inside their sentences', () => {
    const s = sentencesOf('Lee and U.S. President');
    assert.equal(s.length, 3);
    assert.ok(s[0].endsWith('set for Aug. 25 in Washington.'));
    assert.ok(s[1].includes('from the current 2.8% of its gross domestic product to closer to 5%'));
    assert.ok(s[2].endsWith('could reduce the 28,500 U.S. troops currently stationed in the South.'));
  });

  test('quotes: a closing quote after the full stop ends the sentence with it', () => {
    assert.deepEqual(sentencesOf('Lee’s administration has so far'), [
      'Lee’s administration has so far been “very pragmatic” in trying to not alienate the United States, North Korea, and China, Klingner said.',
      '“But the jury’s still out,” he said.',
      '“There’s a lot of questions here in Washington as to what his policies will be.”',
    ]);
  });

  test('"D.C.–based" inside a sentence, "U.S.-Asia" too', () => {
    const s = sentencesOf('The North sees less need');
    assert.equal(s.length, 4);
    assert.equal(s[1], 'The Washington, D.C.–based think tank focuses on U.S.-Asia relations.');
  });

  test('"Washington, D.C." ends a sentence before a name', { todo: '"D.C. North Korea has…": a name after a dotted abbreviation is read as its continuation' }, () => {
    const s = sentencesOf('Pyongyang has received');
    assert.equal(s.length, 2);
    assert.ok(s[0].endsWith('based in Washington, D.C.'));
  });
});

describe('draft sentences', () => {
  test('a citation after the full stop belongs to the sentence before it', () => {
    const text = 'The wall was approved. [@harbor, para. 2] The ferry returned [@ferry].';
    const d = parseDraft('file:///d.md', 1, text);
    assert.deepEqual(
      d.sentences.map((s) => text.slice(s.span.start, s.span.end)),
      ['The wall was approved. [@harbor, para. 2]', 'The ferry returned [@ferry].'],
    );
    assert.deepEqual(
      d.sentences.map((s) => s.citations.map((c) => c.items[0].key)),
      [['harbor'], ['ferry']],
    );
  });

  test('"para. 4" inside a citation does not end the sentence; claim text drops the citation', () => {
    const text = 'The wall cost 4.2 million euros [@harbor, para. 4]. The ferry returned.';
    const d = parseDraft('file:///d.md', 1, text);
    assert.equal(d.sentences.length, 2);
    assert.equal(d.sentences[0].claimText, 'The wall cost 4.2 million euros.');
    // Every character of the claim text maps back to the same character of the draft.
    for (const s of d.sentences) for (let i = 0; i < s.claimText.length; i++) if (s.claimText[i] !== ' ') assert.equal(text[s.offsets[i]], s.claimText[i]);
  });

  test('each list item is its own sentence, even without a full stop', () => {
    const text = 'Key facts:\n\n- The council approved 4.2 million euros\n- Nordlys expects 85,000 passengers\n  in its first year\n* [x] The crossing was suspended in 2015\n\n1. First\n2. Second\n\n> quoted line one\n> and line two.\n';
    const d = parseDraft('file:///d.md', 1, text);
    assert.deepEqual(
      d.sentences.map((s) => s.claimText),
      ['Key facts:', 'The council approved 4.2 million euros', 'Nordlys expects 85,000 passengers in its first year', 'The crossing was suspended in 2015', 'First', 'Second', 'quoted line one and line two.'],
    );
    // Ranges still point into the draft itself.
    const first = d.sentences[1];
    assert.equal(text.slice(first.span.start, first.span.end), 'The council approved 4.2 million euros');
  });

  test('a number and full stop at the start of a wrapped line is prose, not a list marker', () => {
    const text = 'The Moon Jae-in administration banned the launches after it took office in\n2017. The ban held until 2023.';
    const d = parseDraft('file:///d.md', 1, text);
    assert.deepEqual(
      d.sentences.map((s) => s.claimText),
      ['The Moon Jae-in administration banned the launches after it took office in 2017.', 'The ban held until 2023.'],
    );
  });

  test('a footnote’s text is a sentence of its own; the reference is not part of the claim', () => {
    const text = 'The wall was approved.[^1]\n[^1]: The council approved 4.2 million euros on March 3 [@harbor, para. 2].\n';
    const d = parseDraft('file:///d.md', 1, text);
    assert.deepEqual(
      d.sentences.map((s) => s.claimText),
      ['The wall was approved.', 'The council approved 4.2 million euros on March 3.'],
    );
    assert.equal(d.sentences[1].citations[0]?.items[0].key, 'harbor');
  });

  test('headings, list markers and quote markers are not part of sentences', () => {
    const text = '# The harbor\n\n- The wall was approved.\n> The ferry returned.\n';
    const d = parseDraft('file:///d.md', 1, text);
    assert.deepEqual(
      d.sentences.map((s) => s.claimText),
      ['The wall was approved.', 'The ferry returned.'],
    );
  });
});
