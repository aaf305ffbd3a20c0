import type { RouteName } from './routes';

export type RouteTag = 'system' | 'benefits' | 'entities' | 'lists' | 'identity' | 'self-service' | 'staff' | 'reports';

/** What a logged access is for: a fixed text, the reviewer's own words (a header), or a text naming a body field. */
export type AccessPurpose = string | { header: 'x-access-purpose' } | { template: string; field: string };

/**
 * Whether a route reads or changes personal data. A logged route gets one access-log line, written in the same
 * transaction as its work: the actor from the session, the subject from the session ('session': the person or
 * the business they act for; 'person': the person even while acting for a business) or from the case a reviewer
 * opens; 'report': the business a report names, found by the handler (a receiver verifying a report has no
 * session, and is logged as 报告接收方, never by identity); 'entity': the business a department queries, found by the
 * handler, the department named as the reader. A route that is not logged says why.
 */
export type PersonalData =
  | {
      logged: true;
      action: 'read' | 'export' | 'decide';
      purpose: AccessPurpose;
      fields: readonly string[];
      subject: 'session' | 'person' | { case: 'objection' | 'repair' } | 'report' | 'entity';
    }
  | { logged: false; reason: string };

export interface RouteDoc {
  tag: RouteTag;
  summary: string;
  description?: string;
  /** Required for self-service, staff and identity routes (a test walks the OpenAPI document for it). */
  personal?: PersonalData;
}

const OWN = 'session' as const;

/**
 * The route table's other half (see routes.ts): the words of the API reference and what each route does with
 * personal data. Server-side only, so no front end ships these texts.
 */
