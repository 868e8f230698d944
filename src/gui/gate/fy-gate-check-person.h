/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-gate-check-person.h — one person's fields in the gate check (what
 * they showed: temperature and re-take, health code, test, travel; name,
 * ID number, phone and company for someone not declared) read back into an
 * FyGatePerson, and the form pieces the gate dialogs lay them out with. */
#pragma once

#include <gtk/gtk.h>

#include "fy-gate.h"

G_BEGIN_DECLS

/* What every field of a form calls: `changed (data)` on each edit,
 * `activate (data)` on Enter. */
typedef struct
{
  GCallback changed;
  GCallback activate;
  gpointer  data;
} FyGateCheckHooks;

GtkGrid   *fy_gate_check_grid   (void);
GtkWidget *fy_gate_check_entry  (const FyGateCheckHooks *hooks,
                                int                    width_chars);
/* A drop-down of the `n` labels of `table` (the first one shown as
 * `first` when given), `selected` chosen. */
GtkWidget *fy_gate_check_choice (const FyGateCheckHooks *hooks,
                                const FyCodeLabel     *table,
                                guint                  n,
                                const char            *first,
                                guint                  selected);
/* The mnemonic title `title` and `field` (named `name`, labelled by the
 * title) at column pair `col` of `row`, the field `span` columns wide.
 * Returns `field`. */
GtkWidget *fy_gate_check_attach (GtkGrid               *grid,
                                int                    col,
                                int                    row,
                                int                    span,
                                const char            *title,
                                GtkWidget             *field,
                                const char            *name);

typedef struct
{
  FyGatePerson *base;      /* as declared, or new (owned) */
  GtkWidget    *box;
  GtkLabel     *heading;
  GtkEditable  *name;      /* these four only for someone not declared */
  GtkEditable  *id_number;
  GtkEditable  *phone;
  GtkEditable  *company;
  GtkEditable  *temp1;
  GtkEditable  *temp2;
  GtkDropDown  *code;
  GtkEditable  *test_at;
  GtkDropDown  *result;
  GtkDropDown  *risk;
  GtkEditable  *travel_note;
  GtkWidget    *fields;    /* the grid of the fields above */
  GtkCheckButton *absent;  /* a declared companion or co-rider who did not come; NULL for the first */
} FyGateCheckPerson;

/* The fields of `base` (taken), the `index`-th person of the visit (the
 * widgets are named "gate-temp1-INDEX" …); `editable_identity` adds the
 * name, ID number, phone and company fields. */
FyGateCheckPerson *fy_gate_check_person_new  (const FyGateCheckHooks *hooks,
                                              FyGatePerson          *base,
                                              guint                  index,
                                              gboolean               editable_identity);
void               fy_gate_check_person_free (FyGateCheckPerson     *person);
/* FALSE when the person is ticked "did not come": left out of the visit. */
gboolean           fy_gate_check_person_came (const FyGateCheckPerson *person);
/* "司机：张三 · 110105********002X · 138****5678" (masked) for a declared
 * person; the role alone, "(not on the declaration)" when `of_declared`,
 * for someone typed in at the gate. */
void               fy_gate_check_person_set_heading (FyGateCheckPerson *person,
                                                     FyGateRole         role,
                                                     gboolean           of_declared);
/* Fills `out` from the fields. With `strict`, a field that cannot be read
 * (or a test sampled after `at`) stops with the field in *bad and a
 * message; otherwise it counts as empty (the live proposal while typing). */
gboolean           fy_gate_check_person_read (FyGateCheckPerson     *person,
                                              FyGatePerson          *out,
                                              gint64                 at,
                                              gboolean               strict,
                                              GtkWidget            **bad,
                                              GError               **error);

G_END_DECLS
