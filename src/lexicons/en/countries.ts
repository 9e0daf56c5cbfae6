/**
 * Countries and territories: canonical name, other names, demonyms.
 * One row per country: `Name|alias|alias…;Demonym|demonym plural|…`.
 * The first demonym is the adjective form and names the NORP entity.
 * A general world gazetteer, not tied to any article.
 */
const ROWS = `
Afghanistan;Afghan|Afghans
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Andorra;Andorran|Andorrans
Angola;Angolan|Angolans
Antigua and Barbuda;Antiguan|Antiguans
Argentina;Argentine|Argentinian|Argentines|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azerbaijanis|Azeri|Azeris
Bahamas;Bahamian|Bahamians
Bahrain;Bahraini|Bahrainis
Bangladesh;Bangladeshi|Bangladeshis
Barbados;Barbadian|Barbadians
Belarus;Belarusian|Belarusians
Belgium;Belgian|Belgians
Belize;Belizean|Belizeans
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian|Bolivians
Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians
Botswana;Botswanan
Brazil;Brazilian|Brazilians
Brunei;Bruneian
Bulgaria;Bulgarian|Bulgarians
Burkina Faso;Burkinabe
Burundi;Burundian|Burundians
Cambodia;Cambodian|Cambodians
Cameroon;Cameroonian|Cameroonians
Canada;Canadian|Canadians
Cape Verde|Cabo Verde;Cape Verdean
Central African Republic;Central African
Chad;Chadian|Chadians
Chile;Chilean|Chileans
China|People's Republic of China|PRC;Chinese
Colombia;Colombian|Colombians
Comoros;Comoran
Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DRC|DR Congo|Republic of Congo;Congolese
Costa Rica;Costa Rican|Costa Ricans
Croatia;Croatian|Croatians|Croat|Croats
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Danes|Dane
Djibouti;Djiboutian|Djiboutians
Dominica;Dominican
Dominican Republic;Dominican|Dominicans
East Timor|Timor-Leste;Timorese
Ecuador;Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans
Egypt;Egyptian|Egyptians
El Salvador;Salvadoran|Salvadorans|Salvadorian
Equatorial Guinea;Equatoguinean
Eritrea;Eritrean|Eritreans
Estonia;Estonian|Estonians
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian|Ethiopians
Fiji;Fijian|Fijians
Finland;Finnish|Finns
France;French|Frenchman|Frenchmen
Gabon;Gabonese
Gambia;Gambian|Gambians
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Grenada;Grenadian
Guatemala;Guatemalan|Guatemalans
Guinea;Guinean|Guineans
Guinea-Bissau;Bissau-Guinean
Guyana;Guyanese
Haiti;Haitian|Haitians
Honduras;Honduran|Hondurans
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelanders
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran;Iranian|Iranians
Iraq;Iraqi|Iraqis
Ireland|Republic of Ireland;Irish
Israel;Israeli|Israelis
Italy;Italian|Italians
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire;Ivorian|Ivorians
Jamaica;Jamaican|Jamaicans
Japan;Japanese
Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh|Kazakhs|Kazakhstani
Kenya;Kenyan|Kenyans
Kiribati;I-Kiribati
Kosovo;Kosovar|Kosovars
Kuwait;Kuwaiti|Kuwaitis
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian|Laotians
Latvia;Latvian|Latvians
Lebanon;Lebanese
Lesotho;Basotho
Liberia;Liberian|Liberians
Libya;Libyan|Libyans
Liechtenstein;Liechtensteiner
Lithuania;Lithuanian|Lithuanians
Luxembourg;Luxembourgish|Luxembourger
Madagascar;Malagasy
Malawi;Malawian|Malawians
Malaysia;Malaysian|Malaysians
Maldives;Maldivian|Maldivians
Mali;Malian|Malians
Malta;Maltese
Marshall Islands;Marshallese
Mauritania;Mauritanian|Mauritanians
Mauritius;Mauritian|Mauritians
Mexico;Mexican|Mexicans
Micronesia;Micronesian
Moldova;Moldovan|Moldovans
Monaco;Monegasque
Mongolia;Mongolian|Mongolians
Montenegro;Montenegrin|Montenegrins
Morocco;Moroccan|Moroccans
Mozambique;Mozambican|Mozambicans
Myanmar|Burma;Burmese|Myanmarese
Namibia;Namibian|Namibians
Nauru;Nauruan
Nepal;Nepali|Nepalese|Nepalis
Netherlands|Holland;Dutch
New Zealand;New Zealander|New Zealanders|Kiwi|Kiwis
Nicaragua;Nicaraguan|Nicaraguans
Niger;Nigerien|Nigeriens
Nigeria;Nigerian|Nigerians
North Korea|DPRK|N. Korea|N.Korea;North Korean|North Koreans
North Macedonia|Macedonia;Macedonian|Macedonians
Norway;Norwegian|Norwegians
Oman;Omani|Omanis
Pakistan;Pakistani|Pakistanis
Palau;Palauan
Palestine|Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian|Panamanians
Papua New Guinea;Papua New Guinean
Paraguay;Paraguayan|Paraguayans
Peru;Peruvian|Peruvians
Philippines;Filipino|Filipinos|Philippine|Filipina
Poland;Polish|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan|Rwandans
Saint Kitts and Nevis;Kittitian
Saint Lucia;Saint Lucian
Saint Vincent and the Grenadines;Vincentian
Samoa;Samoan|Samoans
San Marino;Sammarinese
Sao Tome and Principe;Santomean
Saudi Arabia;Saudi|Saudis|Saudi Arabian
Senegal;Senegalese
Serbia;Serbian|Serbians|Serb|Serbs
Seychelles;Seychellois
Sierra Leone;Sierra Leonean
Singapore;Singaporean|Singaporeans
Slovakia;Slovak|Slovaks|Slovakian
Slovenia;Slovenian|Slovenians|Slovene
Solomon Islands;Solomon Islander
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea|Korea|Republic of Korea|S. Korea|S.Korea;South Korean|South Koreans|Korean|Koreans
South Sudan;South Sudanese
Spain;Spanish|Spaniards|Spaniard
Sri Lanka;Sri Lankan|Sri Lankans
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish|Swedes
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Tajikistan;Tajik|Tajiks
Tanzania;Tanzanian|Tanzanians
Thailand;Thai|Thais
Togo;Togolese
Tonga;Tongan
Trinidad and Tobago;Trinidadian|Trinidadians
Tunisia;Tunisian|Tunisians
Turkey|Türkiye|Turkiye;Turkish|Turks
Turkmenistan;Turkmen
Tuvalu;Tuvaluan
Uganda;Ugandan|Ugandans
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE|U.A.E.;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons|Brits
United States|US|U.S.|USA|U.S.A.|United States of America|America;American|Americans
Uruguay;Uruguayan|Uruguayans
Uzbekistan;Uzbek|Uzbeks
Vanuatu;Ni-Vanuatu
Vatican|Vatican City|Holy See;Vatican
Venezuela;Venezuelan|Venezuelans
Vietnam|Viet Nam;Vietnamese
Yemen;Yemeni|Yemenis
Zambia;Zambian|Zambians
Zimbabwe;Zimbabwean|Zimbabweans
England;English
Scotland;Scottish|Scots
Wales;Welsh
Northern Ireland;Northern Irish
Greenland|Kalaallit Nunaat;Greenlandic|Greenlanders|Greenlander
Puerto Rico;Puerto Rican|Puerto Ricans
Hong Kong;Hong Konger|Hong Kongers
Macau|Macao;Macanese
Gaza|Gaza Strip;Gazan|Gazans
West Bank
Crimea;Crimean
Transnistria;Transnistrian|Transdniestrian
Somaliland;Somalilander
Western Sahara;Sahrawi
Falkland Islands|Falklands;Falkland Islander|Falkland Islanders|Falklanders
Guam
Catalonia;Catalan|Catalans
Kurdistan;Kurdish|Kurds|Kurd
Tibet;Tibetan|Tibetans
Chechnya;Chechen|Chechens
Abkhazia;Abkhaz
`;

