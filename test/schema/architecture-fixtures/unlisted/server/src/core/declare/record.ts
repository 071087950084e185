export const recordNames = (): string[] => ['Community'];
