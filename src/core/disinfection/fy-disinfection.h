/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-disinfection.h — the disinfection log (消毒消杀记录): schedules per zone
 * area or point (how often, what, with which disinfectant), the entries of
 * disinfections done, their codes and labels, validation, and the store
 * calls. Compliance (done against scheduled) is in
 * fy-disinfection-compliance.h, the dilution helper in fy-dilution.h.
 *
 * A schedule belongs to an area of a zone map, optionally to a symbol
 * (point) inside it. Entries keep the names of their area and point as they
 * were, so the log outlives a renamed or deleted area. Every write validates
 * first (FY_ERROR_INVALID, a translated sentence, nothing written), then
 * runs in one transaction and emits FY_STORE_CHANGE_DISINFECTION. */
#pragma once

#include <glib.h>

#include "fy-code-label.h"
#include "fy-store.h"
#include "fy-zone-map.h"

G_BEGIN_DECLS

/* In increasing order of how often (see fy_disinfection_frequency_raise):
 * per truck has no fixed count, so any rule raises it. */
typedef enum
{
  FY_DISINFECTION_PER_TRUCK,           /* after each truck */
  FY_DISINFECTION_TWO_PER_THREE_DAYS,  /* 三天两消杀 */
  FY_DISINFECTION_DAILY,
  FY_DISINFECTION_TWICE_DAILY,
  FY_DISINFECTION_EACH_SHIFT,
  FY_DISINFECTION_N_FREQUENCIES
} FyDisinfectionFrequency;

typedef enum
{
  FY_DISINFECTANT_CHLORINE84,   /* 84 消毒液, ≈ 5 % available chlorine */
  FY_DISINFECTANT_TABLET,       /* 含氯消毒片, stated mg available chlorine per tablet */
  FY_DISINFECTANT_POWDER,       /* 含氯消毒粉, stated % available chlorine */
  FY_DISINFECTANT_ALCOHOL,      /* 75 % 酒精, used neat */
  FY_DISINFECTANT_NONE,         /* ultraviolet lamp: no chemical */
  FY_DISINFECTANT_N
} FyDisinfectant;

typedef enum
{
  FY_DISINFECTION_WIPE,    /* 擦拭 */
  FY_DISINFECTION_SPRAY,   /* 喷洒 */
  FY_DISINFECTION_SOAK,    /* 浸泡 */
  FY_DISINFECTION_UV,      /* 紫外线 */
  FY_DISINFECTION_N_METHODS
} FyDisinfectionMethod;

/* Codes and labels, indexed by the enums. Objects (floor, door handles…)
 * are a set, stored as codes joined by ','. */
extern const FyCodeLabel fy_disinfection_frequency_labels[FY_DISINFECTION_N_FREQUENCIES + 1];
extern const FyCodeLabel fy_disinfectant_labels[FY_DISINFECTANT_N + 1];
extern const FyCodeLabel fy_disinfection_method_labels[FY_DISINFECTION_N_METHODS + 1];
#define FY_DISINFECTION_N_OBJECTS 7
extern const FyCodeLabel fy_disinfection_object_labels[FY_DISINFECTION_N_OBJECTS + 1];

const char *fy_disinfection_frequency_label (FyDisinfectionFrequency frequency);
const char *fy_disinfectant_label           (FyDisinfectant          product);
const char *fy_disinfection_method_label    (FyDisinfectionMethod    method);
/* Translated labels of a ',' set of object codes, joined by "、". Owned. */
char       *fy_disinfection_objects_text    (const char             *codes);
/* The higher (more frequent) of the two. */
FyDisinfectionFrequency fy_disinfection_frequency_raise (FyDisinfectionFrequency a,
                                                         FyDisinfectionFrequency b);

/* Concentration as shown: "500 mg/L", "75 %", "" for none. Owned. */
char       *fy_disinfection_concentration_text (FyDisinfectant product,
                                                int            concentration);

