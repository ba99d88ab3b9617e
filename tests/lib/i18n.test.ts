import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { fill, languages, otherLang, t } from '@/lib/i18n';

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface text', () => {
  it('has every Vietnamese string with exactly the slots of the English one, so fill() never shows {count}', () => {
    const mismatched = Object.keys(en).filter((key) => slots(en[key as keyof typeof en]).join() !== slots(vi[key as keyof typeof vi]).join());
    expect(mismatched).toEqual([]);
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string in any language', () => {
    for (const lang of languages) expect(Object.entries(t(lang)).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('fills slots by name and leaves an unknown one visible', () => {
    expect(fill('{count} of the {needed} needed', { count: 3, needed: 40 })).toBe('3 of the 40 needed');
    expect(fill('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it("names the site so it cannot be taken for the treaty, or for the host country's official site", () => {
    // The treaty's names, official and informal, in both languages (FACTS.md, "Short names").
    const treatyNames = ['Hanoi Convention', 'Công ước Hà Nội', 'UN Convention against Cybercrime', 'Công ước của Liên Hợp Quốc về chống tội phạm mạng'];
    for (const lang of languages) {
      expect(treatyNames).not.toContain(t(lang).siteName);
      expect(t(lang).siteName).toMatch(/Guide|Cẩm nang/);
    }
  });

  it('switches between the two languages', () => {
    expect(languages.map(otherLang)).toEqual(['vi', 'en']);
  });
});
