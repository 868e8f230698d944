/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-today-page.c — the Today page: the day's numbers from the daily report
 * core as cards that lead to where to act, the gate's arrivals and the
 * disinfection rounds due (sections of their own), the open follow-ups,
 * people in quarantine with today's planned tests, and the daily / zero
 * report.
 *
 * Everything is recomputed from the store (a few aggregate queries) on any
 * change, coalesced into one idle, and at midnight, when the quarantine
 * statuses are moved to the new day's phase first. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-daily-report-dialog.h"
#include "fy-disinfection-due.h"
#include "fy-gate-today.h"
#include "fy-gui-util.h"
#include "fy-health.h"
#include "fy-lazy-reload.h"
#include "fy-supplies-stock.h"
#include "fy-quarantine.h"
#include "fy-staff.h"
#include "fy-today-page.h"
#include "fy-today-page-private.h"
#include "fy-zone-summary.h"
#include "fy-validate.h"
#include "fy-window.h"

#include "fy-followup-dialog.h"
#include "fy-health-page.h"
#include "fy-plans-today.h"

/* Rows listed at most; the rest is summarised (the lists are on the Health page). */
#define LIST_MAX 30

typedef enum
{
  CARD_ON_SITE,
  CARD_MISSING_MORNING,
  CARD_MISSING_AFTERNOON,
  CARD_ABNORMAL,
  CARD_TESTS,
  CARD_QUARANTINE,
  CARD_ZONES,
  CARD_SUPPLIES,
  N_CARDS
} Card;

/* Widget names (for tests and for the accessibility tree). */
static const char *const card_names[N_CARDS] = {
  "card-on-site", "card-missing-morning", "card-missing-afternoon",
  "card-abnormal", "card-tests", "card-quarantine", "card-zones", "card-supplies",
};

struct _FyTodayPage
{
  GtkWidget        parent_instance;

  /* template children */
  GtkImage        *state_icon;
  GtkLabel        *date_label;
  GtkLabel        *state_label;
  GtkLabel        *as_of_label;
  GtkButton       *report_button;
  GtkFlowBox      *cards;
  GtkListBox      *follow_up_list;
  GtkListBox      *plans_list;
  GtkListBox      *quarantine_list;

  /* borrowed: children of the cards */
  GtkButton       *card_buttons[N_CARDS];
  GtkLabel        *card_values[N_CARDS];
  GtkLabel        *card_details[N_CARDS];

  /* owned */
  FyStore         *store;
  FyDailyReport   *report;
  char            *day;
  FyLazyReload    *lazy;         /* changed while hidden: reload when shown */
  guint            midnight_id;
};

G_DEFINE_FINAL_TYPE (FyTodayPage, fy_today_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void schedule_midnight (FyTodayPage *self);

/* ------------------------------------------------------------------ */
/* Going where to act                                                  */

/* Switches the window to `page` and returns that page's widget (NULL when
 * the window has no such page). */
static GtkWidget *
show_page (FyTodayPage *self, const char *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);

  if (FY_IS_WINDOW (root))
    fy_window_show_page (FY_WINDOW (root), page);
  else if (stack)
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), page);
  return stack ? adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), page) : NULL;
}

/* The Health page, on one of its views ("entry", "tests", "travel"); for
 * the entry view and a session (else -1), today's entries of that session
 * with the focus on the first person missing. */
static void
show_health (FyTodayPage *self, const char *view, int session)
{
  GtkWidget *page = show_page (self, "health");

  if (FY_IS_HEALTH_PAGE (page))
    {
      fy_health_page_show (FY_HEALTH_PAGE (page), view);
      if (session >= 0 && g_str_equal (view, "entry"))
        fy_daily_entry_show (fy_health_page_get_entry (FY_HEALTH_PAGE (page)), self->day, session, 0);
    }
}

static void
open_follow_up (FyTodayPage *self, gint64 follow_up_id)
{
  fy_followup_dialog_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, follow_up_id);
}

/* ------------------------------------------------------------------ */
/* Cards                                                               */

