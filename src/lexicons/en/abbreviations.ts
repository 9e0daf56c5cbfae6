/** Abbreviations after which a period does not end a sentence (lower case, without the final period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'reps', 'pres', 'rev', 'hon', 'messrs', 'sec', 'supt', 'insp',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx', 'no', 'nos',
  'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'fig', 'vol', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'calif', 'fla', 'mass', 'penn',
  'ariz', 'ark', 'colo', 'conn', 'del', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss',
  'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);
