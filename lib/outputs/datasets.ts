import type { Lang } from '../i18n';
import { paths } from '../web/paths';
import { keyFactFields, stateFields, statusFields, timelineFields } from './data-export';

type Text = Record<Lang, string>;

/** A downloadable dataset as the Data page documents it: its files and every field. */
export type Dataset = {
  id: 'timeline' | 'key-facts' | 'status' | 'states';
  title: Text;
  description: Text;
  files: { format: string; path: (lang: Lang) => string }[];
  fields: { name: string; meaning: Text }[];
};

const file = (name: string) => (lang: Lang) => paths.dataFile(lang, name);

const timelineMeaning: Record<(typeof timelineFields)[number], Text> = {
  id: { en: 'Stable identifier of the event; the same in every language.', vi: 'Mã định danh cố định của sự kiện; giống nhau ở mọi ngôn ngữ.' },
  date: { en: 'Date, YYYY-MM-DD, or YYYY-MM where only the month is known.', vi: 'Ngày, dạng YYYY-MM-DD, hoặc YYYY-MM nếu chỉ biết tháng.' },
  endDate: { en: 'Last day of a range, YYYY-MM-DD; empty for a single day.', vi: 'Ngày cuối của một khoảng thời gian, YYYY-MM-DD; để trống nếu chỉ một ngày.' },
  title: { en: 'What happened.', vi: 'Nội dung sự kiện.' },
  key: { en: 'true for the key dates shown on the home page and every article.', vi: 'true với các mốc chính hiển thị trên trang chủ và trong mọi bài viết.' },
  source: { en: 'Where the date is verified.', vi: 'Nguồn xác minh ngày tháng.' },
  permalink: { en: 'Permanent link to the event on the timeline.', vi: 'Đường dẫn cố định đến sự kiện trên dòng thời gian.' },
  article: { en: 'The article that tells the story of the event.', vi: 'Bài viết kể về sự kiện.' },
};

const keyFactMeaning: Record<(typeof keyFactFields)[number], Text> = {
  id: { en: 'Stable identifier of the fact.', vi: 'Mã định danh cố định của thông tin.' },
  label: { en: 'What the fact is.', vi: 'Tên thông tin.' },
  value: { en: 'The value, as text; empty when the fact is a date.', vi: 'Giá trị, dạng văn bản; để trống nếu thông tin là một ngày.' },
  date: { en: 'Date, YYYY-MM-DD, where the fact is a date.', vi: 'Ngày, YYYY-MM-DD, nếu thông tin là một ngày.' },
  endDate: { en: 'Last day of a range, YYYY-MM-DD.', vi: 'Ngày cuối của khoảng thời gian, YYYY-MM-DD.' },
  detail: { en: 'A short explanation.', vi: 'Giải thích ngắn.' },
  asOf: { en: 'When a value that can change was last checked.', vi: 'Thời điểm kiểm tra gần nhất của một giá trị có thể thay đổi.' },
  source: { en: 'Where the fact is verified.', vi: 'Nguồn xác minh.' },
};