static void
on_card_clicked_cb (GtkButton *button, FyTodayPage *self)
{
  Card card = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "fy-card"));

  switch (card)
    {
    case CARD_ON_SITE:
      show_page (self, "staff");
      break;
    case CARD_MISSING_MORNING:
      show_health (self, "entry", FY_SESSION_MORNING);
      break;
    case CARD_MISSING_AFTERNOON:
      show_health (self, "entry", FY_SESSION_AFTERNOON);
      break;
    case CARD_ABNORMAL:
      {
        /* The follow-ups are right here: bring the first into view. */
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->follow_up_list, 0);
        if (row && gtk_list_box_row_get_activatable (row))
          gtk_widget_grab_focus (GTK_WIDGET (row));
        else
          show_health (self, "entry", -1);
      }
      break;
    case CARD_TESTS:
      show_health (self, "tests", -1);
      break;
    case CARD_QUARANTINE:
      show_health (self, "travel", -1);
      break;
    case CARD_ZONES:
      show_page (self, "zones");
      break;
    case CARD_SUPPLIES:
      show_page (self, "supplies");
      break;
    case N_CARDS:
    default:
      break;
    }
}

static void
add_card (FyTodayPage *self, Card card, const char *caption, const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *value = gtk_label_new ("0");
  GtkWidget *title = gtk_label_new (caption);
  GtkWidget *detail = gtk_label_new (NULL);
  g_autofree char *value_name = g_strconcat (card_names[card], "-value", NULL);

  gtk_widget_set_name (button, card_names[card]);
  gtk_widget_set_name (value, value_name);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "fy-card", GINT_TO_POINTER (card));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_add_css_class (value, "title-1");
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  /* Narrow natural widths let three cards share a line. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 24);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
  g_object_set_data_full (G_OBJECT (button), "fy-caption", g_strdup (caption), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_card_clicked_cb), self);
  gtk_flow_box_append (self->cards, button);
  /* The card is the tab stop, not the flow box's wrapper around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);

  self->card_buttons[card] = GTK_BUTTON (button);
  self->card_values[card] = GTK_LABEL (value);
  self->card_details[card] = GTK_LABEL (detail);
}

/* Sets a card's number, detail line and the colour of the number. */
static void
set_card (FyTodayPage *self, Card card, guint value, const char *detail, const char *style)
{
  static const char *const styles[] = { "success", "warning", "error" };
  char text[16];

  const char *caption = g_object_get_data (G_OBJECT (self->card_buttons[card]), "fy-caption");
  g_autofree char *name = NULL;

  g_snprintf (text, sizeof text, "%u", value);
  gtk_label_set_text (self->card_values[card], text);
  gtk_label_set_text (self->card_details[card], detail);
  /* Announced with its figure: "On site today: 319", the detail after it. */
  /* TRANSLATORS: a Today card for a screen reader: its caption and its number. */
  name = g_strdup_printf (_("%s: %u"), caption, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->card_buttons[card]), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail ? detail : "", -1);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    fy_widget_set_css_class (GTK_WIDGET (self->card_values[card]), styles[i],
                             style && g_str_equal (style, styles[i]));
}

