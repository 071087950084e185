// Planted: core reaches up into the app (rules core-not-to-top and not-to-entries).
import { appName } from '../../app';

export const cacheKey = (figure: string): string => `${appName}:${figure}`;
