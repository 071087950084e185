/** Word pools the seeders draw from: courses, meeting topics, activities, organisations. */

/** [course, provider, hours] */
export const COURSES: ReadonlyArray<readonly [string, string, number]> = [
  ['社区工作者岗位能力提升培训', '市委党校', 24],
  ['社会工作实务与个案管理', '市民政局', 16],
  ['网格化服务管理实务', '区委政法委', 8],
  ['最低生活保障政策与入户调查实务', '市民政局', 12],
  ['消防安全与应急处置', '市应急管理局', 6],
  ['数据安全与个人信息保护', '市委网信办', 4],
  ['城乡社区协商议事规则', '区民政局', 8],
  ['心理健康与危机干预', '市精神卫生中心', 12],
  ['党务工作实务', '区委组织部', 16],
  ['矛盾纠纷多元化解与人民调解', '区司法局', 8],
  ['养老服务政策与居家照护', '区民政局', 10],
  ['社会工作者职业水平考试辅导', '区社会工作协会', 40],
];

/** [topic, resolution] */
export const MEETING_TOPICS: ReadonlyArray<readonly [string, string]> = [
  ['老旧小区加装电梯意见征询', '同意按单元征询意见，达到法定比例的单元先行申报'],
  ['小区停车位规划与收费', '划定临时停车位，收费标准公示后执行'],
  ['垃圾分类投放点调整', '将投放点迁至小区东门，设置定时定点督导'],
  ['楼道堆物清理', '开展为期两周的集中清理，由楼栋长牵头'],
  ['社区食堂运营方案', '委托专业机构运营，老年人就餐给予补贴'],
  ['电动自行车集中充电棚建设', '在两处空地建设充电棚，费用由公共收益列支'],
  ['公共收益使用公示', '每季度在公示栏和业主群公示收支明细'],
  ['物业服务费调整协商', '暂不调整，物业公司整改后再议'],
  ['背街小巷环境整治', '申请为民服务专项经费实施整治'],
  ['为民服务专项经费使用项目议定', '确定三个项目，按得票顺序实施'],
  ['小区安防监控改造', '由物业公司出具方案，业主代表监督施工'],
  ['居民公约修订', '修订稿公示七日后提交居民会议表决'],
];

export const ACTIVITIES: Readonly<Record<'PUBLICITY' | 'CULTURE' | 'VOLUNTEER' | 'TRAINING' | 'OTHER', readonly string[]>> = {
  PUBLICITY: ['防范电信网络诈骗宣传', '民法典进社区宣讲', '垃圾分类知识宣传', '消防安全宣传周', '医保政策宣讲'],
  CULTURE: ['邻里文化节', '中秋游园会', '重阳敬老文艺汇演', '春节写春联送福字', '社区广场舞展演'],
  VOLUNTEER: ['学雷锋志愿服务日', '为独居老人送餐', '小区环境清洁行动', '爱心义诊', '助残志愿服务'],
  TRAINING: ['老年人智能手机使用培训', '家庭急救知识培训', '居民技能培训（家政）', '青少年暑期安全课堂'],
  OTHER: ['居民运动会', '亲子读书会', '四点半课堂开班', '便民服务集市'],
};

/** [template ({c} = the community's short name), category] */
export const SOCIAL_ORG_TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['{c}红马甲志愿服务队', 'VOLUNTEER'],
  ['{c}夕阳红助老服务队', 'ELDERLY_CARE'],
  ['{c}老年合唱团', 'CULTURE_SPORTS'],
  ['{c}和事佬调解工作室', 'MEDIATION'],
  ['{c}四点半课堂', 'CHILD_YOUTH'],
  ['{c}爱心帮扶协会', 'CHARITY'],
  ['{c}广场舞协会', 'CULTURE_SPORTS'],
  ['{c}银龄互助社', 'ELDERLY_CARE'],
  ['{c}书画社', 'CULTURE_SPORTS'],
  ['{c}邻里守望志愿队', 'VOLUNTEER'],
  ['{c}青少年成长驿站', 'CHILD_YOUTH'],
  ['{c}垃圾分类宣讲团', 'OTHER'],
  ['{c}太极拳队', 'CULTURE_SPORTS'],
  ['{c}慈善超市', 'CHARITY'],
];

export const PROPERTY_MANAGERS = [
  '东湖城市物业服务有限公司',
  '万联物业服务有限公司',
  '江北物业管理有限公司',
  '湖光物业管理有限公司',
  '锦程物业服务有限公司',
  '安居物业服务有限公司',
  '华庭物业服务有限公司',
];

/** [comment] by grade */
export const REVIEW_COMMENTS: Readonly<Record<string, readonly string[]>> = {
  EXCELLENT: ['工作积极主动，群众满意度高', '业务熟练，在民生事项办理中表现突出', '牵头完成多项重点任务，表现优秀'],
  COMPETENT: ['能按时完成岗位任务', '工作认真负责，业务能力有待进一步提升', '服务态度良好，完成年度目标'],
  BASIC: ['台账不够规范，需加强业务学习', '入户走访次数不足', '个别事项办理超时'],
  INCOMPETENT: ['多次未完成网格任务，群众反映较多', '长期未到岗，需整改'],
};

export const gradeOf = (score: number): string =>
  score >= 90 ? 'EXCELLENT' : score >= 75 ? 'COMPETENT' : score >= 60 ? 'BASIC' : 'INCOMPETENT';

/** Parts of synthetic community and compound names. */
export const PLACE_PREFIXES = [...'东西南北中新老青翠金银华锦绣长安和平康乐福兴盛泰丰裕清明朝阳江湖海山林泉桥港园'];
export const PLACE_SUFFIXES = ['苑', '湾', '里', '坊', '桥', '园', '街', '岭', '湖', '塘', '村', '门', '岸', '庄', '亭'];
export const COMPOUND_SUFFIXES = ['花园', '小区', '新村', '家园', '公寓', '雅居', '名苑', '宿舍'];
