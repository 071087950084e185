// Planted: core builds the schema from the modules it imports (rule core-not-to-modules).
import { resolvers } from '../../modules';

export const buildAppSchema = (): string => resolvers().join('\n');