export interface CountryEntry {
  /** Canonical name ("United States"). */
  readonly name: string;
  /** Every name, the canonical one first. */
  readonly names: readonly string[];
  /** Demonyms, the adjective first; empty when none is in common use. */
  readonly demonyms: readonly string[];
}

export const COUNTRIES: readonly CountryEntry[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [names = '', demonyms = ''] = row.split(';');
    const n = names.split('|');
    return { name: n[0] as string, names: n, demonyms: demonyms === '' ? [] : demonyms.split('|') };
  });

/** Every country name, lower case ("united states", "usa"). */
export const COUNTRY_NAME_SET: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.names.map((n) => n.toLowerCase())));

/** Each demonym, lower case, to its country ("norwegian" → Norway). */
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c] as const)));

/** Extra NORP groups that are not nationalities of a country in the table. */
export const OTHER_NORP: readonly (readonly string[])[] = [
  ['European', 'Europeans'], ['African', 'Africans'], ['Asian', 'Asians'], ['Arab', 'Arabs'], ['Latin American', 'Latin Americans'],
  ['Central American', 'Central Americans'], ['South American', 'South Americans'], ['North American', 'North Americans'],
  ['Middle Eastern'], ['Scandinavian', 'Scandinavians'], ['Nordic'], ['Baltic'], ['Balkan'],
  ['Hispanic', 'Hispanics'], ['Latino', 'Latinos', 'Latina', 'Latinas'], ['Jewish', 'Jews', 'Jew'], ['Muslim', 'Muslims'],
  ['Christian', 'Christians'], ['Catholic', 'Catholics'], ['Protestant', 'Protestants'], ['Hindu', 'Hindus'], ['Buddhist', 'Buddhists'],
  ['Sikh', 'Sikhs'], ['Sunni', 'Sunnis'], ['Shiite', 'Shiites', "Shi'ite", 'Shia'], ['Evangelical', 'Evangelicals'],
  ['Democrat', 'Democrats'], ['Republican', 'Republicans'], ['Socialist', 'Socialists'], ['Communist', 'Communists'],
  ['Black', 'Blacks'], ['Indigenous'], ['Pashtun', 'Pashtuns'], ['Baloch'], ['Uyghur', 'Uyghurs', 'Uighur', 'Uighurs'],
  ['Rohingya'], ['Tamil', 'Tamils'], ['Berber', 'Berbers'], ['Druze'], ['Yazidi', 'Yazidis'], ['Inuit'],
  ['West African', 'West Africans'], ['East African', 'East Africans'], ['North African', 'North Africans'],
  ['South Asian', 'South Asians'], ['Southeast Asian', 'Southeast Asians'], ['East Asian', 'East Asians'],
  ['Central Asian', 'Central Asians'], ['Sub-Saharan African'], ['Gulf Arab', 'Gulf Arabs'],
  ['New Yorker', 'New Yorkers'], ['Londoner', 'Londoners'], ['Parisian', 'Parisians'], ['Muscovite', 'Muscovites'],
  ['Texan', 'Texans'], ['Californian', 'Californians'], ['Floridian', 'Floridians'], ['Quebecer', 'Quebecers', 'Quebecois'],
  ['Zionist', 'Zionists'], ['Soviet', 'Soviets'], ['Western', 'Westerners'], ['Tutsi', 'Tutsis'], ['Hutu', 'Hutus'],
  ['Alawite', 'Alawites'], ['Maronite', 'Maronites'], ['Copt', 'Copts', 'Coptic'],
];

/**
 * ISO 3166-1 alpha-2 codes for rows whose names the generated ISO table
 * (src/data/geo.generated.ts) does not hold: short forms of long official
 * names, and territories, regions and nations inside a country (coded as the
 * state they belong to under ISO 3166). A region that spans states (Kurdistan)
 * has none.
 */
export const COUNTRY_CODE_OVERRIDES: Readonly<Record<string, string>> = {
  Brunei: 'BN', Laos: 'LA', Micronesia: 'FM', Moldova: 'MD', Syria: 'SY', Vatican: 'VA', England: 'GB', Scotland: 'GB',
  Wales: 'GB', 'Northern Ireland': 'GB', Gaza: 'PS', 'West Bank': 'PS', Crimea: 'UA', Transnistria: 'MD', Somaliland: 'SO',
  'Falkland Islands': 'FK', Catalonia: 'ES', Tibet: 'CN', Chechnya: 'RU', Abkhazia: 'GE',
};

