import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/content';
import { vi } from '@/lib/i18n/vi';
import { datasets } from '@/lib/outputs/datasets';

/*
 * One term, one rendering: the wrong variants the bilingual review found (vietnamese-review.md,
 * finding numbers in brackets) must not come back in the Vietnamese content, the interface text
 * or the Data page. The terms the site uses instead are in the editors' glossary (docs/editing.md,
 * "Vietnamese terms"). Text inside quotation marks (“…”) is left alone: a verbatim quotation keeps
 * its speaker's words, and a change note quotes the wording it replaced.
 */
const wrongVariants: { variant: RegExp; write: string }[] = [
  { variant: /tạm hoãn/i, write: 'tạm ngừng (suspended; “tạm hoãn” means postponed) [M3]' },
  { variant: /phiên họp kết thúc/i, write: 'Phiên họp cuối cùng (concluding session) [M3]' },
  { variant: /\(nối lại\)/i, write: 'Phiên họp cuối cùng (họp lại) (reconvened concluding session) [M3]' },
  { variant: /Cộng hòa Dominica(?!na)/, write: 'Cộng hòa Dominicana (Dominican Republic; Dominica is another State) [M4]' },
  { variant: /Hội đồng châu Âu/, write: 'Ủy hội châu Âu (Council of Europe); Hội đồng Liên minh châu Âu (Council of the EU) [M18]' },
  { variant: /bộ sưu tập điều ước/i, write: 'Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC) [M9]' },
  { variant: /hiệp ước/i, write: 'điều ước (treaty), Công ước, dự thảo công ước [M10]' },
  { variant: /tham gia[^.;:]{0,30}bằng cách gia nhập/i, write: 'trở thành thành viên theo thủ tục gia nhập (join by accession) [M5]' },
  { variant: /(?:các )?bên đã tham gia/i, write: 'các bên đã trở thành thành viên (Parties) [M5]' },
  { variant: /tự nó/i, write: 'Chỉ riêng việc ký chưa … (does not by itself) [M11]' },
  { variant: /quanh và sau/i, write: 'trước, trong và sau lễ mở ký [M1]' },
  { variant: /sau Hà Nội/i, write: 'sau lễ mở ký tại Hà Nội (after Hanoi) [M2]' },
  { variant: /nắm được/i, write: 'có thông tin về (known to) [M7]' },
  { variant: /\(conclusion\)|chấp nhận sự ràng buộc/i, write: 'EU đồng ý chịu sự ràng buộc của Công ước (the EU’s conclusion) [M19]' },
  { variant: /(?<!không (?:có|phải là) )bản dịch chính thức/i, write: 'bản dịch không chính thức, or the press’s rendering with its source: no official Vietnamese translation exists [H1]' },
  { variant: /vui lòng/i, write: 'xem (see) [L9]' },
  { variant: /tên gọi ngắn/i, write: 'tên gọi tắt (short name) [L5]' },
  { variant: /phổ cập/i, write: 'phổ quát hóa (universalisation) [L37]' },
  { variant: /(?<!\()quy tắc thủ tục/i, write: 'quy chế hoạt động (rules of procedure), glossed “(quy tắc thủ tục)” at first mention [L38]' },
  { variant: /trang tình trạng(?! Công ước)/i, write: 'trang Ký và phê chuẩn (the status page) [L41]' },
  { variant: /nhất trí/i, write: 'thông qua mà không qua biểu quyết (without a vote; never “unanimously”: FACTS.md)' },
  { variant: /thường được gọi không chính thức/i, write: 'còn gọi là Công ước Hà Nội [L31]' },
  { variant: /quốc gia thành viên (?:của )?EU/i, write: 'các nước thành viên EU (EU member States) [L24]' },
  { variant: /tình trạng cập nhật/i, write: 'tình trạng mới nhất (live status) [L16]' },
  { variant: /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\btháng \d{1,2}\/\d{4}\b/, write: 'ngày 24 tháng 12 năm 2024, tháng 8 năm 2023 (dates in full) [L1]' },
];

/** Text outside quotation marks. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”');

type Text = { where: string; text: string };

/** Every Vietnamese string in a YAML value: the `vi` of each translated field, at any depth. */
function vietnameseIn(value: unknown, where: string): Text[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => vietnameseIn(item, `${where}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'vi' && typeof inner === 'string' ? [{ where: `${where}.vi`, text: inner }] : vietnameseIn(inner, `${where}.${key}`)));
  }
  return [];
}

const frontMatter = (file: string) => YAML.parse(fs.readFileSync(file, 'utf8').split(/^---$/m)[1]);
const markdownIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.md')).map((file) => path.join(dir, file)) : []);

/** The Vietnamese a reader can see: articles and pages line by line, the shared files' vi fields, the interface and the Data page. */
function vietnameseTexts(contentDir: string): Text[] {
  const files = [...markdownIn(path.join(contentDir, 'articles', 'vi')), ...markdownIn(path.join(contentDir, 'pages', 'vi'))];
  const lines = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').map((text, index) => ({ where: `${path.relative(contentDir, file)}:${index + 1}`, text })));
  const shared = ['key-facts.md', 'glossary.md', 'status.md', 'convention.md'].flatMap((name) => vietnameseIn(frontMatter(path.join(contentDir, name)), name));
  const ui = Object.entries(vi).map(([key, text]) => ({ where: `lib/i18n/vi.ts ${key}`, text }));
  const data = vietnameseIn(datasets, 'lib/outputs/datasets.ts');
  return [...lines, ...shared, ...ui, ...data];
}

function wrongVariantsIn(texts: Text[]) {
  return texts.flatMap(({ where, text }) =>
    wrongVariants.flatMap(({ variant, write }) => {
      const found = unquoted(text).match(variant);
      return found ? [{ where, found: found[0], write }] : [];
    }),
  );
}

describe('Vietnamese terms', () => {
  it('reads every Vietnamese text: content, shared files, interface and Data page', () => {
    const wheres = vietnameseTexts(CONTENT_DIR).map(({ where }) => where);
    for (const expected of [/^articles\/vi\/adoption\.md:\d+$/, /^pages\/vi\/home\.md:\d+$/, /^key-facts\.md\..*\.vi$/, /^glossary\.md\..*\.vi$/, /^status\.md\..*\.vi$/, /^convention\.md\..*\.vi$/, /^lib\/i18n\/vi\.ts /, /^lib\/outputs\/datasets\.ts\[.*\.vi$/]) {
      expect(wheres.some((where) => expected.test(where)), String(expected)).toBe(true);
    }
  });

  it('flags each known wrong variant, but not inside a quotation', () => {
    const texts = (text: string) => [{ where: 'example', text }];
    expect(wrongVariantsIn(texts('Phiên này bị tạm hoãn khi chưa đạt được thỏa thuận.')).map(({ found }) => found)).toEqual(['tạm hoãn']);
    expect(wrongVariantsIn(texts('Áo, Ecuador, Cộng hòa Dominica, Lào')).map(({ found }) => found)).toEqual(['Cộng hòa Dominica']);
    expect(wrongVariantsIn(texts('Áo, Ecuador, Cộng hòa Dominicana, Lào'))).toEqual([]);
    expect(wrongVariantsIn(texts('quốc gia chưa ký vẫn có thể tham gia Công ước bằng cách gia nhập'))).toHaveLength(1);
    expect(wrongVariantsIn(texts('Bản dịch chính thức sang tiếng Việt của khoản 1 Điều 64'))).toHaveLength(1);
    expect(wrongVariantsIn(texts('Công ước không có bản dịch chính thức sang tiếng Việt'))).toEqual([]);
    expect(wrongVariantsIn(texts('dự thảo quy tắc thủ tục của Hội nghị'))).toHaveLength(1);
    expect(wrongVariantsIn(texts('dự thảo quy chế hoạt động (quy tắc thủ tục) của Hội nghị'))).toEqual([]);
    expect(wrongVariantsIn(texts('Đổi tên bài (trước đây là “Quanh và sau Hà Nội”)'))).toEqual([]);
  });

  it('the Vietnamese content, interface and Data page use none of the wrong variants', () => {
    expect(wrongVariantsIn(vietnameseTexts(CONTENT_DIR))).toEqual([]);
  });
});
