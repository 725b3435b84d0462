// Word lists for candidate extraction. Data only: extend them when a report shows noise.

/** Capitalised only because they start a sentence: dropped from the front of a name found there. */
export const SENTENCE_START_WORDS: readonly string[] = [
  'a', 'about', 'according', 'after', 'against', 'along', 'also', 'although', 'an', 'and', 'as', 'at', 'because',
  'before', 'but', 'by', 'during', 'each', 'every', 'for', 'from', 'further', 'here', 'how', 'however', 'if', 'in',
  'into', 'it', 'its', 'meanwhile', 'more', 'moreover', 'most', 'many', 'new', 'no', 'not', 'of', 'on', 'once',
  'our', 'over', 'since', 'so', 'some', 'such', 'that', 'the', 'their', 'there', 'these', 'they', 'this', 'those',
  'through', 'to', 'today', 'under', 'unlike', 'until', 'we', 'what', 'when', 'where', 'while', 'with', 'within',
  'yesterday', 'tomorrow', 'yet',
];

/** Honorifics that precede a name without being part of it: dropped from the front anywhere, any case. */
export const TITLE_WORDS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam', 'h.e'];

/**
 * Job titles written before a name ("Prime Minister Srettha Thavisin", "President of Huawei Asia-Pacific"):
 * dropped from the front of a name, as written; a title alone is no candidate. Longer titles first.
 */
export const TITLE_PHRASES: readonly string[] = [
  'Deputy Government Spokesperson', 'Government Spokesperson', 'Deputy Prime Minister', 'Prime Minister',
  'Senior Executive Vice-President', 'Executive Vice President', 'Vice-President', 'Vice President', 'President',
  'Chief Executive Officer', 'Chief Operating Officer', 'Chief Technology Officer', 'Managing Director',
  'Director-General', 'Director General', 'Director', 'Secretary-General', 'Permanent Secretary', 'Minister',
  'Ambassador', 'Chairman', 'Chairwoman', 'Chairperson', 'Cultural Counselor', 'Counselor', 'Spokesperson', 'Professor',
  'Senior Vice President', 'General Manager', 'Country Manager', 'Head',
  'King', 'Queen', 'Princess', 'Prince', 'Her Royal Highness', 'His Royal Highness', 'His Majesty', 'Her Majesty',
];

/** Lower-case words that may sit inside a name ("Bank of China", "Co-building the Digital Silk Road"). */
export const CONNECTORS: readonly string[] = ['of', 'and', 'the', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'di', 'da'];

/** Connectors that may also join two separate names ("Genshin Impact and Honor of Kings"): split there. */
export const JOINING_CONNECTORS: readonly string[] = ['and', '&'];

/** Acronyms common enough to be vocabulary, not brands: never a candidate, and they end a name. */
export const COMMON_ACRONYMS: readonly string[] = [
  'AI', 'AR', 'VR', 'IT', 'ICT', 'IoT', 'TV', 'PC', 'CEO', 'CFO', 'CTO', 'COO', 'GDP', 'SME', 'SMEs', 'USD', 'THB',
  'RMB', 'CNY', 'EUR', 'US', 'USA', 'UK', 'EU', 'UN', 'ID', 'OK', 'FAQ', 'PDF', 'URL', 'API', 'APIs', 'HTML', 'HTTP',
  'HTTPS', 'AM', 'PM', 'Q1', 'Q2', 'Q3', 'Q4', '3D', '2D', '4G', '5G', 'CO2', 'ESG', 'B2B', 'B2C', 'R&D', 'MOU', 'MoU', 'Q&A',
  'IP', 'EV', 'EVs', 'U.S', 'U.K', 'U.N', 'E.U', 'P.R', 'PR', 'KPI', 'ROI', 'SaaS', 'IPO',
  // Currency codes.
  'SGD', 'MYR', 'IDR', 'VND', 'PHP', 'HKD', 'TWD', 'JPY', 'KRW', 'GBP', 'AUD', 'INR',
];

/** Month and day names: capitalised in English, never a brand. They end a name. */
export const CALENDAR_WORDS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];
