/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-entry-row.c — one person in the daily-entry list. Built in code from
 * one column table shared with the header line, so both line up: every
 * cell has a fixed width and its content is ellipsized inside it. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-absence.h"
#include "fy-a11y.h"
#include "fy-entry-row.h"
#include "fy-gui-util.h"
#include "fy-validate.h"

typedef enum
{
  COL_FLAGS, COL_NAME, COL_NUMBER, COL_UNIT, COL_MORNING, COL_AFTERNOON, COL_STATUS,
  COL_SYMPTOMS, COL_CODE, COL_FOLLOW_UP, N_COLS
} Column;

/* Titles of the daily entry's narrow columns (context "entry column"):
 * short enough for their width at 1280 px in English too. */
static const struct { const char *title; int width; } columns[N_COLS] = {
  { "", 40 },
  { NC_("entry column", "Name"), 90 },
  { NC_("entry column", "Emp. No."), 110 },
  { NC_("entry column", "Dept. / Team"), 150 },
  { NC_("entry column", "Morning"), 100 },
  { NC_("entry column", "Afternoon"), 100 },
  { NC_("entry column", "Status"), 120 },
  { NC_("entry column", "Symptoms"), 110 },
  { NC_("entry column", "Code"), 90 },
  { NC_("entry column", "Follow-up"), 80 },
};

enum { SYMPTOMS_CHOSEN, CODE_CHOSEN, FOLLOW_UP, N_SIGNALS };
static guint signals[N_SIGNALS];

#define N_SYMPTOMS 8

struct _FyEntryRow
{
  GtkWidget        parent_instance;

  /* children */
  GtkWidget       *cells[N_COLS];
  GtkImage        *late_icon;
  GtkImage        *same_icon;
  GtkInscription  *name_label;
  GtkInscription  *number_label;
  GtkInscription  *unit_label;
  GtkWidget       *temp_entry;
  GtkInscription  *other_label;
  GtkInscription  *status_label;
  GtkMenuButton   *symptoms_button;
  GtkInscription  *symptoms_label;
  GtkPopover      *symptoms_popover;
  GtkCheckButton  *symptom_checks[N_SYMPTOMS];
  GtkMenuButton   *code_button;
  GtkInscription  *code_label;
  GtkCheckButton  *code_checks[FY_N_CODES];
  GtkButton       *follow_up_button;
  GtkLabel        *message_label;

  /* owned */
  FyEntryItem     *item;
  FyHealthSession  session;
  FySymptoms       symptoms;        /* as chosen on the row */
  FyCodeColour     code;
  FySymptoms       popover_start;   /* symptoms when the popover opened */
  gint64           follow_up_id;
  gboolean         updating;        /* setting widgets from data: ignore their signals */
  gulong           changed_id;
};

G_DEFINE_FINAL_TYPE (FyEntryRow, fy_entry_row, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------ */
/* Cells                                                               */

static GtkWidget *
new_cell (Column col)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  /* A fixed width whatever the content wants: header and rows line up. */
  gtk_widget_set_size_request (cell, columns[col].width, -1);
  gtk_widget_set_hexpand (cell, FALSE);
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  /* A narrow window keeps the name and both temperatures in view. */
  if (col == COL_NUMBER || col == COL_UNIT)
    fy_widget_hide_when_narrow (cell);
  return cell;
}

/* Text that takes the cell's width and is ellipsized inside it (an
 * inscription asks for no more width than it is given). */
static GtkInscription *
new_cell_text (void)
{
  GtkWidget *text = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (text), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (text), 0.0);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (text), 1);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  return GTK_INSCRIPTION (text);
}

GtkWidget *
fy_entry_row_new_header (void)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  for (int col = 0; col < N_COLS; col++)
    {
      GtkWidget *cell = new_cell (col);
      GtkInscription *label = new_cell_text ();
      gtk_inscription_set_text (label, columns[col].title[0] ? g_dpgettext2 (GETTEXT_PACKAGE, "entry column",
                                                                                columns[col].title) : "");
      gtk_widget_add_css_class (GTK_WIDGET (label), "heading");
      gtk_box_append (GTK_BOX (cell), GTK_WIDGET (label));
      gtk_box_append (GTK_BOX (line), cell);
    }
  return line;
}

/* ------------------------------------------------------------------ */
/* Showing the data                                                    */

