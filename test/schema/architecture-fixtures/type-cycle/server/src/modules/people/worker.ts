// Planted: a cycle of type-only imports between two modules (rule no-cycle counts them).
import type { Community } from '../community/community';

export interface Worker {
  community: Community;
}
