import type { Lang } from '../i18n';

/*
 * Who can sign or accede to the Convention (Article 64: "all States and regional economic integration
 * organizations"): the 193 UN Member States, the two observer States and the European Union. This is
 * the one table of them: the names the status import reads (UNTC's), the names the site publishes,
 * and the names readers search for. ISO 3166 also lists territories that cannot join a treaty; they
 * are not here.
 */

/** A UN Member State, an observer State (Holy See, State of Palestine), or an organization (the EU). */
export type JoinableKind = 'member' | 'observer' | 'organization';

/** A name to publish instead of the default one, with the reason, so that a reader can check it. */
export interface NameOverride {
  text: string;
  why: string;
}

/** One State or organization that can join. */
export interface Joinable {
  /** ISO 3166-1 alpha-2 in capitals; EU, the code ISO reserves for the European Union. */
  code: string;
  kind: JoinableKind;
  /** The short name the UN Treaty Collection (UNTC) writes, as its status file spells it. */
  untc: string;
  /**
   * Where the default is not the name to publish. English defaults to `untc`, the UN short name;
   * Vietnamese to the name i18n-iso-countries gives, reviewed against Vietnamese official usage
   * (Bộ Ngoại giao, TTXVN, Báo Chính phủ).
   */
  name?: Partial<Record<Lang, NameOverride>>;
  /**
   * Other names people type for it, never the published name itself. Vietnamese pages search the
   * English names as well, so `vi` holds only Vietnamese forms. A name that belongs to two rows
   * ("Congo", "Korea", "Guinea") is left out.
   */
  otherNames?: Partial<Record<Lang, readonly string[]>>;
}

