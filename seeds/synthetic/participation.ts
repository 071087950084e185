import { system, type Row } from '../db/rows';
import { ACTIVITIES, MEETING_TOPICS } from '../factories/words';
import { rng } from '../random';
import { addDays, maxDay, minDay, officeInstant, randomDay } from '../time';
import { ids, SYN_TODAY, SYN_YEARS, type SynCity } from './context';

const CATEGORIES = Object.keys(ACTIVITIES) as Array<keyof typeof ACTIVITIES>;
const RESIDENTS = { strong: [0.6, 0.85], normal: [0.4, 0.6], thin: [0.1, 0.25] } as const;

/** About two council meetings and three or four activities a community a year. */
export function participationRows(city: SynCity): { meetings: Row<'council_meeting'>[]; activities: Row<'community_activity'>[] } {
  const meetings: Row<'council_meeting'>[] = [];
  const activities: Row<'community_activity'>[] = [];
  for (const c of city.communities) {
    for (const year of SYN_YEARS) {
      const r = rng(`syn:participation:${c.index}:${year}`);
      const from = maxDay(`${year}-01-05`, addDays(c.created, 20));
      const to = minDay(`${year}-12-20`, addDays(SYN_TODAY, -3));
      if (from > to) continue;
      const m = c.engagement === 'strong' ? r.int(2, 3) : c.engagement === 'normal' ? 2 : r.int(1, 2);
      for (let i = 0; i < m; i++) {
        const heldOn = randomDay(r, from, to);
        const [topic, resolution] = r.pick(MEETING_TOPICS);
        const attendees = r.int(15, 60);
        meetings.push({
          ...system(ids('council_meeting', `${c.index}:${year}:${i}`), officeInstant(r, addDays(heldOn, r.int(0, 3)))),
          community_id: c.id,
          held_on: heldOn,
          topic,
          attendee_count: attendees,
          resident_attendee_count: Math.min(
            attendees,
            Math.round(attendees * r.between(RESIDENTS[c.engagement][0], RESIDENTS[c.engagement][1])),
          ),
          resolutions: resolution,
          follow_up_status: year < 2026 ? 'DONE' : r.pick(['OPEN', 'IN_PROGRESS', 'DONE']),
        });
      }
      const a = r.int(2, 5);
      for (let i = 0; i < a; i++) {
        const category = r.pick(CATEGORIES);
        const heldOn = randomDay(r, from, to);
        const hosts = city.socialOrgs[c.index].filter((h) => h.createdAt.slice(0, 10) < heldOn);
        activities.push({
          ...system(ids('community_activity', `${c.index}:${year}:${i}`), officeInstant(r, addDays(heldOn, r.int(0, 2)))),
          community_id: c.id,
          organizer_id: hosts.length && r.chance(0.5) ? r.pick(hosts).id : null,
          title: r.pick(ACTIVITIES[category]),
          category,
          held_on: heldOn,
          participant_count: r.int(12, 200),
        });
      }
    }
  }
  return { meetings, activities };
}
