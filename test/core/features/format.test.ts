/** Counts as progress and messages show them: grouped by thousands, as en-US writes them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { thousands } from '../../../server/src/core';

test('counts are grouped by thousands as en-US groups them', () => {
  for (const n of [0, 7, 999, 1000, 4210, 20000, 94790, 100000, 1234567, -1234, 1234.5]) assert.equal(thousands(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(n));
});