static void
fill_cards (FyTodayPage *self, const FyDailyReport *r)
{
  g_autofree char *d = NULL;

  if (r->not_on_site > 0)
    /* Translators: Today page, under the number of people on site. */
    d = g_strdup_printf (_("of %u on the roster; %u not on site"), r->headcount, r->not_on_site);
  else
    /* Translators: Today page, under the number of people on site. */
    d = g_strdup_printf (_("of %u on the roster"), r->headcount);
  set_card (self, CARD_ON_SITE, r->on_site, d, NULL);

  for (guint s = 0; s < 2; s++)
    {
      g_clear_pointer (&d, g_free);
      if (r->entered_unmeasured[s] > 0)
        /* Translators: Today page, under the number of people with no entry for a session. */
        d = g_strdup_printf (_("%u entered (%u as “normal, no symptoms”)"), r->entered[s], r->entered_unmeasured[s]);
      else
        /* Translators: Today page, under the number of people with no entry for a session. */
        d = g_strdup_printf (_("%u entered"), r->entered[s]);
      set_card (self, s == FY_SESSION_MORNING ? CARD_MISSING_MORNING : CARD_MISSING_AFTERNOON, r->missing[s], d,
                r->missing[s] == 0 && r->entered[s] > 0 ? "success" : NULL);
    }

  g_clear_pointer (&d, g_free);
  /* Translators: Today page, under the number of people with an abnormal reading today. */
  d = g_strdup_printf (_("Fever %u · symptoms %u · red or yellow code %u"), r->fever, r->symptoms,
                       r->red_code + r->yellow_code);
  set_card (self, CARD_ABNORMAL, r->abnormal_people, d, r->abnormal_people > 0 ? "error" : "success");

  g_clear_pointer (&d, g_free);
  /* Translators: Today page, under the number of people still to be tested today. */
  d = g_strdup_printf (_("Overdue %u · sampled today %u · positive %u"), r->tests_overdue, r->tests_done,
                       r->tests_positive);
  set_card (self, CARD_TESTS, r->tests_not_done, d,
            r->tests_positive > 0 || r->tests_overdue > 0 ? "error" : r->tests_not_done > 0 ? "warning" : "success");

  g_clear_pointer (&d, g_free);
  /* Translators: Today page, under the number of people in quarantine. */
  d = g_strdup_printf (_("Central %u · home %u · in-factory %u; tests planned today %u, done %u"),
                       r->quarantine[FY_QUARANTINE_CENTRAL], r->quarantine[FY_QUARANTINE_HOME],
                       r->quarantine[FY_QUARANTINE_OBSERVATION], r->quarantine_tests, r->quarantine_tests_done);
  set_card (self, CARD_QUARANTINE, r->quarantine_total, d,
            r->quarantine_tests > r->quarantine_tests_done ? "warning" : NULL);
}

/* Areas per risk level now and today's level changes; hidden until a map
 * has areas. */
static void
fill_zones_card (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyZoneSummary) zones = fy_zone_summary_new (self->store, self->day, &error);
  g_autoptr(GString) detail = g_string_new (NULL);
  GtkWidget *card = GTK_WIDGET (self->card_buttons[CARD_ZONES]);

  gtk_widget_set_visible (gtk_widget_get_parent (card), zones != NULL && !fy_zone_summary_is_empty (zones));
  if (zones == NULL || fy_zone_summary_is_empty (zones))
    return;
  /* Red first: it is what an inspector asks about. */
  for (int level = FY_ZONE_N_LEVELS - 1; level >= 0; level--)
    if (zones->levels[level].n_areas > 0)
      {
        if (detail->len)
          g_string_append (detail, _(" · "));
        /* Translators: Today page, zones card: a level, its number of areas and of people, "红区 — 区域：1，人员：0". */
        g_string_append_printf (detail, _("%s — areas: %d, people: %d"), fy_zone_level_label (level),
                                zones->levels[level].n_areas, zones->levels[level].n_people);
      }
  set_card (self, CARD_ZONES, (guint) zones->n_level_changes, detail->str,
            zones->levels[FY_ZONE_LEVEL_RED].n_areas > 0 ? "error"
            : zones->n_level_changes > 0 ? "warning" : NULL);
}

/* Items to buy (below minimum or reserve target), expiring and expired
 * stock; hidden while there are no items. */
static void
fill_supplies_card (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stock = fy_supplies_stock (self->store, self->day, 0, &error);
  g_autofree char *detail = NULL;
  GtkWidget *card = GTK_WIDGET (self->card_buttons[CARD_SUPPLIES]);
  FySupplyWarnings w;

  gtk_widget_set_visible (gtk_widget_get_parent (card), stock != NULL && stock->len > 0);
  if (stock == NULL || stock->len == 0)
    return;
  fy_supplies_count_warnings (stock, &w);
  /* Translators: Today page, supplies card, under the number of items below target. */
  detail = g_strdup_printf (_("below minimum %u · expiring within 30 days %u · expired in store %u"),
                            w.below_minimum, w.expiring, w.expired);
  set_card (self, CARD_SUPPLIES, w.below_minimum + w.below_target, detail,
            w.below_minimum + w.expired > 0 ? "error"
            : w.below_target + w.expiring > 0 ? "warning" : "success");
}

