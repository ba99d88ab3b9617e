import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HASHED_ASSETS_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL, SECURITY_HEADERS, securityHeaders } from '@/lib/web/security-headers';

/* docs/deploying.md tells hosts what to send: it must say what lib/web/security-headers.ts says. */

const docs = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'deploying.md'), 'utf8');
const block = (language: string) => [...docs.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]);

describe('docs/deploying.md', () => {
  it('lists every header with its value', () => {
    for (const [name, value] of Object.entries(securityHeaders('/'))) expect(docs, name).toContain(`| \`${name}\` | \`${value}\` |`);
  });

  it('gives nginx every header and both cache policies', () => {
    const nginx = block('nginx').join('\n');
    const added = [...nginx.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, value]) => [name, value]);
    expect(Object.fromEntries(added.filter(([name]) => name !== 'Cache-Control'))).toEqual(securityHeaders('/'));
    expect(added.filter(([name]) => name === 'Cache-Control').map(([, value]) => value)).toEqual([REVALIDATE_CACHE_CONTROL, HASHED_ASSETS_CACHE_CONTROL]);
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