const statusMeaning: Record<(typeof statusFields)[number], Text> = {
  code: { en: 'ISO 3166-1 alpha-2 code; EU for the European Union.', vi: 'Mã ISO 3166-1 alpha-2; EU là mã của Liên minh châu Âu.' },
  name: { en: 'Name in the language of the file.', vi: 'Tên theo ngôn ngữ của tệp.' },
  organization: { en: 'true for a regional economic integration organization.', vi: 'true nếu là tổ chức hội nhập kinh tế khu vực.' },
  signed: {
    en: 'Day of signature, YYYY-MM-DD; for signatures at the Hanoi ceremony whose day the sources do not give, the first day of the ceremony, with signedEnd.',
    vi: 'Ngày ký, YYYY-MM-DD; với các bên ký tại lễ mở ký ở Hà Nội mà nguồn không nêu ngày cụ thể, đây là ngày đầu của lễ, kèm signedEnd.',
  },
  signedEnd: { en: 'Last day of the span in which the signature was made, when the day is not known.', vi: 'Ngày cuối của khoảng thời gian ký, khi không biết ngày cụ thể.' },
  signatureSource: { en: 'Where the signature is verified.', vi: 'Nguồn xác minh việc ký.' },
  instrument: { en: 'ratification, acceptance, approval or accession; empty if none is verified.', vi: 'ratification (phê chuẩn), acceptance (chấp thuận), approval (phê duyệt) hoặc accession (gia nhập); để trống nếu chưa xác minh.' },
  instrumentDate: { en: 'Day of deposit, YYYY-MM-DD.', vi: 'Ngày nộp lưu chiểu, YYYY-MM-DD.' },
  instrumentNumber: {
    en: 'Place in the count toward the 40 needed for entry into force; empty for an organization, which is not counted.',
    vi: 'Thứ tự trong số 40 văn kiện cần thiết để Công ước có hiệu lực; để trống đối với tổ chức, vì văn kiện của tổ chức không được tính.',
  },
  instrumentSource: { en: 'Where the deposit is verified.', vi: 'Nguồn xác minh việc nộp lưu chiểu.' },
  note: { en: 'What to know about the row, such as a day that rests on one source; empty if none.', vi: 'Điều cần biết về dòng này, chẳng hạn một ngày chỉ dựa trên một nguồn; để trống nếu không có.' },
  asOf: {
    en: 'The day of the UN Treaty Collection status the rows reflect, YYYY-MM-DD: the date of the evidence, not of the download.',
    vi: 'Ngày của tình trạng trên Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC) mà các dòng phản ánh, YYYY-MM-DD: ngày của bằng chứng, không phải ngày tải xuống.',
  },
  signaturesKnownTo: {
    en: 'The last day other sources carry the signatures to, when later than asOf; empty otherwise.',
    vi: 'Ngày cuối cùng mà các nguồn khác ghi nhận các lượt ký, nếu muộn hơn asOf; để trống nếu không.',
  },
  lastCompared: {
    en: 'The last day the rows were compared with the UN Treaty Collection and found unchanged, YYYY-MM-DD; empty until the first such comparison.',
    vi: 'Ngày gần nhất các dòng được đối chiếu với UNTC và không có thay đổi, YYYY-MM-DD; để trống cho đến lần đối chiếu đầu tiên như vậy.',
  },
  url: { en: 'The participant’s own page on this site.', vi: 'Trang riêng của bên này trên trang web.' },
};

const stateMeaning: Record<(typeof stateFields)[number], Text> = {
  code: statusMeaning.code,
  name: statusMeaning.name,
  otherNames: {
    en: 'Other names people use for it, separated by "; " (in the Vietnamese file, its English names too).',
    vi: 'Các tên gọi khác, ngăn cách bằng "; " (trong tệp tiếng Việt có cả các tên tiếng Anh).',
  },
  organization: statusMeaning.organization,
  standing: {
    en: 'party (an instrument is deposited), signatory (signed, no instrument yet) or not-signed, in the site’s sources.',
    vi: 'party (đã nộp lưu chiểu văn kiện), signatory (đã ký, chưa nộp văn kiện) hoặc not-signed (chưa ký), theo các nguồn của trang web.',
  },
  signed: statusMeaning.signed,
  signedEnd: statusMeaning.signedEnd,
  signaturePlace: {
    en: 'hanoi (at the signing ceremony) or headquarters (UN Headquarters, New York); empty if not signed.',
    vi: 'hanoi (tại Lễ mở ký) hoặc headquarters (trụ sở Liên Hợp Quốc, New York); để trống nếu chưa ký.',
  },
  instrument: statusMeaning.instrument,
  instrumentDate: statusMeaning.instrumentDate,
  domesticSteps: {
    en: 'Steps at home toward joining, each as "YYYY-MM-DD: what was done", separated by "; "; they are not deposits with the UN.',
    vi: 'Các bước trong nước để trở thành thành viên, mỗi bước dạng "YYYY-MM-DD: nội dung", ngăn cách bằng "; "; đây chưa phải là việc nộp lưu chiểu cho Liên Hợp Quốc.',
  },
  url: { en: 'The State’s own page on this site.', vi: 'Trang riêng của quốc gia này trên trang web.' },
  asOf: statusMeaning.asOf,
  signaturesKnownTo: statusMeaning.signaturesKnownTo,
  lastCompared: statusMeaning.lastCompared,
};

