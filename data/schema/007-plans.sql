-- SPDX-License-Identifier: GPL-3.0-or-later
-- Plans (issue 12): the prevention task force, the register of plan documents,
-- checklist templates kept as versioned data and the runs made of them, one
-- list of corrective actions shared by checklists, drills and the emergency
-- procedure, the emergency procedure with its timed steps, and drills.
-- Times are Unix seconds; days are local YYYY-MM-DD.

-- 防控专班: leader, deputies, members, the liaison, and working groups (a
-- member row with a group name; group_leader marks the group's leader).
-- People from the roster (staff_id) or from outside (name and phone only).
CREATE TABLE taskforce_member (
  id           INTEGER PRIMARY KEY,
  role         TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member', 'liaison')),
  group_name   TEXT NOT NULL DEFAULT '' CHECK (length(group_name) <= 32),
  group_leader INTEGER NOT NULL DEFAULT 0 CHECK (group_leader IN (0, 1)),
  staff_id     INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  phone        TEXT NOT NULL DEFAULT '',
  duty         TEXT NOT NULL DEFAULT '' CHECK (length(duty) <= 200),
  position     INTEGER NOT NULL DEFAULT 0,
  CHECK (group_leader = 0 OR group_name <> '')
);

-- The register of plans and commitments. The file is kept in the database
-- (file_data) so it travels with backups; its size is limited in C.
CREATE TABLE plan_document (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('prevention', 'reopening', 'emergency', 'commitment',
                                            'rule', 'other')),
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  version     TEXT NOT NULL DEFAULT '' CHECK (length(version) <= 20),
  approved_on TEXT CHECK (approved_on IS NULL OR date(approved_on, '+0 days') IS approved_on),
  approved_by TEXT NOT NULL DEFAULT '',
  next_review TEXT CHECK (next_review IS NULL OR date(next_review, '+0 days') IS next_review),
  file_name   TEXT NOT NULL DEFAULT '',
  file_data   BLOB,
  file_size   INTEGER NOT NULL DEFAULT 0 CHECK (file_size >= 0),
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL DEFAULT '',
  CHECK ((file_data IS NULL) = (file_name = '')),
  CHECK (next_review IS NULL OR approved_on IS NULL OR next_review >= approved_on)
);

-- Checklist templates: one row per version. Editing a template writes a new
-- version with its items; runs point at the version they were made from and
-- copy its items, so a new version never changes a run already made.
CREATE TABLE checklist_template (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
  version    INTEGER NOT NULL CHECK (version >= 1),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  kind       TEXT NOT NULL DEFAULT 'checklist' CHECK (kind IN ('checklist', 'emergency')),
  created_at INTEGER NOT NULL DEFAULT (unixepoch()),
  created_by TEXT NOT NULL DEFAULT '',
  UNIQUE (code, version)
);

-- method: how the item is checked (查文件 / 查记录 / 查实物 / 问询).
-- probe: the name of a question Fangyi can answer from its own data ('' = none).
CREATE TABLE checklist_template_item (
  template_id       INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL CHECK (position >= 1),
  category          TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 32),
  content           TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 300),
  method            TEXT NOT NULL CHECK (method IN ('file', 'record', 'object', 'inquiry')),
  evidence_required INTEGER NOT NULL DEFAULT 0 CHECK (evidence_required IN (0, 1)),
  probe             TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (template_id, position)
) WITHOUT ROWID;

CREATE TABLE checklist_run (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES checklist_template (id),
  day         TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  inspector   TEXT NOT NULL DEFAULT '',      -- 检查人
  confirmer   TEXT NOT NULL DEFAULT '',      -- 企业负责人确认
  signed_at   INTEGER,                       -- NULL while the run is open
  note        TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checklist_run_by_day ON checklist_run (day);

-- The items of a run, copied from its template version when the run starts.
CREATE TABLE checklist_run_item (
  run_id            INTEGER NOT NULL REFERENCES checklist_run (id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  category          TEXT NOT NULL,
  content           TEXT NOT NULL,
  method            TEXT NOT NULL,
  evidence_required INTEGER NOT NULL DEFAULT 0,
  probe             TEXT NOT NULL DEFAULT '',
  answer            TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'yes', 'no', 'na')),
  problem           TEXT NOT NULL DEFAULT '',
  evidence_name     TEXT NOT NULL DEFAULT '',
  evidence_data     BLOB,
  answered_at       INTEGER,
  PRIMARY KEY (run_id, position)
) WITHOUT ROWID;

