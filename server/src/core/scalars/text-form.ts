/**
 * How the values of one kind read in an answer. The resolvers write them in JS from a
 * row (`fromRow`); the one-statement path writes them in SQL (`sql`); cursors carry them.
 * One definition per kind, so both read paths give the same text
 * (test/core/one-statement.test.ts compares them answer for answer).
 */
export interface TextForm {
  /** The SQL expression that gives a column's value as the answer shows it. */
  sql(column: string): string;
  /** A row's value, as the driver gives it, as the answer shows it. */
  fromRow(value: unknown): unknown;
  /** The answer's form back to what a condition on the column compares with (a cursor's values). */
  toCondition(value: unknown): unknown;
  /** Whether a JSON value could be one of these answers (a cursor's values, checked before use). */
  isAnswer(value: unknown): boolean;
}

/** Values that read as they are stored: text, numbers, booleans, enums, sets. */
export const plainText = (isAnswer: (value: unknown) => boolean): TextForm => ({
  sql: (column) => column,
  fromRow: (value) => value,
  toCondition: (value) => value,
  isAnswer,
});
