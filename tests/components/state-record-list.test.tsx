import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateRecordList } from '@/components/state-record-list';
import type { StateRecord } from '@/lib/states/record';
import { records } from './state-examples';

const pageUrl = (code: string, lang = 'en') => `https://example.org/${lang}/status/${code.toLowerCase()}/`;

function renderRecord(record: StateRecord, lang: 'en' | 'vi' = 'en') {
  return render(<StateRecordList record={record} lang={lang} pageUrl={pageUrl(record.code, lang)} knownTo="2025-11-19" />);
}

describe('StateRecordList', () => {
  it('lists a Party’s signature and instrument, each with its own anchor, its day and its source', () => {
    const { container } = renderRecord(records.party);
    expect(screen.getByRole('heading', { level: 2, name: 'The record' })).toHaveAttribute('id', 'record-heading');
    const entries = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(entries.map((entry) => entry.id)).toEqual(['signature', 'instrument']);
    expect(within(entries[0]).getByRole('link', { name: 'Signed at the Hanoi ceremony' })).toHaveAttribute('href', '#signature');
    expect(entries[0]).toHaveTextContent('25–26 October 2025');
    expect(within(entries[0]).getByRole('link', { name: 'verdragen.nl' })).toHaveAttribute('href', 'https://verdragen.nl/x');
    expect(within(entries[1]).getByRole('link', { name: 'Instrument of approval deposited with the UN Secretary-General' })).toHaveAttribute('href', '#instrument');
    expect(entries[1]).toHaveTextContent('Number 1 of the 40 instruments that bring the Convention into force.');
    expect(container.querySelectorAll('time')).toHaveLength(3);
  });

  it('gives each entry a citation to copy, shown on request and with its own address', () => {
    const { container } = renderRecord(records.signedAtHeadquarters);
    const citation = container.querySelector('#cite-signature')!;
    expect(citation.closest('details')).not.toBeNull();
    expect(citation).toHaveTextContent(
      'Hanoi Convention Guide, “Mauritius: Signed at UN Headquarters, New York, 19 November 2025”, https://example.org/en/status/mu/#signature (source: verdragen.nl).',
    );
    expect(container.querySelector('button[data-copy="cite-signature"]')).toHaveAttribute('hidden');
    expect(screen.getByText('Day of signature per the Dutch treaty database')).toBeInTheDocument();
  });

  it('says the EU’s instrument is not counted', () => {
    renderRecord(records.eu);
    expect(screen.getByText('Not counted in addition to those of the EU’s member States (Article 65(1)).')).toBeInTheDocument();
  });

  it('says so when nothing is recorded, with the day the sources run to', () => {
    const { container } = renderRecord(records.notSigned);
    expect(screen.queryByRole('list')).toBeNull();
    expect(container).toHaveTextContent('Nothing is recorded for Germany in the site’s sources, which run to 19 November 2025.');
  });

  it('speaks Vietnamese, the citation included', () => {
    const { container } = renderRecord(records.acceded, 'vi');
    expect(screen.getByRole('heading', { name: 'Hồ sơ' })).toBeInTheDocument();
    expect(container.querySelector('#instrument')).toHaveTextContent('Nộp lưu chiểu văn kiện gia nhập cho Tổng Thư ký Liên Hợp Quốc');
    expect(container.querySelector('#cite-instrument')).toHaveTextContent(
      'Cẩm nang Công ước Hà Nội, “Na Uy: Nộp lưu chiểu văn kiện gia nhập cho Tổng Thư ký Liên Hợp Quốc, 30 tháng 9 năm 2026”, https://example.org/vi/status/no/#instrument (nguồn: treaties.un.org).',
    );
  });
});
