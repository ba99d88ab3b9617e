import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { localizeKeyFacts } from '@/lib/key-facts';
import { FIXTURE_DIR } from './content-dir';

describe('localizeKeyFacts', () => {
  const { keyFacts } = loadContent(FIXTURE_DIR);

  it('picks the text of one language and keeps dates and sources', () => {
    expect(localizeKeyFacts(keyFacts, 'vi')).toEqual([
      { id: 'adopted', label: 'Ngày thông qua', value: undefined, date: '2024-12-24', detail: 'Không cần biểu quyết', source: 'https://example.org/d' },
      { id: 'parties', label: 'Thành viên', value: 'Chưa xác minh', detail: undefined, source: 'https://example.org/f', asOf: '2026-11' },
    ]);
  });
});
