/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-daily-entry-keys.c — the keys of the daily-entry list: moving the
 * focus between rows, the key table of the temperature field, keys typed
 * while the focus is on its way (typeahead), and saving a row.
 *
 * GTK 4.8's list builds rows lazily and its scroll action reads the
 * adjustments of the last layout; so the focus goes to a row at once when
 * it is on screen, and otherwise the frame callback scrolls (once per
 * frame) and focuses it when the list has shown it. Keys typed meanwhile
 * wait and are replayed in that row: a fast typist's value never lands in
 * the person before. */
#include "config.h"

#include <glib/gi18n.h>

#include "fy-clock.h"
#include "fy-daily-entry-private.h"
#include "fy-followup-dialog.h"
#include "fy-health-entry.h"
#include "fy-validate.h"

static void replay_typeahead (FyDailyEntry *self);

/* ------------------------------------------------------------------ */
/* Focus                                                               */

static gboolean
grab_row (FyDailyEntry *self, FyEntryRow *row)
{
  GtkWidget *field = fy_entry_row_get_entry (row);

  if (!gtk_widget_grab_focus (field))
    return FALSE;
  /* Typing replaces what is there. */
  gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
  return TRUE;
}

static gboolean
try_pending_focus (FyDailyEntry *self)
{
  FyEntryRow *row;

  if (self->pending_focus < 0)
    return TRUE;
  /* Only a row on screen: keys sent to a field the list has not mapped yet
   * go nowhere. Until then they wait in the typeahead. */
  row = g_hash_table_lookup (self->bound, GINT_TO_POINTER (self->pending_focus));
  if (row && gtk_widget_get_mapped (fy_entry_row_get_entry (row)) && grab_row (self, row))
    {
      self->pending_focus = -1;
      replay_typeahead (self);
      return TRUE;
    }
  return FALSE;
}

/* Shows a row and `ahead` rows past it by moving the list's adjustment by
 * the row's place from the last layout. GTK's own "list.scroll-to-item"
 * reads adjustments that a new model or an earlier call in the same frame
 * left stale, and misplaces the view; it is used only for a row the list
 * has not laid out (a jump), then the next frame refines. TRUE when the
 * row's place was known. */
static gboolean
scroll_row_into_view (FyDailyEntry *self, int position, int ahead)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  FyEntryRow *row = g_hash_table_lookup (self->bound, GINT_TO_POINTER (position));
  graphene_rect_t bounds;
  double top, bottom, page, value;

  if (adjustment == NULL || row == NULL || !gtk_widget_get_mapped (GTK_WIDGET (row))
      || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list_view), &bounds))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", (guint) position);
      return FALSE;
    }
  /* The list's coordinates start at the top of what is visible. */
  top = bounds.origin.y + MIN (ahead, 0) * bounds.size.height;
  bottom = bounds.origin.y + bounds.size.height * (1 + MAX (ahead, 0));
  page = gtk_widget_get_height (GTK_WIDGET (self->list_view));
  value = gtk_adjustment_get_value (adjustment);
  if (top < 0)
    gtk_adjustment_set_value (adjustment, value + top);
  else if (bottom > page)
    gtk_adjustment_set_value (adjustment, value + MIN (bottom - page, bounds.origin.y));
  return TRUE;
}

/* Runs once per frame, before the layout (so row places are those of the
 * last layout): scrolls what was asked, then focuses the pending row once
 * it is on screen. */
static gboolean
focus_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (widget);

  /* Not allocated yet (the page was just mapped): a scroll now reads a
   * zero-height view and leaves the list blank until the next event. */
  if (gtk_widget_get_height (GTK_WIDGET (self->list_view)) <= 0)
    return G_SOURCE_CONTINUE;

  if (self->scroll_target >= 0 && (guint) self->scroll_target < _fy_daily_entry_n_rows (self))
    {
      /* A row not laid out yet: GTK's estimate now, the exact place next frame. */
      if (scroll_row_into_view (self, self->scroll_target, self->scroll_ahead))
        self->scroll_target = -1;
    }
  else
    self->scroll_target = -1;

  /* Replaying the typeahead may start the next move: then keep ticking. */
  if (try_pending_focus (self) && self->pending_focus < 0 && self->scroll_target < 0)
    {
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }
  if ((self->pending_focus >= 0 || self->scroll_target >= 0) && ++self->focus_tries > FOCUS_TRIES)
    {
      /* The row never came: drop what was typed for it, never misplace it. */
      if (self->typeahead->len > 0)
        _fy_daily_entry_toast (self, _("What was typed while the list moved was not kept: check the last entries"));
      g_array_set_size (self->typeahead, 0);
      self->pending_focus = -1;
      self->scroll_target = -1;
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

void
_fy_daily_entry_ensure_tick (FyDailyEntry *self)
{
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL, NULL);
}