export const ROUTE_DOCS = {
  // ---- system ----------------------------------------------------------------------------------------------------
  health: {
    tag: 'system',
    summary: '服务和数据库状态',
  },

  // ---- public ----------------------------------------------------------------------------------------------------
  'benefits.list': {
    tag: 'benefits',
    summary: '信易+ 目录',
    description: '按类别和面向对象筛选守信激励措施。',
  },
  'benefits.get': {
    tag: 'benefits',
    summary: '信易+ 详情',
    description: '条件（白话说明）、政策依据和申请方式。',
  },
  'entities.search': {
    tag: 'entities',
    summary: '查询企业等市场主体',
    description:
      '按名称（至少 2 个字）或统一社会信用代码查询。排序：代码、全名、开头相同、包含。只查法人和其他组织、个体工商户，不查个人。',
  },
  'entities.profile': {
    tag: 'entities',
    summary: '企业公共信用信息',
    description:
      '依法公开的信息：登记信息、行政许可、公示期内的行政处罚（含类别和公示截止日期）、严重失信主体名单（含依据和移出条件）、守信激励名单、信用承诺。已修复、已过公示期、个人和未成年人的信息不会出现。',
  },
  'lists.measures': {
    tag: 'lists',
    summary: '失信惩戒措施清单',
    description: '每项措施的法律依据和适用的名单类型。没有法律依据的措施不得实施。',
  },
  'lists.catalog': {
    tag: 'lists',
    summary: '公共信用信息数据目录',
    description: '每类信息的来源部门、公开方式和公示规则。',
  },

  // ---- identity --------------------------------------------------------------------------------------------------
  'auth.wechat': {
    tag: 'identity',
    summary: '微信登录',
    description: '用 wx.login() 的 code 换取会话。还需实名认证后才能查看本人信息。',
    personal: { logged: false, reason: '只保存 openid 的加密摘要，答复是会话令牌，不含任何人的信息。' },
  },
  'auth.verify': {
    tag: 'identity',
    summary: '实名认证',
    description: '姓名、身份证号和实名核验平台的结果。身份证号只在请求体中传输，加密保存，不会返回。',
    personal: { logged: false, reason: '姓名和身份证号只加密写入，不读取、不返回；答复是新的会话令牌。' },
  },
  'auth.devLogin': {
    tag: 'identity',
    summary: '开发用登录（仅开发环境）',
    description: '以示例公民身份登录，只在本地开发和测试中可用；生产环境不会注册这个接口。',
    personal: { logged: false, reason: '示例公民（示例数据），答复是会话令牌。' },
  },
  'auth.logout': {
    tag: 'identity',
    summary: '退出登录',
    personal: { logged: false, reason: '只结束会话，不读取个人信息。' },
  },

  // ---- self-service ----------------------------------------------------------------------------------------------
  'me.get': {
    tag: 'self-service',
    summary: '当前登录的人（脱敏）',
    personal: {
      logged: true,
      action: 'read',
      purpose: '查看本人账户信息',
      fields: ['姓名（脱敏）', '身份证号（脱敏）', '代办企业'],
      subject: 'person',
    },
  },
  'me.actFor': {
    tag: 'self-service',
    summary: '切换为代办企业或回到本人',
    personal: { logged: false, reason: '只改变本次会话代办的对象，答复为空。' },
  },
  'me.records': {
    tag: 'self-service',
    summary: '我的信用记录',
    description: '关于本人（或代办企业）的全部记录，包括不公开的、已修复的和有异议的，并说明下一步可以做什么。',
    personal: { logged: true, action: 'read', purpose: '本人查询信用记录', fields: ['信用记录'], subject: OWN },
  },
  'me.accessLog': {
    tag: 'self-service',
    summary: '谁查看了我的信息',
    description: '每一次读取本人信息的记录：谁、何时、为什么、看了哪些内容。',
    personal: { logged: true, action: 'read', purpose: '本人查看查询记录', fields: ['查询记录'], subject: OWN },
  },
  'me.benefits': {
    tag: 'self-service',
    summary: '我能享受哪些信易+',
    description: '逐条说明每项条件是否满足。已修复的记录不会影响结果。',
    personal: {
      logged: true,
      action: 'read',
      purpose: '本人查看信易+资格',
      fields: ['信用记录', '信用承诺', '纳税信用等级'],
      subject: OWN,
    },
  },
  'me.export': {
    tag: 'self-service',
    summary: '导出我的数据',
    description:
      '本平台保存的关于本人的全部信息（JSON）：本人的记录，本人提交的异议、修复申请和签署的承诺（含代办单位的），谁查看过。身份证号仍然脱敏。',
    personal: {
      logged: true,
      action: 'export',
      purpose: '本人导出个人数据',
      fields: ['姓名（脱敏）', '身份证号（脱敏）', '信用记录', '异议', '信用修复', '信用承诺', '查询记录'],
      subject: OWN,
    },
  },
  'attachments.upload': {
    tag: 'self-service',
    summary: '上传材料',
    description: 'multipart/form-data，字段名 file。JPG、PNG 或 PDF，按文件内容判断格式，最大 5 MB。',
    personal: { logged: false, reason: '本人上传的材料只写入；答复只有编号、格式和大小。' },
  },
  'objections.create': {
    tag: 'self-service',
    summary: '提出异议',
    description:
      '对本人（或代办企业）的一条记录提出异议。处理期间这条记录对外标注“异议处理中”。需要 Idempotency-Key 头，重试不会重复提交。',
    personal: { logged: false, reason: '本人提交的异议记入异议的处理进度；答复只回显本人刚提交的内容。' },
  },
  'objections.list': {
    tag: 'self-service',
    summary: '我的异议',
    personal: { logged: true, action: 'read', purpose: '本人查看异议', fields: ['异议'], subject: OWN },
  },
  'objections.get': {
    tag: 'self-service',
    summary: '异议详情和处理进度',
    personal: { logged: true, action: 'read', purpose: '本人查看异议详情', fields: ['异议'], subject: OWN },
  },
  'commitments.current': {
    tag: 'self-service',
    summary: '现行信用承诺书',
    personal: { logged: false, reason: '承诺书范本，不含个人信息。' },
  },
  'commitments.list': {
    tag: 'self-service',
    summary: '我的信用承诺',
    personal: { logged: true, action: 'read', purpose: '本人查看信用承诺', fields: ['信用承诺'], subject: OWN },
  },
  'commitments.sign': {
    tag: 'self-service',
    summary: '签署信用承诺',
    description: '签署现行版本的承诺书。承诺会计入信易+ 条件，信用修复申请也需要它。',
    personal: { logged: false, reason: '本人签署的承诺只写入；答复只回显本人刚签署的内容。' },
  },
  'commitments.withdraw': {
    tag: 'self-service',
    summary: '撤回信用承诺',
    description: '撤回后不再公开显示。正用于办理中的修复申请的承诺，要先撤回申请；修复决定所依据的承诺不能撤回。',
    personal: { logged: false, reason: '本人撤回自己签署的承诺，只写入；答复只回显这份承诺。' },
  },
  'repairs.eligibility': {
    tag: 'self-service',
    summary: '能不能申请信用修复',
    description: '说明现在能否申请、不能的话从哪天起可以、为什么，以及需要的材料。',
    personal: { logged: true, action: 'read', purpose: '本人查询信用修复条件', fields: ['信用记录'], subject: OWN },
  },
  'repairs.create': {
    tag: 'self-service',
    summary: '申请信用修复',
    description:
      '两份材料：履行义务的证明（已上传的附件，一份或几份）和在应用内签署的信用承诺。免费；一条记录同时只能有一个申请。需要 Idempotency-Key 头。',
    personal: { logged: false, reason: '本人提交的申请记入修复进度；答复只回显本人刚提交的内容。' },
  },
  'repairs.list': {
    tag: 'self-service',
    summary: '我的信用修复申请',
    personal: { logged: true, action: 'read', purpose: '本人查看信用修复申请', fields: ['信用修复'], subject: OWN },
  },
  'repairs.get': {
    tag: 'self-service',
    summary: '信用修复申请详情',
    personal: { logged: true, action: 'read', purpose: '本人查看信用修复进度', fields: ['信用修复'], subject: OWN },
  },
  'repairs.progress': {
    tag: 'self-service',
    summary: '凭查询码查看修复进度',
    description: '不需要登录。只返回办理进度，不含姓名、证件号或记录内容。查询码放在请求体中。',
    personal: { logged: false, reason: '查询码就是凭证；答复只有办理进度，不含姓名、证件号或记录内容。' },
  },

  // ---- 信用代证 (issue 16) --------------------------------------------------------------------------------------------
  'reports.options': {
    tag: 'reports',
    summary: '专项信用报告：可选领域和报告期',
    description: '报告的领域（含部门）、默认报告期（近三年）和最早可选的开始日期。',
  },
  'reports.request': {
    tag: 'self-service',
    summary: '申请专项信用报告（信用代证）',
    description:
      '为正在代办的企业、个体工商户或其他组织出具带签名的 PDF 报告：按领域写明报告期内有无违法违规记录。个人不出具公开报告。免费。',
    personal: {
      logged: true,
      action: 'export',
      purpose: '申请专项信用报告',
      fields: ['行政处罚', '严重失信主体名单'],
      subject: OWN,
    },
  },
  'reports.list': {
    tag: 'self-service',
    summary: '本单位的专项信用报告',
    description: '正在代办的单位申请过的报告：编号、报告期、领域和各领域结果。',
    personal: { logged: true, action: 'read', purpose: '查看本单位的专项信用报告', fields: ['专项信用报告'], subject: OWN },
  },
  'reports.download': {
    tag: 'self-service',
    summary: '下载专项信用报告原件',
    description: '只有申请人本人（仍在代办该单位时）可以下载。',
    personal: { logged: true, action: 'export', purpose: '下载专项信用报告', fields: ['专项信用报告'], subject: OWN },
  },
  'reports.verify': {
    tag: 'reports',
    summary: '核验专项信用报告（编号和核验码）',
    description:
      '输入报告编号和核验码（或扫描报告上的二维码），确认报告是否由本平台签发，以及报告主体、报告期、领域和各领域结果。不含任何个人信息。每次核验记入报告主体的查询记录。网站的表单在浏览器不开启 JavaScript 时以 application/x-www-form-urlencoded 提交到这里，得到的是写好结果的网页（text/html），核验、频率限制和查询记录与 JSON 请求相同。',
    personal: { logged: true, action: 'read', purpose: '报告接收方核验专项信用报告', fields: ['专项信用报告'], subject: 'report' },
  },
  'reports.verifyFile': {
    tag: 'reports',
    summary: '核验专项信用报告（上传文件）',
    description: '上传 PDF 原件：检查签名、签发证书，以及文件是否与签发时完全一致（改动一个字节都不能通过）。',
    personal: { logged: true, action: 'read', purpose: '报告接收方上传原件核验专项信用报告', fields: ['专项信用报告'], subject: 'report' },
  },

  // ---- staff -----------------------------------------------------------------------------------------------------
  'staff.login': {
    tag: 'staff',
    summary: '审核人员登录',
    description:
      '用户名、密码和动态口令（totp，验证器应用显示的 6 位数字；生产环境必填，每个口令只能用一次）。连续输错会暂时锁定账号（ACCOUNT_LOCKED）。',
    personal: { logged: false, reason: '审核人员本人的账号登录，不读取当事人的信息。' },
  },
  'staff.queue': {
    tag: 'staff',
    summary: '本部门待办（异议或修复）',
    personal: { logged: false, reason: '待办清单只有案件编号、记录标题和期限，不含当事人的姓名或证件号。' },
  },
  'staff.objection': {
    tag: 'staff',
    summary: '查看异议案件',
    description: '必须在 X-Access-Purpose 头写明目的；每次查看都会记入当事人的查询记录。',
    personal: {
      logged: true,
      action: 'read',
      purpose: { header: 'x-access-purpose' },
      fields: ['异议理由', '异议材料', '信用记录'],
      subject: { case: 'objection' },
    },
  },
  'staff.repair': {
    tag: 'staff',
    summary: '查看修复申请',
    description: '必须在 X-Access-Purpose 头写明目的；每次查看都会记入当事人的查询记录。',
    personal: {
      logged: true,
      action: 'read',
      purpose: { header: 'x-access-purpose' },
      fields: ['修复申请', '履行证明', '信用承诺', '信用记录'],
      subject: { case: 'repair' },
    },
  },
  'staff.decideObjection': {
    tag: 'staff',
    summary: '处理异议',
    description:
      'accepted 受理；corrected 更正（correction 写明更正后的内容，记录随之改变）；deleted 删除记录；upheld 维持；rejected 不予受理。必须写明理由；公示随决定改变。',
    personal: {
      logged: true,
      action: 'decide',
      purpose: { template: '处理异议（{outcome}）', field: 'outcome' },
      fields: ['异议理由', '异议材料', '信用记录'],
      subject: { case: 'objection' },
    },
  },
  'staff.decideRepair': {
    tag: 'staff',
    summary: '审核信用修复申请',
    description: 'approved：记录停止公示、转为档案，不再作为信易+ 和惩戒的依据；rejected：写明原因和如何重新申请。',
    personal: {
      logged: true,
      action: 'decide',
      purpose: { template: '审核信用修复申请（{outcome}）', field: 'outcome' },
      fields: ['修复申请', '履行证明', '信用承诺', '信用记录'],
      subject: { case: 'repair' },
    },
  },
  'staff.me': {
    tag: 'staff',
    summary: '工作人员本人的账号',
    description: '姓名、部门和角色，供工作台显示和决定可用的功能。',
    personal: { logged: false, reason: '工作人员本人的账号信息，不含当事人的信息。' },
  },
  'staff.accounts': {
    tag: 'staff',
    summary: '工作人员账号清单（信用办管理员）',
    description: '只对信用办管理员开放。不含密码、动态口令密钥。',
    personal: { logged: false, reason: '工作人员的账号清单，不含当事人的信息。' },
  },
  'staff.objectionEvidence': {
    tag: 'staff',
    summary: '查看异议材料',
    description: '只对负责该案件部门的审核员开放；必须在 X-Access-Purpose 头写明目的，每次查看都会记入当事人的查询记录。',
    personal: {
      logged: true,
      action: 'read',
      purpose: { header: 'x-access-purpose' },
      fields: ['异议材料'],
      subject: { case: 'objection' },
    },
  },
  'staff.repairEvidence': {
    tag: 'staff',
    summary: '查看修复证明材料',
    description: '只对负责该案件部门的审核员开放；必须在 X-Access-Purpose 头写明目的，每次查看都会记入当事人的查询记录。',
    personal: {
      logged: true,
      action: 'read',
      purpose: { header: 'x-access-purpose' },
      fields: ['履行证明'],
      subject: { case: 'repair' },
    },
  },

  // ---- 双公示 monitoring and imports -----------------------------------------------------------------------------
  'staff.monitoring': {
    tag: 'staff',
    summary: '“双公示”月度监测',
    description:
      '最近 12 个月（to 为最后一个月，默认本月），按部门、按许可和处罚：收到条数、7 个工作日内上报的比例、符合数据标准的比例、导入时拒收的行和原因、已过公示期仍在公示的条数（按今天计），以及落后提醒。信用办管理员和审计员可以查看。',
    personal: { logged: false, reason: '只有部门的统计数和拒收行的行号、字段、原因；原因不含姓名和证件号。' },
  },
  'staff.quarterlyReport': {
    tag: 'staff',
    summary: '“双公示”季度评价',
    description: '一个季度（如 2026Q4）按部门的合计数字，工作台据此导出 CSV 和打印页。',
    personal: { logged: false, reason: '只有部门的统计数。' },
  },
  'staff.importPreview': {
    tag: 'staff',
    summary: '预览导入“双公示”文件',
    description:
      'contentBase64 为 CSV 文件（UTF-8，可带 BOM；表头为国家发展改革委双公示字段代码）。与命令行导入用同一套校验，逐行报告行号、字段和原因；不写入任何数据。',
    personal: { logged: false, reason: '不读取已有的个人信息；回执只有行号、字段和原因，不含姓名和证件号。' },
  },
  'staff.importCommit': {
    tag: 'staff',
    summary: '导入“双公示”文件',
    description:
      '与预览同样校验后写入：合格的行入库，拒收的行连同原因记入监测。需要 Idempotency-Key；同一文件再次提交不会重复入库或重复计数。',
    personal: { logged: false, reason: '写入部门推送的公示数据，不读取已有的个人信息；回执不含姓名和证件号。' },
  },
  'staff.accountAction': {
    tag: 'staff',
    summary: '管理工作人员账号（信用办管理员）',
    description:
      'unlock 解除锁定；disable 停用（立即不能再使用）；enable 启用；enrol_totp 绑定或重置动态口令（新密钥只在这次回答中出现一次，旧口令立即失效）。每次操作都记入账号操作记录。',
    personal: { logged: false, reason: '工作人员账号的管理，不读取当事人的信息；操作记入账号操作记录（staff_account_events）。' },
  },
  'staff.applicationList': {
    tag: 'staff',
    summary: '公共信用信息应用清单',
    description: '查询主体信用信息时可选的用途（应查尽查），及其依据。示例条目标有 example。',
    personal: { logged: false, reason: '清单是公开的用途目录，不含任何人的信息。' },
  },
  'staff.creditQuery': {
    tag: 'staff',
    summary: '查询主体信用信息（查询使用登记）',
    description:
      '部门工作人员按应用清单选用途（purposeId），填写办理事项编号（referenceNo，必填），查看主体的信用信息。每次查询都登记（谁、哪个部门、用途、事项编号、看到了什么），并记入主体的查询记录。',
    personal: {
      logged: true,
      action: 'read',
      purpose: '按应用清单查询信用信息',
      fields: ['基本信息', '行政许可', '行政处罚', '失信名单', '守信激励名单', '信用承诺'],
      subject: 'entity',
    },
  },
  'staff.creditQueries': {
    tag: 'staff',
    summary: '查询使用登记簿（信用办管理员、审计员）',
    description: '按部门、用途、主体和日期筛选每一次查询的登记。',
    personal: {
      logged: false,
      reason: '登记簿只有主体（企业）的名称和代码、查询部门和用途；查询人是工作人员本人的账号显示名，不含自然人当事人的信息。',
    },
  },
} as const satisfies { [K in RouteName]: RouteDoc };
