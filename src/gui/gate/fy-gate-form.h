/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-form.h — the pieces the visitor and truck declarations share, on
 * the dialog frame of the disinfection dialogs (FyDisForm): the fields of
 * one person (name, ID number, phone, health code, last test, vaccination)
 * that find a person seen before as soon as a full ID number or phone is
 * typed, a compact row of them for companions and truck occupants, choice
 * lists from code tables, and errors put at their field. */
#pragma once

#include <adwaita.h>

#include "fy-disinfection-form.h"
#include "fy-gate.h"

G_BEGIN_DECLS

typedef struct _FyGatePersonFields FyGatePersonFields;

/* Called when the ID number or phone typed belongs to a known outsider
 * (`last_visit` may be NULL), after the person's fields are filled. */
typedef void (*FyGatePersonFound) (FyGatePersonFields *fields,
                                   const FyGatePerson *person,
                                   const FyGateVisit  *last_visit,
                                   gpointer            data);

struct _FyGatePersonFields
{
  FyStore          *store;
  FyGateRole        role;
  GtkWidget        *row;          /* the compact row, NULL for fields laid out by the dialog */
  GtkWidget        *name, *id_number, *phone, *company;
  GtkWidget        *code, *test_day, *test_time, *test_result, *doses;
  GtkWidget        *remove;       /* compact rows that may be removed */
  gint64            found_id;     /* the outsider last filled in, 0 = none */
  FyGatePersonFound found;
  gpointer          found_data;
};

/* A single-line entry named `name` (tests), with an accessible label,
 * whose Enter saves the form. */
GtkWidget *fy_gate_form_entry        (FyDisForm          *form,
                                      const char         *name,
                                      const char         *a11y_label,
                                      int                 width_chars);
/* A drop-down of the translated labels of the first `n` entries of `table`. */
GtkWidget *fy_gate_form_choice       (const FyCodeLabel  *table,
                                      int                 n,
                                      int                 selected);
/* A day and a time entry side by side ("day", "time" + `prefix`), filled
 * with `at` (nothing for 0). The box is returned; the entries in *day and
 * *time. */
GtkWidget *fy_gate_form_when         (FyDisForm          *form,
                                      const char         *prefix,
                                      gint64              at,
                                      GtkWidget         **day,
                                      GtkWidget         **time);
/* Makes the title of the form's last row the label of `field` (its
 * mnemonic goes there; a text field then drops a name of its own, which
 * would be read twice). */
void       fy_gate_form_label_last_row (FyDisForm        *form,
                                        GtkWidget        *field);
/* Shows `error` under the form and marks `field` invalid (and focuses it);
 * `field` NULL only shows the message. Clears the other marks. */
void       fy_gate_form_error_at     (FyDisForm          *form,
                                      GtkWidget          *field,
                                      const GError       *error);
/* fy_gate_form_error_at with a new error `message`, into `error`: FALSE. */
gboolean   fy_gate_form_fail_at      (FyDisForm          *form,
                                      GtkWidget          *field,
                                      const char         *message,
                                      GError            **error);
/* Puts the plate typed in `plate` on `visit`: normalised when it is a
 * GA 36 plate, else as typed for the core to judge (military and embassy
 * plates pass there). TRUE when it is a GA 36 plate or empty. */
gboolean   fy_gate_form_take_plate   (GtkWidget          *plate,
                                      FyGateVisit        *visit);
/* Why a declaration would refuse `text` as a truck's plate (owned), NULL
 * when it would take it: a GA 36 plate, or another kind the core admits
 * (military, embassy). Asks the core's own checks. */
char      *fy_gate_form_plate_problem (const char        *text);
/* fy_gate_declare at now; a refusal is shown at `day` when the arrival is
 * on a day past, else at `suspect` (NULL: under the form only). */
gboolean   fy_gate_form_declare      (FyDisForm          *form,
                                      FyStore            *store,
                                      FyGateVisit        *visit,
                                      GtkWidget          *day,
                                      GtkWidget          *suspect,
                                      GError            **error);
/* Clears every invalid mark set by fy_gate_form_error_at. */
void       fy_gate_form_clear_marks  (FyDisForm          *form);

/* The 7-day travel of everyone in a visit: the highest risk level and where. */
typedef struct
{
  GtkWidget *risk, *note;
} FyGateTravel;

/* Adds the travel row to the form. */
void       fy_gate_travel_add        (FyGateTravel       *travel,
                                      FyDisForm          *form);
void       fy_gate_travel_read       (const FyGateTravel *travel,
                                      FyGatePerson       *person);
void       fy_gate_travel_fill       (const FyGateTravel *travel,
                                      const FyGatePerson *person);

/* A new set of fields (owned by the form's window). `with_company` adds
 * the company entry (visitors). */
FyGatePersonFields *fy_gate_person_fields_new (FyDisForm  *form,
                                               FyStore    *store,
                                               FyGateRole  role,
                                               gboolean    with_company);
/* Lays the fields out as one compact row titled `title`, with a Remove
 * button when `removable`; returns the row (also f->row). */
GtkWidget *fy_gate_person_fields_row  (FyGatePersonFields *f,
                                       const char         *title,
                                       gboolean            removable);
void       fy_gate_person_fields_fill (FyGatePersonFields *f,
                                       const FyGatePerson *person);
/* Reads the fields into a new person (role, travel left to the caller),
 * checking the ID number, phone and test time here so that an error is
 * put at its field (the roster's rules, fy-validate.h); NULL on error. */
FyGatePerson *fy_gate_person_fields_read (FyGatePersonFields *f,
                                          FyDisForm          *form,
                                          gint64              now,
                                          GError            **error);
/* FALSE, with the ID number (else the phone) of `f` marked, when `p`,
 * just read from `f`, is someone already in `people` (FyGatePerson*). */
gboolean   fy_gate_person_fields_check_repeat (FyGatePersonFields *f,
                                               FyDisForm          *form,
                                               const FyGatePerson *p,
                                               GPtrArray          *people,
                                               GError            **error);
/* Removes from `rows` (FyGatePersonFields*) and from `box` the row whose
 * Remove button is `button`. */
void       fy_gate_person_rows_remove  (GPtrArray        *rows,
                                        GtkWidget        *box,
                                        GtkWidget        *button);
/* TRUE when every field of a compact row is empty (an unused row). */
gboolean   fy_gate_person_fields_empty (FyGatePersonFields *f);

G_END_DECLS
