// Planted: crud imports the GraphQL layer above it (rule core-layer-crud), as list.ts once did.
import { selectedColumns } from '../graphql/selection';

export const listColumns = (): string[] => selectedColumns();
