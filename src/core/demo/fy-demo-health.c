/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-demo-health.c — the demo company's last 30 days of health work:
 * twice-daily temperatures (mostly measured, some "normal, not measured"
 * fills, a few late entries, one person with the same value every day),
 * a few fevers with their follow-ups (all closed but one), nucleic-acid
 * rounds (fy-demo-tests.c), vaccination doses matching the roster, trips (one
 * back from a medium-risk area and now isolated at home with test days),
 * quarantines matching the roster's away statuses and one released.
 *
 * Runs inside the demo's one transaction (after the roster and settings are
 * written), so it uses set-based SQL and the in-transaction quarantine
 * start; it draws only from demo->rand, so a seed and a day give one
 * company. The data is a Chinese company's, so it is not translated. */
#include "config.h"

#include <stdio.h>

#include "fy-clock.h"
#include "fy-demo-health-private.h"
#include "fy-validate.h"

#define MORNING_FROM    (7 * 60 + 40)   /* entries between 07:40 … */
#define MORNING_TO      (9 * 60 + 20)   /* … and 09:20 */
#define AFTERNOON_FROM  (13 * 60 + 40)
#define AFTERNOON_TO    (15 * 60 + 20)
#define FEVER_LINE      373

/* Days a person is not at work: away on a trip, or sent home / to hospital. */
typedef struct
{
  char *from;
  char *until;               /* first day back; NULL = not back yet */
} Absence;

static void
absence_free (Absence *a)
{
  g_free (a->from);
  g_free (a->until);
  g_free (a);
}

/* ---- small helpers ------------------------------------------------------ */

void
fy_demo_health_mark_absent (DemoHealth *h, gint64 staff_id, const char *from, const char *until)
{
  gint64 *key = g_new (gint64, 1);
  Absence *a = g_new0 (Absence, 1);

  *key = staff_id;
  a->from = g_strdup (from);
  a->until = g_strdup (until);
  g_hash_table_replace (h->absent, key, a);
}

gboolean
fy_demo_health_is_absent (DemoHealth *h, gint64 staff_id, const char *day)
{
  Absence *a = g_hash_table_lookup (h->absent, &staff_id);

  return a && strcmp (day, a->from) >= 0 && (a->until == NULL || strcmp (day, a->until) < 0);
}

char *
fy_demo_health_day (DemoHealth *h, int offset)
{
  return fy_date_add_days (h->today, offset);
}

gint64
fy_demo_health_instant (const char *day, int minutes)
{
  return fy_local_day_start (day) + (gint64) minutes * 60;
}

/* Free text as the app stores what a user types (full-width punctuation
 * folded by fy_normalize_text). */
void
fy_demo_health_bind_typed (sqlite3_stmt *stmt, int index, const char *text)
{
  g_autofree char *norm = fy_normalize_text (text);
  sqlite3_bind_text (stmt, index, norm, -1, SQLITE_TRANSIENT);
}

gboolean
fy_demo_health_exec (DemoHealth *h, sqlite3_stmt *stmt, GError **error)
{
  return fy_store_step_done (h->store, stmt, error);
}

static FyStaff *
staff_by_id (DemoHealth *h, gint64 id)
{
  for (guint i = 0; i < h->demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (h->demo->staff, i);
      if (s->id == id)
        return s;
    }
  return NULL;
}

/* Not a head, manager or the officer: the people the events happen to. */
static gboolean
rank_and_file (const FyStaff *s)
{
  return !g_str_has_suffix (s->post, "经理") && strstr (s->post, "主任") == NULL
         && strstr (s->post, "总") == NULL && !g_str_equal (s->post, "防疫专员");
}

/* Someone on site who plays no part yet; `department` "" = any,
 * high_contact -1 = either. */
