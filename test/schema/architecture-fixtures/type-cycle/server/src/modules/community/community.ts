import type { Worker } from '../people/worker';

export interface Community {
  workers: Worker[];
}
