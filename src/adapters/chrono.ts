/**
 * The only module that imports chrono-node. It proposes date and time
 * expressions in one bounded piece of text, with offsets relative to that
 * piece, and says which parts the text stated ("known") and which chrono filled
 * in from the reference date ("implied"). Nothing of chrono's types leaves this
 * file: the dates stage decides what counts and what value it gets.
 *
 * The English casual parser (`chrono-node/en`, ~22 ms to load, no dependencies)
 * runs in UTC against noon of the reference day, so implied parts never depend
 * on the machine's time zone.
 *
 * Three of chrono's casual parsers are left out: "N units ago/before/earlier", "N units
 * later/after/from now" and "last/next N units". The first two patterns (a counted unit
 * repeated up to ten times) took V8 ~60-150 ms to compile on first use, most of chrono's share
 * of a cold start, and the dates stage reads those phrases with its own duration parser
 * ("three days ago", "four days later", "two weeks from now").
 */
import { Chrono, configuration, type ParsedResult } from 'chrono-node/en';

type ParsedComponents = ParsedResult['start'];

/** One end of a chrono proposal: stated parts (null when not stated) and the full implied moment. */
export interface ChronoParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** 0 = Sunday … 6 = Saturday, as chrono counts. */
  readonly weekday: number | null;
  readonly hour: number | null;
  readonly minute: number | null;
  /** The moment chrono resolved, in UTC parts (stated and implied together). */
  readonly implied: { readonly y: number; readonly m: number; readonly d: number; readonly h: number; readonly min: number };
}

export interface ChronoHit {
  /** Offsets into the text given to `chronoHits`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly from: ChronoParts;
  readonly to: ChronoParts | null;
  /** The names of the chrono parsers and refiners that made it. */
  readonly tags: readonly string[];
}

/**
 * Counted-unit phrases our own parser reads: "N units ago/before/earlier", "N units later/after/
 * from now", and "last/next N units" (a duration or a vague reference in news, never a point).
 */
const LEFT_OUT = [/\(\?:ago\|before\|earlier\)/, /\(\?:later\|after\|from now/, /^\(this\|last\|past\|next\|after\|\\\+\|-\)/];

interface WithPattern {
  innerPattern?: (context: unknown) => RegExp;
}

function leftOut(parser: unknown): boolean {
  const inner = (parser as WithPattern).innerPattern;
  if (typeof inner !== 'function') return false;
  try {
    const source = inner.call(parser, { option: {} }).source;
    return LEFT_OUT.some((r) => r.test(source));
  } catch {
    return false;
  }
}

let engine: Chrono | null = null;

/** chrono's English casual configuration without the two parsers above, built on first use. */
function chrono(): Chrono {
  if (engine === null) {
    const casual = configuration.createCasualConfiguration(false);
    engine = new Chrono({ parsers: casual.parsers.filter((p) => !leftOut(p)), refiners: casual.refiners });
  }
  return engine;
}

const DASH_BETWEEN_DIGITS = /(\d)[–—](?=\d)/g;

/** The longest piece handed to chrono (the pipeline already bounds sentences near this). */
const MAX_PIECE = 2000;

function parts(c: ParsedComponents): ChronoParts {
  const known = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null => (c.isCertain(k) ? c.get(k) : null);
  const t = c.date();
  return {
    year: known('year'),
    month: known('month'),
    day: known('day'),
    weekday: known('weekday'),
    hour: known('hour'),
    minute: known('minute'),
    implied: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), min: t.getUTCMinutes() },
  };
}

function hit(r: ParsedResult): ChronoHit {
  return {
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    from: parts(r.start),
    // chrono gives `end: null` (not undefined, whatever its types say) for a single point.
    to: r.end ? parts(r.end) : null,
    tags: [...r.tags()],
  };
}

/**
 * chrono's proposals in `text`, resolved against noon UTC of `ref` (y, m, d);
 * `forward` prefers the future for expressions that could go either way.
 * Never throws on content: odd text gives an empty list.
 */
export function chronoHits(text: string, ref: { readonly y: number; readonly m: number; readonly d: number }, forward: boolean): ChronoHit[] {
  if (text.length === 0 || text.length > MAX_PIECE) return [];
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  try {
    // chrono reads "June 20-22" but not "June 20–22": an en or em dash between digits becomes a hyphen (same length, same offsets).
    return chrono().parse(text.replace(DASH_BETWEEN_DIGITS, '$1-'), { instant, timezone: 0 }, { forwardDate: forward }).map(hit);
  } catch {
    return [];
  }
}
