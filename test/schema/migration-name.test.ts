import { describe, expect, it } from 'vitest';
import { migrationName } from '../../server/src/scripts/migration-name';

// The name becomes part of a class name (Migration<timestamp>_<name>): it must be an identifier.
describe('migration names', () => {
  it('are camelCased from the words of what was typed', () => {
    expect(migrationName('add-field-x')).toBe('addFieldX');
    expect(migrationName('sessions')).toBe('sessions');
    expect(migrationName('  budget line: approved_by ')).toBe('budgetLineApprovedBy');
  });

  it('are refused when nothing usable is left, with the command to type', () => {
    expect(() => migrationName('名字')).toThrow(/no ASCII letters or digits.*migration:create -- add-field-x/);
    expect(() => migrationName(undefined)).toThrow(/missing/);
    expect(() => migrationName('--')).toThrow(/no ASCII letters/);
  });
});