export const datasets: Dataset[] = [
  {
    id: 'timeline',
    title: { en: 'Timeline', vi: 'Dòng thời gian' },
    description: {
      en: 'Every dated event on the site, oldest first. The calendar file holds the events that have a day (not month-only ones) as all-day events; importing it again updates them rather than adding copies.',
      vi: 'Mọi sự kiện có ngày tháng trên trang web, theo thứ tự thời gian. Tệp lịch chứa các sự kiện có ngày cụ thể (không gồm sự kiện chỉ biết tháng) dưới dạng sự kiện cả ngày; nhập lại tệp sẽ cập nhật chứ không tạo bản sao.',
    },
    files: [
      { format: 'JSON', path: file('timeline.json') },
      { format: 'CSV', path: file('timeline.csv') },
      { format: 'iCalendar (.ics)', path: file('timeline.ics') },
    ],
    fields: timelineFields.map((name) => ({ name, meaning: timelineMeaning[name] })),
  },
  {
    id: 'key-facts',
    title: { en: 'Key facts', vi: 'Thông tin chính' },
    description: { en: 'The key facts shown on the home page and every article, each with its source.', vi: 'Các thông tin chính hiển thị trên trang chủ và trong mọi bài viết, kèm nguồn.' },
    files: [
      { format: 'JSON', path: file('key-facts.json') },
      { format: 'CSV', path: file('key-facts.csv') },
    ],
    fields: keyFactFields.map((name) => ({ name, meaning: keyFactMeaning[name] })),
  },
  {
    id: 'status',
    title: { en: 'Signatures and ratifications', vi: 'Ký và phê chuẩn' },
    description: {
      en: 'Every participant this site can verify, with its signature and, once deposited, its instrument, as recorded on the dates in asOf and signaturesKnownTo: the UN Treaty Collection has the live status.',
      vi: 'Mọi quốc gia và tổ chức (bên ký hoặc thành viên) mà trang web này xác minh được, kèm ngày ký và, khi đã nộp lưu chiểu, văn kiện của bên đó, theo ghi nhận vào các ngày trong asOf và signaturesKnownTo: xem tình trạng mới nhất trên Cơ sở dữ liệu Điều ước của Liên Hợp Quốc (UNTC).',
    },
    files: [
      { format: 'JSON', path: file('status.json') },
      { format: 'CSV', path: file('status.csv') },
    ],
    fields: statusFields.map((name) => ({ name, meaning: statusMeaning[name] })),
  },
  {
    id: 'states',
    title: { en: 'Every State, signed or not', vi: 'Mọi quốc gia, đã ký hay chưa' },
    description: {
      en: 'One row for each of the 193 UN Member States, the Holy See, the State of Palestine and the European Union: its names, where it stands, its days and its page on this site, as recorded on the dates in asOf and signaturesKnownTo.',
      vi: 'Mỗi dòng là một trong 193 quốc gia thành viên Liên Hợp Quốc, Tòa Thánh, Nhà nước Palestine hoặc Liên minh châu Âu: tên gọi, tình trạng, các mốc thời gian và trang riêng trên trang web này, theo ghi nhận vào các ngày trong asOf và signaturesKnownTo.',
    },
    files: [
      { format: 'JSON', path: file('states.json') },
      { format: 'CSV', path: file('states.csv') },
    ],
    fields: stateFields.map((name) => ({ name, meaning: stateMeaning[name] })),
  },
];