/* ------------------------------------------------------------------ */
/* Header                                                              */

static void
fill_header (FyTodayPage *self, const FyDailyReport *r)
{
  static const char *const weekdays[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
  };
  int y = 0, m = 0, d = 0;
  GDate date;
  g_autofree char *date_text = NULL;
  g_autoptr(GDateTime) as_of = g_date_time_new_from_unix_local (r->as_of);
  g_autofree char *time_text = as_of ? g_date_time_format (as_of, "%H:%M") : g_strdup ("");
  g_autofree char *detail = NULL;

  if (sscanf (r->day, "%d-%d-%d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    {
      g_date_set_dmy (&date, d, m, y);
      /* Translators: the date on the Today page: year, month, day, weekday (2026年11月22日 星期日). */
      date_text = g_strdup_printf (_("%d-%02d-%02d, %s"), y, m, d,
                                   _(weekdays[g_date_get_weekday (&date) - G_DATE_MONDAY]));
    }
  gtk_label_set_text (self->date_label, date_text ? date_text : r->day);

  fy_widget_set_css_class (GTK_WIDGET (self->state_label), "success", r->zero);
  fy_widget_set_css_class (GTK_WIDGET (self->state_label), "error", !r->zero);
  fy_widget_set_css_class (GTK_WIDGET (self->state_icon), "success", r->zero);
  fy_widget_set_css_class (GTK_WIDGET (self->state_icon), "error", !r->zero);
  gtk_image_set_from_icon_name (self->state_icon, r->zero ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_label_set_text (self->state_label, r->zero ? _("Zero report: nothing abnormal so far today")
                                                 : _("Abnormal situation today"));
  /* Translators: Today page, under the state; %s is the time the numbers were computed. */
  detail = g_strdup_printf (_("Updated at %s."), time_text);
  if (!r->zero)
    {
      /* The abnormal-situation text first: it is what to act on. */
      char *both = g_strconcat (r->abnormal_text, "\n", detail, NULL);
      g_free (detail);
      detail = both;
    }
  gtk_label_set_text (self->as_of_label, detail);
}

/* ------------------------------------------------------------------ */
/* Lists                                                               */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_info_row (GtkListBox *list, const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
add_link_row (GtkListBox *list, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_list_box_append (list, row);
  return row;
}

static char *
person_title (const FyHealthPerson *p)
{
  return p->department && *p->department
    /* Translators: a person in a Today page list: name (department). */
    ? g_strdup_printf (_("%s (%s)"), p->name, p->department) : g_strdup (p->name);
}

static char *
follow_up_subtitle (const FyFollowUp *f)
{
  GString *s = g_string_new (NULL);
  const char *sep = _(" · ");

  g_string_append_printf (s, "%s %s", f->day, fy_health_session_label (f->session));
  if (f->temp_tenths >= 0)
    {
      g_autofree char *t = fy_format_temperature (f->temp_tenths);
      g_string_append_printf (s, "%s%s °C", sep, t);
    }
  if (f->symptoms)
    {
      g_autofree char *sym = fy_symptoms_label (f->symptoms);
      g_string_append_printf (s, "%s%s", sep, sym);
    }
  if (f->code_colour == FY_CODE_RED || f->code_colour == FY_CODE_YELLOW)
    g_string_append_printf (s, "%s%s", sep, fy_code_colour_label (f->code_colour));
  if (f->recheck_tenths >= 0)
    {
      g_autofree char *t = fy_format_temperature (f->recheck_tenths);
      /* Translators: the manual recheck (人工复测) of a follow-up. */
      g_string_append_printf (s, "%s", sep);
      g_string_append_printf (s, _("recheck %s °C"), t);
    }
  g_string_append (s, sep);
  if (f->action != FY_FOLLOW_UP_ACTION_NONE)
    g_string_append (s, fy_follow_up_action_label (f->action));
  else
    g_string_append (s, _("no action yet"));
  return g_string_free (s, FALSE);
}

static void
fill_follow_ups (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_health_list_follow_ups (self->store, TRUE, NULL, NULL, &error);

  clear_list (self->follow_up_list);
  if (list == NULL)
    {
      add_info_row (self->follow_up_list, error->message);
      return;
    }
  for (guint i = 0; i < list->len && i < LIST_MAX; i++)
    {
      FyFollowUp *f = g_ptr_array_index (list, i);
      g_autofree char *title = person_title (&f->person);
      g_autofree char *subtitle = follow_up_subtitle (f);
      GtkWidget *row = add_link_row (self->follow_up_list, title, subtitle);

      g_object_set_data (G_OBJECT (row), "fy-follow-up", GSIZE_TO_POINTER ((gsize) f->id));
    }
  if (list->len > LIST_MAX)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more on the Health page",
                                                            "%u more on the Health page", list->len - LIST_MAX),
                                               list->len - LIST_MAX);
      add_info_row (self->follow_up_list, more);
    }
  if (list->len == 0)
    add_info_row (self->follow_up_list, _("No open follow-ups."));
}

