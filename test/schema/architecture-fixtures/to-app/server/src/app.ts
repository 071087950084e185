export const appName = 'governance';
