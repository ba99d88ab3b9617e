/*
 * The outside sources the site itself points to, and how a source is named in link text.
 */

/** The live treaty status at the UN Treaty Collection: the authority on signatures and ratifications. */
export const UNTC_STATUS_URL =
  'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml';

/** UNODC's page on the Convention: the text, and the secretariat's explanations. */
export const UNODC_CONVENTION_URL = 'https://www.unodc.org/unodc/en/cybercrime/convention/home.html';

/** A source's short name for link text: its host without `www.` ("press.un.org"). */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The Council decision on the EU's signature, by its language-neutral ELI: it opens in the reader's language (FACTS.md). */
export const EU_SIGNING_DECISION_URL = 'http://data.europa.eu/eli/dec/2025/2307/oj';

/** The European Commission's page on the Convention: the proposals on signing and concluding it (FACTS.md). */
export const EU_COMMISSION_PAGE_URL = 'https://home-affairs.ec.europa.eu/policies/internal-security/cybercrime/international-cooperation-against-cybercrime_en';
