import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/knowledge/schema.js';
import { createServiceDirectory } from '../../src/knowledge/services.js';
import { advisor } from '../helpers.js';

const named = (...shorts: string[]) =>
  createServiceDirectory(shorts.map((short) => ({ ...(advisor().context.services.all[0] as Service), id: short.toLowerCase(), short, aliases: [] })));

describe('the service directory', () => {
  it('lists the short names as prose, in table order, with the conjunction asked for', () => {
    expect(named('Alpha').listInProse('or')).toBe('Alpha');
    expect(named('Alpha', 'Beta').listInProse('or')).toBe('Alpha or Beta');
    expect(named('Alpha', 'Beta', 'Gamma').listInProse('and')).toBe('Alpha, Beta and Gamma');
  });

  it('names every service of the knowledge base once, by its short name', () => {
    const { services } = advisor().context;
    const prose = services.listInProse('and');
    for (const s of services.all) expect(prose.split(/, | and /)).toContain(s.short);
    expect(prose.split(/, | and /)).toHaveLength(services.all.length);
  });

  it('resolves a service by its short name', () => {
    const { services } = advisor().context;
    for (const s of services.all) expect(services.resolve(s.short)).toMatchObject({ ok: true, value: { id: s.id } });
  });
});
