import { describe, expect, it } from 'vitest';
import { publisherFrom } from '@/lib/web/publisher';

describe('publisherFrom, the build settings for who publishes the site and where to report a mistake', () => {
  it('links an e-mail address with mailto:', () => {
    expect(publisherFrom({ SITE_PUBLISHER: ' Example Newsroom ', SITE_CONTACT: 'corrections@example.org' })).toEqual({
      publisher: { name: 'Example Newsroom', contact: { href: 'mailto:corrections@example.org', text: 'corrections@example.org' } },
      missing: [],
    });
  });

  it('links a web address as it is and shows it without its scheme', () => {
    expect(publisherFrom({ SITE_CONTACT: 'https://example.org/contact', CMS_REPO: 'team/site' })).toEqual({
      publisher: { name: undefined, contact: { href: 'https://example.org/contact', text: 'example.org/contact' } },
      missing: ['SITE_PUBLISHER'],
    });
  });

  it('without a contact, sends readers to the repository’s issues on GitHub: the editor’s repository first, else the one Actions builds', () => {
    expect(publisherFrom({ CMS_REPO: 'team/site', GITHUB_REPOSITORY: 'fork/site' }).publisher.contact).toEqual({ href: 'https://github.com/team/site/issues', text: 'github.com/team/site/issues' });
    expect(publisherFrom({ GITHUB_REPOSITORY: 'fork/site' }).publisher.contact).toEqual({ href: 'https://github.com/fork/site/issues', text: 'github.com/fork/site/issues' });
  });

  it('names both settings when nothing is set, or only blanks', () => {
    expect(publisherFrom({})).toEqual({ publisher: { name: undefined, contact: undefined }, missing: ['SITE_PUBLISHER', 'SITE_CONTACT'] });
    expect(publisherFrom({ SITE_PUBLISHER: ' ', SITE_CONTACT: '' }).missing).toEqual(['SITE_PUBLISHER', 'SITE_CONTACT']);
  });

  it.each(['the newsroom', 'javascript:alert(1)', 'mailto:corrections@example.org', 'ftp://example.org/contact', 'https://example.org/a b'])(
    'refuses %s, naming SITE_CONTACT and what it expects',
    (contact) => {
      expect(() => publisherFrom({ SITE_CONTACT: contact, CMS_REPO: 'team/site' })).toThrow(
        `SITE_CONTACT=${contact} is neither an e-mail address nor a web address (expected e.g. corrections@example.org or https://example.org/contact)`,
      );
    },
  );
});
