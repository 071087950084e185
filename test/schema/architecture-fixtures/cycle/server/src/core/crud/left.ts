// Planted: left.ts and right.ts import each other (rule no-cycle).
import { right } from './right';

export const left = (): string => `left of ${right.name}`;
