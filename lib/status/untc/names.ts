/*
 * The names the UN Treaty Collection (UNTC) gives participants, and the codes content/status.md
 * keys them by (ISO 3166-1 alpha-2 in capitals; EU for the European Union, see lib/states/names.ts).
 *
 * UNTC writes the UN's short names ("Viet Nam", "Iran (Islamic Republic of)", "Czech Republic"),
 * which no country library spells the same way, so the table is written out and tested rather than
 * guessed: a name that is not here stops the import instead of landing on the wrong country.
 */

/** The 193 UN Member States, by the short names UNTC uses in its participant tables. */
export const memberStateNames: Readonly<Record<string, string>> = {
  Afghanistan: 'AF',
  Albania: 'AL',
  Algeria: 'DZ',
  Andorra: 'AD',
  Angola: 'AO',
  'Antigua and Barbuda': 'AG',
  Argentina: 'AR',
  Armenia: 'AM',
  Australia: 'AU',
  Austria: 'AT',
  Azerbaijan: 'AZ',
  Bahamas: 'BS',
  Bahrain: 'BH',
  Bangladesh: 'BD',
  Barbados: 'BB',
  Belarus: 'BY',
  Belgium: 'BE',
  Belize: 'BZ',
  Benin: 'BJ',
  Bhutan: 'BT',
  'Bolivia (Plurinational State of)': 'BO',
  'Bosnia and Herzegovina': 'BA',
  Botswana: 'BW',
  Brazil: 'BR',
  'Brunei Darussalam': 'BN',
  Bulgaria: 'BG',
  'Burkina Faso': 'BF',
  Burundi: 'BI',
  'Cabo Verde': 'CV',
  Cambodia: 'KH',
  Cameroon: 'CM',
  Canada: 'CA',
  'Central African Republic': 'CF',
  Chad: 'TD',
  Chile: 'CL',
  China: 'CN',
  Colombia: 'CO',
  Comoros: 'KM',
  Congo: 'CG',
  'Costa Rica': 'CR',
  "Côte d'Ivoire": 'CI',
  Croatia: 'HR',
  Cuba: 'CU',
  Cyprus: 'CY',
  'Czech Republic': 'CZ',
  "Democratic People's Republic of Korea": 'KP',
  'Democratic Republic of the Congo': 'CD',
  Denmark: 'DK',
  Djibouti: 'DJ',
  Dominica: 'DM',
  'Dominican Republic': 'DO',
  Ecuador: 'EC',
  Egypt: 'EG',
  'El Salvador': 'SV',
  'Equatorial Guinea': 'GQ',
  Eritrea: 'ER',
  Estonia: 'EE',
  Eswatini: 'SZ',
  Ethiopia: 'ET',
  Fiji: 'FJ',
  Finland: 'FI',
  France: 'FR',
  Gabon: 'GA',
  Gambia: 'GM',
  Georgia: 'GE',
  Germany: 'DE',
  Ghana: 'GH',
  Greece: 'GR',
  Grenada: 'GD',
  Guatemala: 'GT',
  Guinea: 'GN',
  'Guinea-Bissau': 'GW',
  Guyana: 'GY',
  Haiti: 'HT',
  Honduras: 'HN',
  Hungary: 'HU',
  Iceland: 'IS',
  India: 'IN',
  Indonesia: 'ID',
  'Iran (Islamic Republic of)': 'IR',
  Iraq: 'IQ',
  Ireland: 'IE',
  Israel: 'IL',
  Italy: 'IT',
  Jamaica: 'JM',
  Japan: 'JP',
  Jordan: 'JO',
  Kazakhstan: 'KZ',
  Kenya: 'KE',
  Kiribati: 'KI',
  Kuwait: 'KW',
  Kyrgyzstan: 'KG',
  "Lao People's Democratic Republic": 'LA',
  Latvia: 'LV',
  Lebanon: 'LB',
  Lesotho: 'LS',
  Liberia: 'LR',
  Libya: 'LY',
  Liechtenstein: 'LI',
  Lithuania: 'LT',
  Luxembourg: 'LU',
  Madagascar: 'MG',
  Malawi: 'MW',
  Malaysia: 'MY',
  Maldives: 'MV',
  Mali: 'ML',
  Malta: 'MT',
  'Marshall Islands': 'MH',
  Mauritania: 'MR',
  Mauritius: 'MU',
  Mexico: 'MX',
  'Micronesia (Federated States of)': 'FM',
  Monaco: 'MC',
  Mongolia: 'MN',
  Montenegro: 'ME',
  Morocco: 'MA',
  Mozambique: 'MZ',
  Myanmar: 'MM',
  Namibia: 'NA',
  Nauru: 'NR',
  Nepal: 'NP',
  'Netherlands (Kingdom of the)': 'NL',
  'New Zealand': 'NZ',
  Nicaragua: 'NI',
  Niger: 'NE',
  Nigeria: 'NG',
  'North Macedonia': 'MK',
  Norway: 'NO',
  Oman: 'OM',
  Pakistan: 'PK',
  Palau: 'PW',
  Panama: 'PA',
  'Papua New Guinea': 'PG',
  Paraguay: 'PY',
  Peru: 'PE',
  Philippines: 'PH',
  Poland: 'PL',
  Portugal: 'PT',
  Qatar: 'QA',
  'Republic of Korea': 'KR',
  'Republic of Moldova': 'MD',
  Romania: 'RO',
  'Russian Federation': 'RU',
  Rwanda: 'RW',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Vincent and the Grenadines': 'VC',
  Samoa: 'WS',
  'San Marino': 'SM',
  'Sao Tome and Principe': 'ST',
  'Saudi Arabia': 'SA',
  Senegal: 'SN',
  Serbia: 'RS',
  Seychelles: 'SC',
  'Sierra Leone': 'SL',
  Singapore: 'SG',
  Slovakia: 'SK',
  Slovenia: 'SI',
  'Solomon Islands': 'SB',
  Somalia: 'SO',
  'South Africa': 'ZA',
  'South Sudan': 'SS',
  Spain: 'ES',
  'Sri Lanka': 'LK',
  Sudan: 'SD',
  Suriname: 'SR',
  Sweden: 'SE',
  Switzerland: 'CH',
  'Syrian Arab Republic': 'SY',
  Tajikistan: 'TJ',
  Thailand: 'TH',
  'Timor-Leste': 'TL',
  Togo: 'TG',
  Tonga: 'TO',
  'Trinidad and Tobago': 'TT',
  Tunisia: 'TN',
  Türkiye: 'TR',
  Turkmenistan: 'TM',
  Tuvalu: 'TV',
  Uganda: 'UG',
  Ukraine: 'UA',
  'United Arab Emirates': 'AE',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'United Republic of Tanzania': 'TZ',
  'United States of America': 'US',
  Uruguay: 'UY',
  Uzbekistan: 'UZ',
  Vanuatu: 'VU',
  'Venezuela (Bolivarian Republic of)': 'VE',
  'Viet Nam': 'VN',
  Yemen: 'YE',
  Zambia: 'ZM',
  Zimbabwe: 'ZW',
};

