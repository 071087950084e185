/** A bilingual label: zh-CN is what staff see by default, en is the switch. */
export interface Label {
  zh: string;
  en: string;
}

/** "English (中文)": the form used in schema descriptions, parsed back by the console generator. */
export const describeLabel = (label: Label, extra?: string): string => `${label.en} (${label.zh})${extra ? `. ${extra}` : ''}`;
