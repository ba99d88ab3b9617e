import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HASHED_ASSETS_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL, SECURITY_HEADERS, securityHeaders } from '@/lib/web/security-headers';

/* docs/deploying.md tells hosts what to send: it must say what lib/web/security-headers.ts says. */

const ROOT = path.join(import.meta.dirname, '..', '..');
const docs = fs.readFileSync(path.join(ROOT, 'docs', 'deploying.md'), 'utf8');
const NGINX_FILES = ['deploy/nginx/server.conf', 'deploy/nginx/hanoi-convention/site.conf', 'deploy/nginx/hanoi-convention/headers.conf'];
const block = (language: string) => [...docs.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]);

describe('docs/deploying.md', () => {
  it('lists every header with its value', () => {
    for (const [name, value] of Object.entries(securityHeaders('/'))) expect(docs, name).toContain(`| \`${name}\` | \`${value}\` |`);
  });

  it('shows the nginx files of deploy/nginx/ as they are', () => {
    const nginx = block('nginx');
    for (const file of NGINX_FILES) expect(nginx, file).toContain(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    expect(nginx).toHaveLength(NGINX_FILES.length);
  });

  it('gives nginx every header of every policy and both cache times (tests/e2e/nginx.test.ts serves the site through it)', () => {
    const nginx = NGINX_FILES.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
    const added = new Set([...nginx.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, value]) => `${name}: ${value}`));
    const expected = ['/', '/en/search/', '/admin/'].flatMap((pagePath) => Object.entries(securityHeaders(pagePath)).map(([name, value]) => `${name}: ${value}`));
    expect([...new Set([...expected, `Cache-Control: ${REVALIDATE_CACHE_CONTROL}`, `Cache-Control: ${HASHED_ASSETS_CACHE_CONTROL}`])].sort()).toEqual([...added].sort());
  });

  it('gives CloudFront the same policy', () => {
    const policy = JSON.parse(block('json')[0]);
    const security = policy.SecurityHeadersConfig;
    expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toBe(contentSecurityPolicy('/'));
    expect(`max-age=${security.StrictTransportSecurity.AccessControlMaxAgeSec}; includeSubDomains`).toBe(SECURITY_HEADERS['Strict-Transport-Security']);
    expect(security.StrictTransportSecurity.IncludeSubdomains).toBe(true);
    expect(security.ReferrerPolicy.ReferrerPolicy).toBe(SECURITY_HEADERS['Referrer-Policy']);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    const custom = Object.fromEntries(policy.CustomHeadersConfig.Items.map((item: { Header: string; Value: string }) => [item.Header, item.Value]));
    expect(custom).toEqual({ 'Permissions-Policy': SECURITY_HEADERS['Permissions-Policy'], 'Cross-Origin-Opener-Policy': SECURITY_HEADERS['Cross-Origin-Opener-Policy'] });
    expect(policy.CustomHeadersConfig.Quantity).toBe(2);
    const sync = block('sh').join('\n');
    expect(sync).toContain(`--cache-control '${REVALIDATE_CACHE_CONTROL}'`);
    expect(sync).toContain(`--cache-control '${HASHED_ASSETS_CACHE_CONTROL}'`);
  });
});