/* A place that can be disinfected: an area, or a symbol inside one. */
typedef struct
{
  gint64       area_id;
  gint64       point_id;     /* 0 = the whole area */
  char        *map_name;
  char        *area_name;
  char        *point_name;   /* "" for an area */
  FyZoneLevel  level;        /* the area's level now */
  char        *title;        /* "装卸区" or "装卸区 · 消杀点" */
} FyDisinfectionPlace;

void fy_disinfection_place_free (FyDisinfectionPlace *place);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDisinfectionPlace, fy_disinfection_place_free)

typedef struct
{
  gint64                  id;              /* 0 until saved */
  gint64                  area_id;
  gint64                  point_id;        /* 0 = the whole area */
  FyDisinfectionFrequency frequency;
  char                   *objects;         /* ',' codes */
  FyDisinfectionMethod    method;
  FyDisinfectant          product;
  int                     concentration;   /* mg/L available chlorine; % for alcohol; 0 for UV */
  int                     ventilation_min;
  char                   *start_day;       /* first day it is due, YYYY-MM-DD */
  /* Read from the store, ignored when saving: */
  char                   *place_title;
  FyZoneLevel             level;
} FyDisinfectionSchedule;

FyDisinfectionSchedule *fy_disinfection_schedule_new  (void);
void                    fy_disinfection_schedule_free (FyDisinfectionSchedule *schedule);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDisinfectionSchedule, fy_disinfection_schedule_free)

typedef struct
{
  gint64               id;               /* 0 until saved */
  gint64               at;               /* when done, Unix seconds */
  gint64               area_id;          /* 0: the area was deleted since */
  char                *area_name;        /* filled in from the area when saving */
  gint64               point_id;
  char                *point_name;
  char                *objects;          /* ',' codes */
  FyDisinfectionMethod method;
  FyDisinfectant       product;
  /* The dilution (fy-dilution.h), kept with the entry. */
  double               strength;         /* % chlorine, mg per tablet, % alcohol */
  int                  concentration;    /* mg/L, or % for alcohol */
  int                  volume_ml;        /* solution made; 0 = not stated */
  double               concentrate;      /* mL, g or tablets */
  int                  water_ml;
  int                  contact_min;      /* > 0 */
  int                  ventilation_min;
  char                *executor;
  char                *checker;
  char                *note;
  /* Taken from the Supplies stock with the entry: a 消杀用品 item and whole
   * units of it (0 / 0 = nothing taken), see fy_disinfection_consume_stock. */
  gint64               supply_item_id;
  gint64               supply_qty;
  gint64               supply_doc_id;    /* its issue document; set when saved */
  gboolean             supply_reversed;  /* read: that issue was reversed (红冲) */
} FyDisinfectionEntry;

FyDisinfectionEntry *fy_disinfection_entry_new  (void);
void                 fy_disinfection_entry_free (FyDisinfectionEntry       *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyDisinfectionEntry, fy_disinfection_entry_free)

/* Rules that need no store: a concentration the product can give, a
 * contact time above zero, not in the future (`now`), an executor. */
gboolean fy_disinfection_entry_validate    (const FyDisinfectionEntry    *entry,
                                            gint64                        now,
                                            GError                      **error);
gboolean fy_disinfection_schedule_validate (const FyDisinfectionSchedule *schedule,
                                            GError                      **error);

/* Risk rules (Preferences): the least frequency of an area of each level.
 * Stored as settings "disinfection.rule.LEVEL" (a frequency code, "none"
 * for no rule); defaults: red and yellow each shift, blue and green none.
 * Shifts a day: "disinfection.shifts" (1–4, default 3). */
gboolean fy_disinfection_get_rule   (FyStore                  *store,
                                     FyZoneLevel               level,
                                     FyDisinfectionFrequency  *frequency);
gboolean fy_disinfection_set_rule   (FyStore                  *store,
                                     FyZoneLevel               level,
                                     gboolean                  has_rule,
                                     FyDisinfectionFrequency   frequency,
                                     GError                  **error);