-- 整改: one list for checklists, drills and the emergency procedure.
-- The deadline is a day: overdue from the day after it while still open.
CREATE TABLE action_item (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL CHECK (source IN ('checklist', 'drill', 'emergency', 'other')),
  source_id   INTEGER NOT NULL DEFAULT 0,
  position    INTEGER NOT NULL DEFAULT 0,   -- the run's item, for a checklist
  problem     TEXT NOT NULL CHECK (length(problem) BETWEEN 1 AND 300),
  action      TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 300),
  responsible TEXT NOT NULL DEFAULT '',
  deadline    TEXT NOT NULL CHECK (date(deadline, '+0 days') IS deadline),
  raised_on   TEXT NOT NULL CHECK (date(raised_on, '+0 days') IS raised_on),
  done_on     TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') IS done_on),
  recheck     TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL DEFAULT '',
  CHECK (deadline >= raised_on),
  CHECK (done_on IS NULL OR done_on >= raised_on)
);
CREATE INDEX action_item_open ON action_item (deadline) WHERE done_on IS NULL;
CREATE INDEX action_item_by_source ON action_item (source, source_id);

-- 应急处置: one procedure per case; steps with stored instants.
CREATE TABLE emergency (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  person_name TEXT NOT NULL CHECK (length(person_name) BETWEEN 1 AND 64),
  trigger     TEXT NOT NULL CHECK (trigger IN ('positive', 'fever', 'manual')),
  started_at  INTEGER NOT NULL,
  started_by  TEXT NOT NULL DEFAULT '',
  finished_at INTEGER,
  note        TEXT NOT NULL DEFAULT '',
  CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX emergency_running ON emergency (started_at) WHERE finished_at IS NULL;

-- started_at: when the step's clock starts (the procedure's start; for the
-- shutdown, when production stopped); due_at: its deadline, NULL = none.
CREATE TABLE emergency_step (
  emergency_id INTEGER NOT NULL REFERENCES emergency (id) ON DELETE CASCADE,
  step         TEXT NOT NULL CHECK (step IN ('report', 'observation', 'retest', 'contacts', 'zones',
                                             'disinfect', 'investigation', 'production', 'shutdown')),
  position     INTEGER NOT NULL,
  started_at   INTEGER,
  due_at       INTEGER,
  done_at      INTEGER,
  done_by      TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (emergency_id, step),
  CHECK (done_at IS NULL OR started_at IS NULL OR done_at >= started_at)
) WITHOUT ROWID;

-- Contacts listed by the procedure; quarantine_id once sent to isolation.
CREATE TABLE emergency_contact (
  id            INTEGER PRIMARY KEY,
  emergency_id  INTEGER NOT NULL REFERENCES emergency (id) ON DELETE CASCADE,
  staff_id      INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
  source        TEXT NOT NULL CHECK (source IN ('area', 'grid', 'manual')),
  quarantine_id INTEGER REFERENCES quarantine (id) ON DELETE SET NULL,
  UNIQUE (emergency_id, staff_id)
);

-- 应急演练, with the evaluation ticks of the usual record form.
CREATE TABLE drill (
  id                  INTEGER PRIMARY KEY,
  plan_id             INTEGER REFERENCES plan_document (id) ON DELETE SET NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('tabletop', 'functional', 'full')),
  scenario            TEXT NOT NULL CHECK (length(scenario) BETWEEN 1 AND 200),
  day                 TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
  place               TEXT NOT NULL DEFAULT '',
  organiser           TEXT NOT NULL DEFAULT '',
  commander           TEXT NOT NULL DEFAULT '',
  participants        TEXT NOT NULL DEFAULT '',
  record              TEXT NOT NULL DEFAULT '',
  held                INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
  people_in_place     INTEGER NOT NULL DEFAULT 0 CHECK (people_in_place IN (0, 1)),
  supplies_sufficient INTEGER NOT NULL DEFAULT 0 CHECK (supplies_sufficient IN (0, 1)),
  ppe_worn            INTEGER NOT NULL DEFAULT 0 CHECK (ppe_worn IN (0, 1)),
  efficient           INTEGER NOT NULL DEFAULT 0 CHECK (efficient IN (0, 1)),
  objective_achieved  INTEGER NOT NULL DEFAULT 0 CHECK (objective_achieved IN (0, 1)),
  revise_plan         INTEGER NOT NULL DEFAULT 0 CHECK (revise_plan IN (0, 1)),
  recorder            TEXT NOT NULL DEFAULT '',
  created_at          INTEGER NOT NULL,
  created_by          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX drill_by_day ON drill (day);

-- The shipped templates (version 1). The officer edits them as new versions.
INSERT INTO checklist_template (id, code, version, name, kind, created_at) VALUES
  (1, 'reopening', 1, '复工复产承诺（四必须、六个一律）', 'checklist', 0),
  (2, 'five_in_place', 1, '复工复产复核（五到位）', 'checklist', 0),
  (3, 'self_inspection', 1, '企业疫情防控自查表（16项）', 'checklist', 0),
  (4, 'gate_daily', 1, '门岗每日检查', 'checklist', 0);

