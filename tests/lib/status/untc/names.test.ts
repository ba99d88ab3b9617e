import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStatus } from '@/lib/content';
import { ProblemLog } from '@/lib/content/problem-log';
import { isParticipantCode } from '@/lib/states/names';
import { codeForUntcName, memberStateNames, untcNameOf, untcNames } from '@/lib/status/untc/names';

const ROOT = path.join(import.meta.dirname, '..', '..', '..', '..');

describe('the table of UN names', () => {
  it('maps every name to a code the status file accepts', () => {
    const invalid = Object.entries(untcNames).filter(([, code]) => !isParticipantCode(code));
    expect(invalid).toEqual([]);
  });

  it('has the 193 UN Member States, each once', () => {
    expect(Object.keys(memberStateNames)).toHaveLength(193);
    expect(new Set(Object.values(memberStateNames)).size).toBe(193);
  });

  it('knows the observer States and the European Union, which are not Member States', () => {
    expect(Object.values(memberStateNames)).not.toContain('PS');
    expect([codeForUntcName('Holy See'), codeForUntcName('State of Palestine'), codeForUntcName('European Union')]).toEqual(['VA', 'PS', 'EU']);
  });

  it.each([
    ['Czech Republic', 'CZ'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Türkiye', 'TR'],
    ['Viet Nam', 'VN'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['United Republic of Tanzania', 'TZ'],
    ['Venezuela (Bolivarian Republic of)', 'VE'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Republic of Korea', 'KR'],
    ['Netherlands (Kingdom of the)', 'NL'],
  ])('reads the UN short name %s as %s', (name, code) => {
    expect(codeForUntcName(name)).toBe(code);
  });

  it('reads a name whatever its spaces, apostrophe, case or Unicode form', () => {
    expect(codeForUntcName('  Lao  People’s Democratic\tRepublic ')).toBe('LA');
    expect(codeForUntcName('VIET NAM')).toBe('VN');
    expect(codeForUntcName('Tu\u0308rkiye')).toBe('TR');
  });

  it('knows no name it was not given, so a new or misspelt name stops the import', () => {
    expect(codeForUntcName('Ruritania')).toBeUndefined();
    expect(codeForUntcName('Vietnam')).toBeUndefined();
    expect(codeForUntcName('Korea')).toBeUndefined();
  });

  it('gives the UN name back for a code, the current one first', () => {
    expect(untcNameOf('CZ')).toBe('Czech Republic');
    expect(untcNameOf('NL')).toBe('Netherlands (Kingdom of the)');
    expect(untcNameOf('XX')).toBeUndefined();
  });

  it('has a UN name for every participant of content/status.md', () => {
    const log = new ProblemLog();
    const status = loadStatus(path.join(ROOT, 'content'), log);
    expect(log.errors).toEqual([]);
    const unnamed = status!.participants.map(({ code }) => code).filter((code) => !untcNameOf(code));
    expect(status!.participants.length).toBeGreaterThan(0);
    expect(unnamed).toEqual([]);
  });
});
