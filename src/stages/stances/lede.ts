import type { Entity } from '../../types.js';
import { PERSON_HEADS } from '../../lexicons/en/stance.js';
import type { RawEvidence } from './compose.js';
import { entityActor } from './actors.js';
import type { StanceContext } from './context.js';

/**
 * Wire copy opens on a description and names the person a paragraph later: "The leading opposition
 * candidate … promised on Thursday to close the Russian air base. ¶ Omar Haddad, a former central bank
 * governor, told a rally …". A stance held by such a description (a phrase whose head is a person's role:
 * "candidate", "leader", "minister") in the headline or the lede is the person whose name opens one of the
 * next sentences, when no person was named before it.
 */

/** The headline, the dateline and the lede: the sentences a description may open an article in. */
const LEDE_SENTENCES = 3;

/** How many sentences after the description the name may come. */
const NAMED_WITHIN = 2;

/** The person whose name opens sentence `k` ("Omar Haddad, a former …, told"), or null. */
function openingPerson(ctx: StanceContext, k: number): Entity | null {
  const range = ctx.doc.sentenceTokens[k];
  if (range === undefined) return null;
  let i = range[0];
  while (i < range[1] && ctx.doc.tokens[i]?.kind === 'punct') i++;
  const m = ctx.mentionAt[i];
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  return e !== undefined && e.type === 'PERSON' ? e : null;
}

/** Whether a person is mentioned before token `i`. */
function personBefore(ctx: StanceContext, i: number): boolean {
  for (let k = 0; k < i; k++) {
    const m = ctx.mentionAt[k];
    if (m != null && ctx.byId.get(m.entityId)?.type === 'PERSON') return true;
  }
  return false;
}

/** Evidence held by a lede's role description, given to the person the next sentences name. */
export function namedInLede(ctx: StanceContext, raw: readonly RawEvidence[]): RawEvidence[] {
  const found = new Map<number, Entity | null>();
  return raw.map((e) => {
    const words = e.holder.actor.name.toLowerCase().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    if (e.holder.actor.entityId !== null || e.holder.via !== 'group' || !PERSON_HEADS.has(head) || e.sentence >= LEDE_SENTENCES) return e;
    if (!found.has(e.sentence)) {
      let person: Entity | null = null;
      const start = ctx.doc.sentenceTokens[e.sentence]?.[0] ?? 0;
      if (!personBefore(ctx, start)) {
        for (let k = e.sentence + 1; k <= e.sentence + NAMED_WITHIN && person === null; k++) person = openingPerson(ctx, k);
      }
      found.set(e.sentence, person);
    }
    const person = found.get(e.sentence) ?? null;
    return person === null ? e : { ...e, holder: { ...e.holder, actor: entityActor(person), via: 'named-later' } };
  });
}
