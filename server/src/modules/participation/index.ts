// Residents taking part (居民自治): council meetings and community activities.
export * from './enums';
export { CommunityActivity } from './community-activity.entity';
export { CouncilMeeting } from './council-meeting.entity';
