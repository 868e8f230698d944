/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate.c — the gate's codes and labels, its records (visit, person,
 * event), the store-free validation of a declaration or a registration, the
 * rules kept in the settings and the pure rules of the gate check: the
 * proposal (fy_gate_evaluate), a late truck declaration, dwell time and an
 * event's missing approval. The SQL is in fy-gate-store.c. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-clock.h"
#include "fy-error.h"
#include "fy-gate-private.h"
#include "fy-validate.h"

const FyCodeLabel fy_gate_kind_labels[FY_GATE_N_KINDS + 1] = {
  { "visitor", N_("Visitor") },
  { "truck", N_("Truck") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_gate_status_labels[FY_GATE_N_STATUSES + 1] = {
  { "expected", N_("Expected") },
  { "inside", NC_("gate status", "Inside") },
  { "left", NC_("gate status", "Left") },
  { "refused", N_("Refused") },
  { "cancelled", NC_("gate status", "Cancelled") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_gate_reason_labels[FY_GATE_N_REASONS + 1] = {
  { "fever", N_("Temperature at or above the fever line") },
  { "code", N_("Health code not green or not shown") },
  { "no_test", N_("No nucleic acid test") },
  { "test_old", N_("Test too old") },
  { "test_positive", N_("Test positive or pending") },
  { "travel", N_("Medium or high risk area in the last 7 days") },
  { "undeclared_person", N_("Someone not on the declaration") },
  { "plate", N_("Plate differs from the declaration") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_gate_vehicle_labels[FY_GATE_N_VEHICLES + 1] = {
  { "box", N_("Box truck") },
  { "light_box", N_("Light box truck") },
  { "stake", N_("Stake truck") },
  { "refrigerated", N_("Refrigerated truck") },
  { "semi_trailer", N_("Semi-trailer tractor") },
  { "tanker", N_("Tanker") },
  { "flatbed", N_("Flatbed truck") },
  { "dump", N_("Dump truck") },
  { "other", N_("Other vehicle") },
  FY_CODE_LABEL_END
};

const char *
fy_gate_vehicle_label (const char *code)
{
  const FyCodeLabel *entry = code && *code ? fy_code_label_find (fy_gate_vehicle_labels, code) : NULL;

  return entry ? fy_code_label_text (entry) : "";
}

const FyCodeLabel fy_gate_flag_labels[FY_GATE_N_FLAGS + 1] = {
  { "undeclared", N_("Not declared") },
  { "late", N_("Late declaration") },
  { "overridden", N_("Decision against the rules") },
  { "overstay", N_("Overstayed") },
  FY_CODE_LABEL_END
};

static char *
bits_text (const FyCodeLabel *table, guint n, guint bits)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    if (bits & (1u << i))
      {
        if (text->len > 0)
          /* Translators: between the reasons (or flags) of a gate check. */
          g_string_append (text, C_("gate reasons", "; "));
        g_string_append (text, fy_code_label_text (&table[i]));
      }
  return g_string_free (text, FALSE);
}

char *
fy_gate_reasons_text (guint reasons)
{
  return bits_text (fy_gate_reason_labels, FY_GATE_N_REASONS, reasons);
}

char *
fy_gate_flags_text (guint flags)
{
  return bits_text (fy_gate_flag_labels, FY_GATE_N_FLAGS, flags);
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* ---- Rules in the settings --------------------------------------------------- */

typedef struct
{
  const char *key;
  gsize       offset;
  int         fallback, min, max;
} RuleKey;

static const RuleKey rule_keys[] = {
  { "gate.test_max_hours", G_STRUCT_OFFSET (FyGateRules, test_max_hours), 48, 12, 168 },
  { "gate.notice_hours", G_STRUCT_OFFSET (FyGateRules, notice_hours), 24, 0, 168 },
  { "gate.truck_dwell_min", G_STRUCT_OFFSET (FyGateRules, truck_dwell_min), 60, 10, 1440 },
  { "gate.visitor_dwell_min", G_STRUCT_OFFSET (FyGateRules, visitor_dwell_min), 480, 10, 1440 },
};

#define RULE_FIELD(rules, k) G_STRUCT_MEMBER (int, rules, (k)->offset)

void
fy_gate_rules_load (FyStore *store, FyGateRules *rules)
{
  int fever = fy_store_get_setting_int (store, "fever_line");

  rules->fever_line = fever >= 370 && fever <= 385 ? fever : 373;
  for (guint i = 0; i < G_N_ELEMENTS (rule_keys); i++)
    {
      const RuleKey *k = &rule_keys[i];
      g_autofree char *value = fy_store_get_setting (store, k->key);
      int n = value && value[0] ? (int) g_ascii_strtoll (value, NULL, 10) : k->fallback;

      RULE_FIELD (rules, k) = n >= k->min && n <= k->max ? n : k->fallback;
    }
}

gboolean
fy_gate_rules_save (FyStore *store, const FyGateRules *rules, GError **error)
{
  if (rules->test_max_hours < 12 || rules->test_max_hours > 168)
    return invalid (error, _("A test may be at most 12 to 168 hours old."));
  if (rules->notice_hours < 0 || rules->notice_hours > 168)
    return invalid (error, _("Trucks are declared 0 to 168 hours ahead."));
  if (rules->truck_dwell_min < 10 || rules->truck_dwell_min > 1440
      || rules->visitor_dwell_min < 10 || rules->visitor_dwell_min > 1440)
    return invalid (error, _("A stay limit must be between 10 and 1440 minutes."));
  if (!fy_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (rule_keys); i++)
    {
      char value[16];

      g_snprintf (value, sizeof value, "%d", RULE_FIELD (rules, &rule_keys[i]));
      if (!fy_store_set_setting (store, rule_keys[i].key, value, error))
        {
          fy_store_rollback (store);
          return FALSE;
        }
    }
  if (!fy_store_commit (store, error))
    {
      fy_store_rollback (store);
      return FALSE;
    }
  fy_store_emit_changed (store, FY_STORE_CHANGE_GATE | FY_STORE_CHANGE_SETTINGS);
  return TRUE;
}

void
fy_gate_set_text (char **field, const char *value)
{
  g_free (*field);
  *field = g_strdup (value ? value : "");
}

/* ---- Records ------------------------------------------------------------------- */

FyGatePerson *
fy_gate_person_new (FyGateRole role)
{
  FyGatePerson *p = g_new0 (FyGatePerson, 1);

  p->role = role;
  p->name = g_strdup ("");
  p->id_number = g_strdup ("");
  p->phone = g_strdup ("");
  p->company = g_strdup ("");
  p->vaccine_doses = -1;
  p->travel_risk = FY_RISK_LOW;
  p->travel_note = g_strdup ("");
  p->code = FY_CODE_UNKNOWN;
  p->test_result = FY_RESULT_PENDING;
  p->declared = TRUE;
  return p;
}

FyGatePerson *
fy_gate_person_copy (const FyGatePerson *person)
{
  FyGatePerson *p = g_memdup2 (person, sizeof *person);

  p->name = g_strdup (person->name);
  p->id_number = g_strdup (person->id_number);
  p->phone = g_strdup (person->phone);
  p->company = g_strdup (person->company);
  p->travel_note = g_strdup (person->travel_note);
  return p;
}

void
fy_gate_person_free (FyGatePerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->id_number);
  g_free (person->phone);
  g_free (person->company);
  g_free (person->travel_note);
  g_free (person);
}

/* The text fields of a visit, for new / copy / free alike. */
#define VISIT_TEXT_FIELDS(X) \
  X (declared_by) X (purpose) X (host_name) X (host_department) X (plate) X (vehicle_type) \
  X (origin) X (route) X (cargo) X (unload_name) X (override_reason) X (checked_by) \
  X (handover_ours) X (handover_theirs) X (left_by) X (note) X (cancelled_reason)

FyGateVisit *
fy_gate_visit_new (FyGateKind kind)
{
  FyGateVisit *v = g_new0 (FyGateVisit, 1);

#define NEW_TEXT(f) v->f = g_strdup ("");
  VISIT_TEXT_FIELDS (NEW_TEXT)
#undef NEW_TEXT
  v->kind = kind;
  v->status = FY_GATE_EXPECTED;
  v->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  v->area_names = g_ptr_array_new_with_free_func (g_free);
  v->people = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_gate_person_free);
  v->stayed_in_cab = -1;
  return v;
}

FyGateVisit *
fy_gate_visit_copy (const FyGateVisit *visit)
{
  FyGateVisit *v = g_memdup2 (visit, sizeof *visit);

#define COPY_TEXT(f) v->f = g_strdup (visit->f);
  VISIT_TEXT_FIELDS (COPY_TEXT)
#undef COPY_TEXT
  v->area_ids = g_array_copy (visit->area_ids);
  v->area_names = g_ptr_array_new_full (visit->area_names->len, g_free);
  for (guint i = 0; i < visit->area_names->len; i++)
    g_ptr_array_add (v->area_names, g_strdup (g_ptr_array_index (visit->area_names, i)));
  v->people = g_ptr_array_new_full (visit->people->len, (GDestroyNotify) fy_gate_person_free);
  for (guint i = 0; i < visit->people->len; i++)
    g_ptr_array_add (v->people, fy_gate_person_copy (g_ptr_array_index (visit->people, i)));
  return v;
}

void
fy_gate_visit_free (FyGateVisit *visit)
{
  if (visit == NULL)
    return;
#define FREE_TEXT(f) g_free (visit->f);
  VISIT_TEXT_FIELDS (FREE_TEXT)
#undef FREE_TEXT
  g_array_unref (visit->area_ids);
  g_ptr_array_unref (visit->area_names);
  g_ptr_array_unref (visit->people);
  g_free (visit);
}

FyGateEvent *
fy_gate_event_new (void)
{
  FyGateEvent *e = g_new0 (FyGateEvent, 1);

  e->name = g_strdup ("");
  e->held_on = g_strdup ("");
  e->authority = g_strdup ("");
  e->note = g_strdup ("");
  return e;
}

void
fy_gate_event_free (FyGateEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->name);
  g_free (event->held_on);
  g_free (event->approved_on);
  g_free (event->authority);
  g_free (event->note);
  g_free (event);
}

/* ---- Validation ------------------------------------------------------------------ */

/* Normalises a free-text field in place and checks its length. */
static gboolean
check_text (char **field, int max, const char *message, GError **error)
{
  char *text = fy_normalize_text (*field ? *field : "");

  g_free (*field);
  *field = text;
  if (g_utf8_strlen (text, -1) > max)
    return invalid (error, message);
  return TRUE;
}

static gboolean
check_temperature (int tenths)
{
  return tenths == 0 || (tenths >= 340 && tenths <= 425);
}

static gboolean
validate_person (FyGatePerson *p, gint64 now, GError **error)
{
  g_autofree char *name = fy_validate_name (p->name ? p->name : "", error);
  g_autofree char *id_input = fy_normalize_identifier (p->id_number ? p->id_number : "");
  g_autofree char *phone_input = fy_normalize_identifier (p->phone ? p->phone : "");
  char *id_number = NULL;
  char *phone = NULL;

  if (name == NULL)
    return FALSE;
  g_free (p->name);
  p->name = g_steal_pointer (&name);
  if (id_input[0] == '\0' && phone_input[0] == '\0')
    return invalid (error, _("Enter an ID number or a phone number for everyone."));
  if (id_input[0] != '\0')
    {
      id_number = fy_validate_id_number (id_input, FALSE, NULL, NULL, NULL, error);
      if (id_number == NULL)
        return FALSE;
    }
  g_free (p->id_number);
  p->id_number = id_number ? id_number : g_strdup ("");
  if (phone_input[0] != '\0')
    {
      phone = fy_validate_phone (phone_input, NULL, error);
      if (phone == NULL)
        return FALSE;
    }
  g_free (p->phone);
  p->phone = phone ? phone : g_strdup ("");
  if (!check_text (&p->company, 100, _("The company can have at most 100 characters."), error)
      || !check_text (&p->travel_note, 200, _("The travel note can have at most 200 characters."), error))
    return FALSE;
  if (p->vaccine_doses < -1 || p->vaccine_doses > 9)
    return invalid (error, _("Enter between 0 and 9 vaccine doses."));
  if ((int) p->travel_risk < 0 || p->travel_risk >= FY_N_RISKS
      || (int) p->code < 0 || p->code >= FY_N_CODES
      || (int) p->test_result < 0 || p->test_result >= FY_N_RESULTS)
    return invalid (error, _("Choose a value from the list."));
  if (p->test_at < 0)
    return invalid (error, _("Enter when the test was sampled."));
  if (p->test_at > now)
    return invalid (error, _("A test cannot be sampled in the future: check the date and time."));
  if (!check_temperature (p->temp1) || !check_temperature (p->temp2))
    return invalid (error, _("Enter a temperature between 34.0 and 42.5 °C."));
  if (p->temp2 != 0 && p->temp1 == 0)
    return invalid (error, _("Enter the first temperature before the re-take."));
  return TRUE;
}

/* Military, armed-police, embassy and consulate plates do not follow GA 36
 * for civil vehicles; they are recognised by their marks (使 first, 领 last,
 * WJ, or a military unit letter then a letter and 5 digits) and kept as
 * typed. Anything else must be a valid civil plate, so a typo in a civil
 * plate is still refused. */
static gboolean
is_other_plate (const char *plate)
{
  static const char military[] = "VKHBSLJNGCQ";
  gsize len = strlen (plate);

  if (g_str_has_prefix (plate, "使") || g_str_has_suffix (plate, "领") || g_str_has_prefix (plate, "WJ"))
    return TRUE;
  if (len != 7 || strchr (military, plate[0]) == NULL || !g_ascii_isupper (plate[1]))
    return FALSE;
  for (gsize i = 2; i < len; i++)
    if (!g_ascii_isdigit (plate[i]))
      return FALSE;
  return TRUE;
}

static char *
validate_plate (const char *input, GError **error)
{
  g_autoptr(GError) strict = NULL;
  char *plate = fy_validate_plate (input, FALSE, NULL, &strict);
  gboolean other = FALSE;

  if (plate != NULL)
    return plate;
  if (is_other_plate (input))
    return fy_validate_plate (input, TRUE, &other, error);
  g_propagate_error (error, g_steal_pointer (&strict));
  return NULL;
}

gboolean
fy_gate_same_person (const FyGatePerson *a, const FyGatePerson *b)
{
  if (a->id_number[0] != '\0' && b->id_number[0] != '\0')
    return g_str_equal (a->id_number, b->id_number);
  return a->phone[0] != '\0' && g_strcmp0 (a->phone, b->phone) == 0;
}

gboolean
fy_gate_visit_validate (FyGateVisit *v, gint64 now, GError **error)
{
  g_autofree char *plate_input = fy_normalize_identifier (v->plate ? v->plate : "");
  gboolean truck = v->kind == FY_GATE_TRUCK;

  if ((int) v->kind < 0 || v->kind >= FY_GATE_N_KINDS)
    return invalid (error, _("Choose a visitor or a truck."));
  if (v->planned_at <= 0)
    return invalid (error, _("Enter the planned arrival."));
  if (plate_input[0] != '\0' || truck)
    {
      char *plate = validate_plate (plate_input, error);

      if (plate == NULL)
        return FALSE;
      g_free (v->plate);
      v->plate = plate;
    }
  else
    {
      g_free (v->plate);
      v->plate = g_strdup ("");
    }
  if (!check_text (&v->purpose, 200, _("The purpose can have at most 200 characters."), error)
      || !check_text (&v->origin, 100, _("The origin can have at most 100 characters."), error)
      || !check_text (&v->route, 200, _("The route can have at most 200 characters."), error)
      || !check_text (&v->cargo, 100, _("The cargo can have at most 100 characters."), error)
      || !check_text (&v->note, 500, _("The note can have at most 500 characters."), error)
      || !check_text (&v->host_name, 64, _("A name can have at most 64 characters."), error)
      || !check_text (&v->override_reason, 200, _("The reason can have at most 200 characters."), error))
    return FALSE;
  if (v->vehicle_type == NULL)
    v->vehicle_type = g_strdup ("");
  if (truck && v->vehicle_type[0] != '\0' && fy_code_label_find (fy_gate_vehicle_labels, v->vehicle_type) == NULL)
    return invalid (error, _("Choose the vehicle type from the list."));
  if (!truck)
    {
      if (v->purpose[0] == '\0')
        return invalid (error, _("Enter the purpose of the visit."));
      if (v->host_staff_id <= 0 && v->host_name[0] == '\0')
        return invalid (error, _("Choose the host of the visit."));
      v->vehicle_type[0] = v->cargo[0] = '\0';
      v->unload_area_id = v->unload_point_id = 0;
    }
  if (v->people->len == 0)
    return invalid (error, truck ? _("Enter the driver.") : _("Enter the visitor."));
  for (guint i = 0; i < v->people->len; i++)
    {
      FyGatePerson *p = g_ptr_array_index (v->people, i);

      /* The role follows the position: [0] the visitor or the driver. */
      if (i == 0)
        p->role = truck ? FY_GATE_ROLE_DRIVER : FY_GATE_ROLE_VISITOR;
      else
        p->role = truck ? FY_GATE_ROLE_RIDER : FY_GATE_ROLE_COMPANION;
      if (!validate_person (p, now, error))
        {
          if (error != NULL && *error != NULL && p->name && p->name[0])
            g_prefix_error (error, _("%s: "), p->name);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (fy_gate_same_person (g_ptr_array_index (v->people, j), p))
          return invalid (error, _("The same person is entered twice."));
    }
  return TRUE;
}

/* ---- The rules ------------------------------------------------------------------------ */

gboolean
fy_gate_on_declaration (const FyGateVisit *declared, const FyGatePerson *p)
{
  for (guint i = 0; i < declared->people->len; i++)
    {
      const FyGatePerson *d = g_ptr_array_index (declared->people, i);

      if (p->id_number && p->id_number[0] && d->id_number && d->id_number[0])
        {
          if (g_str_equal (p->id_number, d->id_number))
            return TRUE;
          continue;
        }
      if (p->phone && p->phone[0] && g_strcmp0 (p->phone, d->phone) == 0)
        return TRUE;
    }
  return FALSE;
}

guint
fy_gate_evaluate (const FyGateRules *rules, const FyGateVisit *declared, const FyGateVisit *at_gate,
                  gint64 now)
{
  guint reasons = 0;

  for (guint i = 0; i < at_gate->people->len; i++)
    {
      const FyGatePerson *p = g_ptr_array_index (at_gate->people, i);
      int reading = p->temp2 != 0 ? p->temp2 : p->temp1;

      if (reading != 0 && reading >= rules->fever_line)
        reasons |= FY_GATE_REASON_FEVER;
      if (p->code != FY_CODE_GREEN)
        reasons |= FY_GATE_REASON_CODE;
      if (p->test_at <= 0)
        reasons |= FY_GATE_REASON_NO_TEST;
      else
        {
          /* A sample after `now` is a validation error, not a reason. */
          if (p->test_at <= now && now - p->test_at > (gint64) rules->test_max_hours * 3600)
            reasons |= FY_GATE_REASON_TEST_OLD;
          if (p->test_result != FY_RESULT_NEGATIVE)
            reasons |= FY_GATE_REASON_TEST_POSITIVE;
        }
      if (p->travel_risk == FY_RISK_MEDIUM || p->travel_risk == FY_RISK_HIGH)
        reasons |= FY_GATE_REASON_TRAVEL;
      if (declared != NULL && !fy_gate_on_declaration (declared, p))
        reasons |= FY_GATE_REASON_UNDECLARED_PERSON;
    }
  if (declared != NULL && g_strcmp0 (declared->plate ? declared->plate : "",
                                     at_gate->plate ? at_gate->plate : "") != 0)
    reasons |= FY_GATE_REASON_PLATE;
  return reasons;
}

gboolean
fy_gate_is_late_declaration (const FyGateRules *rules, gint64 declared_at, gint64 planned_at)
{
  return planned_at - declared_at < (gint64) rules->notice_hours * 3600;
}

int
fy_gate_dwell_minutes (const FyGateVisit *visit, gint64 now)
{
  gint64 end;

  if (visit->arrived_at <= 0)
    return -1;
  end = visit->left_at > 0 ? visit->left_at : now;
  return end > visit->arrived_at ? (int) ((end - visit->arrived_at) / 60) : 0;
}

gboolean
fy_gate_event_needs_approval (const FyGateEvent *event, const char *today)
{
  int days;

  if (event->approved_on != NULL && event->approved_on[0] != '\0')
    return FALSE;
  /* Every event of the register needs it, whatever the headcount typed. */
  if (!fy_date_is_canonical (event->held_on) || !fy_date_is_canonical (today))
    return FALSE;
  days = fy_date_diff_days (today, event->held_on);
  return days >= 0 && days <= FY_GATE_EVENT_APPROVAL_DAYS;
}
