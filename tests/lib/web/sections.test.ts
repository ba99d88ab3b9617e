import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { navigationSections, sectionNames, sections } from '@/lib/web/sections';

describe('the registry of sections', () => {
  it('lists the sections in navigation order, each at its own path', () => {
    expect(sectionNames).toEqual(['home', 'convention', 'articles', 'timeline', 'status', 'states', 'data', 'glossary', 'about', 'search']);
    expect(sectionNames.map((section) => sections[section].path('vi'))).toEqual(['/vi/', '/vi/convention/', '/vi/articles/', '/vi/timeline/', '/vi/status/', '/vi/states/', '/vi/data/', '/vi/glossary/', '/vi/about/', '/vi/search/']);
    expect(navigationSections).toEqual(sectionNames.filter((section) => section !== 'search'));
  });

  it('names each in the navigation, in both languages', () => {
    expect(sectionNames.map((section) => t('en')[sections[section].nav])).toEqual(['Home', 'The Convention', 'Articles', 'Timeline', 'Status', 'Countries', 'Data', 'Glossary', 'About', 'Search']);
    expect(sectionNames.every((section) => t('vi')[sections[section].nav].length > 0)).toBe(true);
  });
});
