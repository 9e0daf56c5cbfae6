import type { Entity, Stance, StanceActor, StanceEvidence } from '../../types.js';
import type { RawEvidence } from './compose.js';
import type { StanceContext } from './context.js';
import type { StanceTargetDefinition } from './target.js';

/** Key of an actor: its entity id, or its normalised group phrase, or `@author`. */
export function actorKey(a: StanceActor): string {
  if (a.entityId !== null) return `e:${a.entityId}`;
  return `g:${a.name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

function toEvidence(ctx: StanceContext, r: RawEvidence): StanceEvidence {
  const tokens = ctx.doc.tokens;
  const start = (tokens[r.from] as { start: number }).start;
  const end = (tokens[r.to - 1] as { end: number }).end;
  let cue: StanceEvidence['cue'] = null;
  if (r.cue !== null) {
    const cs = (tokens[r.cue[0]] as { start: number }).start;
    const ce = (tokens[r.cue[1] - 1] as { end: number }).end;
    cue = { start: cs, end: ce, text: ctx.doc.input.slice(cs, ce) };
  }
  return { start, end, text: ctx.doc.input.slice(start, end), label: r.label, cue, quote: r.quote, sentence: r.sentence, provenance: r.provenance };
}

/**
 * One stance per (actor, target): the label with the larger total weight,
 * every piece of evidence kept (also the evidence that points the other way),
 * and a confidence that falls as evidence conflicts.
 */
export function aggregate(ctx: StanceContext, raw: readonly RawEvidence[], targets: readonly StanceTargetDefinition[]): Stance[] {
  const groups = new Map<string, RawEvidence[]>();
  for (const r of raw) {
    const key = `${actorKey(r.holder.actor)}\u0000${r.target}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [r]);
    else list.push(r);
  }
  const stances: Stance[] = [];
  for (const list of groups.values()) {
    // the same cue reached through two terms counts once
    const seen = new Set<string>();
    const unique = list.filter((r) => {
      const k = `${r.label}:${r.cue?.[0] ?? r.from}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    let favor = 0;
    let against = 0;
    for (const r of unique) {
      if (r.label === 'favor') favor += r.weight;
      else against += r.weight;
    }
    if (favor === against) continue;
    const label = favor > against ? 'favor' : 'against';
    const total = favor + against;
    const margin = Math.abs(favor - against) / total;
    const strength = 1 - Math.exp(-1.2 * Math.max(favor, against));
    const first = unique[0] as RawEvidence;
    stances.push({
      actor: first.holder.actor,
      target: (targets[first.target] as StanceTargetDefinition).id,
      label,
      confidence: Math.round(margin * strength * 1000) / 1000,
      evidence: unique.sort((a, b) => a.from - b.from).map((r) => toEvidence(ctx, r)),
    });
  }
  return stances;
}

/**
 * "Ecuadorian voters" next to "Ecuadorians" with the same stance: a group
 * phrase built on an entity's name that holds the same stance as the entity is
 * the entity again, and is dropped; so is one built on a place or people of a
 * country that holds the same stance ("a Norland City diplomat" next to Norland).
 */
export function dropRestatedGroups(ctx: StanceContext, stances: readonly Stance[]): Stance[] {
  return stances.filter((g) => {
    if (g.actor.entityId !== null || g.actor.name === '@author') return true;
    const words = new Set(g.actor.name.toLowerCase().split(/\s+/));
    const names = (entity: Entity): boolean =>
      [entity.name, ...entity.aliases].some((a) => words.has(a.toLowerCase()) || (a.length > 4 && [...words].some((w) => w.startsWith(a.toLowerCase().slice(0, -1)))));
    // "a Pyongyang diplomat", "Norlandic officials": a place or people of the entity's country in the phrase
    const countries = new Set(ctx.entities.filter((f) => f.country !== null && f.type !== 'PERSON' && f.type !== 'ORG' && names(f)).map((f) => f.country));
    return !stances.some((e) => {
      if (e.actor.entityId === null || e.target !== g.target || e.label !== g.label) return false;
      const entity = ctx.byId.get(e.actor.entityId);
      return entity !== undefined && (names(entity) || (entity.type === 'GPE' && entity.country !== null && countries.has(entity.country)));
    });
  });
}
