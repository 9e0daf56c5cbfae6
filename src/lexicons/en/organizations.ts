/**
 * Organisation gazetteer and name patterns: last words that make a name an
 * organisation, first words that do, and well-known organisations, agencies
 * and media outlets (a general news resource, not tied to any article).
 */

/**
 * The words of a trade that end a company's name ("Brellan Foods", "Arvid Securities"): the company is also
 * named by the words before them ("Brellan"), as by those before "Inc." or "NV".
 */
export const TRADE_WORDS: readonly string[] = [
  'foods', 'farms', 'dairies', 'beverages', 'brewing', 'breweries', 'lettings', 'estates', 'properties', 'realty', 'homes',
  'securities', 'investments', 'insurance', 'assurance', 'financial', 'logistics', 'shipping', 'freight', 'pharma', 'biotech',
  'therapeutics', 'chemicals', 'steel', 'mining', 'petroleum', 'utilities', 'telecom', 'telecommunications', 'communications',
  'software', 'electronics', 'semiconductors', 'robotics', 'automotive', 'aerospace', 'apparel', 'cosmetics', 'hotels', 'resorts',
  'entertainment', 'pictures', 'publishing', 'consulting', 'advisors', 'advisers', 'outfitters', 'supermarkets', 'motorsport', 'health',
];

/** Corporate designators after a company's name, in the case they are written ("NV", "AG", "S.A."). */
export const CORPORATE_DESIGNATORS: readonly string[] = ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'NV', 'N.V.', 'BV', 'AG', 'SA', 'S.A.', 'SE', 'AB', 'ASA', 'GmbH', 'SpA', 'S.p.A.', 'Oyj', 'KK'];

/** A capitalised name ending in one of these is an ORG ("Liberal Party", "Apple Inc."). */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'group', 'holdings', 'company',
  'corporation', 'incorporated', 'limited', 'partners', 'bank', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'tech',
  'pharmaceuticals', 'market', 'markets', 'stores', 'industries', 'enterprises', 'capital', 'ventures', 'labs', 'foundation', 'institute',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'church', 'party', 'movement', 'front', 'alliance', 'coalition',
  'union', 'league', 'federation', 'association', 'society', 'council', 'committee', 'commission', 'board', 'agency', 'authority',
  'administration', 'bureau', 'department', 'ministry', 'office', 'service', 'services', 'directorate', 'division', 'court',
  'tribunal', 'parliament', 'assembly', 'senate', 'congress', 'cabinet', 'presidency', 'government', 'army', 'navy', 'marines',
  'guard', 'guards', 'forces', 'police', 'command', 'corps', 'brigade', 'battalion', 'regiment', 'militia', 'cartel', 'gang', 'network',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'chronicle', 'observer', 'review',
  'press', 'radio', 'television', 'tv', 'broadcasting', 'media', 'magazine', 'daily', 'weekly', 'records', 'studios', 'team',
  'club', 'fc', 'organization', 'organisation', 'programme', 'mission', 'system', 'exchange', 'fund', 'trust',
  'center', 'centre', 'legislature', 'caucus', 'secretariat', 'taskforce', 'staff', 'community',
  // news outlets, sports bodies and company words of other languages ("Delta Bulletin", "World Athletics", "Salar Norte Minerales")
  'bloc', 'wire', 'bulletin', 'ledger', 'courier', 'dispatch', 'monitor', 'examiner', 'sentinel', 'athletics', 'energy',
  // parliaments named in their own language ("the State Duma", "the Verkhovna Rada", "the Lok Sabha")
  ...['duma', 'knesset', 'bundestag', 'bundesrat', 'majlis', 'rada', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta', 'sabha', 'cortes'],
  'seguros', 'seguradora', 'assicurazioni', 'versicherung', 'versicherungen', 'assurances',
  'minerales', 'minera', 'mineração', 'industrias', 'compañía', 'compania', 'sociedad', 'ltda', 'ltda.', 'spa', 's.a.', 'srl', 'nv', 'bv', 'oy', 'ab', 'asa',
  'resistance', 'embassy', 'consulate', 'delegation', 'force', 'institution', 'laboratory', 'laboratories', 'observatory',
  'consortium', 'cooperative', 'co-operative', 'collective', 'syndicate', 'guild', 'brotherhood', 'sisterhood', 'confederation',
  // company words of trade ("Brellan Foods", "Arvid Securities", "Tamsin Lettings")
  ...TRADE_WORDS,
]);

/**
 * Capitalised words that are no entity standing alone, only inside a longer
 * name or a title: "U.S. District Judge", "the County", "Foreign minister".
 */
