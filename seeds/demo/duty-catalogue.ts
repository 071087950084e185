/**
 * The district's duty list (权责清单) as a data table, shared by the demo and the
 * synthetic city. Most items are published with a legal basis; a few are drafts (some
 * still without one) and some have been repealed.
 */
export interface DutySpec {
  code: string;
  title: string;
  category: 'ADMINISTRATIVE_APPROVAL' | 'MANAGEMENT' | 'ENFORCEMENT' | 'PUBLIC_SERVICE' | 'ASSISTANCE' | 'SELF_GOVERNANCE';
  level: 'CITY_DEPARTMENT' | 'SERVICE_CENTER' | 'COMMUNITY';
  power: 'NONE' | 'MANAGEMENT' | 'APPROVAL' | 'ENFORCEMENT';
  funding: boolean;
  status: 'DRAFT' | 'PUBLISHED' | 'REPEALED';
  department: string;
  legalBasis: string | null;
  from: string | null;
  to?: string;
  description?: string;
  /** Removed from the catalogue (soft-deleted) on this day. */
  deletedOn?: string;
}

type Row = [
  code: string,
  title: string,
  category: DutySpec['category'],
  level: DutySpec['level'],
  power: DutySpec['power'],
  funding: boolean,
  status: DutySpec['status'],
  department: string,
  legalBasis: string | null,
  from: string | null,
  to?: string,
  deletedOn?: string,
];

const AP = 'ADMINISTRATIVE_APPROVAL',
  MG = 'MANAGEMENT',
  EN = 'ENFORCEMENT',
  PS = 'PUBLIC_SERVICE',
  AS = 'ASSISTANCE',
  SG = 'SELF_GOVERNANCE';
const C = 'COMMUNITY',
  S = 'SERVICE_CENTER';
const P = 'PUBLISHED',
  D = 'DRAFT',
  X = 'REPEALED';

