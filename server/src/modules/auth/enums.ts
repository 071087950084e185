import { defineEnum } from '../../core/declare';

export const Role = defineEnum(
  'Role',
  { zh: '角色', en: 'Role' },
  {
    ADMIN: ['系统管理员', 'Administrator'],
    CENTER_ADMIN: ['服务中心管理员', 'Centre administrator'],
    COMMUNITY_STAFF: ['社区工作人员', 'Community staff'],
    AUDITOR: ['审计员', 'Auditor'],
  },
);
export type RoleName = keyof typeof Role.values;
