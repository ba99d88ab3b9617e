/** The site's languages, in the order they are offered to readers. */
export const languages = ['en', 'vi'] as const;

export type Lang = (typeof languages)[number];

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}

/** Language names for messages to editors, which are in English. */
export const languageNamesInEnglish: Record<Lang, string> = { en: 'English', vi: 'Vietnamese' };

/** The other language: the site has exactly two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'vi' : 'en';
}

/** Every piece of interface text, per language. Content lives in content/, not here. */
const strings = {
  en: {
    languageName: 'English',
    siteName: 'Hanoi Convention',
    siteTagline: 'An independent guide to the UN Convention against Cybercrime',
    skipLink: 'Skip to main content',
    navLabel: 'Main',
    navHome: 'Home',
    navArticles: 'Articles',
    navTimeline: 'Timeline',
    navAbout: 'About',
    switchLanguage: 'Tiếng Việt',
    switchLanguageLabel: 'Đọc trang này bằng tiếng Việt',
    keyFacts: 'Key facts',
    keyDates: 'Key dates',
    fullTimeline: 'Full timeline',
    allEvents: 'Every dated event, oldest first. Each has its own link and source.',
    latestArticles: 'Latest articles',
    allArticles: 'All articles',
    articlesIntro: 'Explainers on the Convention, each with its sources.',
    published: 'Published',
    updated: 'Last updated',
    source: 'Source',
    sources: 'Sources',
    asOf: 'as of',
    readArticle: 'Read the article',
    thisArticle: 'In this article',
    eventPermalink: 'Link to this event',
    footerIndependent:
      'An independent information site. Not an official page of the United Nations or of any government.',
    footerSources: 'Facts come from official UN sources and named media; every date links to its source.',
    footerLiveStatus: 'Live treaty status: UN Treaty Collection',
    footerUnodc: 'The Convention at UNODC',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved.',
    backHome: 'Go to the home page',
    enterSite: 'Read in English',
    citeThisPage: 'Cite this page',
    citeEvent: 'Cite',
    citeIntro: 'Copy a citation in the style you need. The access date is today’s, in your browser.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select the text and copy it',
    accessDatePlaceholder: '[date accessed]',
    navData: 'Data',
    dataIntro:
      'Take the site’s data away: the timeline and key facts as JSON and CSV, and the dates as a calendar file. Each download exists in English and Vietnamese; field names are the same in both.',
    dataFiles: 'Files',
    dataFields: 'Fields',
    dataField: 'Field',
    dataMeaning: 'Meaning',
    dataFeeds: 'Feeds',
    dataFeedsIntro: 'Follow new and updated articles in a feed reader:',
    downloads: 'Downloads',
    draft: 'Draft',
    scheduled: 'Scheduled',
    draftNotice: 'Draft: not published. It shows only in the preview (npm run dev).',
    scheduledNotice: 'Scheduled: not published until',
    allUpdates: 'See all updates',
  },
  vi: {
    languageName: 'Tiếng Việt',
    siteName: 'Công ước Hà Nội',
    siteTagline: 'Trang thông tin độc lập về Công ước của Liên Hợp Quốc về chống tội phạm mạng',
    skipLink: 'Chuyển đến nội dung chính',
    navLabel: 'Chính',
    navHome: 'Trang chủ',
    navArticles: 'Bài viết',
    navTimeline: 'Dòng thời gian',
    navAbout: 'Giới thiệu',
    switchLanguage: 'English',
    switchLanguageLabel: 'Read this page in English',
    keyFacts: 'Thông tin chính',
    keyDates: 'Các mốc chính',
    fullTimeline: 'Toàn bộ dòng thời gian',
    allEvents: 'Mọi sự kiện có ngày tháng, theo thứ tự thời gian. Mỗi sự kiện có đường dẫn và nguồn riêng.',
    latestArticles: 'Bài viết mới nhất',
    allArticles: 'Tất cả bài viết',
    articlesIntro: 'Các bài giải thích về Công ước, kèm nguồn.',
    published: 'Đăng ngày',
    updated: 'Cập nhật lần cuối',
    source: 'Nguồn',
    sources: 'Nguồn',
    asOf: 'tính đến',
    readArticle: 'Đọc bài viết',
    thisArticle: 'Trong bài này',
    eventPermalink: 'Đường dẫn đến sự kiện này',
    footerIndependent:
      'Trang thông tin độc lập. Không phải trang chính thức của Liên Hợp Quốc hay của bất kỳ chính phủ nào.',
    footerSources:
      'Thông tin lấy từ nguồn chính thức của Liên Hợp Quốc và các cơ quan báo chí được nêu tên; mỗi mốc thời gian đều dẫn nguồn.',
    footerLiveStatus: 'Tình trạng hiện hành: Bộ sưu tập Điều ước Liên Hợp Quốc (UNTC)',
    footerUnodc: 'Công ước trên trang của UNODC',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Không có trang nào tại địa chỉ này. Có thể trang đã được chuyển đi.',
    backHome: 'Về trang chủ',
    enterSite: 'Đọc bằng tiếng Việt',
    citeThisPage: 'Trích dẫn trang này',
    citeEvent: 'Trích dẫn',
    citeIntro: 'Sao chép trích dẫn theo kiểu bạn cần. Ngày truy cập là hôm nay, theo trình duyệt của bạn.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    copyFailed: 'Hãy chọn đoạn văn bản và sao chép',
    accessDatePlaceholder: '[ngày truy cập]',
    navData: 'Dữ liệu',
    dataIntro:
      'Tải dữ liệu của trang: dòng thời gian và thông tin chính dạng JSON và CSV, các mốc thời gian dạng tệp lịch. Mỗi tệp có bản tiếng Anh và tiếng Việt; tên trường giống nhau ở cả hai.',
    dataFiles: 'Tệp',
    dataFields: 'Các trường',
    dataField: 'Trường',
    dataMeaning: 'Ý nghĩa',
    dataFeeds: 'Nguồn tin (feed)',
    dataFeedsIntro: 'Theo dõi bài viết mới và bài được cập nhật bằng trình đọc tin:',
    downloads: 'Tải xuống',
    draft: 'Bản nháp',
    scheduled: 'Hẹn giờ đăng',
    draftNotice: 'Bản nháp: chưa đăng. Chỉ hiện trong bản xem trước (npm run dev).',
    scheduledNotice: 'Hẹn giờ đăng: chưa đăng cho đến',
    allUpdates: 'Xem mọi lần cập nhật',
  },
} satisfies Record<Lang, Record<string, string>>;

export type UiStrings = (typeof strings)['en'];

/** Interface text for a language. */
export function t(lang: Lang): UiStrings {
  return strings[lang];
}