FyStaff *
fy_demo_health_pick (DemoHealth *h, const char *department, int high_contact)
{
  guint n = h->demo->staff->len;
  guint start = (guint) fy_demo_rand (h->demo, 0, (int) n - 1);

  for (guint k = 0; k < n; k++)
    {
      FyStaff *s = g_ptr_array_index (h->demo->staff, (start + k) % n);
      if (s->status != FY_STAFF_ON_SITE || g_hash_table_contains (h->used, &s->id)
          || (*department && !g_str_equal (s->department, department))
          || (high_contact >= 0 && s->high_contact != high_contact) || !rank_and_file (s))
        continue;
      g_hash_table_add (h->used, &s->id);
      return s;
    }
  return NULL;
}

/* The roster's people with an away status, in roster order. */
static FyStaff *
next_with_status (DemoHealth *h, FyStaffStatus status, guint *from)
{
  for (; *from < h->demo->staff->len; (*from)++)
    {
      FyStaff *s = g_ptr_array_index (h->demo->staff, *from);
      if (s->status == status)
        {
          (*from)++;
          g_hash_table_add (h->used, &s->id);
          return s;
        }
    }
  return NULL;
}

/* A household member's name: the person's surname and a given name. */
static char *
relative_name (DemoHealth *h, const FyStaff *s)
{
  static const char *const given[] = { "丽华", "秀英", "建国", "志强", "桂兰", "海燕", "子涵", "浩然" };
  gunichar surname = g_utf8_get_char (s->name);
  char buf[8] = { 0 };

  g_unichar_to_utf8 (surname, buf);
  return g_strconcat (buf, given[fy_demo_rand (h->demo, 0, G_N_ELEMENTS (given) - 1)], NULL);
}

/* ---- vaccination -------------------------------------------------------- */

static const char *const makers[] = { "北京科兴中维", "国药集团北京生物", "国药集团武汉生物" };