// prettier-ignore
const ROWS: Row[] = [
  ['MZ-001', '最低生活保障审核确认', AP, S, 'APPROVAL', true, P, '民政局', '《社会救助暂行办法》第十一条；《最低生活保障审核确认办法》（民发〔2021〕57号）', '2021-07-01'],
  ['MZ-002', '特困人员认定', AP, S, 'APPROVAL', true, P, '民政局', '《社会救助暂行办法》第十六条；《特困人员认定办法》（民发〔2021〕43号）', '2021-07-01'],
  ['MZ-003', '临时救助审核审批', AP, S, 'APPROVAL', true, P, '民政局', '《社会救助暂行办法》第四十八条；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）', '2019-01-01'],
  ['MZ-004', '最低生活保障申请受理及入户调查', AS, C, 'NONE', true, P, '民政局', '《最低生活保障审核确认办法》（民发〔2021〕57号）第二章', '2021-07-01'],
  ['MZ-005', '高龄津贴申请受理与初审', AS, C, 'NONE', false, P, '民政局', '《中华人民共和国老年人权益保障法》第三十三条', '2019-01-01'],
  ['MZ-006', '居家养老服务需求评估', PS, C, 'NONE', true, P, '民政局', '《中华人民共和国老年人权益保障法》第三十七条', '2020-01-01'],
  ['MZ-007', '社区社会组织培育与备案管理', MG, S, 'MANAGEMENT', true, P, '民政局', '《民政部关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）', '2018-01-01'],
  ['MZ-008', '居民委员会换届选举组织', SG, C, 'NONE', true, P, '民政局', '《中华人民共和国城市居民委员会组织法》第八条', '2019-01-01'],
  ['MZ-009', '居民会议召集与居务公开', SG, C, 'NONE', false, P, '民政局', '《中华人民共和国城市居民委员会组织法》第十条', '2019-01-01'],
  ['MZ-010', '困难残疾人生活补贴和重度残疾人护理补贴审核', AP, S, 'APPROVAL', true, P, '民政局', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）', '2019-01-01'],
  ['MZ-011', '惠民殡葬补贴申请受理', AS, C, 'NONE', false, P, '民政局', '《殡葬管理条例》', '2019-01-01'],
  ['MZ-012', '困境儿童排查与关爱服务', PS, C, 'NONE', true, P, '民政局', '《中华人民共和国未成年人保护法》第四十三条；《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）', '2021-06-01'],
  ['MZ-013', '社区养老服务设施运营监管', MG, S, 'MANAGEMENT', true, D, '民政局', null, null],
  ['MZ-014', '居住情况证明开具', AS, C, 'NONE', false, X, '民政局', '原依据为地方规范性文件，已随证明事项清理取消', '2015-01-01', '2019-06-30'],
  ['RS-001', '就业困难人员认定申请受理', AS, C, 'NONE', true, P, '人社局', '《中华人民共和国就业促进法》第五十二条', '2019-01-01'],
  ['RS-002', '城乡居民基本养老保险参保登记', AS, C, 'NONE', false, P, '人社局', '《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', '2019-01-01'],
  ['RS-003', '养老保险待遇领取资格认证协助', AS, C, 'NONE', false, P, '人社局', '《中华人民共和国社会保险法》', '2019-01-01'],
  ['RS-004', '公益性岗位人员日常管理', MG, S, 'MANAGEMENT', true, P, '人社局', '《就业补助资金管理办法》（财社〔2017〕164号）', '2018-01-01'],
  ['WJ-001', '传染病防控群防群控', AS, C, 'NONE', true, P, '卫健委', '《中华人民共和国传染病防治法》第九条', '2019-01-01'],
  ['WJ-002', '家庭医生签约服务宣传动员', PS, C, 'NONE', true, P, '卫健委', '《中华人民共和国基本医疗卫生法》第三十一条', '2020-06-01'],
  ['WJ-003', '生育登记服务', PS, C, 'NONE', false, P, '卫健委', '《中华人民共和国人口与计划生育法》', '2021-08-20'],
  ['WJ-004', '独生子女父母光荣证办理', AS, C, 'NONE', false, X, '卫健委', '《中华人民共和国人口与计划生育法》（2015年修正）第二十七条', '2016-01-01', '2021-08-19'],
  ['WJ-005', '流动人口婚育证明办理', AS, C, 'NONE', false, X, '卫健委', '《流动人口计划生育工作条例》第七条', '2009-10-01', '2016-05-31'],
  ['WJ-006', '爱国卫生运动与病媒生物防制', PS, C, 'NONE', true, P, '卫健委', '《国务院关于深入开展爱国卫生运动的意见》（国发〔2020〕15号）', '2021-01-01'],
  ['ZJ-001', '业主大会成立及业主委员会选举指导', SG, C, 'NONE', false, P, '住建局', '《中华人民共和国民法典》第二百七十七条；《物业管理条例》第十条', '2021-01-01'],
  ['ZJ-002', '物业服务企业履约监督考核', MG, C, 'MANAGEMENT', false, P, '住建局', '《物业管理条例》第五条', '2021-01-01'],
  ['ZJ-003', '老旧小区改造居民意愿征询', SG, C, 'NONE', true, P, '住建局', '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）', '2020-09-01'],
  ['ZJ-004', '既有住宅加装电梯协调', AS, C, 'NONE', false, P, '住建局', '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）', '2020-09-01'],
  ['ZJ-005', '城镇燃气安全入户宣传与隐患排查', AS, C, 'NONE', true, P, '住建局', '《城镇燃气管理条例》', '2026-04-01'],
  ['ZJ-006', '小区公共收益使用监督', MG, C, 'MANAGEMENT', false, D, '住建局', '《中华人民共和国民法典》第二百八十二条', null],
  ['YJ-001', '社区应急预案编制与演练', PS, C, 'NONE', true, P, '应急管理局', '《中华人民共和国突发事件应对法》', '2019-01-01'],
  ['YJ-002', '灾害信息员报灾', AS, C, 'NONE', false, P, '应急管理局', '《自然灾害救助条例》', '2019-01-01'],
  ['YJ-003', '群众性消防工作（防火安全公约、防火检查）', SG, C, 'NONE', true, P, '应急管理局', '《中华人民共和国消防法》第三十二条', '2019-05-01'],
  ['YJ-004', '九小场所消防安全检查', EN, S, 'ENFORCEMENT', false, P, '应急管理局', '《中华人民共和国消防法》第五十三条', '2019-05-01'],
  ['YJ-005', '高层住宅电动自行车充电安全巡查', MG, C, 'NONE', true, D, '应急管理局', null, null],
  ['SJ-001', '食品小作坊、小餐饮登记', AP, S, 'APPROVAL', false, P, '市场监管局', '《中华人民共和国食品安全法》第三十六条', '2019-01-01'],
  ['SJ-002', '食品安全信息员协管', AS, C, 'NONE', false, P, '市场监管局', '《中华人民共和国食品安全法》', '2019-01-01'],
  ['SJ-003', '社区团购食品安全提示', PS, C, 'NONE', false, D, '市场监管局', null, null],
  ['SJ-004', '个体工商户年度报告催报', AS, C, 'NONE', false, X, '市场监管局', '《个体工商户条例》', '2015-01-01', '2022-10-31'],
  ['GA-001', '居住证申领受理', AS, C, 'NONE', false, P, '公安局', '《居住证暂行条例》', '2019-01-01'],
  ['GA-002', '出租房屋和流动人口信息采集', AS, C, 'NONE', true, P, '公安局', '《居住证暂行条例》；《中华人民共和国治安管理处罚法》', '2019-01-01'],
  ['GA-003', '亲属关系证明开具', AS, C, 'NONE', false, X, '公安局', '原依据为地方规范性文件，已随证明事项清理取消', '2015-01-01', '2019-05-31'],
  ['ZF-001', '违法建设查处', EN, S, 'ENFORCEMENT', true, P, '城市管理和综合执法局', '《中华人民共和国城乡规划法》第六十四条、第六十八条', '2019-01-01'],
  ['ZF-002', '占道经营查处', EN, S, 'ENFORCEMENT', false, P, '城市管理和综合执法局', '《城市市容和环境卫生管理条例》第三十六条', '2019-01-01'],
  ['ZF-003', '群租房违规分隔整治', EN, S, 'ENFORCEMENT', false, P, '住建局', '《商品房屋租赁管理办法》第八条', '2020-01-01'],
  ['ZF-004', '生活垃圾分类督导', PS, C, 'NONE', true, P, '城市管理和综合执法局', '《中华人民共和国固体废物污染环境防治法》第四十九条', '2020-09-01'],
  ['ZF-005', '背街小巷环境卫生巡查', MG, C, 'MANAGEMENT', false, P, '城市管理和综合执法局', '《城市市容和环境卫生管理条例》', '2019-01-01'],
  ['ZR-001', '违法用地巡查报告', AS, C, 'NONE', false, P, '自然资源和规划局', '《中华人民共和国土地管理法》', '2019-01-01'],
  ['TY-001', '退役军人服务站建设与走访慰问', PS, C, 'NONE', true, P, '退役军人事务局', '《中华人民共和国退役军人保障法》', '2021-01-01'],
  ['BY-001', '兵役登记和征兵宣传', AS, C, 'NONE', false, P, '区人民武装部', '《中华人民共和国兵役法》', '2021-10-01'],
  ['CL-001', '残疾人证申领受理', AS, C, 'NONE', false, P, '残联', '《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》', '2019-01-01'],
  ['SF-001', '人民调解', SG, C, 'NONE', true, P, '司法局', '《中华人民共和国人民调解法》第八条', '2019-01-01'],
  ['SF-002', '社区矫正对象日常走访协助', AS, C, 'NONE', false, P, '司法局', '《中华人民共和国社区矫正法》第十二条', '2020-07-01'],
  ['SF-003', '社区戒毒社区康复', AS, S, 'NONE', true, P, '公安局（禁毒办）', '《中华人民共和国禁毒法》第三十四条', '2019-01-01'],
  ['TJ-001', '人口普查及经济普查入户登记', AS, C, 'NONE', true, P, '统计局', '《中华人民共和国统计法》；《全国人口普查条例》', '2020-01-01'],
  ['TJ-002', '各类统计报表填报（待清理）', AS, C, 'NONE', false, D, '统计局', null, null, undefined, '2026-03-18'],
  ['WM-001', '新时代文明实践站活动组织', PS, C, 'NONE', true, P, '宣传部', '《关于建设新时代文明实践中心试点工作的指导意见》', '2019-01-01'],
  ['ZZ-001', '社区党组织换届', SG, C, 'NONE', false, P, '组织部', '《中国共产党支部工作条例（试行）》', '2019-01-01'],
  ['YB-001', '城乡居民医保参保缴费动员', AS, C, 'NONE', false, P, '医保局', '《中华人民共和国社会保险法》第二十五条', '2019-01-01'],
  ['XF-001', '信访事项初信初访办理', AS, C, 'NONE', false, P, '信访局', '《信访工作条例》', '2022-05-01'],
  ['HB-001', '噪声扰民投诉调解', AS, C, 'NONE', false, P, '生态环境局', '《中华人民共和国噪声污染防治法》', '2022-06-05'],
];

export const DUTY_CATALOGUE: DutySpec[] = ROWS.map(
  ([code, title, category, level, power, funding, status, department, legalBasis, from, to, deletedOn]) => ({
    code,
    title,
    category,
    level,
    power,
    funding,
    status,
    department,
    legalBasis,
    from,
    to,
    deletedOn,
  }),
);

export const dutySpec = (code: string): DutySpec => {
  const d = DUTY_CATALOGUE.find((x) => x.code === code);
  if (!d) throw new Error(`no duty item ${code} in the catalogue`);
  return d;
};