/* "Home isolation, day 3 of 7 · test today: not sampled yet". */
static char *
quarantine_subtitle (const FyQuarantine *q, const char *today)
{
  GString *s = g_string_new (NULL);
  const FyQuarantinePhase *phase = NULL;
  const FyQuarantineTest *test = NULL;

  for (guint i = 0; i < q->phases->len; i++)
    {
      const FyQuarantinePhase *p = g_ptr_array_index (q->phases, i);
      if (strcmp (p->start_day, today) <= 0)
        phase = p;
    }
  for (guint i = 0; i < q->tests->len; i++)
    {
      const FyQuarantineTest *t = g_ptr_array_index (q->tests, i);
      if (g_str_equal (t->day, today))
        test = t;
    }

  if (phase && strcmp (today, phase->end_day) <= 0)
    /* Translators: Today page: a quarantine's phase, its day number and length. */
    g_string_append_printf (s, _("%s, day %d of %d"), fy_quarantine_kind_label (phase->kind),
                            fy_date_diff_days (phase->start_day, today) + 1, phase->days);
  else
    /* Translators: Today page: a quarantine past its planned end, not yet released. */
    g_string_append_printf (s, _("Planned end %s passed: record the release"), q->end_day);
  g_string_append (s, _(" · "));
  if (test && test->result_id)
    g_string_append (s, _("today's test sampled"));
  else if (test)
    g_string_append (s, _("test planned today, not sampled yet"));
  else
    /* Translators: Today page: a quarantine's planned end day. */
    g_string_append_printf (s, _("until %s"), q->end_day);
  return g_string_free (s, FALSE);
}

/* People with an isolation status set on the roster by hand, without a
 * quarantine record (imported rosters, older data): under quarantine too. */
static void
add_status_only (FyTodayPage *self, GHashTable *quarantined, guint *n_rows, guint *n_more)
{
  static const FyStaffStatus statuses[] = {
    FY_STAFF_CENTRAL_ISOLATION, FY_STAFF_HOME_ISOLATION, FY_STAFF_OBSERVATION,
  };

  for (guint k = 0; k < G_N_ELEMENTS (statuses); k++)
    {
      g_autoptr(GError) error = NULL;
      FyStaffFilter filter = { .status = statuses[k] };
      g_autoptr(GPtrArray) people = fy_staff_list (self->store, &filter, &error);

      if (people == NULL)
        {
          g_warning ("Isolated staff could not be listed: %s", error->message);
          continue;
        }
      for (guint i = 0; i < people->len; i++)
        {
          FyStaff *s = g_ptr_array_index (people, i);
          FyHealthPerson p = { .name = s->name, .department = s->department };
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;

          if (g_hash_table_contains (quarantined, &s->id))
            continue;
          if (*n_rows >= LIST_MAX)
            {
              (*n_more)++;
              continue;
            }
          title = person_title (&p);
          /* Translators: Today page: someone whose roster status is an isolation
           * but who has no quarantine record (no dates, no planned tests). */
          subtitle = g_strdup_printf (_("%s — status on the roster, no quarantine record"),
                                      fy_staff_status_label (s->status));
          add_link_row (self->quarantine_list, title, subtitle);
          (*n_rows)++;
        }
    }
}

