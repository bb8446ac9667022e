/**
 * Authors as CSL-JSON names in `sourced bibliography`: a person is cut into family and given names, an
 * organisation never is (a reference manager would file "The Korea Herald" under "Herald, The Korea").
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cslName } from '../../../server/src/core/bibliography/export';

describe('cslName', () => {
  test('a person: family and given names', () => {
    assert.deepEqual(cslName('Jane Roe'), { family: 'Roe', given: 'Jane' });
    assert.deepEqual(cslName('By Kim Tong-hyung'), { family: 'Tong-hyung', given: 'Kim' });
    assert.deepEqual(cslName('Roe, Jane'), { family: 'Roe', given: 'Jane' });
    assert.deepEqual(cslName('Ludwig van Beethoven'), { family: 'Beethoven', given: 'Ludwig van' });
  });

  test('an organisation or an acronym: one literal name', () => {
    for (const org of ['The Korea Herald', 'Yonhap News Agency', 'BBC News', 'AFP', 'Reuters', 'Korea JoongAng Daily', 'Human Rights Watch', 'Ministry of Unification', 'Herald Staff', 'KCNA Watch']) {
      assert.deepEqual(cslName(org), { literal: org }, org);
    }
  });
});
