/**
 * The menu in the order a community worker thinks of the domain (structure, people,
 * organisations, duties, money, participation). Types not named here follow, so a type
 * added on the server still appears without a hand edit.
 */
export const MENU_ORDER = [
  'serviceCenters',
  'communities',
  'compounds',
  'communityWorkers',
  'trainingRecords',
  'performanceReviews',
  'partyOrganizations',
  'partyMembers',
  'socialOrganizations',
  'dutyItems',
  'dutyAssignments',
  'budgetLines',
  'councilMeetings',
  'communityActivities',
];