/**
 * Participants in UN treaties that are not Member States: the two observer States, the European
 * Union (a regional economic integration organization, Article 64), and the two States in free
 * association with New Zealand that UNTC lists in their own right.
 */
const otherParticipantNames: Readonly<Record<string, string>> = {
  'Holy See': 'VA',
  'State of Palestine': 'PS',
  'European Union': 'EU',
  'Cook Islands': 'CK',
  Niue: 'NU',
};

/**
 * Names UNTC has used for a State before or beside its current short name, so a file saved from an
 * older page still reads: the Netherlands before 2023, Turkey before 2022, and Czechia, the short
 * name the Czech Republic asked for in 2016 (UNTC's tables still write "Czech Republic").
 */
const otherNamesInUse: Readonly<Record<string, string>> = {
  Czechia: 'CZ',
  Netherlands: 'NL',
  Turkey: 'TR',
};

/** Every name the import recognizes, with its code. */
export const untcNames: Readonly<Record<string, string>> = { ...memberStateNames, ...otherParticipantNames, ...otherNamesInUse };

/**
 * A name as the table keys it: one space between words, straight apostrophes (a page saved from a
 * browser may carry ’), Unicode composed (ü as one character), and case ignored.
 */
function normalize(name: string): string {
  return name.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const byNormalizedName = new Map(Object.entries(untcNames).map(([name, code]) => [normalize(name), code]));
const firstNameOfCode = new Map<string, string>();
for (const [name, code] of Object.entries(untcNames)) if (!firstNameOfCode.has(code)) firstNameOfCode.set(code, name);

/** The code of a participant UNTC names ("Viet Nam" → "VN"), or undefined for a name the table does not know. */
export function codeForUntcName(name: string): string | undefined {
  return byNormalizedName.get(normalize(name));
}

/** The name UNTC gives a participant's code ("CZ" → "Czech Republic"), or undefined. */
export function untcNameOf(code: string): string | undefined {
  return firstNameOfCode.get(code);
}