/* Focus to the temperature field of a row; `direction` (+1 down, -1 up,
 * 0 a jump) keeps two more rows in view on the way, so the next row is
 * usually on screen already when Enter moves to it. */
void
_fy_daily_entry_focus_position (FyDailyEntry *self, int position, int direction)
{
  guint n = _fy_daily_entry_n_rows (self);

  if (n == 0)
    return;
  position = CLAMP (position, 0, (int) n - 1);
  self->pending_focus = position;
  self->focus_tries = 0;
  self->scroll_target = position;
  self->scroll_ahead = 2 * direction;
  try_pending_focus (self);
  _fy_daily_entry_ensure_tick (self);
}

/* ------------------------------------------------------------------ */
/* Saving                                                              */

/* Saves what is on the row if it differs from what is stored. TRUE when
 * the row may be left; FALSE with the message under the row otherwise.
 * *follow_up gets the follow-up to show after a newly abnormal save. */
static gboolean
commit_row (FyDailyEntry *self, FyEntryRow *row, gint64 *follow_up)
{
  FyEntryItem *item = fy_entry_row_get_item (row);
  const FyHealthDayRow *data = item ? fy_entry_item_get_row (item) : NULL;
  const FyReading *stored;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FyReadingEntry entry = { 0 };
  FySymptoms symptoms = fy_entry_row_get_symptoms (row);
  FyCodeColour code = fy_entry_row_get_code (row);
  FyAbnormal abnormal = FY_ABNORMAL_NONE;
  int before_temp, tenths = -1;
  FyAbnormal before_abnormal;
  gboolean was_missing;
  gboolean ok;

  *follow_up = 0;
  if (data == NULL || data->person.staff_id == 0 || self->model == NULL)
    return TRUE;
  stored = &data->readings[fy_entry_row_get_session (row)];
  text = fy_normalize_text (gtk_editable_get_text (GTK_EDITABLE (fy_entry_row_get_entry (row))));

  if (*text != '\0')
    {
      /* Validated here too, to tell "the same value typed again" from a
       * correction (a correction leaves a history row). */
      if (!fy_validate_temperature (text, &tenths, &error))
        {
          fy_entry_row_set_message (row, error->message);
          return FALSE;
        }
      if (stored->status == FY_READING_MEASURED && stored->temp_tenths == tenths
          && stored->symptoms == symptoms && stored->code_colour == code)
        {
          fy_entry_row_revert (row);
          return TRUE;
        }
      entry.temperature = text;
    }
  else if (stored->status == FY_READING_MEASURED)
    {
      fy_entry_row_set_message (row, _("A saved reading cannot be emptied. Type the corrected value, or press Escape to keep it."));
      return FALSE;
    }
  else if (stored->status == FY_READING_NONE)
    {
      if (symptoms == FY_SYMPTOM_NONE && code == FY_CODE_UNKNOWN)
        {
          fy_entry_row_set_message (row, NULL);
          return TRUE;      /* nothing typed: skip this person for now */
        }
      fy_entry_row_set_message (row, _("Type the temperature first: symptoms and the health code are saved with it."));
      return FALSE;
    }
  else
    {
      /* "Normal (not measured)" stored: only the code may change without a number. */
      if (symptoms != FY_SYMPTOM_NONE)
        {
          fy_entry_row_set_message (row, _("Symptoms need a measured temperature. Type it first."));
          return FALSE;
        }
      if (code == stored->code_colour)
        {
          fy_entry_row_set_message (row, NULL);
          return TRUE;
        }
      entry.normal_unmeasured = TRUE;
    }

  entry.symptoms = symptoms;
  entry.code_colour = code;
  entry.method = stored->status != FY_READING_NONE && stored->method != FY_METHOD_UNKNOWN
                 ? stored->method : _fy_daily_entry_method (self);
  entry.note = stored->note;
  before_temp = stored->temp_tenths;
  before_abnormal = stored->abnormal;
  was_missing = stored->status == FY_READING_NONE;

  self->saving = TRUE;
  ok = fy_health_record (self->store,
                         &(FyReadingSlot) { .staff_id = data->person.staff_id, .day = self->day,
                                            .session = fy_entry_row_get_session (row) },
                         &entry, fy_clock_real_now (), &abnormal, &error);
  self->saving = FALSE;
  if (!ok)
    {
      fy_entry_row_set_message (row, error->message);
      return FALSE;
    }

  /* The row shows what is stored now (stored is gone after this). */
  g_object_ref (item);
  if (!fy_entry_model_reload_item (self->model, item, &error))
    g_warning ("Reading the saved entry back failed: %s", error->message);
  if (abnormal != FY_ABNORMAL_NONE && (abnormal != before_abnormal || tenths != before_temp))
    *follow_up = fy_entry_item_get_follow_up (item, fy_entry_row_get_session (row), NULL);
  if (was_missing)
    _fy_daily_entry_entered (self, fy_entry_item_get_staff_id (item));
  g_object_unref (item);
  return TRUE;
}