export const LONE_GENERIC_WORDS: ReadonlySet<string> = new Set([
  'district', 'county', 'province', 'region', 'state', 'states', 'department', 'ministry', 'staff', 'assistant', 'foreign',
  'national', 'federal', 'central', 'northern', 'southern', 'eastern', 'general', 'deputy', 'office', 'agency', 'committee',
  'council', 'commission', 'court', 'bureau', 'division', 'unit', 'force', 'forces', 'command', 'government', 'republic',
  'kingdom', 'city', 'town', 'village', 'border', 'embassy', 'mission', 'party', 'union', 'coalition', 'front', 'security',
  'defense', 'defence', 'interior', 'justice', 'affairs', 'international', 'global', 'world', 'public', 'senior', 'junior',
  'local', 'regional', 'official', 'officials',
]);

/** Head nouns of an apposition that make the name before it an organisation: "X, a Venezuela-based crime group". */
export const APPOSITION_ORG_HEADS: ReadonlySet<string> = new Set([
  'group', 'gang', 'cartel', 'organization', 'organisation', 'company', 'firm', 'militia', 'movement', 'party', 'agency', 'network',
  'outlet', 'newspaper', 'broadcaster', 'retailer', 'maker', 'manufacturer', 'startup', 'bank', 'insurer', 'airline', 'charity',
  'nonprofit', 'union', 'coalition', 'alliance', 'faction', 'syndicate', 'conglomerate', 'chain', 'publisher', 'website',
]);

/** Head nouns of an apposition that make the name before it a place: "X, a town in the north". */
export const APPOSITION_PLACE_HEADS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'province', 'region', 'district', 'port', 'capital', 'county', 'state', 'municipality', 'suburb',
]);

/** A web site named by its domain ("Investing.com", "CTVNews.ca") is an organisation. */
export const SITE_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|ca|io|news|info|co\.uk|com\.au|de|fr|in)$/u;

/** A model, mission or weapon designation ending a name ("Galaxy S9", "Reaper MQ-9", "Joint Sword 2024B"): no entity. */
export const MODEL_CODE = /^(?:\p{Lu}+-?\d+\p{Lu}?|\d+\p{Lu})$/u;

/**
 * Lower-case words right after a name that make it an organisation: "the X
 * rebels", "the X militia", "X fighters". A name typed so is strong: it beats
 * the tagger's guess that the word is a surname.
 */
export const GROUP_FOLLOWERS: ReadonlySet<string> = new Set([
  'rebels', 'rebel', 'militia', 'militias', 'militiamen', 'movement', 'movements', 'cartel', 'cartels', 'gang', 'gangs', 'fighters', 'militants', 'insurgents',
  'mercenaries', 'group', 'party', 'faction', 'paramilitaries',
  // a company's goods: "the Halvane brand", "Norvex and Brightly products"
  'brand', 'brands', 'products',
]);

/** Lower-case words right before a name that make it an organisation: "paramilitary group X", "broadcasters X". */
export const GROUP_PRECEDERS: ReadonlySet<string> = new Set([
  'group', 'militia', 'movement', 'cartel', 'gang', 'outlet', 'outlets', 'broadcasters', 'newspaper', 'newspapers', 'daily',
  'tabloid', 'agency', 'network', 'company', 'firm', 'retailer', 'brand', 'channel', 'magazine', 'website', 'startup',
  'broadcaster', 'station', 'weekly', 'paper', 'portal', 'publisher',
]);

/** Words opening a name that make it an organisation: a private military company ("PMC X"). Case-sensitive. */
export const ORG_PREFIXES: ReadonlySet<string> = new Set(['PMC']);

/** Heads of newspaper names: "the Chronicle", "the Herald" (a lone capitalised word after "the"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'chronicle', 'observer', 'independent',
  'courier', 'examiner', 'inquirer', 'globe', 'mirror', 'express', 'standard',
]);

/**
 * Head words of names of laws, treaties, events and prizes ("Geneva Convention",
 * "Farm Bill", "World Cup", "Nobel Prize"): OntoNotes' LAW and EVENT, none of the
 * five entity types, so such a name is no entity. `last`: the name's last word;
 * `first`: its first word, before "of" or "on" ("Treaty of Rome").
 */
export const NON_ENTITY_HEADS: { readonly last: ReadonlySet<string>; readonly first: ReadonlySet<string> } = {
  last: new Set([
    'treaty', 'act', 'accord', 'accords', 'agreement', 'doctrine', 'convention', 'protocol', 'charter', 'pact', 'amendment', 'bill',
    'summit', 'games', 'olympics', 'open', 'cup', 'championship', 'championships', 'tournament', 'festival', 'award', 'awards',
    'prize', 'prix', 'slam', 'marathon', 'forum', 'conference', 'expo', 'program', 'initiative', 'project',
  ]),
  first: new Set(['treaty', 'convention', 'protocol', 'charter', 'pact', 'accord', 'agreement', 'doctrine', 'operation', 'exercise']),
};

