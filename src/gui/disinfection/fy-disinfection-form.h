/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection-form.h — the frame the disinfection dialogs share: a
 * modal window with Cancel / Save in its header bar, a two-column form
 * (labels that name their fields for screen readers), an error line, Esc
 * to cancel and Enter in a single-line field to save, once. */
#pragma once

#include <adwaita.h>

#include "fy-disinfection.h"

G_BEGIN_DECLS

typedef struct _FyDisForm FyDisForm;
typedef gboolean (*FyDisFormSave) (FyDisForm *form, gpointer data, GError **error);

struct _FyDisForm
{
  GtkWindow     *window;
  GtkGrid       *grid;
  GtkLabel      *error;
  GtkWidget     *save;
  int            rows;
  FyDisFormSave  on_save;
  gpointer       data;
  GDestroyNotify destroy;
  gboolean       done;
};

FyDisForm *fy_dis_form_new        (GtkWindow     *parent,
                                   const char    *title,
                                   const char    *save_label,
                                   FyDisFormSave  on_save,
                                   gpointer       data,
                                   GDestroyNotify destroy);
/* Appends a labelled field; `name` is the widget's name (tests). */
GtkWidget *fy_dis_form_add        (FyDisForm     *form,
                                   const char    *label,
                                   const char    *name,
                                   GtkWidget     *field);
/* A single-line entry whose Enter saves. */
GtkWidget *fy_dis_form_entry      (FyDisForm     *form,
                                   const char    *text);
/* A spin button whose Enter saves. */
GtkWidget *fy_dis_form_spin       (FyDisForm     *form,
                                   double         lo,
                                   double         hi,
                                   double         step,
                                   guint          digits,
                                   double         value);
/* A drop-down of `n` labels from label_func. */
GtkWidget *fy_dis_form_choice     (const char *(*label_func) (int value),
                                   int            n,
                                   int            selected);
/* One check per object, in a flow box; checked = codes in `codes`. */
GtkWidget *fy_dis_form_objects    (const char    *codes);
/* The checked object codes joined by ','. Owned. */
char      *fy_dis_form_objects_get (GtkWidget    *objects);
void       fy_dis_form_save       (FyDisForm     *form);
void       fy_dis_form_present    (FyDisForm     *form,
                                   GtkWidget     *first);

G_END_DECLS
