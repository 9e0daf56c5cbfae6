/**
 * Titles and roles that precede or describe a person's name. They are never
 * part of a PERSON span; the entity records them in `titles`.
 * Lower case; multi-word titles are matched longest first.
 */
const BASE_TITLES: readonly string[] = [
  'councilwoman', 'councilman', 'city councilwoman', 'city councilman', 'councillor', 'councilor', 'council member', 'assemblyman', 'assemblywoman', 'state senator', 'state representative', 'fm', 'dpm', 'mp', 'mep', 'vp',
  'president', 'vice president', 'vice-president', 'president-elect', 'vice president-elect', 'former president', 'prime minister',
  'deputy prime minister', 'pm', 'premier', 'chancellor', 'minister', 'foreign minister', 'defence minister', 'defense minister',
  'interior minister', 'finance minister', 'prime minister-designate', 'secretary', 'secretary of state', 'secretary-general',
  'secretary general', 'defense secretary', 'defence secretary', 'war secretary', 'foreign secretary', 'home secretary',
  'press secretary', 'treasury secretary', 'homeland security secretary', 'attorney general', 'solicitor general', 'senator', 'sen.',
  'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'lieutenant governor', 'mayor', 'deputy mayor',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sheikh', 'sultan', 'pope', 'cardinal', 'archbishop', 'bishop',
  'rabbi', 'imam', 'ayatollah', 'supreme leader', 'general', 'gen.', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'admiral', 'adm.',
  'rear admiral', 'vice admiral', 'colonel', 'col.', 'lt. col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'commander', 'cmdr.', 'field marshal', 'marshal', 'chief', 'chief executive', 'ceo', 'cfo', 'coo', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'director', 'director-general', 'director general', 'ambassador', 'envoy', 'special envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'justice', 'chief justice', 'speaker', 'house speaker', 'leader',
  'opposition leader', 'party leader', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'prof.', 'professor', 'sir', 'dame',
  'lord', 'lady', 'coach', 'head coach', 'commissioner', 'inspector', 'detective', 'officer', 'sheriff', 'deputy', 'trooper',
  'first lady', 'senior adviser', 'adviser', 'advisor', 'national security adviser', 'chief of staff', 'press officer', 'reverend',
  'rev.', 'father', 'sister', 'brother', 'secretary of defense', 'secretary of war', 'secretary of homeland security',
  'secretary of the treasury', 'secretary of the navy', 'secretary of the army', 'minister of defence', 'minister of defense',
  'minister of foreign affairs', 'minister of the interior', 'minister of finance', 'administrator', 'correspondent',
  'medical correspondent', 'chief correspondent', 'senior correspondent', 'reporter', 'editor', 'anchor', 'executive director',
  'managing director', 'chief executive officer', 'head', 'founder', 'co-founder', 'nominee', 'candidate',
  'lawmaker', 'legislator', 'parliamentarian', 'congressional representative',
  // occupations written before a name as a title ("Shopkeeper Marta Vidal", "guesthouse owner X")
  'shopkeeper', 'shop owner', 'guesthouse owner', 'restaurant owner', 'farmer', 'fisherman', 'pharmacist', 'nurse', 'teacher',
  'taxi driver', 'bus driver', 'student', 'retiree', 'pensioner', 'resident', 'local resident', 'engineer', 'activist', 'lawyer',
  'attorney', 'barrister', 'solicitor', 'economist', 'analyst', 'historian', 'researcher', 'scientist', 'veteran', 'priest', 'pastor',
  // (not words that are also names before a name: "Baker", "Shepherd", "Singer", "Mason")
  'businessman', 'businesswoman', 'entrepreneur', 'surgeon', 'mechanic', 'journalist', 'novelist', 'poet', 'artist', 'musician',
  'photographer', 'filmmaker', 'architect', 'accountant', 'herder', 'midwife', 'paramedic', 'firefighter', 'volunteer', 'campaigner',
  'blogger', 'labourer', 'laborer', 'street vendor', 'vendor', 'truck driver', 'cab driver', 'shop assistant', 'factory worker', 'aid worker',
];

/** Titles of judges and ministers written with their court or portfolio ("U.S. District Judge", "Minister for Foreign Affairs"). */
const COURT_AND_PORTFOLIO_TITLES: readonly string[] = [
  'district judge', 'circuit judge', 'federal judge', 'magistrate judge', 'appeals judge', 'high court judge',
  'minister for foreign affairs', 'foreign affairs minister', 'deputy foreign minister', 'minister of state', 'state minister',
  'deputy minister', 'deputy defense minister', 'deputy defence minister', 'economy minister', 'justice minister', 'health minister',
  'trade minister', 'energy minister', 'defence chief', 'army chief', 'military chief', 'police chief', 'spy chief',
  'cabinet secretary', 'permanent secretary', 'under secretary', 'undersecretary', 'assistant secretary', 'deputy secretary',
  // a barrister's title in South Africa and elsewhere ("Advocate Jane Doe")
  'advocate',
];

/** Words after a title that name a person about to hold it: "ambassador nominee", "defense secretary-designate". */
const PENDING: readonly string[] = [' nominee', '-designate', ' designate'];

export const TITLES: readonly string[] = [
  ...BASE_TITLES,
  ...COURT_AND_PORTFOLIO_TITLES,
  ...BASE_TITLES.filter((t) => !t.endsWith('.') && t !== 'nominee' && t !== 'candidate').flatMap((t) => PENDING.map((p) => t + p)),
];

/** The titles as a set, for a membership test on a lower-case phrase ("coach", "defence minister"). */
export const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