static void
fill_quarantine (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fy_quarantine_list_active (self->store, &error);
  g_autoptr(GHashTable) quarantined = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_rows = 0, n_more = 0;

  clear_list (self->quarantine_list);
  if (list == NULL)
    {
      add_info_row (self->quarantine_list, error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      FyQuarantine *q = g_ptr_array_index (list, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      g_hash_table_add (quarantined, &q->person.staff_id);
      if (n_rows >= LIST_MAX)
        {
          n_more++;
          continue;
        }
      title = person_title (&q->person);
      subtitle = quarantine_subtitle (q, self->day);
      add_link_row (self->quarantine_list, title, subtitle);
      n_rows++;
    }
  add_status_only (self, quarantined, &n_rows, &n_more);
  if (n_more > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more on the Health page",
                                                            "%u more on the Health page", n_more), n_more);
      add_info_row (self->quarantine_list, more);
    }
  if (n_rows == 0)
    add_info_row (self->quarantine_list, _("Nobody is under quarantine."));
}

static void
on_follow_up_activated_cb (FyTodayPage *self, GtkListBoxRow *row)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "fy-follow-up"));

  if (id > 0)
    open_follow_up (self, id);
}

static void
on_quarantine_activated_cb (FyTodayPage *self, GtkListBoxRow *row)
{
  show_health (self, "travel", -1);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

void
fy_today_page_reload (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;
  FyDailyReport *report;

  g_return_if_fail (FY_IS_TODAY_PAGE (self));

  fy_lazy_reload_done (self->lazy);
  g_free (self->day);
  self->day = fy_today ();
  report = fy_daily_report_compute (self->store, self->day, fy_clock_real_now (), &error);
  if (report == NULL)
    {
      gtk_label_set_text (self->state_label, _("The numbers of the day could not be computed"));
      gtk_label_set_text (self->as_of_label, error->message);
      return;
    }
  g_clear_pointer (&self->report, fy_daily_report_free);
  self->report = report;
  fill_header (self, report);
  fill_cards (self, report);
  fill_zones_card (self);
  fill_supplies_card (self);
  fill_follow_ups (self);
  fill_quarantine (self);
  fy_plans_today_fill (self->plans_list, self->store, self->day);
}

const FyDailyReport *
fy_today_page_get_report (FyTodayPage *self)
{
  g_return_val_if_fail (FY_IS_TODAY_PAGE (self), NULL);
  return self->report;
}

static void
on_store_changed_cb (FyStore *store, FyStoreChange change, FyTodayPage *self)
{
  /* Hidden (say, while 200 temperatures are typed on the Health page):
   * recompute once when shown. Shown: bursts of changes recompute once. */
  fy_lazy_reload_request (self->lazy);
}

/* Quarantine statuses follow the day's phase; failures are not fatal. */
static void
refresh_quarantine_status (FyTodayPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!fy_quarantine_refresh_status (self->store, NULL, &error))
    g_warning ("Quarantine statuses could not be refreshed: %s", error->message);
}

