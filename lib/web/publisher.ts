/*
 * Who publishes the site and where a reader reports a mistake: build settings, so that no name or
 * address of one installation is written in the code. SITE_PUBLISHER is the publisher's name;
 * SITE_CONTACT an e-mail address or a web address. Without SITE_CONTACT, the repository's issue page
 * on GitHub (CMS_REPO, or the repository GitHub Actions builds) is the way to report one; with
 * neither, the build warns, since readers then have no way to report a mistake.
 */

export type Publisher = {
  name?: string;
  /** Where to report a mistake: a link, and the address as it reads. */
  contact?: { href: string; text: string };
};

/** The publisher from the build's environment; `missing` names the settings a public build should have. */
export function publisherFrom(env: Record<string, string | undefined>): { publisher: Publisher; missing: string[] } {
  const name = env.SITE_PUBLISHER?.trim() || undefined;
  const given = env.SITE_CONTACT?.trim();
  const repo = env.CMS_REPO || env.GITHUB_REPOSITORY;
  let contact: Publisher['contact'];
  if (given && /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(given)) contact = { href: `mailto:${given}`, text: given };
  else if (given && /^https?:\/\/\S+$/.test(given)) contact = { href: given, text: given.replace(/^https?:\/\//, '') };
  else if (given) throw new Error(`SITE_CONTACT=${given} is neither an e-mail address nor a web address (expected e.g. corrections@example.org or https://example.org/contact)`);
  else if (repo) contact = { href: `https://github.com/${repo}/issues`, text: `github.com/${repo}/issues` };
  return { publisher: { name, contact }, missing: [...(name ? [] : ['SITE_PUBLISHER']), ...(contact ? [] : ['SITE_CONTACT'])] };
}

/** The site's publisher, from this build's settings. */
export const PUBLISHER = publisherFrom(process.env).publisher;