static char *
reading_text (const FyReading *r)
{
  if (r->status == FY_READING_MEASURED)
    return fy_format_temperature (r->temp_tenths);
  if (r->status == FY_READING_NORMAL_UNMEASURED)
    /* No number was measured: never show one. */
    return g_strdup (_("Normal (not measured)"));
  return g_strdup ("—");
}

static char *
status_text (const FyReading *r)
{
  g_autofree char *recheck = NULL;
  const char *word;

  switch (r->status)
    {
    case FY_READING_NONE:
      return g_strdup (_("Not entered"));
    case FY_READING_NORMAL_UNMEASURED:
      return g_strdup (_("Normal (not measured)"));
    case FY_READING_MEASURED:
    default:
      break;
    }
  word = (r->abnormal & FY_ABNORMAL_FEVER) ? _("Fever")
         : r->abnormal != FY_ABNORMAL_NONE ? _("Abnormal") : _("Normal");
  if (r->recheck_tenths < 0)
    return g_strdup (word);
  recheck = fy_format_temperature (r->recheck_tenths);
  /* TRANSLATORS: status of a reading, then the manual recheck (人工复测) value */
  return g_strdup_printf (_("%s, recheck %s"), word, recheck);
}

static const FyReading *
stored_reading (FyEntryRow *self)
{
  const FyHealthDayRow *row = self->item ? fy_entry_item_get_row (self->item) : NULL;
  return row ? &row->readings[self->session] : NULL;
}

static void
show_symptoms (FyEntryRow *self)
{
  g_autofree char *text = fy_symptoms_label (self->symptoms);

  const FyHealthDayRow *row = self->item ? fy_entry_item_get_row (self->item) : NULL;

  gtk_inscription_set_text (self->symptoms_label, *text ? text : "—");
  if (row)
    {
      /* TRANSLATORS: a row's symptoms button for a screen reader: person, symptoms (or "none"). */
      g_autofree char *name = g_strdup_printf (_("%s, symptoms: %s"), row->person.name, *text ? text : _("none"));
      fy_a11y_name (GTK_WIDGET (self->symptoms_button), name);
    }
  fy_widget_set_row_tooltip (GTK_WIDGET (self->symptoms_button), *text ? text : NULL);
  fy_widget_set_css_class (GTK_WIDGET (self->symptoms_label), "dim-label", *text == '\0');
  fy_widget_set_css_class (GTK_WIDGET (self->symptoms_label), "abnormal", *text != '\0');
  self->updating = TRUE;
  for (int i = 0; i < N_SYMPTOMS && self->symptom_checks[i]; i++)
    gtk_check_button_set_active (self->symptom_checks[i], (self->symptoms & (1 << i)) != 0);
  self->updating = FALSE;
}

static void
show_code (FyEntryRow *self)
{
  GtkWidget *button = GTK_WIDGET (self->code_button);
  const FyHealthDayRow *row = self->item ? fy_entry_item_get_row (self->item) : NULL;
  const char *code = self->code == FY_CODE_UNKNOWN ? _("not checked") : fy_code_colour_label (self->code);

  gtk_inscription_set_text (self->code_label, self->code == FY_CODE_UNKNOWN ? "—" : fy_code_colour_label (self->code));
  if (row)
    {
      /* TRANSLATORS: a row's health-code button for a screen reader: person, code colour. */
      g_autofree char *name = g_strdup_printf (_("%s, health code: %s"), row->person.name, code);
      fy_a11y_name (button, name);
    }
  fy_widget_set_css_class (button, "code-green", self->code == FY_CODE_GREEN);
  fy_widget_set_css_class (button, "code-yellow", self->code == FY_CODE_YELLOW);
  fy_widget_set_css_class (button, "code-red", self->code == FY_CODE_RED);
  self->updating = TRUE;
  if (self->code_checks[self->code])
    gtk_check_button_set_active (self->code_checks[self->code], TRUE);
  self->updating = FALSE;
}