static gboolean
midnight_cb (gpointer data)
{
  FyTodayPage *self = data;

  self->midnight_id = 0;
  refresh_quarantine_status (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fy_today_page_reload (self);     /* the new day at once, not after an idle */
  else
    fy_lazy_reload_request (self->lazy);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

/* Wakes a few seconds after the next local midnight. */
static void
schedule_midnight (FyTodayPage *self)
{
  g_autoptr(GDateTime) now = fy_clock_real_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                         g_date_time_get_month (tomorrow),
                                                         g_date_time_get_day_of_month (tomorrow), 0, 0, 0);
  gint64 seconds = g_date_time_difference (midnight, now) / G_TIME_SPAN_SECOND + 5;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds ((guint) CLAMP (seconds, 5, 26 * 3600), midnight_cb, self);
}

/* Shown again: numbers changed while hidden are recomputed, and after a
 * night asleep (suspend stops the timer's clock) the new day is noticed. */
static void
fy_today_page_map (GtkWidget *widget)
{
  FyTodayPage *self = FY_TODAY_PAGE (widget);
  g_autofree char *today = fy_today ();

  GTK_WIDGET_CLASS (fy_today_page_parent_class)->map (widget);
  if (self->day && !g_str_equal (self->day, today))
    {
      refresh_quarantine_status (self);
      fy_today_page_reload (self);
      schedule_midnight (self);
    }
  /* else changes made while hidden reload on "map" (see lazy). */
}

static void
on_report_clicked_cb (FyTodayPage *self)
{
  fy_daily_report_dialog_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, self->day);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
fy_today_page_constructed (GObject *object)
{
  FyTodayPage *self = FY_TODAY_PAGE (object);

  G_OBJECT_CLASS (fy_today_page_parent_class)->constructed (object);

  add_card (self, CARD_ON_SITE, _("On site today"), _("Open the staff roster"));
  add_card (self, CARD_MISSING_MORNING, _("Missing — morning"), _("Enter the morning temperatures"));
  add_card (self, CARD_MISSING_AFTERNOON, _("Missing — afternoon"), _("Enter the afternoon temperatures"));
  add_card (self, CARD_ABNORMAL, _("Abnormal today"), _("Go to the open follow-ups"));
  add_card (self, CARD_TESTS, _("Tests still due today"), _("Open the due and overdue test list"));
  add_card (self, CARD_QUARANTINE, _("In quarantine"), _("Open trips and quarantine"));
  add_card (self, CARD_ZONES, _("Zone changes today"), _("Open the zone map"));
  add_card (self, CARD_SUPPLIES, _("Supplies to buy"), _("Open the supplies"));

  /* Disinfection rounds due and overdue now, under the cards (its own section). */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->cards))),
                              fy_disinfection_due_new (self->store), GTK_WIDGET (self->cards));
  /* The gate's arrivals of the day, before the disinfection rounds. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->cards))),
                              fy_gate_today_new (self->store), GTK_WIDGET (self->cards));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  refresh_quarantine_status (self);
  schedule_midnight (self);
}

static void
fy_today_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    FY_TODAY_PAGE (object)->store = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_today_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_STORE)
    g_value_set_object (value, FY_TODAY_PAGE (object)->store);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
fy_today_page_dispose (GObject *object)
{
  FyTodayPage *self = FY_TODAY_PAGE (object);

  g_clear_pointer (&self->lazy, fy_lazy_reload_free);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TODAY_PAGE);
  fy_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->store);
  g_clear_pointer (&self->report, fy_daily_report_free);
  g_clear_pointer (&self->day, g_free);
  G_OBJECT_CLASS (fy_today_page_parent_class)->dispose (object);
}

static void
fy_today_page_class_init (FyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_today_page_constructed;
  object_class->dispose = fy_today_page_dispose;
  object_class->set_property = fy_today_page_set_property;
  object_class->get_property = fy_today_page_get_property;
  widget_class->map = fy_today_page_map;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, FY_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/fy-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, report_button);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, cards);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, follow_up_list);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, plans_list);
  gtk_widget_class_bind_template_child (widget_class, FyTodayPage, quarantine_list);
  gtk_widget_class_bind_template_callback (widget_class, on_report_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quarantine_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fy_today_page_init (FyTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The day's numbers are computed when the page is first shown (~100 ms
   * on 10,000 staff): the window may open on another page. */
  self->lazy = fy_lazy_reload_new (GTK_WIDGET (self), (FyLazyReloadFunc) fy_today_page_reload,
                                   FY_LAZY_RELOAD_IDLE, 0);
}
