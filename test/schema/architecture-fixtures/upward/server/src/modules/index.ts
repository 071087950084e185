export const resolvers = (): string[] => ['CommunityResolver'];
export const entities = (): string[] => ['Community'];
