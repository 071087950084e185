/** A report as blocks, rendered to Markdown or HTML: both formats say exactly the same. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'chart'; title: string; unit: string; bars: Bar[]; threshold?: { value: number; label: string }; note?: string };

export interface Bar {
  label: string;
  value: number;
  /** The number as the report prints it. */
  display: string;
}
