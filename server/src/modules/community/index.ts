// Community structure: service centres, communities and their compounds.
export * from './enums';
export { Community } from './community.entity';
export { Compound } from './compound.entity';
export { ServiceCenter } from './service-center.entity';
