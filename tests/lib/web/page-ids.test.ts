import { describe, expect, it } from 'vitest';
import { isPageId, PAGE_ID_PREFIXES, PAGE_IDS } from '@/lib/web/page-ids';

describe('the ids pages reserve', () => {
  it('knows every fixed id and every prefix of ids built from content', () => {
    for (const id of Object.values(PAGE_IDS)) expect(isPageId(id)).toBe(true);
    for (const prefix of Object.values(PAGE_ID_PREFIXES)) expect(isPageId(`${prefix}anything`)).toBe(true);
  });

  it('leaves an editor every other id', () => {
    expect(['adoption', 'ga-res-74-247', 'citation', 'main-points', 'years'].filter(isPageId)).toEqual([]);
  });
});