static void
show_item (FyEntryRow *self)
{
  const FyHealthDayRow *row = fy_entry_item_get_row (self->item);
  const FyReading *mine = &row->readings[self->session];
  const FyReading *other = &row->readings[1 - self->session];
  g_autofree char *unit = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *late_tip = NULL;
  gboolean closed = FALSE;
  int same;

  /* Someone away shows why (出差 / 请假 / 病假…) where an entry would be. */
  if (row->away != FY_AWAY_NONE)
    {
      status = g_strdup (mine->status == FY_READING_NONE ? fy_away_reason_label (row->away) : NULL);
      other_text = g_strdup (other->status == FY_READING_NONE ? fy_away_reason_label (row->away) : NULL);
    }
  if (status == NULL)
    status = status_text (mine);
  if (other_text == NULL)
    other_text = reading_text (other);

  gtk_inscription_set_text (self->name_label, row->person.name);
  fy_widget_set_row_tooltip (GTK_WIDGET (self->name_label), row->person.name);
  gtk_inscription_set_text (self->number_label, row->person.employee_no);
  if (row->person.team && *row->person.team)
    unit = g_strdup_printf ("%s / %s", row->person.department, row->person.team);
  else
    unit = g_strdup (row->person.department);
  gtk_inscription_set_text (self->unit_label, unit);
  fy_widget_set_row_tooltip (GTK_WIDGET (self->unit_label), unit);

  temp = mine->status == FY_READING_MEASURED ? fy_format_temperature (mine->temp_tenths) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->temp_entry), temp);
  {
    /* Tab along the list says whom the reading is for. */
    g_autofree char *name = g_strdup_printf (self->session == FY_SESSION_MORNING ? _("%s, morning temperature")
                                                                                : _("%s, afternoon temperature"),
                                             row->person.name);
    fy_a11y_name (self->temp_entry, name);
  }
  fy_widget_set_css_class (self->temp_entry, "abnormal", (mine->abnormal & FY_ABNORMAL_FEVER) != 0);

  gtk_inscription_set_text (self->other_label, other_text);
  fy_widget_set_css_class (GTK_WIDGET (self->other_label), "abnormal", (other->abnormal & FY_ABNORMAL_FEVER) != 0);
  fy_widget_set_css_class (GTK_WIDGET (self->other_label), "dim-label", other->status == FY_READING_NONE);

  gtk_inscription_set_text (self->status_label, status);
  fy_widget_set_row_tooltip (GTK_WIDGET (self->status_label), status);
  fy_widget_set_css_class (GTK_WIDGET (self->status_label), "abnormal", mine->abnormal != FY_ABNORMAL_NONE);
  fy_widget_set_css_class (GTK_WIDGET (self->status_label), "dim-label", mine->status == FY_READING_NONE);

  self->symptoms = mine->symptoms;
  self->code = mine->code_colour;
  show_symptoms (self);
  show_code (self);

  /* Credibility: late entries (补录) and the same value for days on end. */
  if (mine->late || other->late)
    {
      const FyReading *late = mine->late ? mine : other;
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (late->entered_at);
      g_autofree char *text = when ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("");
      late_tip = g_strdup_printf (_("Late entry (entered %s, long after the %s check)"), text,
                                  fy_health_session_label (late == mine ? self->session : 1 - self->session));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->late_icon), late_tip != NULL);
  fy_widget_set_row_tooltip (GTK_WIDGET (self->late_icon), late_tip);
  same = fy_entry_item_get_same_value (self->item);
  gtk_widget_set_visible (GTK_WIDGET (self->same_icon), same >= 0);
  if (same >= 0)
    {
      g_autofree char *value = fy_format_temperature (same);
      g_autofree char *tip = g_strdup_printf (_("The same reading (%s °C) for %d days in a row"),
                                              value, FY_HEALTH_SAME_VALUE_DAYS);
      fy_widget_set_row_tooltip (GTK_WIDGET (self->same_icon), tip);
    }

  self->follow_up_id = fy_entry_item_get_follow_up (self->item, self->session, &closed);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_button), self->follow_up_id != 0);
  gtk_button_set_icon_name (self->follow_up_button, closed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  fy_widget_set_row_tooltip (GTK_WIDGET (self->follow_up_button),
                               closed ? _("Follow-up closed (F to open)") : _("Follow-up open (F to open)"));
  fy_widget_set_css_class (GTK_WIDGET (self->follow_up_button), "warning", !closed);
}

/* Where the entry sits: in the column of the chosen session. */
static void
place_session_cells (FyEntryRow *self)
{
  GtkWidget *entry_cell = self->cells[self->session == FY_SESSION_MORNING ? COL_MORNING : COL_AFTERNOON];
  GtkWidget *label_cell = self->cells[self->session == FY_SESSION_MORNING ? COL_AFTERNOON : COL_MORNING];

  if (gtk_widget_get_parent (self->temp_entry) != entry_cell)
    {
      g_object_ref (self->temp_entry);
      g_object_ref (self->other_label);
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->temp_entry)), self->temp_entry);
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->other_label))), GTK_WIDGET (self->other_label));
      gtk_box_append (GTK_BOX (entry_cell), self->temp_entry);
      gtk_box_append (GTK_BOX (label_cell), GTK_WIDGET (self->other_label));
      g_object_unref (self->temp_entry);
      g_object_unref (self->other_label);
    }
}