/**
 * Romance "of" particles. A name whose first word is no first name and whose
 * second is one of these ("Banco de X", "Partido dos Y", "Tren de Z") names an
 * institution or a group, not a person ("Ana de la Cruz" opens with a first name).
 */
export const ROMANCE_OF_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'della', 'du', 'des']);

/**
 * A team named by its place and a capitalised plural nickname ("Denver Broncos",
 * "Oregon Ducks"): the nickname's shape. Words that end place names or
 * organisations (Islands, Heights, Forces) are kept out where this is used.
 */
export const TEAM_NICKNAME = /^\p{Lu}\p{Ll}{2,}[^isu\s]s$/u; // not -ss, -is, -us (Crisis, Campus)

/** A capitalised name starting with one of these (then "of …") is an ORG ("University of Michigan", "Board of Elections"). */
export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set([
  'university', 'bank', 'board', 'ministry', 'department', 'office', 'council', 'court', 'house', 'church', 'college',
  'institute', 'museum', 'federation', 'league', 'union', 'party', 'armed', 'coalition', 'organization', 'organisation',
  'commission', 'committee', 'agency', 'cartel', 'school', 'assembly',
]);

/** Football clubs' prefixes, written in capitals ("NK Vodice", "FK Partizan", "HNK Rijeka", "FC Basel"). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['NK', 'FK', 'HNK', 'SK', 'FC', 'AFC', 'SC', 'CF', 'CD', 'AC', 'AS', 'SS', 'SV', 'VfB', 'VfL', 'TSG']);

/** Well-known organisations, institutions used as actors, news agencies and outlets. */
export const KNOWN_ORGS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.'], ['UN General Assembly'], ['UN Security Council', 'Security Council'], ['European Union', 'EU', 'E.U.'],
  ['World Health Organization', 'WHO'], ['World Bank'], ['International Monetary Fund', 'IMF'],
  ['World Trade Organization', 'WTO'], ['International Atomic Energy Agency', 'IAEA'], ['African Union', 'AU'],
  ['Organization of American States', 'OAS'], ['G7'], ['G20'], ['BRICS'], ['Interpol'],
  // intergovernmental bodies, each under its long names and its acronym (so either, in any order, is one entity)
  ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe'],
  ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['ASEAN', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['ECOWAS', 'Economic Community of West African States'], ['SADC', 'Southern African Development Community'],
  ['East African Community', 'EAC'], ['IGAD', 'Intergovernmental Authority on Development'],
  ['Arab League', 'League of Arab States'], ['Gulf Cooperation Council', 'GCC'], ['CARICOM', 'Caribbean Community'], ['Mercosur', 'MERCOSUR'],
  ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'CSTO'],
  ['Pacific Islands Forum'], ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'],
  ['UNHCR', 'UN Refugee Agency'], ['UNICEF', 'Unicef'], ['World Food Programme', 'World Food Program', 'WFP'],
  ['International Organization for Migration', 'IOM'], ['International Committee of the Red Cross', 'ICRC'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'], ['UN Human Rights Council', 'Human Rights Council'],
  ['Red Cross'], ['Amnesty International'], ['Human Rights Watch'], ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'], ['Hamas'], ['Hezbollah'], ['Taliban'], ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], ['White House'], ['Kremlin'], ['Pentagon'], ['Downing Street'], ['Elysee', 'Élysée'],
  ['State Department'], ['Congress'], ['Senate'], ['Parliament'], ['Supreme Court'], ['FBI'], ['CIA'], ['NSA'], ['NASA'], ['ESA'],
  ['SpaceX'], ['Wall Street'], ['Federal Reserve', 'Fed'], ['Reuters', 'REUTERS'], ['Associated Press', 'AP'], ['AFP', 'Agence France-Presse'],
  ['Bloomberg'], ['CNN'], ['BBC'], ['NBC News'], ['ABC News'], ['CBS News'], ['Fox News'], ['NPR'], ['Al Jazeera'], ['Xinhua'], ['TASS'],
  ['Sky News'], ['New York Times'], ['Washington Post'], ['Wall Street Journal'], ['Financial Times'], ['The Economist', 'Economist'],
  ['Politico'], ['Axios'], ['Facebook'], ['Twitter'], ['X'], ['Instagram'], ['TikTok'], ['YouTube'], ['Google'], ['Apple'],
  ['Microsoft'], ['Amazon'], ['Meta'], ['Truth Social'], ['Telegram'], ['WhatsApp'], ['MENAFN'], ['Anadolu', 'Anadolu Agency'],
  ['IRNA'], ['Yonhap'], ['Kyodo'], ['Ritzau'], ['Scanpix'], ['Getty Images', 'Getty'], ['NCAA'], ['WTA'], ['ATP'], ['FIFA'], ['UEFA'],
  ['Marines', 'Marine Corps'], ['NFL'], ['NBA'], ['MLB'], ['NHL'], ['IOC'], ['EPA'], ['FDA'], ['CDC'], ['DEA'], ['ICE'], ['DHS'], ['DOJ'], ['IRS'], ['SEC'],
];

