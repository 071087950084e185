// Organisations: party organisations and members, community social organisations.
export * from './enums';
export { PartyMember } from './party-member.entity';
export { PartyOrganization } from './party-organization.entity';
export { SocialOrganization } from './social-organization.entity';
