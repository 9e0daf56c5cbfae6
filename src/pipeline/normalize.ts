/**
 * Offset-preserving normalisation.
 *
 * Every substitution is one UTF-16 code unit for one code unit, so an index
 * into the normalised text is the same index into the original input: stages
 * read the normalised text and report spans that are valid for the input
 * without any offset map. What it does:
 * - NBSP, narrow NBSP, figure space, other Unicode spaces and zero-width
 *   characters become a plain space (U+0020);
 * - CRLF reads as " \n" and a lone CR as "\n";
 * - tabs and form feeds become spaces;
 * - typographic apostrophes and quote marks are kept as they are (stages
 *   distinguish them), but U+2032/U+2033 primes, used as quotes in scraped
 *   text, become ' and ".
 */
const SPACE = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\t\v\f]/g;
const LINE = /\r\n?|[\u2028\u2029]/g;

export function normalizeText(input: string): string {
  return input
    .replace(SPACE, ' ')
    .replace(LINE, (m) => (m.length === 2 ? ' \n' : '\n'))
    .replace(/\u2032/g, "'")
    .replace(/\u2033/g, '"');
}