int      fy_disinfection_get_shifts (FyStore                  *store);
gboolean fy_disinfection_set_shifts (FyStore                  *store,
                                     int                       shifts,
                                     GError                  **error);
/* The schedule's frequency raised by the rule of its area's level. */
FyDisinfectionFrequency fy_disinfection_effective_frequency (FyStore                      *store,
                                                             const FyDisinfectionSchedule *schedule);

/* ---- Store ------------------------------------------------------------- */

/* Every area of every map, each followed by the symbols inside it (array
 * of FyDisinfectionPlace*, owned), maps by name, areas by name. */
GPtrArray *fy_disinfection_list_places     (FyStore                *store,
                                            GError                **error);
/* Schedules with their place title and level, by place (owned). */
GPtrArray *fy_disinfection_list_schedules  (FyStore                *store,
                                            GError                **error);
/* Inserts (id 0) or replaces a schedule; sets its id. */
gboolean   fy_disinfection_save_schedule   (FyStore                *store,
                                            FyDisinfectionSchedule *schedule,
                                            GError                **error);
gboolean   fy_disinfection_delete_schedule (FyStore                *store,
                                            gint64                  id,
                                            GError                **error);
/* Adds entries in one transaction (each validated first, its area and
 * point must exist; their names are filled in) and consumes their
 * disinfectant (fy_disinfection_consume_stock). Sets the ids. */
gboolean   fy_disinfection_add_entries     (FyStore                *store,
                                            FyDisinfectionEntry   **entries,
                                            guint                   n_entries,
                                            gint64                  now,
                                            GError                **error);
/* Entries done on local days from … to (inclusive), of one area or all
 * (area_id 0), newest first (owned). */
GPtrArray *fy_disinfection_list_entries    (FyStore                *store,
                                            const char             *from,
                                            const char             *to,
                                            gint64                  area_id,
                                            GError                **error);
/* Yesterday's round again: for each area, the last entry of yesterday
 * (local day before `now`) is recorded again at `now`, with the same
 * objects, product, dilution, method, times, people and stock take (the
 * same units of the same item are issued again), in one transaction. An area without an entry yesterday (or deleted) fails the
 * whole action with its name. `n_added` may be NULL. */
gboolean   fy_disinfection_repeat_yesterday (FyStore               *store,
                                            const gint64           *area_ids,
                                            guint                   n_areas,
                                            gint64                  now,
                                            guint                  *n_added,
                                            GError                **error);

/* The Supplies stock (issue 13 item 4). An entry names what it took: a
 * 消杀用品 item and a whole number of the item's unit. The officer states
 * it (the dialog proposes what was taken the last time with the same
 * product), because a supply item carries no content per unit and one bottle
 * of 84 or tin of tablets serves several rounds: what leaves the store room is
 * whole units, and that is what the stock must show.
 *
 * Checked before BEGIN by fy_disinfection_add_entries (all entries of one
 * item together): the item is a disinfection supply and enough of it is on
 * hand on the entry's day, expired batches left out; otherwise the whole
 * action fails naming the item and what is on hand. Then, called once per
 * entry inside the entry's transaction after its row is written, this
 * issues the units first-expiry-first-out (fy_supplies_issue: purpose
 * 消毒消杀, recipient the area, taker and issuer the executor) and records
 * the document's id on the entry. Nothing to take: does nothing. */
gboolean   fy_disinfection_consume_stock   (FyStore                   *store,
                                            FyDisinfectionEntry       *entry,
                                            GError                   **error);
/* What the last entry with `product` took from stock (item 0 when none),
 * to propose it again. */
gboolean   fy_disinfection_last_stock_take (FyStore                   *store,
                                            FyDisinfectant             product,
                                            gint64                    *item_id,
                                            gint64                    *quantity,
                                            GError                   **error);
/* The disinfection entry that took stock with supply document `doc_id`
 * (0 when none, -1 with the error). */
gint64     fy_disinfection_entry_of_supply_doc (FyStore              *store,
                                                gint64                doc_id,
                                                GError              **error);

G_END_DECLS