static void
on_item_changed_cb (FyEntryItem *item, FyEntryRow *self)
{
  show_item (self);
}

void
fy_entry_row_bind (FyEntryRow *self, FyEntryItem *item, FyHealthSession session)
{
  g_return_if_fail (FY_IS_ENTRY_ROW (self));

  fy_entry_row_unbind (self);
  self->item = g_object_ref (item);
  self->session = session;
  self->changed_id = g_signal_connect (item, "changed", G_CALLBACK (on_item_changed_cb), self);
  place_session_cells (self);
  fy_entry_row_set_message (self, NULL);
  show_item (self);
}

void
fy_entry_row_unbind (FyEntryRow *self)
{
  g_return_if_fail (FY_IS_ENTRY_ROW (self));

  if (self->item)
    {
      g_clear_signal_handler (&self->changed_id, self->item);
      g_clear_object (&self->item);
    }
  self->follow_up_id = 0;
}

FyEntryItem *
fy_entry_row_get_item (FyEntryRow *self)
{
  return self->item;
}

FyHealthSession
fy_entry_row_get_session (FyEntryRow *self)
{
  return self->session;
}

GtkWidget *
fy_entry_row_get_entry (FyEntryRow *self)
{
  return self->temp_entry;
}

FySymptoms
fy_entry_row_get_symptoms (FyEntryRow *self)
{
  return self->symptoms;
}

void
fy_entry_row_set_symptoms (FyEntryRow *self, FySymptoms symptoms)
{
  self->symptoms = symptoms & FY_SYMPTOM_ALL;
  show_symptoms (self);
}

FyCodeColour
fy_entry_row_get_code (FyEntryRow *self)
{
  return self->code;
}

void
fy_entry_row_set_code (FyEntryRow *self, FyCodeColour code)
{
  self->code = code < FY_N_CODES ? code : FY_CODE_UNKNOWN;
  show_code (self);
}

gboolean
fy_entry_row_is_modified (FyEntryRow *self)
{
  const FyReading *r = stored_reading (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->temp_entry));
  g_autofree char *stored = NULL;

  if (r == NULL)
    return FALSE;
  stored = r->status == FY_READING_MEASURED ? fy_format_temperature (r->temp_tenths) : g_strdup ("");
  return !g_str_equal (text, stored) || self->symptoms != r->symptoms || self->code != r->code_colour;
}

void
fy_entry_row_revert (FyEntryRow *self)
{
  if (self->item)
    show_item (self);
  fy_entry_row_set_message (self, NULL);
}

void
fy_entry_row_set_message (FyEntryRow *self, const char *text)
{
  gtk_label_set_text (self->message_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
  fy_a11y_set_invalid (self->temp_entry, text != NULL);
}

const char *
fy_entry_row_get_message (FyEntryRow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_text (self->message_label) : NULL;
}

void
fy_entry_row_popup_symptoms (FyEntryRow *self)
{
  gtk_menu_button_popup (self->symptoms_button);
}

gint64
fy_entry_row_get_follow_up (FyEntryRow *self)
{
  return self->follow_up_id;
}

/* ------------------------------------------------------------------ */
/* Symptoms popover and code                                           */

static void
on_symptom_toggled_cb (GtkCheckButton *check, FyEntryRow *self)
{
  int i = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "fy-symptom"));

  if (self->updating)
    return;
  if (gtk_check_button_get_active (check))
    self->symptoms |= 1 << i;
  else
    self->symptoms &= ~(1 << i);
  show_symptoms (self);
}

/* In the popover: 1–8 toggle, 0 clears, Enter closes (Escape too). */
static gboolean
on_popover_key_pressed_cb (GtkEventControllerKey *controller, guint keyval, guint keycode,
                           GdkModifierType state, FyEntryRow *self)
{
  guint digit = gdk_keyval_to_unicode (keyval);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      gtk_popover_popdown (self->symptoms_popover);
      return TRUE;
    }
  if (digit >= '1' && digit < '1' + N_SYMPTOMS)
    {
      GtkCheckButton *check = self->symptom_checks[digit - '1'];
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      return TRUE;
    }
  if (digit == '0')
    {
      fy_entry_row_set_symptoms (self, FY_SYMPTOM_NONE);
      return TRUE;
    }
  return FALSE;
}