INSERT INTO checklist_template_item (template_id, position, category, content, method, evidence_required, probe) VALUES
  (1, 1, '四必须', '成立由企业法人代表牵头的疫情防控工作小组，组成专班，制订本企业防控和复工方案', 'file', 1, 'taskforce'),
  (1, 2, '四必须', '各项防疫措施落实到位，每日台账记录完整，企业承担防控责任和经费', 'record', 0, 'readings'),
  (1, 3, '四必须', '疫期不新招收不符合防控要求的重点区域人员及其密切接触者', 'inquiry', 0, ''),
  (1, 4, '四必须', '外地返岗人员落实不少于14天的企业隔离医学观察', 'record', 0, 'trips'),
  (1, 5, '六个一律', '如实报告员工个人健康状况，接受防疫监测，落实个人防护', 'record', 0, ''),
  (1, 6, '六个一律', '组织全体员工进行一次防疫安全教育培训', 'record', 1, ''),
  (1, 7, '六个一律', '对公共区域和生产生活区域进行严格消毒', 'record', 0, ''),
  (1, 8, '六个一律', '对全部生产设施设备进行一次全面检查维修和消毒', 'object', 0, ''),
  (1, 9, '六个一律', '主要负责人、防疫和安全管理人员提前到岗履职', 'inquiry', 0, ''),
  (1, 10, '六个一律', '未经审批同意不复工，落实责任追究制度', 'file', 0, ''),
  (2, 1, '防控机制到位', '防控专班、防控方案、应急预案齐全，明确疫情信息报告人', 'file', 1, 'plans'),
  (2, 2, '员工排查到位', '掌握全体员工14天行程和健康状况，外出人员已返回并登记', 'record', 0, 'trips'),
  (2, 3, '设施物资到位', '测温枪、消毒液、口罩等物资储备不少于3天用量，设有隔离观察室', 'object', 0, ''),
  (2, 4, '环境消杀到位', '办公、生产、生活区域按规定通风消毒并有记录', 'record', 0, ''),
  (2, 5, '安全生产到位', '复工前开展安全隐患排查，设施设备检修完好', 'object', 0, ''),
  (2, 6, '内部管理到位', '实行封闭管理，人员进入前测温登记', 'record', 0, 'readings'),
  (3, 1, '机构', '成立防控专班，职责分工明确', 'file', 0, 'taskforce'),
  (3, 2, '方案', '制定疫情防控工作方案', 'file', 1, 'plans'),
  (3, 3, '预案', '制定应急处置预案并组织演练', 'file', 1, 'drills'),
  (3, 4, '制度', '建立健康监测、报告、消毒等防控制度', 'file', 0, ''),
  (3, 5, '宣传', '张贴防控宣传材料，开展防疫知识宣传', 'object', 0, ''),
  (3, 6, '隔离', '设置临时隔离观察室，位置合适、物品齐全', 'object', 0, 'quarantine'),
  (3, 7, '门岗', '门岗测温、验码、登记，外来人员管控', 'object', 0, ''),
  (3, 8, '员工', '员工健康状况和行程逐人掌握，每日监测', 'record', 0, 'readings'),
  (3, 9, '食堂', '分餐错峰，食堂每日消毒', 'object', 0, ''),
  (3, 10, '居所', '宿舍控制人数、定期消毒通风', 'object', 0, ''),
  (3, 11, '交通', '通勤车辆每日消毒，乘车佩戴口罩', 'record', 0, ''),
  (3, 12, '会议', '减少聚集性会议，控制规模和时间', 'inquiry', 0, ''),
  (3, 13, '电梯', '电梯按时消毒，控制乘梯人数', 'record', 0, ''),
  (3, 14, '通风', '工作场所保持通风，空调系统按规定清洗消毒', 'object', 0, ''),
  (3, 15, '卫生', '公共区域保洁消毒并有记录，垃圾分类处理', 'record', 0, ''),
  (3, 16, '安全', '消毒剂等物资安全存放，安全生产措施落实', 'object', 0, ''),
  (4, 1, '测温', '所有进入人员测量体温，异常者按流程处置', 'record', 0, 'readings'),
  (4, 2, '验码', '查验健康码、行程卡和核酸检测结果', 'object', 0, ''),
  (4, 3, '登记', '外来人员和车辆逐一登记', 'record', 0, ''),
  (4, 4, '防护', '门岗人员规范佩戴口罩等防护用品', 'object', 0, ''),
  (4, 5, '消毒', '门岗区域和物品按时消毒', 'record', 0, '');
