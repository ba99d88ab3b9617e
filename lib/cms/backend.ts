import type { CmsBackend } from './config';

/*
 * Where the editor signs in on the published site: GitHub, where the repository, its tests and the
 * deploy workflow live. GitHub's sign-in needs a small OAuth service holding the app's secret, which
 * a browser must never see (docs/deploying.md, "The editor's sign-in"). The settings come from the
 * build's environment, so no address or name of an installation is written in the code.
 */

/** The API the editor calls from the browser: the one origin /admin/'s policy lets it connect to. */
export const GIT_HOST_API = 'https://api.github.com';

/** The form's backend from the build's environment; `missing` names what is not set (the editor cannot sign in then). */
export function gitBackend(env: Record<string, string | undefined>): { backend: CmsBackend; missing: string[] } {
  // Netlify's own OAuth service is Decap's default, and serves only sites Netlify builds (it sets NETLIFY).
  const authService = env.CMS_AUTH_URL || env.NETLIFY;
  const repo = env.CMS_REPO || env.GITHUB_REPOSITORY;
  const backend: CmsBackend = {
    name: 'github',
    ...(repo && { repo }),
    branch: env.CMS_BRANCH || 'main',
    ...(env.CMS_AUTH_URL && { base_url: env.CMS_AUTH_URL }),
  };
  return { backend, missing: [...(repo ? [] : ['CMS_REPO']), ...(authService ? [] : ['CMS_AUTH_URL'])] };
}
