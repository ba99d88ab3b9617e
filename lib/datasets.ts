import type { Lang } from './i18n';
import { sitePath } from './paths';
import { keyFactFields, timelineFields } from './data-export';

type Text = Record<Lang, string>;

/** A downloadable dataset as the Data page documents it: its files and every field. */
export type Dataset = {
  id: string;
  title: Text;
  description: Text;
  files: { format: string; path: (lang: Lang) => string }[];
  fields: { name: string; meaning: Text }[];
};

const file = (name: string) => (lang: Lang) => sitePath(`/${lang}/data/${name}`);

const timelineMeaning: Record<(typeof timelineFields)[number], Text> = {
  id: { en: 'Stable identifier of the event; the same in every language.', vi: 'Mã định danh cố định của sự kiện; giống nhau ở mọi ngôn ngữ.' },
  date: { en: 'Date, YYYY-MM-DD, or YYYY-MM where only the month is known.', vi: 'Ngày, dạng YYYY-MM-DD, hoặc YYYY-MM nếu chỉ biết tháng.' },
  endDate: { en: 'Last day of a range, YYYY-MM-DD; empty for a single day.', vi: 'Ngày cuối của một khoảng thời gian, YYYY-MM-DD; để trống nếu chỉ một ngày.' },
  title: { en: 'What happened.', vi: 'Sự kiện.' },
  key: { en: 'true for the key dates shown on every page.', vi: 'true với các mốc chính hiển thị trên mọi trang.' },
  source: { en: 'Where the date is verified.', vi: 'Nguồn xác minh ngày tháng.' },
  permalink: { en: 'Permanent link to the event on the timeline.', vi: 'Đường dẫn cố định đến sự kiện trên dòng thời gian.' },
  article: { en: 'The article that tells the story of the event.', vi: 'Bài viết kể về sự kiện.' },
};

const keyFactMeaning: Record<(typeof keyFactFields)[number], Text> = {
  id: { en: 'Stable identifier of the fact.', vi: 'Mã định danh cố định của thông tin.' },
  label: { en: 'What the fact is.', vi: 'Tên thông tin.' },
  value: { en: 'The value, as text; empty when the fact is a date.', vi: 'Giá trị, dạng chữ; để trống nếu thông tin là một ngày.' },
  date: { en: 'Date, YYYY-MM-DD, where the fact is a date.', vi: 'Ngày, YYYY-MM-DD, nếu thông tin là một ngày.' },
  endDate: { en: 'Last day of a range, YYYY-MM-DD.', vi: 'Ngày cuối của khoảng thời gian, YYYY-MM-DD.' },
  detail: { en: 'A short explanation.', vi: 'Giải thích ngắn.' },
  asOf: { en: 'When a value that can change was last checked.', vi: 'Thời điểm kiểm tra gần nhất của một giá trị có thể thay đổi.' },
  source: { en: 'Where the fact is verified.', vi: 'Nguồn xác minh.' },
};

export const datasets: Dataset[] = [
  {
    id: 'timeline',
    title: { en: 'Timeline', vi: 'Dòng thời gian' },
    description: {
      en: 'Every dated event on the site, oldest first. The calendar file holds the events that have a day (not month-only ones) as all-day events; importing it again updates them rather than adding copies.',
      vi: 'Mọi sự kiện có ngày tháng trên trang, theo thứ tự thời gian. Tệp lịch chứa các sự kiện có ngày cụ thể (không gồm sự kiện chỉ biết tháng) dưới dạng sự kiện cả ngày; nhập lại tệp sẽ cập nhật chứ không tạo bản sao.',
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
    description: { en: 'The key facts shown on every page, each with its source.', vi: 'Các thông tin chính hiển thị trên mọi trang, kèm nguồn.' },
    files: [
      { format: 'JSON', path: file('key-facts.json') },
      { format: 'CSV', path: file('key-facts.csv') },
    ],
    fields: keyFactFields.map((name) => ({ name, meaning: keyFactMeaning[name] })),
  },
];