static gboolean
write_vaccinations (DemoHealth *h, GError **error)
{
  static const char *const reasons[] = {
    "慢性病急性发作期，暂缓接种", "对疫苗成分过敏，接种禁忌证", "本人暂未接种，已做宣传动员",
  };

  for (guint i = 0; i < h->demo->staff->len; i++)
    {
      FyStaff *s = g_ptr_array_index (h->demo->staff, i);
      int maker = fy_demo_rand (h->demo, 0, 99) < 45 ? 0 : fy_demo_rand (h->demo, 1, 2);
      g_autofree char *day = g_strdup_printf ("2021-%02d-%02d", fy_demo_rand (h->demo, 3, 7),
                                              fy_demo_rand (h->demo, 1, 28));

      for (int dose = 1; dose <= s->vaccine_doses; dose++)
        {
          sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
              "INSERT INTO vaccination (staff_id, dose, day, vaccine, entered_at, entered_by)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
          char *next;

          if (stmt == NULL)
            return FALSE;
          /* The booster is often of another maker. */
          if (dose == 3 && fy_demo_chance (h->demo, 30))
            maker = (maker + 1) % G_N_ELEMENTS (makers);
          sqlite3_bind_int64 (stmt, 1, s->id);
          sqlite3_bind_int (stmt, 2, dose);
          fy_bind_text (stmt, 3, day);
          fy_bind_text (stmt, 4, makers[maker]);
          sqlite3_bind_int64 (stmt, 5, h->now - 86400 * 200);
          fy_bind_text (stmt, 6, h->officer);
          if (!fy_demo_health_exec (h, stmt, error))
            return FALSE;
          next = fy_date_add_days (day, dose == 1 ? fy_demo_rand (h->demo, 21, 56) : fy_demo_rand (h->demo, 180, 300));
          g_free (day);
          day = next;
        }
      if (s->vaccine_doses == 0)
        {
          sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
              "UPDATE staff SET unvaccinated_reason = ?2 WHERE id = ?1", error);
          const char *reason = *s->note && strstr (s->note, "禁忌") ? reasons[1]
                               : reasons[fy_demo_rand (h->demo, 0, G_N_ELEMENTS (reasons) - 1)];
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, s->id);
          fy_demo_health_bind_typed (stmt, 2, reason);
          if (!fy_demo_health_exec (h, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- trips and quarantines ---------------------------------------------- */

typedef struct
{
  const char *purpose;
  const char *destination;
  const char *risk;
  int         depart;        /* day offsets from today */
  int         planned;
  int         returned;      /* 1 = not back (yet) */
  const char *return_risk;
  int         registered;    /* offset of the registration day */
  const char *companion;     /* "household", "colleague" or NULL */
  const char *note;
} TripPlan;

static gint64
write_trip (DemoHealth *h, const FyStaff *s, const TripPlan *t, GError **error)
{
  g_autofree char *depart = fy_demo_health_day (h, t->depart);
  g_autofree char *planned = fy_demo_health_day (h, t->planned);
  g_autofree char *returned = t->returned <= 0 ? fy_demo_health_day (h, t->returned) : NULL;
  g_autofree char *registered = fy_demo_health_day (h, t->registered);
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO trip (staff_id, purpose, destination, risk, depart_on, planned_return_on, returned_on,"
      " return_risk, note, registered_at, registered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
      error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, s->id);
  fy_bind_text (stmt, 2, t->purpose);
  fy_demo_health_bind_typed (stmt, 3, t->destination);
  fy_bind_text (stmt, 4, t->risk);
  fy_bind_text (stmt, 5, depart);
  fy_bind_text (stmt, 6, planned);
  if (returned)
    {
      fy_bind_text (stmt, 7, returned);
      fy_bind_text (stmt, 8, t->return_risk);
    }
  fy_demo_health_bind_typed (stmt, 9, t->note ? t->note : "");
  /* Registered in the evening; after leaving when registered late. */
  sqlite3_bind_int64 (stmt, 10, fy_demo_health_instant (registered, 18 * 60 + fy_demo_rand (h->demo, 0, 120)));
  fy_bind_text (stmt, 11, h->officer);
  if (!fy_demo_health_exec (h, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (fy_store_get_db (h->store));
  /* Not at work while away. */
  if (t->depart <= 0)
    {
      g_autofree char *back = t->returned <= 0 ? fy_demo_health_day (h, t->returned) : NULL;
      fy_demo_health_mark_absent (h, s->id, depart, back);
    }

  if (t->companion)
    {
      gboolean colleague = g_str_equal (t->companion, "colleague");
      FyStaff *other = colleague ? fy_demo_health_pick (h, s->department, -1) : NULL;
      g_autofree char *name = other ? g_strdup (other->name) : relative_name (h, s);

      stmt = fy_store_prepare_cached (h->store,
          "INSERT INTO trip_companion (trip_id, position, name, relation, staff_id) VALUES (?1, 1, ?2, ?3, ?4)",
          error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, id);
      fy_bind_text (stmt, 2, name);
      fy_bind_text (stmt, 3, other ? "colleague" : "household");
      if (other)
        sqlite3_bind_int64 (stmt, 4, other->id);
      if (!fy_demo_health_exec (h, stmt, error))
        return 0;
    }
  return id;
}

/* Starts `what` on the demo day `start` (its start_day is ignored). */
static gboolean
start_quarantine (DemoHealth *h, const FyQuarantineSpec *what, int start, gint64 *id, GError **error)
{
  g_autofree char *day = fy_demo_health_day (h, start);
  FyQuarantineSpec spec = *what;
  g_autoptr(FyQuarantineStart) prepared = NULL;

  spec.start_day = day;
  prepared = fy_quarantine_start_prepare (h->store, &spec, error);
  return prepared && fy_quarantine_start_write (h->store, prepared, fy_demo_health_instant (day, 17 * 60), id, error);
}

/* The release decision of a finished quarantine, as fy_quarantine_release
 * records it. */
static gboolean
release_quarantine (DemoHealth *h, gint64 id, gint64 staff_id, int day_offset, const char *note,
                    GError **error)
{
  g_autofree char *day = fy_demo_health_day (h, day_offset);
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "UPDATE quarantine SET released_on = ?2, release_note = ?3, released_at = ?4, released_by = ?5"
      " WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  fy_bind_text (stmt, 2, day);
  fy_demo_health_bind_typed (stmt, 3, note);
  sqlite3_bind_int64 (stmt, 4, fy_demo_health_instant (day, 8 * 60 + 30));
  fy_bind_text (stmt, 5, h->officer);
  if (!fy_demo_health_exec (h, stmt, error))
    return FALSE;
  stmt = fy_store_prepare_cached (h->store, "UPDATE staff SET status = 'on_site' WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  return fy_demo_health_exec (h, stmt, error)
         && fy_store_audit (h->store,
                            &(FyAuditEntry) { .entity = "quarantine", .entity_id = id, .action = "update",
                                               .field = "released_on", .old_value = NULL, .new_value = day },
                            error);
}

static gboolean
write_trips_and_quarantines (DemoHealth *h, GError **error)
{
  static const TripPlan plain[] = {
    { "business", "上海市浦东新区", "low", -16, -12, -12, "low", -18, "colleague", "参加客户技术交流会" },
    { "private", "南京市鼓楼区", "low", -9, -7, -7, "low", -10, "household", "探亲" },
    { "private", "无锡市梁溪区", "low", -6, -5, -5, "low", -5, NULL, "出发后补报备" },
    { "business", "杭州市余杭区", "low", -2, 1, 1, NULL, -3, NULL, "供应商现场审核" },
    { "business", "合肥市包河区", "low", 3, 5, 1, NULL, -1, "colleague", "设备验收" },
  };
  static const struct { const char *where; int returned; } home_towns[] = {
    { "河南省周口市川汇区", -2 }, { "安徽省阜阳市颍州区", -5 }, { "四川省南充市顺庆区", -9 },
  };
  const TripPlan medium = { "private", "广州市海珠区", "medium", -8, -4, -3, "medium", -9, "household", "返程时到达地区已列为中风险区" };
  const TripPlan released = { "business", "西安市雁塔区", "low", -25, -21, -21, "medium", -26, NULL, "出差期间当地升为中风险区" };
  guint from = 0;
  gint64 trip, quarantine;
  FyStaff *s;

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      s = fy_demo_health_pick (h, i == 0 || i == 4 ? "销售部" : "", -1);
      if (s != NULL && write_trip (h, s, &plain[i], error) == 0)
        return FALSE;
    }

  /* Back from a medium-risk area three days ago: 7 days at home, tests on
   * days 1, 3, 5, 7 (the first two taken and negative). */
  if ((s = fy_demo_health_pick (h, "", 0)) != NULL)
    {
      sqlite3_stmt *stmt;

      if ((trip = write_trip (h, s, &medium, error)) == 0
          || !start_quarantine (h,
                                &(FyQuarantineSpec) { .staff_id = s->id, .template_code = "home_7",
                                                      .reason = FY_QUARANTINE_REASON_RETURNEE,
                                                      .place = "居家（本人住所）", .note = "返回当日社区已报备",
                                                      .trip_id = trip },
                                medium.returned, NULL, error))
        return FALSE;
      /* The zone plan (fy-demo-zones.c) gives nobody isolated off site a
       * workplace; it was drawn before this return. */
      stmt = fy_store_prepare_cached (h->store, "DELETE FROM staff_zone WHERE staff_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, s->id);
      if (!fy_demo_health_exec (h, stmt, error))
        return FALSE;
    }

  /* The roster's people away from the plant get the quarantine that put
   * them there. */
  for (guint i = 0; i < G_N_ELEMENTS (home_towns); i++)
    {
      TripPlan home = { "private", home_towns[i].where, "low", home_towns[i].returned - 6,
                        home_towns[i].returned, home_towns[i].returned, "low", home_towns[i].returned - 7,
                        "household", "返乡探亲" };
      if ((s = next_with_status (h, FY_STAFF_OBSERVATION, &from)) == NULL)
        break;
      if ((trip = write_trip (h, s, &home, error)) == 0
          || !start_quarantine (h,
                                &(FyQuarantineSpec) { .staff_id = s->id, .template_code = "observation_14",
                                                      .reason = FY_QUARANTINE_REASON_RETURNEE,
                                                      .place = "厂区健康观察室", .note = "外地返岗，厂内单人单间观察",
                                                      .trip_id = trip },
                                home.returned, NULL, error))
        return FALSE;
    }
  from = 0;
  for (int k = 0; (s = next_with_status (h, FY_STAFF_HOME_ISOLATION, &from)) != NULL; k++)
    if (!start_quarantine (h,
                           &(FyQuarantineSpec) { .staff_id = s->id, .template_code = "home_7",
                                                 .reason = FY_QUARANTINE_REASON_CLOSE_CONTACT,
                                                 .place = "居家（本人住所）", .note = "社区通知为密切接触者", .trip_id = 0 },
                           -2 - 2 * k, NULL, error))
      return FALSE;
  from = 0;
  while ((s = next_with_status (h, FY_STAFF_CENTRAL_ISOLATION, &from)) != NULL)
    if (!start_quarantine (h,
                           &(FyQuarantineSpec) { .staff_id = s->id, .template_code = "central_5_home_3",
                                                 .reason = FY_QUARANTINE_REASON_SECONDARY_CONTACT,
                                                 .place = "吴中区集中隔离点（澄湖宾馆）", .note = "疾控通知为次密接",
                                                 .trip_id = 0 },
                           -2, NULL, error))
      return FALSE;

  /* Three weeks ago: 7 days at home after a trip, then released. */
  if ((s = fy_demo_health_pick (h, "", 0)) != NULL)
    {
      if ((trip = write_trip (h, s, &released, error)) == 0
          || !start_quarantine (h,
                                &(FyQuarantineSpec) { .staff_id = s->id, .template_code = "home_7",
                                                      .reason = FY_QUARANTINE_REASON_RETURNEE,
                                                      .place = "居家（本人住所）", .note = "", .trip_id = trip },
                                released.returned, &quarantine, error)
          || !release_quarantine (h, quarantine, s->id, released.returned + 7,
                                  "7天居家隔离期满，4次核酸检测均为阴性，经防疫领导小组同意解除", error))
        return FALSE;
    }
  return TRUE;
}

/* ---- temperatures ------------------------------------------------------- */

static const Event event_plan[N_EVENTS] = {
  { -24, 0, EV_FALSE_ALARM, 0 },
  { -17, 1, EV_CLINIC, 0 },
  { -11, 0, EV_SYMPTOMS, 0 },
  { -6, 0, EV_FALSE_ALARM, 0 },
  { -3, 0, EV_YELLOW, 0 },
  { -1, 1, EV_OPEN, 0 },
};

/* A follow-up row as the health page leaves it; closed 0 = still open. */
typedef struct
{
  const char *day;
  int         session;
  gint64      staff_id;
  const char *reasons;
  const char *action;
  const char *note;
  gint64      opened;
  gint64      closed;
} DemoFollowUp;

static gboolean
write_follow_up (DemoHealth *h, const DemoFollowUp *f, GError **error)
{
  gint64 closed = f->closed;

  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO follow_up (day, session, staff_id, reasons, action, note, opened_at, updated_at,"
      " closed_at, closed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, f->day);
  sqlite3_bind_int (stmt, 2, f->session);
  sqlite3_bind_int64 (stmt, 3, f->staff_id);
  fy_bind_text (stmt, 4, f->reasons);
  fy_bind_text (stmt, 5, f->action);
  fy_demo_health_bind_typed (stmt, 6, f->note);
  sqlite3_bind_int64 (stmt, 7, f->opened);
  sqlite3_bind_int64 (stmt, 8, closed ? closed : f->opened + 600);
  if (closed)
    sqlite3_bind_int64 (stmt, 9, closed);
  fy_bind_text (stmt, 10, closed ? h->officer : "");
  return fy_demo_health_exec (h, stmt, error);
}

typedef struct
{
  const char *status;
  int         temp;          /* -1 = none */
  int         recheck;       /* -1 = none */
  const char *method;
  const char *symptoms;
  const char *code;
  gint64      entered_at;
} Entry;

static gboolean
write_reading (DemoHealth *h, const char *day, int session, gint64 staff_id, const Entry *e, GError **error)
{
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "INSERT INTO reading (day, session, staff_id, status, temp_tenths, method, symptoms, code_colour,"
      " fever_line, recheck_tenths, entered_at, entered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
      error);

  if (stmt == NULL)
    return FALSE;
  fy_bind_text (stmt, 1, day);
  sqlite3_bind_int (stmt, 2, session);
  sqlite3_bind_int64 (stmt, 3, staff_id);
  fy_bind_text (stmt, 4, e->status);
  if (e->temp >= 0)
    sqlite3_bind_int (stmt, 5, e->temp);
  fy_bind_text (stmt, 6, e->method);
  fy_bind_text (stmt, 7, e->symptoms);
  fy_bind_text (stmt, 8, e->code);
  sqlite3_bind_int (stmt, 9, FEVER_LINE);
  if (e->recheck >= 0)
    sqlite3_bind_int (stmt, 10, e->recheck);
  sqlite3_bind_int64 (stmt, 11, e->entered_at);
  fy_bind_text (stmt, 12, h->officer);
  return fy_demo_health_exec (h, stmt, error);
}

/* An abnormal reading and its follow-up; some keep the person home a while. */
static gboolean
write_event (DemoHealth *h, Event *ev, const char *day, Entry *e, GError **error)
{
  const char *reasons = "fever", *action = "observation_point", *note;
  gint64 closed = e->entered_at + 45 * 60;
  int days_off = 0;

  e->method = "forehead";
  switch (ev->kind)
    {
    case EV_FALSE_ALARM:
      e->temp = fy_demo_rand (h->demo, 373, 375);
      e->recheck = fy_demo_rand (h->demo, 364, 369);
      note = "临时观察点休息15分钟后腋温复测正常，返岗";
      break;
    case EV_CLINIC:
      e->temp = 382;
      e->recheck = 380;
      action = "fever_clinic";
      note = "专人陪同至发热门诊，核酸阴性，诊断为普通感冒，休息2天后返岗";
      closed = e->entered_at + 2 * 86400;
      days_off = 3;
      break;
    case EV_SYMPTOMS:
      e->temp = 367;
      e->symptoms = "cough,sore_throat";
      reasons = "symptoms";
      action = "home";
      note = "居家休息2天，抗原阴性，症状消失后返岗";
      closed = e->entered_at + 2 * 86400;
      days_off = 2;
      break;
    case EV_YELLOW:
      e->temp = 365;
      e->code = "yellow";
      reasons = "code";
      note = "健康码黄码（时空伴随），当日核酸阴性，转绿码后返岗";
      closed = e->entered_at + 6 * 3600;
      break;
    case EV_OPEN:
    default:
      e->temp = 378;
      e->recheck = 376;
      action = "home";
      note = "已安排居家观察，待核酸结果";
      closed = 0;
      days_off = 2;
      break;
    }
  if (!write_reading (h, day, ev->session, ev->staff_id, e, error)
      || !write_follow_up (h,
                           &(DemoFollowUp) { .day = day, .session = ev->session, .staff_id = ev->staff_id,
                                             .reasons = reasons, .action = action, .note = note,
                                             .opened = e->entered_at + 300, .closed = closed },
                           error))
    return FALSE;
  if (days_off > 0)
    {
      g_autofree char *back = fy_date_add_days (day, days_off);
      fy_demo_health_mark_absent (h, ev->staff_id, day, back);
    }
  return TRUE;
}

/* Ordinary readings of one session: the gate's forehead scanner, a team
 * sometimes marking the rest "normal", a few late or missing. */
static gboolean
write_session (DemoHealth *h, const char *day, int offset, int session, GArray *ids, GError **error)
{
  g_autoptr(GHashTable) fill_teams = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 late_team_at = 0;
  const char *late_team = NULL;
  Event *ev = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (h->events); k++)
    if (h->events[k].offset == offset && h->events[k].session == session)
      ev = &h->events[k];
  /* A team lead who typed a whole session in a day later (补录). */
  if ((offset == -20 && session == 1) || (offset == -13 && session == 0))
    {
      FyStaff *s = staff_by_id (h, g_array_index (ids, gint64, fy_demo_rand (h->demo, 0, (int) ids->len - 1)));
      late_team = s ? s->team : NULL;
      late_team_at = fy_health_session_end (day, session) + (gint64) fy_demo_rand (h->demo, 14, 30) * 3600;
    }

  /* The abnormal reading of the session: someone from about here on. */
  if (ev)
    {
      guint start = (guint) fy_demo_rand (h->demo, 0, (int) ids->len - 1);
      for (guint k = 0; k < ids->len && ev->staff_id == 0; k++)
        {
          gint64 id = g_array_index (ids, gint64, (start + k) % ids->len);
          FyStaff *s = staff_by_id (h, id);
          if (s && !s->high_contact && rank_and_file (s) && id != h->same_person && !g_hash_table_contains (h->used, &s->id)
              && !fy_demo_health_is_absent (h, id, day))
            {
              g_hash_table_add (h->used, &s->id);
              ev->staff_id = id;
            }
        }
    }
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      FyStaff *s = staff_by_id (h, id);
      int from = session ? AFTERNOON_FROM : MORNING_FROM, to = session ? AFTERNOON_TO : MORNING_TO;
      Entry e = { "measured", -1, -1, "forehead", "", session ? "" : "green", 0 };
      int r = fy_demo_rand (h->demo, 0, 999);

      if (s == NULL || fy_demo_health_is_absent (h, id, day))
        continue;
      e.entered_at = fy_demo_health_instant (day, fy_demo_rand (h->demo, from, to));
      if (ev && ev->staff_id == id)
        {
          if (e.entered_at <= h->now && !write_event (h, ev, day, &e, error))
            return FALSE;
          continue;
        }
      /* A few gaps; more of them this morning (the missing list). */
      if (r < (offset == 0 ? 40 : 4))
        continue;
      if (id == h->same_person && offset >= -8)
        e.temp = 365;
      else if (g_hash_table_contains (fill_teams, s->team) || (r >= 4 && r < 30))
        {
          e.status = "normal_unmeasured";
          e.method = "";
          e.code = "";
          e.entered_at = fy_demo_health_instant (day, session ? 16 * 60 + 50 : 10 * 60 + 50);
        }
      else
        e.temp = r < 45 ? fy_demo_rand (h->demo, 358, 359)
                        : 360 + (fy_demo_rand (h->demo, 0, 9) + fy_demo_rand (h->demo, 0, 9) + 1) / 2;
      /* Now and then a team lead marks the rest of the team normal. */
      if (r >= 995 && *s->team)
        g_hash_table_add (fill_teams, s->team);
      if (late_team && g_str_equal (s->team, late_team))
        e.entered_at = late_team_at + fy_demo_rand (h->demo, 0, 1800);
      else if (offset == -4 && session == 1 && i == ids->len / 2)
        e.entered_at = fy_health_session_end (day, session) + 15 * 3600;
      /* Nothing from the future. */
      if (e.entered_at > h->now)
        continue;
      if (!write_reading (h, day, session, id, &e, error))
        return FALSE;
    }
  return TRUE;
}

/* Who may get a reading (and is tested in a round) on `day`: the health
 * rules' own SQL. */
GArray *
fy_demo_health_eligible_on (DemoHealth *h, const char *day, gboolean high_contact_only, GError **error)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = fy_store_prepare_cached (h->store,
      "SELECT s.id FROM staff s WHERE " FY_SQL_ELIGIBLE_ON_DAY " AND (?5 = 0 OR s.high_contact) ORDER BY s.id",
      error);
  int rc;

  if (stmt == NULL)
    return g_array_unref (ids), NULL;
  fy_bind_text (stmt, 1, day);
  fy_bind_text (stmt, 2, h->today);
  fy_bind_text (stmt, 3, "");
  fy_bind_text (stmt, 4, "");
  sqlite3_bind_int (stmt, 5, high_contact_only);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fy_store_fail (h->store, rc, error);
      return g_array_unref (ids), NULL;
    }
  return ids;
}

static gboolean
write_readings (DemoHealth *h, GError **error)
{
  FyStaff *guard = fy_demo_health_pick (h, "后勤保障部", 1);

  h->same_person = guard ? guard->id : 0;
  for (int offset = 1 - DAYS; offset <= 0; offset++)
    {
      g_autofree char *day = fy_demo_health_day (h, offset);
      g_autoptr(GArray) ids = fy_demo_health_eligible_on (h, day, FALSE, error);

      if (ids == NULL)
        return FALSE;
      for (int session = 0; session < 2; session++)
        if (!write_session (h, day, offset, session, ids, error))
          return FALSE;
    }
  return TRUE;
}

/* ---- the step ----------------------------------------------------------- */

/* "Now" for the demo: half past ten on its today (the morning's work
 * done: temperatures in, the high-contact round sampled, results pending),
 * or the real time when that is later the same day. */
static gint64
demo_now (const char *today)
{
  gint64 now = fy_clock_real_now ();
  gint64 morning = fy_local_day_start (today) + 10 * 3600 + 30 * 60;
  g_autofree char *real_today = fy_local_day_of (now);

  return g_strcmp0 (today, real_today) == 0 && now > morning ? now : morning;
}

gboolean
fy_demo_populate_health (FyDemo *demo, FyStore *store, GError **error)
{
  g_autofree char *actor = fy_store_has_operator (store) ? g_strdup (fy_store_get_actor (store)) : NULL;
  DemoHealth h = { 0 };
  gboolean ok;

  g_return_val_if_fail (fy_store_in_transaction (store), FALSE);

  h.demo = demo;
  h.store = store;
  h.today = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&demo->today),
                             g_date_get_month (&demo->today), g_date_get_day (&demo->today));
  h.now = demo_now (h.today);
  h.officer = fy_store_get_setting (store, "officer");
  if (h.officer == NULL)
    h.officer = g_strdup ("");
  h.used = g_hash_table_new (g_int64_hash, g_int64_equal);
  h.absent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) absence_free);
  memcpy (h.events, event_plan, sizeof h.events);

  /* Quarantines and tests are recorded by the officer. */
  fy_store_set_actor (store, h.officer);
  ok = write_vaccinations (&h, error)
       && write_trips_and_quarantines (&h, error)
       && fy_demo_health_write_absences (&h, error)
       && write_readings (&h, error)
       && fy_demo_health_write_tests (&h, error);
  fy_store_set_actor (store, actor);

  g_hash_table_unref (h.used);
  g_hash_table_unref (h.absent);
  g_free (h.officer);
  g_free (h.today);
  return ok;
}
