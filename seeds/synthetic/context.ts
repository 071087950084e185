import { idSpace } from '../ids';
import { PLACE_PREFIXES, PLACE_SUFFIXES } from '../factories/words';
import type { Day } from '../time';

/** Ids of the synthetic city: stable for a given community count. */
export const ids = idSpace('synthetic');
export const SYN_TODAY: Day = '2026-11-20';
export const SYN_YEARS = [2024, 2025, 2026] as const;

export interface SynCenter {
  index: number;
  id: string;
  name: string;
  party: boolean;
  powers: string[];
  created: Day;
  partyOrgId: string;
}

export interface SynCommunity {
  index: number;
  id: string;
  code: string;
  name: string;
  center: SynCenter;
  created: Day;
  population: number;
  engagement: 'strong' | 'normal' | 'thin';
  /** Share of funding-required duties that get no money (费未随事转). */
  fundingGap: number;
  socialOrgs: number;
}

export interface SynWorker {
  id: string;
  community: number;
  position: string;
  hiredOn: Day;
  active: boolean;
  salaryFen: number;
  createdAt: string;
}

export interface SynAssignment {
  id: string;
  /** Community index, or -1 for a centre's own duty. */
  community: number;
  center: number;
  code: string;
  title: string;
  funding: boolean;
  assignedOn: Day;
  active: boolean;
}

/** What later tables need to know about earlier ones: ids and a few dates, never whole rows. */
export interface SynCity {
  centers: SynCenter[];
  communities: SynCommunity[];
  workers: SynWorker[][];
  socialOrgs: Array<Array<{ id: string; name: string; createdAt: string }>>;
  assignments: SynAssignment[];
}

/** A distinct place name for every index: 40 prefixes × 15 suffixes, then numbered rounds. */
export function placeName(i: number): string {
  const p = PLACE_PREFIXES[i % PLACE_PREFIXES.length];
  const s = PLACE_SUFFIXES[Math.floor(i / PLACE_PREFIXES.length) % PLACE_SUFFIXES.length];
  const round = Math.floor(i / (PLACE_PREFIXES.length * PLACE_SUFFIXES.length));
  return round ? `${p}${s}${round + 1}` : `${p}${s}`;
}