static void
present_follow_up (FyDailyEntry *self, gint64 follow_up)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (follow_up > 0 && GTK_IS_WINDOW (root))
    fy_followup_dialog_present (GTK_WINDOW (root), self->store, follow_up);
}

/* Saves the row, then moves `step` rows; past the end, to the first
 * person still missing. A refused value keeps the focus where it is. */
static void
commit_and_move (FyDailyEntry *self, FyEntryRow *row, int step)
{
  FyEntryItem *item = fy_entry_row_get_item (row);
  int position = item ? (int) fy_entry_item_get_position (item) : 0;
  int target = position + step;
  gint64 follow_up = 0;

  if (!commit_row (self, row, &follow_up))
    {
      gtk_editable_select_region (GTK_EDITABLE (fy_entry_row_get_entry (row)), 0, -1);
      return;
    }
  if (target >= (int) _fy_daily_entry_n_rows (self))
    {
      g_autoptr(GError) error = NULL;
      FyHealthFilter filter = _fy_daily_entry_filter (self);
      gint64 next = fy_health_entry_next_missing (self->store, self->day, self->session, &filter, 0, &error);
      if (next >= 0)
        target = (int) next;
      else
        {
          target = position;
          if (next == -1)
            {
              g_autofree char *done = g_strdup_printf (_("Everyone on the list has an entry for the %s check"),
                                                       fy_health_session_label (self->session));
              _fy_daily_entry_toast (self, done);
            }
        }
    }
  _fy_daily_entry_focus_position (self, MAX (target, 0), target > position ? 1 : target < position ? -1 : 0);
  /* After the move: when the dialog closes, the focus is on the next person. */
  present_follow_up (self, follow_up);
}

/* Symptoms or code changed on the row: saved at once when the row has a
 * value to save them with, else kept until the temperature is typed. */
static void
apply_side_change (FyDailyEntry *self, FyEntryRow *row)
{
  FyEntryItem *item = fy_entry_row_get_item (row);
  const FyHealthDayRow *data = item ? fy_entry_item_get_row (item) : NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (fy_entry_row_get_entry (row)));
  gint64 follow_up = 0;

  if (data == NULL)
    return;
  if (*text == '\0' && data->readings[fy_entry_row_get_session (row)].status == FY_READING_NONE)
    {
      fy_entry_row_set_message (row, _("Now type the temperature and press Enter: the symptoms and code are saved with it."));
      return;
    }
  if (commit_row (self, row, &follow_up))
    present_follow_up (self, follow_up);
}

static void
on_row_symptoms_chosen_cb (FyEntryRow *row, FyDailyEntry *self)
{
  apply_side_change (self, row);
}

static void
on_row_code_chosen_cb (FyEntryRow *row, FyDailyEntry *self)
{
  apply_side_change (self, row);
}

