import { left } from './left';

export const right = { name: 'right', other: () => left() };
