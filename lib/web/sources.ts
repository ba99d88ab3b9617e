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