static void
on_row_follow_up_cb (FyEntryRow *row, FyDailyEntry *self)
{
  present_follow_up (self, fy_entry_row_get_follow_up (row));
}

/* The keys of a temperature field. One table: the key controller looks
 * keys up here, and the shortcuts window lists them (checked by a test). */
typedef enum
{
  CMD_NEXT, CMD_PREVIOUS, CMD_PAGE_DOWN, CMD_PAGE_UP, CMD_REVERT, CMD_SYMPTOMS, CMD_FOLLOW_UP,
  CMD_GREEN, CMD_YELLOW, CMD_RED,
} FieldCommand;

static const struct { guint keyval; GdkModifierType mods; FieldCommand command; } field_keys[] = {
  { GDK_KEY_Return, 0, CMD_NEXT },
  { GDK_KEY_KP_Enter, 0, CMD_NEXT },
  { GDK_KEY_ISO_Enter, 0, CMD_NEXT },
  { GDK_KEY_Down, 0, CMD_NEXT },
  { GDK_KEY_KP_Down, 0, CMD_NEXT },
  { GDK_KEY_Return, GDK_SHIFT_MASK, CMD_PREVIOUS },
  { GDK_KEY_KP_Enter, GDK_SHIFT_MASK, CMD_PREVIOUS },
  { GDK_KEY_ISO_Enter, GDK_SHIFT_MASK, CMD_PREVIOUS },
  { GDK_KEY_Up, 0, CMD_PREVIOUS },
  { GDK_KEY_KP_Up, 0, CMD_PREVIOUS },
  { GDK_KEY_Page_Down, 0, CMD_PAGE_DOWN },
  { GDK_KEY_KP_Page_Down, 0, CMD_PAGE_DOWN },
  { GDK_KEY_Page_Up, 0, CMD_PAGE_UP },
  { GDK_KEY_KP_Page_Up, 0, CMD_PAGE_UP },
  { GDK_KEY_Escape, 0, CMD_REVERT },
  /* Letters, with or without Shift (Caps Lock): a temperature has none. */
  { GDK_KEY_s, 0, CMD_SYMPTOMS },
  { GDK_KEY_f, 0, CMD_FOLLOW_UP },
  { GDK_KEY_g, 0, CMD_GREEN },
  { GDK_KEY_y, 0, CMD_YELLOW },
  { GDK_KEY_r, 0, CMD_RED },
};