/** Institutions used as "the X" that are ORG only with the capital ("the Senate"). Covered by KNOWN_ORGS; kept for clarity. */
export const MEDIA_CREDIT_WORDS: ReadonlySet<string> = new Set(['photo', 'file', 'via', 'credit', 'image']);

/** All-caps words that are not organisations: time zones, units, common initialisms. */
export const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'ET', 'EDT', 'EST', 'CT', 'CDT', 'CST', 'MT', 'MDT', 'MST', 'PT', 'PDT', 'PST', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'AM', 'PM',
  'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'AI', 'TV', 'PR', 'OK', 'ID', 'USD', 'EUR', 'GBP', 'MW', 'GW', 'KM', 'MPH', 'FAQ', 'PDF', 'URL',
  'COVID', 'COVID-19', 'HIV', 'AIDS', 'DNA', 'RNA', 'LGBT', 'LGBTQ', 'VIP', 'IPO', 'ETF', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'II',
  'III', 'IV', 'VI', 'JUST', 'BREAKING', 'UPDATE', 'WATCH', 'LIVE', 'NEW', 'EXCLUSIVE', 'PHOTOS', 'VIDEO', 'OPINION',
]);

/** Prefixes of ship names ("USS Gravely"): vessels are not annotated entities. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'HMCS', 'HMAS', 'INS', 'RFS', 'MV', 'SS']);

/**
 * Lower-case words that may stand inside a name defined with its acronym and may or may not
 * give it a letter: "Alliance for Rural Renewal (ARR)", "Movement for Democratic Change in X (MDCX)",
 * "Democratic Republic of the Congo (DRC)".
 */
export const ACRONYM_JOINERS: ReadonlySet<string> = new Set([
  'of', 'and', 'for', 'the', '&', 'in', 'on', 'to', 'at', 'de', 'del', 'des', 'du', 'la', 'le', 'al', 'el', 'y', 'et', 'da', 'di',
]);

/**
 * How a text defines an acronym right after the long name: the tokens between the name and the
 * acronym, and the tokens that may follow the acronym ("" = the end of the text).
 * "the Norland Safety Board (NSB)", "the Norland Safety Board, or NSB, said".
 */
export const ACRONYM_FRAMES: readonly { readonly before: readonly string[]; readonly after: ReadonlySet<string> }[] = [
  { before: ['('], after: new Set([')']) },
  { before: [',', 'or'], after: new Set([',', '.', ';', ':', ')', '—', '–', '']) },
];

/**
 * Collective nouns whose possessive opens an organisation's name: "People's Liberation Army",
 * "Workers' Party", "Women's League", "Veterans' Association" (lower case).
 */
export const POSSESSIVE_NAME_WORDS: ReadonlySet<string> = new Set([
  'people', 'peoples', 'workers', 'women', 'children', 'veterans', 'farmers', 'citizens', 'nations', 'soldiers', 'mothers',
  'students', 'teachers', 'journalists', 'writers', 'employers', 'miners', 'peasants', 'youth', 'men',
]);

/** Parliaments news names by one word of their own language: an organisation even alone ("the Knesset voted"). */
export const LEGISLATURE_NAMES: ReadonlySet<string> = new Set([
  'duma', 'knesset', 'bundestag', 'bundesrat', 'majlis', 'rada', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta', 'cortes', 'oireachtas', 'dáil', 'dail',
]);

/**
 * Last words of a public body's name that the country or region it serves follows ("Police Scotland", "Public Health
 * Wales", "Sport England", "Historic Environment Scotland"): the whole is the body, not the place.
 */
export const PUBLIC_SERVICE_HEADS: ReadonlySet<string> = new Set([
  'police', 'health', 'sport', 'water', 'forestry', 'revenue', 'education', 'skills', 'heritage', 'tourism', 'enterprise',
  'housing', 'statistics', 'environment', 'justice', 'nature', 'ambulance', 'rail', 'highways', 'transport',
]);
