/**
 * Non-political places (LOC) and place-name patterns, plus cities and
 * sub-national regions that compromise may not know. A general gazetteer.
 */

/** Last words of streets, squares and the like, which a day may name too ("May 13 Square", "the October 6 Bridge"). */
export const STREET_LAST_WORDS: readonly string[] = ['square', 'street', 'avenue', 'boulevard', 'bridge', 'stadium', 'road', 'park', 'plaza'];

/** Last words that make a capitalised name a LOC ("Red Sea", "Panama Canal", "Rideau Hall"). */
export const LOC_LAST_WORDS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'channel', 'river', 'lake', 'lakes', 'canal', 'valley', 'mountains',
  'mountain', 'mount', 'hills', 'desert', 'peninsula', 'coast', 'shoal', 'reef', 'island', 'islands', 'isles', 'archipelago', 'house', 'isthmus', 'plateau', 'basin',
  'delta', 'gorge', 'canyon', 'falls', 'glacier', 'forest', 'hall', 'palace', 'tower', 'airport',
  'base', 'dam', 'arena', 'station', 'port', 'harbor', 'harbour', 'cathedral', 'mosque', 'temple',
  'building', 'highway', 'corridor', 'hotel', 'residence', 'gate', 'memorial', 'monument',
  'passage', 'sound', 'cape', 'atoll', 'lagoon', 'fjord', 'pass', ...STREET_LAST_WORDS,
]);

/** Last words of sub-national units: "Cabo Delgado Province", "Kherson Oblast", "Borno State" is left out (a university's name too). */
export const GPE_LAST_WORDS: ReadonlySet<string> = new Set([
  'province', 'governorate', 'oblast', 'krai', 'prefecture', 'county', 'district', 'municipality', 'emirate', 'canton', 'parish',
  'borough', 'township', 'region', 'zone',
]);

/** Lower-case place words before "of" and a name: "the town of X", "the village of X", "residents of X". */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'town', 'village', 'city', 'cities', 'towns', 'villages', 'hamlet', 'settlement', 'port', 'capital', 'province', 'region', 'district',
  'county', 'state', 'island', 'islands', 'republic', 'kingdom', 'emirate', 'outskirts', 'suburbs', 'suburb', 'residents', 'inhabitants',
  'mayor', 'governor', 'streets', 'centre', 'center', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
]);

/** Prepositions after which a lone unknown name is a place: "near X", "fighting around X". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'outside', 'around', 'towards', 'toward']);

/** Nouns a place owns and a person does not: "X's capital", "X's airspace", "X's armed forces". */
export const PLACE_POSSESSIONS: ReadonlySet<string> = new Set([
  'capital', 'airspace', 'territory', 'borders', 'border', 'sovereignty', 'independence', 'parliament', 'army', 'navy', 'armed',
  'embassy', 'coast', 'coastline', 'population', 'citizens', 'provinces', 'regions', 'cities',
]);

/** First words of facilities and natural places without "of": "Camp Lemonnier", "Mount Elgon", "Lake Turkana". */
export const LOC_PREFIX_WORDS: ReadonlySet<string> = new Set(['camp', 'mount', 'mt.', 'lake', 'fort']);

/** Compass words that open the name of a region of a country: "South Kordofan", "North Darfur", "West Java". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);

/** "X of Y" place names that start with one of these are LOC ("Gulf of Aden", "Horn of Africa"). */
/** First words of Romance place names before "de"/"do" ("Puerto de X", "Ciudad del Y", "San Juan de Z"): not an institution. */
export const ROMANCE_PLACE_OPENERS: ReadonlySet<string> = new Set([
  'puerto', 'porto', 'ciudad', 'cidade', 'villa', 'vila', 'san', 'santa', 'santo', 'são', 'sao', 'rio', 'río', 'sierra', 'serra',
  'costa', 'playa', 'praia', 'isla', 'ilha', 'cabo', 'nueva', 'nuevo', 'nova', 'novo', 'valle', 'vale', 'monte', 'campo', 'castillo',
  'la', 'las', 'los', 'el', 'lago', 'bahía', 'bahia', 'estado', 'distrito', 'provincia', 'región', 'region',
]);

export const LOC_FIRST_WORDS: ReadonlySet<string> = new Set(['gulf', 'bay', 'sea', 'strait', 'horn', 'cape', 'isle', 'mount', 'lake', 'port']);

/** Well-known LOC names: continents, regions, seas, planets. */
export const KNOWN_LOCS: readonly (readonly string[])[] = [
  ['Africa'], ['Asia'], ['Europe'], ['Antarctica'], ['Oceania'], ['North America'], ['South America'], ['Latin America'],
  ['Central America'], ['Middle East'], ['Near East'], ['Far East'], ['North Pole'], ['South Pole'], ['Balkans'], ['Caucasus'], ['Scandinavia'], ['Sahel'],
  ['Sahara'], ['Arctic'], ['Antarctic'], ['Caribbean'], ['Mediterranean'], ['Pacific'], ['Atlantic'], ['Indian Ocean'],
  ['Persian Gulf'], ['Red Sea'], ['Black Sea'], ['Baltic'], ['Midwest'], ['Southeast Asia'], ['South Asia'], ['Central Asia'],
  ['East Asia'], ['West Africa'], ['East Africa'], ['North Africa'], ['Horn of Africa'], ['Indo-Pacific'], ['Silicon Valley'],
  ['Donbas', 'Donbass'], ['Kashmir'], ['Patagonia'], ['Siberia'], ['Amazon'], ['Himalayas'], ['Alps'], ['Andes'],
  ['Mercury'], ['Venus'], ['Earth'], ['Mars'], ['Jupiter'], ['Saturn'], ['Uranus'], ['Neptune'], ['Pluto'], ['Moon'],
  ['Titan'], ['Europa'], ['Gulf of Mexico'], ['West'],
];