static gboolean
find_field_key (guint keyval, GdkModifierType state, FieldCommand *command)
{
  GdkModifierType mods = state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK);
  guint lower = gdk_keyval_to_lower (keyval);

  for (guint i = 0; i < G_N_ELEMENTS (field_keys); i++)
    {
      gboolean letter = gdk_keyval_to_unicode (field_keys[i].keyval) >= 'a';
      if (field_keys[i].keyval == (letter ? lower : keyval)
          && field_keys[i].mods == (letter ? mods & ~GDK_SHIFT_MASK : mods))
        {
          *command = field_keys[i].command;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
fy_daily_entry_field_key_bound (guint keyval, GdkModifierType mods)
{
  FieldCommand command;
  return find_field_key (keyval, mods, &command);
}

/* What a key does in a row's field; FALSE when it is not the view's. */
static gboolean
handle_field_key (FyDailyEntry *self, FyEntryRow *row, guint keyval, GdkModifierType state)
{
  FyCodeColour code;
  FieldCommand command;

  if (!find_field_key (keyval, state, &command))
    return FALSE;     /* digits for the field; window and page shortcuts */

  switch (command)
    {
    case CMD_NEXT:
      commit_and_move (self, row, 1);
      return TRUE;
    case CMD_PREVIOUS:
      commit_and_move (self, row, -1);
      return TRUE;
    case CMD_PAGE_DOWN:
      commit_and_move (self, row, PAGE_STEP);
      return TRUE;
    case CMD_PAGE_UP:
      commit_and_move (self, row, -PAGE_STEP);
      return TRUE;
    case CMD_REVERT:
      if (!fy_entry_row_is_modified (row) && fy_entry_row_get_message (row) == NULL)
        return FALSE;
      fy_entry_row_revert (row);
      gtk_editable_select_region (GTK_EDITABLE (fy_entry_row_get_entry (row)), 0, -1);
      return TRUE;
    case CMD_SYMPTOMS:
      fy_entry_row_popup_symptoms (row);
      return TRUE;
    case CMD_FOLLOW_UP:
      present_follow_up (self, fy_entry_row_get_follow_up (row));
      return TRUE;
    case CMD_GREEN:
    case CMD_YELLOW:
    case CMD_RED:
    default:
      break;
    }

  /* G, Y, R: set the code; the same key again clears it. */
  code = command == CMD_GREEN ? FY_CODE_GREEN : command == CMD_YELLOW ? FY_CODE_YELLOW : FY_CODE_RED;
  fy_entry_row_set_code (row, fy_entry_row_get_code (row) == code ? FY_CODE_UNKNOWN : code);
  apply_side_change (self, row);
  return TRUE;
}

/* Types a character into the field as the entry does (over the selection). */
static void
insert_char (FyEntryRow *row, gunichar c)
{
  GtkEditable *field = GTK_EDITABLE (fy_entry_row_get_entry (row));
  char utf8[8] = { 0 };
  int position;

  gtk_editable_delete_selection (field);
  position = gtk_editable_get_position (field);
  g_unichar_to_utf8 (c, utf8);
  gtk_editable_insert_text (field, utf8, -1, &position);
  gtk_editable_set_position (field, position);
}

/* The keys typed while the focus was on its way, into the row that has it
 * now; a key that moves on again leaves the rest waiting for the next. */
static void
replay_typeahead (FyDailyEntry *self)
{
  while (self->typeahead->len > 0 && self->pending_focus < 0)
    {
      KeyPress key = g_array_index (self->typeahead, KeyPress, 0);
      FyEntryRow *row = _fy_daily_entry_focused_row (self);
      gunichar c = gdk_keyval_to_unicode (key.keyval);

      g_array_remove_index (self->typeahead, 0);
      if (row == NULL)
        break;
      if (!handle_field_key (self, row, key.keyval, key.state) && c != 0 && g_unichar_isprint (c))
        insert_char (row, c);
    }
  if (self->pending_focus < 0)
    g_array_set_size (self->typeahead, 0);
}

/* Capture phase: before the entry itself sees the key. */
static gboolean
on_field_key_pressed_cb (GtkEventControllerKey *controller, guint keyval, guint keycode,
                         GdkModifierType state, FyEntryRow *row)
{
  FyDailyEntry *self = FY_DAILY_ENTRY (gtk_widget_get_ancestor (GTK_WIDGET (row), FY_TYPE_DAILY_ENTRY));
  gunichar c = gdk_keyval_to_unicode (keyval);
  FieldCommand command;

  if (self == NULL || fy_entry_row_get_item (row) == NULL)
    return FALSE;
  /* Enter moved on to a row not on screen yet: what is typed meanwhile is
   * for that row, not this one. */
  if (self->pending_focus >= 0 && !(state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
      && ((c != 0 && g_unichar_isprint (c)) || find_field_key (keyval, state, &command)))
    {
      KeyPress key = { keyval, state };
      g_array_append_val (self->typeahead, key);
      return TRUE;
    }
  if (handle_field_key (self, row, keyval, state))
    return TRUE;
  /* Characters are typed here rather than through the input method, whose
   * commits can trail behind a fast Enter (seen under load, also with the
   * simple one): the value then lands in this field and nowhere else. An
   * input method's full-width digits are the same keys. */
  if (!(state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) && c != 0 && g_unichar_isprint (c))
    {
      insert_char (row, c);
      return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */

void
_fy_daily_entry_setup_row (FyDailyEntry *self, FyEntryRow *row)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Named so tests find the controller a user's key presses go through. */
  gtk_event_controller_set_name (keys, "fy-entry-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_field_key_pressed_cb), row);
  gtk_widget_add_controller (fy_entry_row_get_entry (row), keys);
  g_signal_connect (row, "symptoms-chosen", G_CALLBACK (on_row_symptoms_chosen_cb), self);
  g_signal_connect (row, "code-chosen", G_CALLBACK (on_row_code_chosen_cb), self);
  g_signal_connect (row, "follow-up", G_CALLBACK (on_row_follow_up_cb), self);
}