/** Every State and organization that can join, in the alphabetical order of their UNTC names. */
export const joinables: readonly Joinable[] = [
  { code: 'AF', kind: 'member', untc: 'Afghanistan' },
  { code: 'AL', kind: 'member', untc: 'Albania' },
  { code: 'DZ', kind: 'member', untc: 'Algeria' },
  { code: 'AD', kind: 'member', untc: 'Andorra' },
  { code: 'AO', kind: 'member', untc: 'Angola' },
  { code: 'AG', kind: 'member', untc: 'Antigua and Barbuda' },
  { code: 'AR', kind: 'member', untc: 'Argentina' },
  { code: 'AM', kind: 'member', untc: 'Armenia' },
  {
    code: 'AU', kind: 'member', untc: 'Australia',
    name: {
      vi: { text: 'Australia', why: "The library's «Úc» is the everyday name; the site's articles write Australia, the form of official usage (vietnamese-review)." },
    },
    otherNames: { vi: ['Úc'] },
  },
  {
    code: 'AT', kind: 'member', untc: 'Austria',
    name: {
      vi: { text: 'Áo', why: "The library's «Austria» is the English name; Bộ Ngoại giao writes Áo («Cộng hòa Áo»)." },
    },
  },
  { code: 'AZ', kind: 'member', untc: 'Azerbaijan' },
  { code: 'BS', kind: 'member', untc: 'Bahamas', otherNames: { en: ['The Bahamas'] } },
  { code: 'BH', kind: 'member', untc: 'Bahrain' },
  { code: 'BD', kind: 'member', untc: 'Bangladesh' },
  { code: 'BB', kind: 'member', untc: 'Barbados' },
  { code: 'BY', kind: 'member', untc: 'Belarus' },
  { code: 'BE', kind: 'member', untc: 'Belgium' },
  { code: 'BZ', kind: 'member', untc: 'Belize' },
  { code: 'BJ', kind: 'member', untc: 'Benin' },
  { code: 'BT', kind: 'member', untc: 'Bhutan' },
  { code: 'BO', kind: 'member', untc: 'Bolivia (Plurinational State of)', otherNames: { en: ['Bolivia'] } },
  { code: 'BA', kind: 'member', untc: 'Bosnia and Herzegovina' },
  { code: 'BW', kind: 'member', untc: 'Botswana' },
  { code: 'BR', kind: 'member', untc: 'Brazil' },
  { code: 'BN', kind: 'member', untc: 'Brunei Darussalam', otherNames: { en: ['Brunei'] } },
  { code: 'BG', kind: 'member', untc: 'Bulgaria' },
  { code: 'BF', kind: 'member', untc: 'Burkina Faso' },
  { code: 'BI', kind: 'member', untc: 'Burundi' },
  {
    code: 'CV', kind: 'member', untc: 'Cabo Verde',
    name: {
      vi: { text: 'Cabo Verde', why: "The library's «Cape Verde» is the English form; Bộ Ngoại giao writes «Cáp-ve», a transcription of the State's own name, Cabo Verde, which the UN also uses." },
    },
    otherNames: { en: ['Cape Verde'], vi: ['Cáp-ve'] },
  },
  { code: 'KH', kind: 'member', untc: 'Cambodia' },
  { code: 'CM', kind: 'member', untc: 'Cameroon' },
  { code: 'CA', kind: 'member', untc: 'Canada' },
  { code: 'CF', kind: 'member', untc: 'Central African Republic' },
  { code: 'TD', kind: 'member', untc: 'Chad' },
  { code: 'CL', kind: 'member', untc: 'Chile' },
  { code: 'CN', kind: 'member', untc: 'China', otherNames: { en: ["People's Republic of China"], vi: ['Cộng hòa Nhân dân Trung Hoa'] } },
  { code: 'CO', kind: 'member', untc: 'Colombia' },
  { code: 'KM', kind: 'member', untc: 'Comoros' },
  {
    code: 'CG', kind: 'member', untc: 'Congo',
    name: {
      vi: { text: 'Cộng hòa Congo', why: "The library's «Công-gô» is an old hyphenated transcription and, alone, could be either Congo; «Cộng hòa» tells it from the Democratic Republic." },
    },
    otherNames: { en: ['Republic of the Congo', 'Congo-Brazzaville'] },
  },
  { code: 'CR', kind: 'member', untc: 'Costa Rica' },
  {
    code: 'CI', kind: 'member', untc: "Côte d'Ivoire",
    name: {
      vi: { text: "Côte d'Ivoire", why: "The library drops the circumflex («Cote d'Ivoire»); the State's own name is written with it, in Vietnamese as in English (vietnamese-review)." },
    },
    otherNames: { en: ['Ivory Coast'], vi: ['Bờ Biển Ngà'] },
  },
  { code: 'HR', kind: 'member', untc: 'Croatia' },
  { code: 'CU', kind: 'member', untc: 'Cuba' },
  { code: 'CY', kind: 'member', untc: 'Cyprus', otherNames: { vi: ['Síp'] } },
  {
    code: 'CZ', kind: 'member', untc: 'Czech Republic',
    name: {
      en: { text: 'Czechia', why: "The UN short name since 2016 and the fact sheet's spelling; UNTC's tables still write «Czech Republic»." },
    },
    otherNames: { en: ['Czech Republic'], vi: ['Séc'] },
  },
  {
    code: 'KP', kind: 'member', untc: "Democratic People's Republic of Korea",
    name: {
      vi: { text: 'Cộng hòa Dân chủ Nhân dân Triều Tiên', why: "The library's «Triều Tiên» is the everyday name; the official name matches the UN short name." },
    },
    otherNames: { en: ['North Korea', 'DPRK'], vi: ['Triều Tiên', 'Bắc Triều Tiên'] },
  },
  {
    code: 'CD', kind: 'member', untc: 'Democratic Republic of the Congo',
    name: {
      vi: { text: 'Cộng hòa Dân chủ Congo', why: "The library's «Công-gô» is an old hyphenated transcription; the press writes Congo («CHDC Congo»)." },
    },
    otherNames: { en: ['DR Congo', 'DRC', 'Congo-Kinshasa'], vi: ['CHDC Congo'] },
  },
  { code: 'DK', kind: 'member', untc: 'Denmark' },
  { code: 'DJ', kind: 'member', untc: 'Djibouti' },
  { code: 'DM', kind: 'member', untc: 'Dominica' },
  {
    code: 'DO', kind: 'member', untc: 'Dominican Republic',
    name: {
      vi: { text: 'Cộng hòa Dominicana', why: "The library's «Cộng hòa Dominica» reads as Dominica, another Member State; Bộ Ngoại giao and TTXVN write Cộng hòa Dominicana (vietnamese-review M4)." },
    },
  },
  { code: 'EC', kind: 'member', untc: 'Ecuador' },
  { code: 'EG', kind: 'member', untc: 'Egypt' },
  { code: 'SV', kind: 'member', untc: 'El Salvador' },
  {
    code: 'GQ', kind: 'member', untc: 'Equatorial Guinea',
    name: {
      vi: { text: 'Guinea Xích đạo', why: "The library's «Equatorial Guinea» is English; Bộ Ngoại giao writes «Ghi-nê Xích đạo», spelt here as the site spells Guinea." },
    },
    otherNames: { vi: ['Ghi-nê Xích đạo'] },
  },
  { code: 'ER', kind: 'member', untc: 'Eritrea' },
  { code: 'EE', kind: 'member', untc: 'Estonia' },
  { code: 'SZ', kind: 'member', untc: 'Eswatini', otherNames: { en: ['Swaziland'] } },
  { code: 'ET', kind: 'member', untc: 'Ethiopia' },
  {
    code: 'EU', kind: 'organization', untc: 'European Union',
    name: {
      vi: { text: 'Liên minh châu Âu', why: 'The library names countries only; this is the name Vietnamese official usage gives the EU.' },
    },
    otherNames: { en: ['EU'] },
  },
  { code: 'FJ', kind: 'member', untc: 'Fiji' },
  { code: 'FI', kind: 'member', untc: 'Finland' },
  { code: 'FR', kind: 'member', untc: 'France' },
  { code: 'GA', kind: 'member', untc: 'Gabon' },
  { code: 'GM', kind: 'member', untc: 'Gambia', otherNames: { en: ['The Gambia'] } },
  {
    code: 'GE', kind: 'member', untc: 'Georgia',
    name: {
      vi: { text: 'Gruzia', why: "The library's «Georgia» is the English name; Bộ Ngoại giao writes Gruzia (its political consultations with Georgia, 2023)." },
    },
  },
  { code: 'DE', kind: 'member', untc: 'Germany', otherNames: { vi: ['Cộng hòa Liên bang Đức', 'CHLB Đức'] } },
  { code: 'GH', kind: 'member', untc: 'Ghana' },
  { code: 'GR', kind: 'member', untc: 'Greece' },
  { code: 'GD', kind: 'member', untc: 'Grenada' },
  { code: 'GT', kind: 'member', untc: 'Guatemala' },
  { code: 'GN', kind: 'member', untc: 'Guinea' },
  { code: 'GW', kind: 'member', untc: 'Guinea-Bissau' },
  { code: 'GY', kind: 'member', untc: 'Guyana' },
  { code: 'HT', kind: 'member', untc: 'Haiti' },
  {
    code: 'VA', kind: 'observer', untc: 'Holy See',
    name: {
      vi: { text: 'Tòa Thánh', why: "The library's «Tòa Thánh (Thành phố Vatican)» adds the Vatican City State, a different entity; the UN observer is the Holy See, «Tòa Thánh», as the Viet Nam–Holy See joint communiqué of July 2023 names it (Bộ Ngoại giao also writes «Tòa thánh Vatican», kept as another name)." },
    },
    otherNames: { en: ['Vatican', 'Vatican City'], vi: ['Tòa Thánh Vatican'] },
  },
  { code: 'HN', kind: 'member', untc: 'Honduras' },
  { code: 'HU', kind: 'member', untc: 'Hungary' },
  { code: 'IS', kind: 'member', untc: 'Iceland' },
  { code: 'IN', kind: 'member', untc: 'India' },
  { code: 'ID', kind: 'member', untc: 'Indonesia' },
  { code: 'IR', kind: 'member', untc: 'Iran (Islamic Republic of)', otherNames: { en: ['Iran'] } },
  { code: 'IQ', kind: 'member', untc: 'Iraq' },
  { code: 'IE', kind: 'member', untc: 'Ireland' },
  { code: 'IL', kind: 'member', untc: 'Israel' },
  {
    code: 'IT', kind: 'member', untc: 'Italy',
    name: {
      vi: { text: 'Italy', why: "The library's «Ý» is the everyday name; TTXVN writes Italy, as the site's articles do (vietnamese-review); Bộ Ngoại giao also writes Italia, kept as another name." },
    },
    otherNames: { vi: ['Ý', 'Italia'] },
  },
  { code: 'JM', kind: 'member', untc: 'Jamaica' },
  { code: 'JP', kind: 'member', untc: 'Japan', otherNames: { vi: ['Nhật'] } },
  { code: 'JO', kind: 'member', untc: 'Jordan' },
  { code: 'KZ', kind: 'member', untc: 'Kazakhstan' },
  { code: 'KE', kind: 'member', untc: 'Kenya' },
  { code: 'KI', kind: 'member', untc: 'Kiribati' },
  {
    code: 'KW', kind: 'member', untc: 'Kuwait',
    name: {
      vi: { text: 'Kuwait', why: "The library's «Cô-oét» is an old hyphenated transcription; TTXVN and VietnamPlus write Kuwait (the Prime Minister's visit, November 2025)." },
    },
    otherNames: { vi: ['Cô-oét'] },
  },
  { code: 'KG', kind: 'member', untc: 'Kyrgyzstan' },
  {
    code: 'LA', kind: 'member', untc: "Lao People's Democratic Republic",
    name: {
      vi: { text: 'Cộng hòa Dân chủ Nhân dân Lào', why: "The library writes «nhân dân» in lower case; each word of a State's official name takes a capital, as in Cộng hòa Dân chủ Nhân dân Triều Tiên." },
    },
    otherNames: { en: ['Laos', 'Lao PDR'], vi: ['Lào'] },
  },
  { code: 'LV', kind: 'member', untc: 'Latvia' },
  {
    code: 'LB', kind: 'member', untc: 'Lebanon',
    name: {
      vi: { text: 'Liban', why: "The library's «Lebanon» is the English name; TTXVN writes Liban." },
    },
  },
  { code: 'LS', kind: 'member', untc: 'Lesotho' },
  { code: 'LR', kind: 'member', untc: 'Liberia' },
  { code: 'LY', kind: 'member', untc: 'Libya' },
  { code: 'LI', kind: 'member', untc: 'Liechtenstein' },
  { code: 'LT', kind: 'member', untc: 'Lithuania' },
  { code: 'LU', kind: 'member', untc: 'Luxembourg' },
  { code: 'MG', kind: 'member', untc: 'Madagascar' },
  { code: 'MW', kind: 'member', untc: 'Malawi' },
  {
    code: 'MY', kind: 'member', untc: 'Malaysia',
    name: {
      vi: { text: 'Malaysia', why: "The library's «Bán đảo Mã Lai» is the Malay Peninsula, not the State." },
    },
  },
  { code: 'MV', kind: 'member', untc: 'Maldives' },
  { code: 'ML', kind: 'member', untc: 'Mali' },
  { code: 'MT', kind: 'member', untc: 'Malta' },
  { code: 'MH', kind: 'member', untc: 'Marshall Islands' },
  { code: 'MR', kind: 'member', untc: 'Mauritania' },
  { code: 'MU', kind: 'member', untc: 'Mauritius' },
  { code: 'MX', kind: 'member', untc: 'Mexico' },
  { code: 'FM', kind: 'member', untc: 'Micronesia (Federated States of)', otherNames: { en: ['Micronesia'] } },
  { code: 'MC', kind: 'member', untc: 'Monaco' },
  { code: 'MN', kind: 'member', untc: 'Mongolia' },
  { code: 'ME', kind: 'member', untc: 'Montenegro' },
  {
    code: 'MA', kind: 'member', untc: 'Morocco',
    name: {
      vi: { text: 'Maroc', why: "The library's «Ma-rốc» is an old hyphenated transcription; the site writes Maroc, the form of official usage (vietnamese-review)." },
    },
    otherNames: { vi: ['Ma-rốc'] },
  },
  { code: 'MZ', kind: 'member', untc: 'Mozambique' },
  { code: 'MM', kind: 'member', untc: 'Myanmar', otherNames: { en: ['Burma'], vi: ['Miến Điện'] } },
  { code: 'NA', kind: 'member', untc: 'Namibia' },
  { code: 'NR', kind: 'member', untc: 'Nauru' },
  { code: 'NP', kind: 'member', untc: 'Nepal' },
  {
    code: 'NL', kind: 'member', untc: 'Netherlands (Kingdom of the)',
    otherNames: { en: ['Netherlands', 'Holland', 'Kingdom of the Netherlands'] },
  },
  { code: 'NZ', kind: 'member', untc: 'New Zealand' },
  { code: 'NI', kind: 'member', untc: 'Nicaragua' },
  { code: 'NE', kind: 'member', untc: 'Niger' },
  { code: 'NG', kind: 'member', untc: 'Nigeria' },
  { code: 'MK', kind: 'member', untc: 'North Macedonia', otherNames: { en: ['Macedonia'] } },
  { code: 'NO', kind: 'member', untc: 'Norway' },
  { code: 'OM', kind: 'member', untc: 'Oman' },
  { code: 'PK', kind: 'member', untc: 'Pakistan' },
  { code: 'PW', kind: 'member', untc: 'Palau' },
  { code: 'PA', kind: 'member', untc: 'Panama' },
  { code: 'PG', kind: 'member', untc: 'Papua New Guinea' },
  { code: 'PY', kind: 'member', untc: 'Paraguay' },
  { code: 'PE', kind: 'member', untc: 'Peru' },
  { code: 'PH', kind: 'member', untc: 'Philippines' },
  { code: 'PL', kind: 'member', untc: 'Poland' },
  { code: 'PT', kind: 'member', untc: 'Portugal' },
  { code: 'QA', kind: 'member', untc: 'Qatar' },
  { code: 'KR', kind: 'member', untc: 'Republic of Korea', otherNames: { en: ['South Korea'], vi: ['Đại Hàn Dân Quốc'] } },
  {
    code: 'MD', kind: 'member', untc: 'Republic of Moldova',
    name: {
      vi: { text: 'Cộng hòa Moldova', why: 'The library writes «hoà»; the site places the tone mark as in «hòa» in every other name, as government texts do.' },
    },
    otherNames: { en: ['Moldova'] },
  },
  {
    code: 'RO', kind: 'member', untc: 'Romania',
    name: {
      vi: { text: 'Romania', why: "The library's «Rumani» is an old form; Báo Chính phủ and TTXVN write Romania." },
    },
    otherNames: { vi: ['Rumani'] },
  },
  { code: 'RU', kind: 'member', untc: 'Russian Federation', otherNames: { en: ['Russia'], vi: ['Nga'] } },
  { code: 'RW', kind: 'member', untc: 'Rwanda' },
  { code: 'KN', kind: 'member', untc: 'Saint Kitts and Nevis', otherNames: { en: ['St Kitts and Nevis'] } },
  { code: 'LC', kind: 'member', untc: 'Saint Lucia', otherNames: { en: ['St Lucia'] } },
  { code: 'VC', kind: 'member', untc: 'Saint Vincent and the Grenadines', otherNames: { en: ['St Vincent and the Grenadines'] } },
  { code: 'WS', kind: 'member', untc: 'Samoa' },
  { code: 'SM', kind: 'member', untc: 'San Marino' },
  { code: 'ST', kind: 'member', untc: 'Sao Tome and Principe' },
  {
    code: 'SA', kind: 'member', untc: 'Saudi Arabia',
    name: {
      vi: { text: 'Ả Rập Xê Út', why: "The library's «Saudi Arabia» is the English name; the site writes Ả Rập Xê Út, the form of official usage (vietnamese-review)." },
    },
  },
  { code: 'SN', kind: 'member', untc: 'Senegal' },
  { code: 'RS', kind: 'member', untc: 'Serbia' },
  { code: 'SC', kind: 'member', untc: 'Seychelles' },
  { code: 'SL', kind: 'member', untc: 'Sierra Leone' },
  { code: 'SG', kind: 'member', untc: 'Singapore' },
  { code: 'SK', kind: 'member', untc: 'Slovakia' },
  { code: 'SI', kind: 'member', untc: 'Slovenia' },
  { code: 'SB', kind: 'member', untc: 'Solomon Islands' },
  { code: 'SO', kind: 'member', untc: 'Somalia' },
  { code: 'ZA', kind: 'member', untc: 'South Africa' },
  { code: 'SS', kind: 'member', untc: 'South Sudan' },
  { code: 'ES', kind: 'member', untc: 'Spain' },
  { code: 'LK', kind: 'member', untc: 'Sri Lanka' },
  {
    code: 'PS', kind: 'observer', untc: 'State of Palestine',
    name: {
      vi: { text: 'Nhà nước Palestine', why: "The library's «Lãnh thổ Palestine, bị chiếm đóng» names a territory; the observer State is the State of Palestine, Nhà nước Palestine in Vietnamese official usage." },
    },
    otherNames: { en: ['Palestine'] },
  },
  { code: 'SD', kind: 'member', untc: 'Sudan' },
  { code: 'SR', kind: 'member', untc: 'Suriname' },
  { code: 'SE', kind: 'member', untc: 'Sweden' },
  { code: 'CH', kind: 'member', untc: 'Switzerland', otherNames: { vi: ['Thụy Sỹ'] } },
  {
    code: 'SY', kind: 'member', untc: 'Syrian Arab Republic',
    name: {
      vi: { text: 'Cộng hòa Ả Rập Syria', why: "The library's «Cộng Hòa Arab Syrian» mixes English into the name; Bộ Ngoại giao writes «Cộng hòa Ả-rập Xy-ri», spelt here as the site spells Ả Rập Xê Út." },
    },
    otherNames: { en: ['Syria'] },
  },
  { code: 'TJ', kind: 'member', untc: 'Tajikistan' },
  { code: 'TH', kind: 'member', untc: 'Thailand' },
  { code: 'TL', kind: 'member', untc: 'Timor-Leste', otherNames: { en: ['East Timor'], vi: ['Đông Timor'] } },
  { code: 'TG', kind: 'member', untc: 'Togo' },
  { code: 'TO', kind: 'member', untc: 'Tonga' },
  { code: 'TT', kind: 'member', untc: 'Trinidad and Tobago' },
  { code: 'TN', kind: 'member', untc: 'Tunisia' },
  { code: 'TR', kind: 'member', untc: 'Türkiye', otherNames: { en: ['Turkey'] } },
  { code: 'TM', kind: 'member', untc: 'Turkmenistan' },
  { code: 'TV', kind: 'member', untc: 'Tuvalu' },
  { code: 'UG', kind: 'member', untc: 'Uganda' },
  { code: 'UA', kind: 'member', untc: 'Ukraine' },
  {
    code: 'AE', kind: 'member', untc: 'United Arab Emirates',
    name: {
      vi: { text: 'Các Tiểu vương quốc Ả Rập Thống nhất', why: "The library's «Các Tiểu Vương Quốc Ả Rập Thống Nhất» capitalises every word; a Vietnamese State name capitalises only the first word of each part, as in the site's other names." },
    },
    otherNames: { en: ['UAE'] },
  },
  {
    code: 'GB', kind: 'member', untc: 'United Kingdom of Great Britain and Northern Ireland',
    name: {
      en: { text: 'United Kingdom', why: "The fact sheet's spelling, which the site already publishes; UNTC writes the full «United Kingdom of Great Britain and Northern Ireland»." },
    },
    otherNames: { en: ['United Kingdom of Great Britain and Northern Ireland', 'UK', 'Britain', 'Great Britain'], vi: ['Anh'] },
  },
  { code: 'TZ', kind: 'member', untc: 'United Republic of Tanzania', otherNames: { en: ['Tanzania'] } },
  {
    code: 'US', kind: 'member', untc: 'United States of America',
    name: {
      vi: { text: 'Hoa Kỳ', why: "The library's «Hợp chủng quốc Hoa Kỳ» is the full formal name; Vietnamese official usage and the site's articles write Hoa Kỳ." },
    },
    otherNames: { en: ['United States', 'USA', 'US', 'U.S.', 'America'], vi: ['Hợp chủng quốc Hoa Kỳ', 'Mỹ'] },
  },
  { code: 'UY', kind: 'member', untc: 'Uruguay' },
  { code: 'UZ', kind: 'member', untc: 'Uzbekistan' },
  { code: 'VU', kind: 'member', untc: 'Vanuatu' },
  {
    code: 'VE', kind: 'member', untc: 'Venezuela (Bolivarian Republic of)',
    name: {
      en: { text: 'Venezuela', why: "The fact sheet's spelling; UNTC writes «Venezuela (Bolivarian Republic of)»." },
    },
    otherNames: { en: ['Venezuela (Bolivarian Republic of)'] },
  },
  { code: 'VN', kind: 'member', untc: 'Viet Nam', otherNames: { en: ['Vietnam'] } },
  { code: 'YE', kind: 'member', untc: 'Yemen' },
  { code: 'ZM', kind: 'member', untc: 'Zambia' },
  { code: 'ZW', kind: 'member', untc: 'Zimbabwe' },
];

/**
 * The EU's own list of its member countries. The EU's membership is not in the fact sheet: it is the
 * one fact this table adds, from this page.
 */
export const EU_MEMBERS_SOURCE = 'https://european-union.europa.eu/principles-countries-history/eu-countries_en';

/** The 27 member States of the European Union (EU_MEMBERS_SOURCE), by code. */
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];