/** US states and their AP abbreviations; a general resource for datelines ("PALM BEACH, Fla."). */
export const US_STATES: readonly (readonly string[])[] = [
  ['Alabama', 'Ala.'], ['Alaska'], ['Arizona', 'Ariz.'], ['Arkansas', 'Ark.'], ['California', 'Calif.'], ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'], ['Delaware', 'Del.'], ['Florida', 'Fla.'], ['Georgia', 'Ga.'], ['Hawaii'], ['Idaho'], ['Illinois', 'Ill.'],
  ['Indiana', 'Ind.'], ['Iowa'], ['Kansas', 'Kan.'], ['Kentucky', 'Ky.'], ['Louisiana', 'La.'], ['Maine'], ['Maryland', 'Md.'],
  ['Massachusetts', 'Mass.'], ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'], ['Mississippi', 'Miss.'], ['Missouri', 'Mo.'],
  ['Montana', 'Mont.'], ['Nebraska', 'Neb.'], ['Nevada', 'Nev.'], ['New Hampshire', 'N.H.'], ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.'], ['New York', 'N.Y.'], ['North Carolina', 'N.C.'], ['North Dakota', 'N.D.'], ['Ohio'], ['Oklahoma', 'Okla.'],
  ['Oregon', 'Ore.'], ['Pennsylvania', 'Pa.'], ['Rhode Island', 'R.I.'], ['South Carolina', 'S.C.'], ['South Dakota', 'S.D.'],
  ['Tennessee', 'Tenn.'], ['Texas', 'Tex.'], ['Utah'], ['Vermont', 'Vt.'], ['Virginia', 'Va.'], ['Washington', 'Wash.'],
  ['West Virginia', 'W.Va.'], ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.'], ['District of Columbia', 'D.C.'],
];

/** Capitals and large cities often in world news that compromise does not tag as places. */
export const CITIES: readonly string[] = [
  'Nuuk', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Donetsk', 'Luhansk', 'Mariupol',
  'Kherson', 'Bakhmut', 'Sumy', 'Chisinau', 'Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Tbilisi',
  'Yerevan', 'Baku', 'Ankara', 'Istanbul', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Riyadh', 'Doha', 'Dubai',
  'Abu Dhabi', 'Muscat', 'Sanaa', "Sana'a", 'Sana’a', 'Aden', 'Jerusalem', 'Tel Aviv', 'Gaza City', 'Ramallah',
  'Tyre', 'Cairo', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Rabat', 'Khartoum', 'Addis Ababa', 'Asmara', 'Djibouti',
  'Mogadishu', 'Hargeisa', 'Nairobi', 'Kampala', 'Kigali', 'Kinshasa', 'Goma', 'Lagos', 'Abuja', 'Accra', 'Dakar',
  'Bamako', 'Niamey', 'Ouagadougou', "N'Djamena", 'Nouakchott', 'Johannesburg', 'Pretoria', 'Cape Town', 'Harare', 'Luanda',
  'Islamabad', 'Karachi', 'Lahore', 'Kabul', 'Kandahar', 'New Delhi', 'Delhi', 'Mumbai', 'Dhaka', 'Colombo', 'Kathmandu',
  'Beijing', 'Shanghai', 'Hong Kong', 'Taipei', 'Tokyo', 'Seoul', 'Pyongyang', 'Manila', 'Hanoi', 'Bangkok', 'Jakarta',
  'Kuala Lumpur', 'Singapore', 'Canberra', 'Sydney', 'Melbourne', 'Wellington', 'Moscow', 'St. Petersburg', 'Kursk', 'Belgorod',
  'London', 'Paris', 'Berlin', 'Brussels', 'Rome', 'Madrid', 'Lisbon', 'Vienna', 'Warsaw', 'Prague', 'Budapest', 'Bucharest',
  'Sofia', 'Athens', 'Belgrade', 'Zagreb', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Reykjavik', 'Dublin', 'Amsterdam',
  'The Hague', 'Geneva', 'Zurich', 'Bern', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Mexico City', 'Havana',
  'Caracas', 'Bogota', 'Bogotá', 'Quito', 'Lima', 'Santiago', 'Buenos Aires', 'Montevideo', 'Brasilia', 'Brasília', 'Rio de Janeiro',
  'Sao Paulo', 'São Paulo', 'Panama City', 'San Jose', 'San José', 'Managua', 'Tegucigalpa', 'San Salvador', 'Guatemala City',
  'Port-au-Prince', 'Santo Domingo', 'Kingston', 'Port of Spain', 'Washington', 'New York City', 'Los Angeles', 'Chicago',
  'Houston', 'Miami', 'Dallas', 'Boston', 'Atlanta', 'Seattle', 'San Francisco', 'Philadelphia', 'Phoenix', 'Denver', 'Detroit',
  'Cincinnati', 'St. Louis', 'Omaha', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx',
];
