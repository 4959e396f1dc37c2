import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_WIDGETS } from '../../src/widgets/registry';

describe('the widget registry', () => {
  it('gives every widget of the book an id of its own (URL keys are <id>.<param>)', () => {
    const ids = ALL_WIDGETS.map((entry) => entry.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(12);
  });

  it('lists every widget a chapter embeds, under the name the chapter imports', () => {
    const names = new Set(ALL_WIDGETS.map((entry) => entry.name));
    for (const lang of ['en', 'zh']) {
      for (const file of readdirSync(`content/${lang}`)) {
        const text = readFileSync(`content/${lang}/${file}`, 'utf8');
        for (const match of text.matchAll(/^import \{([^}]+)\} from '[^']*chapterWidgets'/gm)) {
          for (const name of match[1].split(',').map((n) => n.trim()))
            expect(names, `${file}: ${name}`).toContain(name);
        }
      }
    }
  });

  it('names a main control and a drawing for the widget contract', () => {
    for (const entry of ALL_WIDGETS) {
      expect(entry.contract.control, entry.id).toMatch(/^\w+$/);
      expect(entry.contract.drawing.length, entry.id).toBeGreaterThan(0);
    }
  });
});
