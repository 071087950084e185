import { system, type DataSet } from '../db/rows';
import { ACTIVITIES, MEETING_TOPICS } from '../factories/words';
import { rng } from '../random';
import { addDays, instant, maxDay, minDay, officeInstant, randomDay } from '../time';
import { communityId } from './community';
import { DEMO_TODAY, FISCAL_YEARS, ids } from './context';
import { COMMUNITIES, type Engagement } from './community-profiles';
import type { SocialOrgIndex } from './organisation';

/** Meetings a year, share of attendees who are residents, activities a year. */
const SHAPE: Record<Engagement, { meetings: [number, number]; residents: [number, number]; activities: [number, number] }> = {
  strong: { meetings: [6, 8], residents: [0.6, 0.85], activities: [12, 16] },
  normal: { meetings: [4, 5], residents: [0.4, 0.6], activities: [7, 9] },
  thin: { meetings: [2, 3], residents: [0.1, 0.25], activities: [3, 5] },
};

const CATEGORIES = Object.keys(ACTIVITIES) as Array<keyof typeof ACTIVITIES>;

export function buildParticipation(set: DataSet, orgs: SocialOrgIndex): void {
  for (const p of COMMUNITIES) {
    const shape = SHAPE[p.engagement];
    const hosts = orgs.get(p.code) ?? [];
    for (const year of FISCAL_YEARS) {
      const r = rng(`demo:participation:${p.code}:${year}`);
      const from = maxDay(`${year}-01-05`, addDays(p.created, 20));
      const to = minDay(`${year}-12-20`, addDays(DEMO_TODAY, -3));
      if (from > to) continue;
      const share = to === `${year}-12-20` ? 1 : 0.9;
      const meetings = Math.round(r.int(...shape.meetings) * share);
      for (let i = 0; i < meetings; i++) {
        const heldOn = randomDay(r, from, to);
        const [topic, resolution] = r.pick(MEETING_TOPICS);
        const attendees = r.int(15, 60);
        const residents = Math.min(attendees, Math.round(attendees * r.between(...shape.residents)));
        const age = (Date.parse(DEMO_TODAY) - Date.parse(heldOn)) / 86_400_000;
        const followUp =
          age > 240
            ? p.engagement === 'thin' && r.chance(0.4)
              ? 'IN_PROGRESS'
              : 'DONE'
            : age > 60
              ? r.pick(['IN_PROGRESS', 'DONE'])
              : 'OPEN';
        // One meeting of 新港社区 was entered against the wrong community and deleted.
        const wrong = p.code === 'DH-005' && year === 2025 && i === 0;
        set.council_meeting.push({
          ...system(
            ids('council_meeting', `${p.code}:${year}:${i}`),
            officeInstant(r, addDays(heldOn, r.int(0, 3))),
            wrong ? { deletedAt: instant(addDays(heldOn, 9), 10) } : {},
          ),
          community_id: communityId(p.code),
          held_on: heldOn,
          topic,
          attendee_count: attendees,
          resident_attendee_count: residents,
          resolutions: followUp === 'OPEN' && r.chance(0.3) ? null : resolution,
          follow_up_status: followUp,
        });
      }
      const activities = Math.round(r.int(...shape.activities) * share);
      for (let i = 0; i < activities; i++) {
        const category = r.pick(CATEGORIES);
        const heldOn = randomDay(r, from, to);
        const able = hosts.filter((h) => h.createdAt.slice(0, 10) < heldOn);
        const host = able.length && r.chance(0.6) ? r.pick(able) : null;
        set.community_activity.push({
          ...system(ids('community_activity', `${p.code}:${year}:${i}`), officeInstant(r, addDays(heldOn, r.int(0, 2)))),
          community_id: communityId(p.code),
          organizer_id: host?.id ?? null,
          title: r.pick(ACTIVITIES[category]),
          category,
          held_on: heldOn,
          participant_count: r.int(p.engagement === 'thin' ? 12 : 25, p.engagement === 'strong' ? 300 : 120),
        });
      }
    }
  }
}
