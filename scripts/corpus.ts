import { prng } from '../test/hostile/inputs.js';
/**
 * A fixed, news-like benchmark corpus: the seed article plus generated articles
 * (a seeded PRNG, so every run and every machine gets the same texts), cut into
 * article-sized documents. Used by `npm run bench`; no test depends on it.
 */
import { readFileSync } from 'node:fs';

export interface BenchDoc {
  readonly id: string;
  readonly text: string;
  readonly published: string;
}

const FIRST = ['Claudia', 'Donald', 'Marcelo', 'Ana', 'Luis', 'Maria', 'James', 'Sarah', 'Olena', 'Pedro', 'Kenji', 'Amina', 'Rafael', 'Ingrid', 'Samuel', 'Lucia'];
const LAST = ['Ebrard', 'Garcia', 'Hernandez', 'Thompson', 'Okafor', 'Lindqvist', 'Moreno', 'Tanaka', 'Kowalski', 'Reyes', 'Brennan', 'Haddad', 'Nakamura', 'Castillo', 'Whitfield', 'Duarte'];
const TITLE = ['President', 'Foreign Minister', 'Senator', 'Governor', 'Secretary of State', 'Ambassador', 'Defense Secretary', 'Mayor', 'Prime Minister', 'spokeswoman'];
const ORG = ['the United Nations', 'the Pentagon', 'Reuters', 'the State Department', 'Pemex', 'the Senate Foreign Relations Committee', 'the World Bank', 'NATO', 'the Drug Enforcement Administration', 'the European Union', 'Amnesty International', 'the Federal Reserve'];
const PLACE = ['Mexico City', 'Washington', 'Texas', 'Brussels', 'Sinaloa', 'Ottawa', 'Geneva', 'Tijuana', 'Bogota', 'California', 'Madrid', 'Havana'];
const NATION = ['Mexican', 'American', 'Canadian', 'Colombian', 'Spanish', 'European', 'Brazilian', 'Cuban'];
const WHEN = ['on Monday', 'last week', 'on Saturday', 'in March', 'on May 3, 2025', 'earlier this year', 'in 2024', 'on Thursday evening', 'two days later', 'next month', 'since January', 'at the end of April'];
const VERB = ['said', 'told reporters', 'wrote on X', 'argued', 'warned', 'insisted', 'added', 'noted', 'acknowledged', 'declared'];
const ISSUE = [
  'the deployment of foreign troops would violate national sovereignty',
  'cooperation on security must respect each country’s laws',
  'tariffs on steel and aluminium would hurt workers on both sides of the border',
  'the cartels had grown more violent over the past decade',
  'military intervention was not on the table',
  'intelligence sharing had improved since the summit',
  'migration figures at the border had fallen sharply',
  'the trade agreement would be reviewed in the coming months',
  'sovereignty is not for sale',
  'any unilateral action would be met with a firm diplomatic response',
];
const QUOTE = [
  'We will never accept the presence of foreign soldiers on our territory',
  'Our cooperation is strong, but it has limits',
  'This is a question of dignity and of law',
  'The threat from fentanyl is real and it is killing our people',
  'We are ready to talk, but not under pressure',
  'Nobody should doubt our commitment to security',
  'There is no military solution to this problem',
  'The numbers speak for themselves',
];

function article(rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const people = Array.from({ length: 4 }, () => ({ first: pick(FIRST), last: pick(LAST), title: pick(TITLE) }));
  const person = () => pick(people);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lines: string[] = [`${pick(NATION)} officials push back as ${pick(PLACE)} talks stall`];
  const paragraphs = 6 + Math.floor(rand() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 3);
    for (let s = 0; s < n; s++) {
      const a = person();
      switch (Math.floor(rand() * 7)) {
        case 0:
          sentences.push(`${a.title} ${a.first} ${a.last} ${pick(VERB)} ${pick(WHEN)} that ${pick(ISSUE)}.`);
          break;
        case 1:
          sentences.push(`“${pick(QUOTE)},” ${a.last} ${pick(VERB)}.`);
          break;
        case 2:
          sentences.push(`${cap(pick(ORG))} said ${pick(WHEN)} that it would send a delegation to ${pick(PLACE)}, where ${pick(NATION)} negotiators have met ${pick(LAST)} twice.`);
          break;
        case 3:
          sentences.push(`"${pick(QUOTE)}," said ${a.first} ${a.last}, the ${a.title.toLowerCase()} of ${pick(PLACE)}, in an interview with ${pick(ORG)} ${pick(WHEN)}.`);
          break;
        case 4:
          sentences.push(`According to ${pick(ORG)}, ${pick(ISSUE)}, a view ${a.last} has rejected ${pick(WHEN)}.`);
          break;
        case 5:
          sentences.push(`${pick(NATION)} and ${pick(NATION)} diplomats met in ${pick(PLACE)} ${pick(WHEN)} to discuss trade, migration and the ${Math.floor(rand() * 90) + 10} percent rise in seizures reported by ${pick(ORG)}.`);
          break;
        default:
          sentences.push(`${a.last} ${pick(VERB)} that ${pick(ISSUE)}, adding that ${pick(ISSUE)}.`);
      }
    }
    lines.push(sentences.join(' '));
  }
  return lines.join('\n');
}

/** About `bytes` characters of documents: every fifth is the seed article, the rest generated. */
export function buildCorpus(bytes: number, seedPath = 'fixtures/seed/seed.txt'): BenchDoc[] {
  const seed = readFileSync(seedPath, 'utf8');
  const rand = prng(20250504);
  const docs: BenchDoc[] = [];
  let size = 0;
  while (size < bytes) {
    const i = docs.length;
    const text = i % 5 === 0 ? seed : article(rand);
    docs.push({ id: `doc-${i}`, text, published: '2025-05-04' });
    size += text.length;
  }
  return docs;
}

export { countWords } from '../src/cli/task.js';