static void
on_popover_show_cb (FyEntryRow *self)
{
  self->popover_start = self->symptoms;
}

static void
on_popover_closed_cb (FyEntryRow *self)
{
  gtk_widget_grab_focus (self->temp_entry);
  if (self->symptoms != self->popover_start)
    g_signal_emit (self, signals[SYMPTOMS_CHOSEN], 0);
}

static void
on_code_toggled_cb (GtkCheckButton *check, FyEntryRow *self)
{
  FyCodeColour code = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "fy-code"));

  if (self->updating || !gtk_check_button_get_active (check))
    return;
  fy_entry_row_set_code (self, code);
  gtk_menu_button_popdown (self->code_button);
  g_signal_emit (self, signals[CODE_CHOSEN], 0);
}

/* Built when first opened: most rows never open it, and a list keeps
 * a couple of hundred rows alive. */
static void
create_code_popover_cb (GtkMenuButton *button, gpointer data)
{
  FyEntryRow *self = FY_ENTRY_ROW (data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *popover = gtk_popover_new ();
  GtkCheckButton *group = NULL;

  for (int c = FY_CODE_UNKNOWN; c < FY_N_CODES; c++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (c == FY_CODE_UNKNOWN ? _("Not known") : fy_code_colour_label (c));
      if (group)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_object_set_data (G_OBJECT (check), "fy-code", GINT_TO_POINTER (c));
      self->code_checks[c] = GTK_CHECK_BUTTON (check);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
  show_code (self);
  for (int c = FY_CODE_UNKNOWN; c < FY_N_CODES; c++)
    g_signal_connect (self->code_checks[c], "toggled", G_CALLBACK (on_code_toggled_cb), self);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (gtk_widget_grab_focus), self->temp_entry);
}

static void
on_follow_up_clicked_cb (FyEntryRow *self)
{
  g_signal_emit (self, signals[FOLLOW_UP], 0);
}

/* Built when first opened (see the code popover). */
static void
create_symptoms_popover_cb (GtkMenuButton *button, gpointer data)
{
  FyEntryRow *self = FY_ENTRY_ROW (data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *hint = gtk_label_new (_("Keys 1–8 toggle, 0 clears, Enter closes"));
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *popover = gtk_popover_new ();

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0);
  for (int i = 0; i < N_SYMPTOMS; i++)
    {
      /* "1  Feverish or chills": the digit is the key that toggles it. */
      g_autofree char *label = g_strdup_printf ("%d  %s", i + 1, fy_symptom_label (1 << i));
      GtkWidget *check = gtk_check_button_new_with_label (label);
      g_object_set_data (G_OBJECT (check), "fy-symptom", GINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (on_symptom_toggled_cb), self);
      self->symptom_checks[i] = GTK_CHECK_BUTTON (check);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_box_append (GTK_BOX (box), hint);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_popover_key_pressed_cb), self);
  gtk_widget_add_controller (popover, keys);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show_cb), self);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (on_popover_closed_cb), self);
  self->symptoms_popover = GTK_POPOVER (popover);
  gtk_menu_button_set_popover (button, popover);
  show_symptoms (self);
  self->popover_start = self->symptoms;
}

/* ------------------------------------------------------------------ */

static gboolean
fy_entry_row_grab_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* The list re-grabs the focus of its focused row when it lays out after a
   * scroll: taking it again would select the field and the next digit typed
   * would replace what is there. */
  if (focus && gtk_widget_is_ancestor (focus, widget))
    return TRUE;
  /* A click on the row, or the list moving its focus here, lands in the
   * temperature field: that is where typing goes. */
  return gtk_widget_grab_focus (FY_ENTRY_ROW (widget)->temp_entry);
}

static void
fy_entry_row_dispose (GObject *object)
{
  FyEntryRow *self = FY_ENTRY_ROW (object);

  fy_entry_row_unbind (self);
  fy_widget_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (fy_entry_row_parent_class)->dispose (object);
}

