// Deterministic builders shared by the seeders and the tests.
export * from './person';
export * from './credit-code';
export * from './words';
export * from './inputs';
