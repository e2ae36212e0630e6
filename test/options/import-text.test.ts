import { describe, expect, it } from 'vitest';
import { lineColumnAt, parseImportText } from '../../lib/options/import-text';

describe('reading a pack file', () => {
  it('parses JSON', () => {
    expect(parseImportText('{"id": "x"}')).toEqual({ ok: true, json: { id: 'x' } });
  });

  it('says where JSON breaks, by line and column', () => {
    const result = parseImportText('{\n  "id": "x"\n  "name": "y"\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.path).toBe('');
      expect(result.issue.message).toMatch(/^not valid JSON at line 3, column 3: Expected ',' or '}' after property value/);
    }
  });

  it('refuses an empty file', () => {
    expect(parseImportText('  \n')).toEqual({ ok: false, issue: { path: '', message: 'the file is empty' } });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
