// Planted: a new part of core that CORE_LAYERS does not place (rule core-part-unlisted).
import { recordNames } from '../declare/record';

export const tableNames = (): string[] => recordNames().map((n) => n.toLowerCase());
