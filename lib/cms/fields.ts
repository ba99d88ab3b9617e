import { LEDE_MAX_WORDS } from '../schema';

/*
 * What the editing form says about each field, in both languages: its label, a hint, and how it is
 * entered. The fields themselves come from the content schema (lib/cms/config.ts); a field with no
 * text here stops the generation, so a new schema field cannot reach the form unexplained.
 */

/** The same words in English and Vietnamese. */
export type Bilingual = { en: string; vi: string };

export type FieldText = {
  label: Bilingual;
  hint?: Bilingual;
  /** Several lines of plain text rather than one. */
  multiline?: boolean;
  /** For a list: the template Decap shows for a closed item, e.g. `{{fields.date}} {{fields.title}}`. */
  summary?: string;
};

const DAY_HINT: Bilingual = { en: 'YYYY-MM-DD, e.g. 2026-12-01', vi: 'Dạng YYYY-MM-DD, ví dụ 2026-12-01' };
const SOURCE_HINT: Bilingual = { en: 'The full web address (https://…) where this is verified', vi: 'Địa chỉ web đầy đủ (https://…) nơi thông tin này được xác minh' };

/** By field name; `collection:path` (path as names joined by dots) where one name means different things. */
const FIELD_TEXT: Record<string, FieldText> = {
  title: { label: { en: 'Title', vi: 'Tiêu đề' } },
  summary: { label: { en: 'Summary', vi: 'Tóm tắt' }, hint: { en: 'One or two sentences for lists and search results', vi: 'Một hoặc hai câu cho danh sách và kết quả tìm kiếm' }, multiline: true },
  date: { label: { en: 'Date', vi: 'Ngày' }, hint: DAY_HINT },
  'articles:date': { label: { en: 'Published', vi: 'Ngày đăng' }, hint: { en: 'YYYY-MM-DD, e.g. 2026-12-01. A day after today schedules the article.', vi: 'Dạng YYYY-MM-DD, ví dụ 2026-12-01. Một ngày sau hôm nay sẽ hẹn ngày đăng bài.' } },
  'articles:events.date': { label: { en: 'Date', vi: 'Ngày' }, hint: { en: 'YYYY-MM-DD, or YYYY-MM if only the month is known', vi: 'Dạng YYYY-MM-DD, hoặc YYYY-MM nếu chỉ biết tháng' } },
  'keyFacts:facts.from.date': { label: { en: 'From', vi: 'Từ ngày' }, hint: DAY_HINT },
  'glossary:terms.from.date': { label: { en: 'From', vi: 'Từ ngày' }, hint: DAY_HINT },
  updated: { label: { en: 'Updated', vi: 'Ngày cập nhật' }, hint: DAY_HINT },
  changes: { label: { en: 'Changes worth telling readers', vi: 'Thay đổi cần báo cho người đọc' }, hint: { en: 'A typo fix needs none', vi: 'Sửa lỗi chính tả thì không cần' }, summary: '{{fields.date}} {{fields.note}}' },
  'articles:events.title': { label: { en: 'What happened', vi: 'Sự kiện' }, hint: { en: 'A short headline in the present tense, e.g. The General Assembly adopts the Convention', vi: 'Một tiêu đề ngắn, ví dụ Đại hội đồng thông qua Công ước' } },
  'articles:events.participants': {
    label: { en: 'States concerned', vi: 'Các quốc gia liên quan' },
    hint: { en: 'Country codes in capitals, e.g. VN, AZ or EU: the event is listed on their pages and in their feeds. The same in both languages.', vi: 'Mã quốc gia viết hoa, ví dụ VN, AZ hoặc EU: sự kiện được liệt kê trên trang và trong nguồn cấp của các quốc gia đó. Giống nhau ở cả hai ngôn ngữ.' },
  },
  domesticSteps: {
    label: { en: 'Steps at home (not a deposit with the UN)', vi: 'Các bước trong nước (chưa phải nộp lưu chiểu cho Liên Hợp Quốc)' },
    hint: { en: 'A parliament’s vote, a law: shown on the State’s page, never counted', vi: 'Nghị viện biểu quyết, luật được ban hành: hiển thị trên trang của quốc gia, không được tính' },
    summary: '{{fields.code}}',
  },
  steps: { label: { en: 'Steps', vi: 'Các bước' }, summary: '{{fields.date}}' },
  step: { label: { en: 'What was done', vi: 'Việc đã làm' }, hint: { en: 'One short sentence in the present tense, e.g. The parliament adopts the law approving the Convention', vi: 'Một câu ngắn, ví dụ Quốc hội thông qua luật phê chuẩn Công ước' } },
  'pages:lede': {
    label: { en: 'Lede (home page)', vi: 'Đoạn mở đầu (trang chủ)' },
    // The loader's limits: Vietnamese is counted in written syllables (chữ), as it writes them apart.
    hint: {
      en: `What the Convention is, in at most ${LEDE_MAX_WORDS.en} words (${LEDE_MAX_WORDS.vi} in Vietnamese, counting each syllable): the first lines of the home page`,
      vi: `Công ước là gì, tối đa ${LEDE_MAX_WORDS.vi} chữ (bản tiếng Anh: ${LEDE_MAX_WORDS.en} từ): những dòng đầu tiên của trang chủ`,
    },
    multiline: true,
  },
  'articles:sources.title': { label: { en: 'Name of the source', vi: 'Tên nguồn' } },
  'articles:changes.note': { label: { en: 'What changed', vi: 'Nội dung thay đổi' }, multiline: true },
  events: { label: { en: 'Timeline events', vi: 'Sự kiện trên dòng thời gian' }, hint: { en: 'Give each event the same id and dates in both languages', vi: 'Mỗi sự kiện có cùng mã và ngày ở cả hai ngôn ngữ' }, summary: '{{fields.date}} {{fields.title}}' },
  id: { label: { en: 'Id (permalink)', vi: 'Mã (liên kết cố định)' }, hint: { en: 'Lowercase letters, digits and hyphens, e.g. ga-adoption; never change it once published', vi: 'Chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ ga-adoption; không đổi sau khi đăng' } },
  endDate: { label: { en: 'End date', vi: 'Ngày kết thúc' }, hint: { en: 'Only for an event over several days: YYYY-MM-DD', vi: 'Chỉ cho sự kiện kéo dài nhiều ngày: dạng YYYY-MM-DD' } },
  location: { label: { en: 'Place', vi: 'Địa điểm' }, hint: { en: 'The venue and city, e.g. National Convention Centre, Hanoi', vi: 'Nơi tổ chức và thành phố, ví dụ Trung tâm Hội nghị Quốc gia, Hà Nội' } },
  source: { label: { en: 'Source', vi: 'Nguồn' }, hint: SOURCE_HINT },
  key: { label: { en: 'Key date', vi: 'Mốc chính' }, hint: { en: 'Shown in the key dates on the home page and every article', vi: 'Hiển thị trong các mốc chính ở trang chủ và mọi bài viết' } },
  sources: { label: { en: 'Sources', vi: 'Nguồn tham khảo' }, summary: '{{fields.title}}' },
  url: { label: { en: 'Web address', vi: 'Địa chỉ web' }, hint: { en: 'The full address, https://…', vi: 'Địa chỉ đầy đủ, https://…' } },
  draft: { label: { en: 'Draft (not published yet)', vi: 'Bản nháp (chưa đăng)' } },
  body: { label: { en: 'Text', vi: 'Nội dung' } },
  facts: { label: { en: 'Key facts', vi: 'Thông tin chính' }, summary: '{{fields.id}}' },
  label: { label: { en: 'Label', vi: 'Nhãn' } },
  value: { label: { en: 'Value', vi: 'Giá trị' } },
  detail: { label: { en: 'Explanation', vi: 'Giải thích' } },
  asOf: { label: { en: 'As of (the date of the evidence)', vi: 'Tính đến (ngày của bằng chứng)' }, hint: { en: 'The day the evidence is from, never the day you edit: YYYY-MM-DD, or YYYY-MM', vi: 'Ngày của bằng chứng, không phải ngày bạn sửa: dạng YYYY-MM-DD hoặc YYYY-MM' } },
  'status:asOf': { label: { en: 'Status as at (UN Treaty Collection)', vi: 'Tình trạng tính đến (Cơ sở dữ liệu Điều ước của LHQ, UNTC)' }, hint: { en: 'The "Status as at" day of the UNTC page these rows reflect, never the day you edit: YYYY-MM-DD', vi: 'Ngày "Status as at" của trang UNTC mà các dòng này phản ánh, không phải ngày bạn sửa: dạng YYYY-MM-DD' } },
  from: { label: { en: 'From a given day', vi: 'Từ một ngày nhất định' }, hint: { en: 'Text that replaces this entry’s own from that day on, e.g. once signature has closed', vi: 'Nội dung thay cho nội dung hiện tại kể từ ngày đó, ví dụ khi việc ký đã kết thúc' } },
  terms: { label: { en: 'Terms', vi: 'Thuật ngữ' }, summary: '{{fields.id}}' },
  term: { label: { en: 'Term', vi: 'Thuật ngữ' } },
  definition: { label: { en: 'Definition', vi: 'Định nghĩa' }, hint: { en: 'In plain words', vi: 'Bằng lời lẽ dễ hiểu' } },
  forms: { label: { en: 'Forms linked in articles', vi: 'Các dạng từ được liên kết trong bài viết' }, hint: { en: 'Each article links the first of these it contains to the definition', vi: 'Mỗi bài viết liên kết dạng từ đầu tiên có trong bài tới định nghĩa' } },
  signaturesKnownTo: { label: { en: 'Signatures known to', vi: 'Chữ ký được biết đến ngày' }, hint: { en: 'Only when later sources than the UNTC status are known: YYYY-MM-DD', vi: 'Chỉ khi có nguồn mới hơn tình trạng UNTC: dạng YYYY-MM-DD' } },
  lastCompared: { label: { en: 'Compared with UNTC, no change', vi: 'Đã đối chiếu với UNTC, không thay đổi' }, hint: { en: 'Set by the daily comparison: the last day UNTC showed no change, YYYY-MM-DD', vi: 'Do lần đối chiếu hằng ngày ghi: ngày gần nhất UNTC không có thay đổi, dạng YYYY-MM-DD' } },
  hanoiSignatories: { label: { en: 'Signatories at the Hanoi ceremony', vi: 'Số bên ký tại lễ mở ký Hà Nội' } },
  count: { label: { en: 'Number', vi: 'Số lượng' } },
  participants: { label: { en: 'Participants', vi: 'Các bên tham gia' }, summary: '{{fields.code}} {{fields.signed}}' },
  code: { label: { en: 'Country code', vi: 'Mã quốc gia' }, hint: { en: 'ISO 3166-1 alpha-2 in capitals, e.g. VN, or EU', vi: 'Mã ISO 3166-1 alpha-2 viết hoa, ví dụ VN, hoặc EU' } },
  signed: { label: { en: 'Signed', vi: 'Ngày ký' }, hint: { en: 'YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD when only the days it falls between are known', vi: 'Dạng YYYY-MM-DD, hoặc YYYY-MM-DD/YYYY-MM-DD khi chỉ biết khoảng ngày' } },
  'status:participants.source': { label: { en: 'Source of the signature', vi: 'Nguồn của chữ ký' }, hint: SOURCE_HINT },
  instrument: { label: { en: 'Instrument deposited', vi: 'Văn kiện đã nộp lưu chiểu' }, hint: { en: 'Ratification, acceptance, approval or accession, once deposited with the Secretary-General', vi: 'Phê chuẩn, chấp thuận, phê duyệt hoặc gia nhập, khi đã nộp lưu chiểu cho Tổng Thư ký' } },
  type: { label: { en: 'Kind', vi: 'Loại' } },
  'status:participants.instrument.date': { label: { en: 'Day of deposit', vi: 'Ngày nộp lưu chiểu' }, hint: DAY_HINT },
  'status:participants.note': { label: { en: 'Note for readers', vi: 'Ghi chú cho người đọc' } },
  'convention:sources': {
    label: { en: 'Sources of the structure', vi: 'Nguồn về cấu trúc' },
    hint: { en: 'Web addresses (https://…) where the preamble, the number of chapters and the number of articles are verified', vi: 'Địa chỉ web (https://…) nơi lời nói đầu, số chương và số điều được xác minh' },
  },
  chapters: { label: { en: 'Chapters, Chapter I first', vi: 'Các chương, bắt đầu từ Chương I' }, hint: { en: 'In the Convention’s order: the page numbers them I, II, …', vi: 'Theo thứ tự trong Công ước: trang web tự đánh số I, II, …' }, summary: '{{fields.title.en}}' },
  'convention:chapters.title': { label: { en: 'Chapter title', vi: 'Tên chương' }, hint: { en: 'The Vietnamese is an unofficial translation', vi: 'Tên tiếng Việt là bản dịch không chính thức' } },
  lastArticle: {
    label: { en: 'Last article of the chapter', vi: 'Điều cuối cùng của chương' },
    hint: {
      en: 'A number, e.g. 34. Leave it empty where the sources do not verify where the chapter ends: the page shows the chapter with the next one. The last chapter’s is the number of articles.',
      vi: 'Một số, ví dụ 34. Để trống nếu các nguồn chưa xác minh chương kết thúc ở điều nào: trang sẽ hiển thị chương này cùng chương tiếp theo. Số của chương cuối cùng là tổng số điều.',
    },
  },
  'convention:chapters.sources': { label: { en: 'Sources', vi: 'Nguồn' }, hint: { en: 'Web addresses (https://…) where the chapter and its articles are verified', vi: 'Địa chỉ web (https://…) nơi chương và các điều của chương được xác minh' } },
  interpretativeNotes: { label: { en: 'Interpretative notes', vi: 'Các ghi chú diễn giải' } },
  'convention:interpretativeNotes.text': { label: { en: 'What the sources say', vi: 'Nội dung theo các nguồn' }, multiline: true },
  'convention:interpretativeNotes.sources': { label: { en: 'Sources', vi: 'Nguồn' }, hint: { en: 'Web addresses (https://…) where this is verified', vi: 'Địa chỉ web (https://…) nơi thông tin này được xác minh' } },
  explainer64And65: {
    label: { en: 'Explainer of Articles 64 and 65', vi: 'Bài giải thích Điều 64 và Điều 65' },
    hint: { en: 'The file name of the article, e.g. article-64-signature-and-entry-into-force', vi: 'Tên tệp của bài viết, ví dụ article-64-signature-and-entry-into-force' },
  },
  explainers: { label: { en: 'Other explainers to read', vi: 'Các bài giải thích khác nên đọc' }, hint: { en: 'File names of articles published in both languages', vi: 'Tên tệp của các bài viết đã đăng ở cả hai ngôn ngữ' } },
  'convention:terms': { label: { en: 'Glossary terms to read', vi: 'Các thuật ngữ nên đọc' }, hint: { en: 'Ids of glossary terms, e.g. instrument', vi: 'Mã của thuật ngữ, ví dụ instrument' } },
  en: { label: { en: 'English', vi: 'Tiếng Anh' } },
  vi: { label: { en: 'Vietnamese', vi: 'Tiếng Việt' } },
};

/** The text for a field at `path` in `collection`; throws when there is none, naming what to add. */
export function fieldText(collection: string, path: string[]): FieldText {
  const text = FIELD_TEXT[`${collection}:${path.join('.')}`] ?? FIELD_TEXT[path.at(-1)!];
  if (!text) throw new Error(`lib/cms/fields.ts has no label for the field ${path.join('.')} of ${collection}: add one in English and Vietnamese`);
  return text;
}

/** How the form shows two languages in one label or hint. */
export const bilingual = ({ en, vi }: Bilingual) => `${en} · ${vi}`;
