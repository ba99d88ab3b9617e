import { describe, expect, it } from 'vitest';
import { sourceName, UNODC_CONVENTION_URL, UNTC_STATUS_URL } from '@/lib/web/sources';

describe('sources', () => {
  it('names a source by its host, without www.', () => {
    expect(sourceName('https://www.unodc.org/unodc/en/cybercrime/')).toBe('unodc.org');
    expect(sourceName('https://press.un.org/en/2024/ga12671.doc.htm')).toBe('press.un.org');
  });

  it('points to the depositary’s live status and to UNODC over https', () => {
    expect([UNTC_STATUS_URL, UNODC_CONVENTION_URL].map((url) => new URL(url).protocol)).toEqual(['https:', 'https:']);
    expect(sourceName(UNTC_STATUS_URL)).toBe('treaties.un.org');
  });
});
