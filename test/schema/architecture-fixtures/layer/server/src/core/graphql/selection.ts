export const selectedColumns = (): string[] => ['id'];
