import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadContent } from '@/lib/content';
import { codeFromNumeric, isOrganization, isParticipantCode, listNames, participantName, sortByName } from '@/lib/states/names';

/** The fact sheet's list of signatories (shared/FACTS.md), in its own spelling: the names to publish. */
const factSheetNames = [
  'Algeria', 'Angola', 'Australia', 'Austria', 'Azerbaijan', 'Belarus', 'Belgium', 'Brazil', 'Brunei Darussalam', 'Burkina Faso',
  'Cambodia', 'Chile', 'China', 'Costa Rica', "Côte d'Ivoire", 'Cuba', 'Czechia', "Democratic People's Republic of Korea",
  'Democratic Republic of the Congo', 'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt', 'European Union', 'France', 'Ghana',
  'Greece', 'Guinea-Bissau', 'Iran (Islamic Republic of)', 'Ireland', 'Jamaica', 'Kazakhstan', "Lao People's Democratic Republic",
  'Libya', 'Luxembourg', 'Malaysia', 'Maldives', 'Mali', 'Morocco', 'Mozambique', 'Namibia', 'Nauru', 'Nicaragua', 'Nigeria', 'Palau',
  'Papua New Guinea', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Russian Federation', 'Rwanda', 'Saudi Arabia', 'Slovakia',
  'Slovenia', 'South Africa', 'Spain', 'Sri Lanka', 'State of Palestine', 'Sweden', 'Thailand', 'Togo', 'Türkiye', 'Uganda', 'United Kingdom',
  'United Republic of Tanzania', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Viet Nam', 'Zimbabwe', 'Mauritius',
];

describe('participant names', () => {
  const { participants } = loadContent(CONTENT_DIR).status;

  it('in English are the fact sheet names, for every participant of content/status.md', () => {
    expect(participants.map((p) => participantName(p.code, 'en'))).toEqual(factSheetNames);
  });

  it('in Vietnamese fix the library where it is wrong or takes a side', () => {
    expect(participantName('PS', 'vi')).toBe('Nhà nước Palestine');
    expect(participantName('KP', 'vi')).toBe('Cộng hòa Dân chủ Nhân dân Triều Tiên');
    expect(participantName('MY', 'vi')).toBe('Malaysia');
    expect(participantName('VN', 'vi')).toBe('Việt Nam');
  });

  it('give the EU its own name, as an organization', () => {
    expect(participantName('EU', 'en')).toBe('European Union');
    expect(participantName('EU', 'vi')).toBe('Liên minh châu Âu');
    expect(isOrganization('EU')).toBe(true);
    expect(isOrganization('FR')).toBe(false);
  });

  it('sort in each language its own way', () => {
    const codes = ['SA', 'AT', 'EG', 'DZ'].map((code) => ({ code }));
    expect(sortByName(codes, 'en').map((c) => c.code)).toEqual(['DZ', 'AT', 'EG', 'SA']);
    // Ả Rập Xê Út, Ai Cập, Algeria, Áo: Vietnamese orders letters before their tone marks.
    expect(sortByName(codes, 'vi').map((c) => c.code)).toEqual(['SA', 'EG', 'DZ', 'AT']);
  });

  it('join into a phrase in each language', () => {
    expect(listNames(['PW', 'MV', 'NR'], 'en')).toBe('Maldives, Nauru and Palau');
    expect(listNames(['PW', 'MV', 'NR'], 'vi')).toBe('Maldives, Nauru và Palau');
  });
});

describe('participant codes', () => {
  it.each(['VN', 'GB', 'PS', 'EU'])('accepts %s', (code) => {
    expect(isParticipantCode(code)).toBe(true);
  });

  it.each(['XX', 'vn', 'VNM', '704', 'UK', 'constructor', ''])('refuses %j', (code) => {
    expect(isParticipantCode(code)).toBe(false);
  });

  it('maps the numeric codes of world maps', () => {
    expect(codeFromNumeric('704')).toBe('VN');
    expect(codeFromNumeric('999')).toBeUndefined();
  });
});