static void
fy_entry_row_class_init (FyEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_entry_row_dispose;
  widget_class->grab_focus = fy_entry_row_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* The user changed the symptoms (popover closed) or the code on the row. */
  signals[SYMPTOMS_CHOSEN] = g_signal_new ("symptoms-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CODE_CHOSEN] = g_signal_new ("code-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[FOLLOW_UP] = g_signal_new ("follow-up", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fy_entry_row_init (FyEntryRow *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  for (int col = 0; col < N_COLS; col++)
    {
      self->cells[col] = new_cell (col);
      gtk_box_append (GTK_BOX (line), self->cells[col]);
    }

  self->late_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("alarm-symbolic"));
  self->same_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("edit-copy-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->late_icon), "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->same_icon), "warning");
  gtk_box_append (GTK_BOX (self->cells[COL_FLAGS]), GTK_WIDGET (self->late_icon));
  gtk_box_append (GTK_BOX (self->cells[COL_FLAGS]), GTK_WIDGET (self->same_icon));

  self->name_label = new_cell_text ();
  self->number_label = new_cell_text ();
  self->unit_label = new_cell_text ();
  self->other_label = new_cell_text ();
  self->status_label = new_cell_text ();
  gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "numeric");
  gtk_box_append (GTK_BOX (self->cells[COL_NAME]), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (self->cells[COL_NUMBER]), GTK_WIDGET (self->number_label));
  gtk_box_append (GTK_BOX (self->cells[COL_UNIT]), GTK_WIDGET (self->unit_label));
  gtk_box_append (GTK_BOX (self->cells[COL_STATUS]), GTK_WIDGET (self->status_label));

  self->temp_entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->temp_entry), 4);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->temp_entry), 4);
  gtk_widget_set_size_request (self->temp_entry, 84, -1);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->temp_entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_max_length (GTK_ENTRY (self->temp_entry), 8);
  gtk_editable_set_alignment (GTK_EDITABLE (self->temp_entry), 0.5);
  gtk_widget_add_css_class (self->temp_entry, "numeric");
  gtk_widget_add_css_class (self->temp_entry, "temperature");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->temp_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Temperature (°C)"), -1);
  gtk_box_append (GTK_BOX (self->cells[COL_MORNING]), self->temp_entry);
  gtk_box_append (GTK_BOX (self->cells[COL_AFTERNOON]), GTK_WIDGET (self->other_label));

  self->symptoms_label = new_cell_text ();
  self->symptoms_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->symptoms_button, GTK_WIDGET (self->symptoms_label));
  gtk_menu_button_set_create_popup_func (self->symptoms_button, create_symptoms_popover_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->symptoms_button), TRUE);
  /* The menu button centres its content; the symptoms read from the left. */
  for (GtkWidget *w = gtk_widget_get_parent (GTK_WIDGET (self->symptoms_label));
       w && w != GTK_WIDGET (self->symptoms_button); w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->symptoms_button), "symptoms");
  gtk_widget_add_css_class (GTK_WIDGET (self->symptoms_button), "flat");
  gtk_widget_set_focus_on_click (GTK_WIDGET (self->symptoms_button), FALSE);
  gtk_box_append (GTK_BOX (self->cells[COL_SYMPTOMS]), GTK_WIDGET (self->symptoms_button));

  self->code_label = new_cell_text ();
  self->code_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->code_button, GTK_WIDGET (self->code_label));
  gtk_menu_button_set_create_popup_func (self->code_button, create_code_popover_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->code_button), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->code_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->code_button), "symptoms");
  gtk_widget_set_focus_on_click (GTK_WIDGET (self->code_button), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->code_button), _("Health code (keys G, Y, R)"));
  for (GtkWidget *w = gtk_widget_get_parent (GTK_WIDGET (self->code_label));
       w && w != GTK_WIDGET (self->code_button); w = gtk_widget_get_parent (w))
    {
      gtk_widget_set_halign (w, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (w, TRUE);
    }
  gtk_box_append (GTK_BOX (self->cells[COL_CODE]), GTK_WIDGET (self->code_button));

  self->follow_up_button = GTK_BUTTON (gtk_button_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_button), "flat");
  gtk_widget_set_focus_on_click (GTK_WIDGET (self->follow_up_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_button), FALSE);
  g_signal_connect_swapped (self->follow_up_button, "clicked", G_CALLBACK (on_follow_up_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->cells[COL_FOLLOW_UP]), GTK_WIDGET (self->follow_up_button));

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->message_label, 0.0);
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_widget_set_margin_start (GTK_WIDGET (self->message_label), columns[COL_FLAGS].width + 6);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->temp_entry), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->message_label, NULL, -1);

  gtk_box_append (GTK_BOX (outer), line);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->message_label));
  gtk_widget_set_parent (outer, GTK_WIDGET (self));
}

FyEntryRow *
fy_entry_row_new (void)
{
  return g_object_new (FY_TYPE_ENTRY_ROW, NULL);
}
