/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-supplies.c — the supply records, their code tables and the rules of
 * input that need no database: item fields, quantities, receipt dates.
 * The SQL is in fy-supplies-store.c. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-supplies-private.h"
#include "fy-validate.h"

const FyCodeLabel fy_supply_category_labels[] = {
  [FY_SUPPLY_PROTECTIVE] = { "protective", N_("Protective equipment") },
  [FY_SUPPLY_DISINFECTION] = { "disinfection", N_("Disinfection supplies") },
  [FY_SUPPLY_TESTING] = { "testing", N_("Testing supplies") },
  [FY_SUPPLY_MEDICAL] = { "medical", N_("Medical supplies and medicines") },
  [FY_SUPPLY_LIVING] = { "living", N_("Living supplies") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_supply_rule_labels[] = {
  [FY_SUPPLY_RULE_NONE] = { "none", N_("No planned use") },
  [FY_SUPPLY_RULE_PERSON_DAY] = { "person_day", N_("Per person per day") },
  [FY_SUPPLY_RULE_PERSON_SHIFT] = { "person_shift", N_("Per person per shift") },
  [FY_SUPPLY_RULE_AREA_DAY] = { "area_day", N_("Per area per day") },
  [FY_SUPPLY_RULE_FIXED_DAY] = { "fixed_day", N_("Fixed amount per day") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_supply_source_labels[] = {
  [FY_SUPPLY_SOURCE_PURCHASE] = { "purchase", N_("Purchased") },
  [FY_SUPPLY_SOURCE_ALLOCATION] = { "allocation", N_("Allocated by higher authority") },
  [FY_SUPPLY_SOURCE_DONATION] = { "donation", N_("Donated") },
  [FY_SUPPLY_SOURCE_TRANSFER] = { "transfer", N_("Transfer in") },
  [FY_SUPPLY_SOURCE_RETURN] = { "return", N_("Returned to store") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_supply_recipient_labels[] = {
  [FY_SUPPLY_TO_DEPARTMENT] = { "department", N_("Department") },
  [FY_SUPPLY_TO_AREA] = { "area", N_("Zone area") },
  [FY_SUPPLY_TO_PERSON] = { "person", N_("Person") },
  FY_CODE_LABEL_END
};

const FyCodeLabel fy_supply_doc_kind_labels[] = {
  [FY_SUPPLY_DOC_RECEIPT] = { "receipt", N_("Stock receipt") },
  [FY_SUPPLY_DOC_ISSUE] = { "issue", N_("Stock issue") },
  [FY_SUPPLY_DOC_RETURN] = { "return", N_("Stock return") },
  [FY_SUPPLY_DOC_SCRAP] = { "scrap", N_("Scrapped") },
  [FY_SUPPLY_DOC_ADJUST] = { "adjust", N_("Stock-take adjustment") },
  [FY_SUPPLY_DOC_REVERSAL] = { "reversal", N_("Reversal (red entry)") },
  FY_CODE_LABEL_END
};

FySupplyItem *
fy_supply_item_new (void)
{
  FySupplyItem *item = g_new0 (FySupplyItem, 1);

  item->code = g_strdup ("");
  item->name = g_strdup ("");
  item->spec = g_strdup ("");
  item->unit = g_strdup ("");
  item->place = g_strdup ("");
  item->note = g_strdup ("");
  return item;
}

void
fy_supply_item_free (FySupplyItem *item)
{
  if (item == NULL)
    return;
  g_free (item->code);
  g_free (item->name);
  g_free (item->spec);
  g_free (item->unit);
  g_free (item->place);
  g_free (item->note);
  g_free (item);
}

void
fy_supply_batch_free (FySupplyBatch *batch)
{
  if (batch == NULL)
    return;
  g_free (batch->batch_no);
  g_free (batch->produced);
  g_free (batch->expires);
  g_free (batch->maker);
  g_free (batch);
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID, message);
  return FALSE;
}

/* Replaces *field by its normalised form; FALSE when longer than `max`. */
static gboolean
normalise_field (char **field, glong max)
{
  char *normal = fy_normalize_text (*field != NULL ? *field : "");

  g_free (*field);
  *field = normal;
  return g_utf8_strlen (normal, -1) <= max;
}

gboolean
fy_supply_item_validate (FySupplyItem *item, GError **error)
{
  char *code;

  if (!normalise_field (&item->code, 32))
    return invalid (error, _("An item code has at most 32 characters."));
  code = fy_supplies_normalize_code (item->code);
  g_free (item->code);
  item->code = code;
  if (*item->code == '\0')
    return invalid (error, _("Enter the item code (what the barcode scanner types)."));
  if (!normalise_field (&item->name, 64) || *item->name == '\0')
    return invalid (error, _("Enter the item’s name (at most 64 characters)."));
  if (!normalise_field (&item->unit, 8) || *item->unit == '\0')
    return invalid (error, _("Enter the unit of the item (at most 8 characters), e.g. 个, 瓶, 盒."));
  if (!normalise_field (&item->spec, 64) || !normalise_field (&item->place, 64))
    return invalid (error, _("The specification and the storage place have at most 64 characters each."));
  if (!normalise_field (&item->note, 200))
    return invalid (error, _("A note has at most 200 characters."));
  if ((guint) item->category >= FY_SUPPLY_N_CATEGORIES || (guint) item->rule >= FY_SUPPLY_N_RULES)
    return invalid (error, _("Choose the item’s category and consumption rule."));
  if (item->min_stock < 0 || item->min_stock > FY_SUPPLY_QUANTITY_MAX)
    return invalid (error, _("The minimum stock must be a whole number, 0 or more."));
  if (item->rule_milli < 0 || item->rule_milli > (gint64) FY_SUPPLY_QUANTITY_MAX * 1000)
    return invalid (error, _("The planned use must be 0 or more."));
  if (item->rule != FY_SUPPLY_RULE_NONE && item->rule_milli == 0)
    return invalid (error, _("Enter how much the consumption rule plans to use, or choose “No planned use”."));
  if (item->reserve_days < 0 || item->reserve_days > 365)
    return invalid (error, _("The reserve target is 0 (the company default) to 365 days."));
  return TRUE;
}

char *
fy_supplies_normalize_code (const char *text)
{
  g_autofree char *normal = fy_normalize_text (text != NULL ? text : "");
  GString *out = g_string_new (NULL);

  /* A scanner's code never holds spaces; upper-case so "ab-12" finds "AB-12". */
  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c < 128 ? (gunichar) g_ascii_toupper ((char) c) : c);
    }
  return g_string_free (out, FALSE);
}

gboolean
fy_supplies_parse_quantity (const char *text, gint64 *quantity, GError **error)
{
  g_autofree char *normal = fy_normalize_text (text != NULL ? text : "");
  guint64 value = 0;
  const char *p;

  if (*normal == '\0')
    return invalid (error, _("Enter the quantity."));
  if (normal[0] == '-')
    return invalid (error, _("The quantity must be more than zero."));
  for (p = normal; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return invalid (error, _("The quantity must be a whole number of the item’s unit, e.g. 20."));
  if (strlen (normal) > 9 || !g_ascii_string_to_unsigned (normal, 10, 0, FY_SUPPLY_QUANTITY_MAX, &value, NULL))
    return invalid (error, _("That quantity is too large."));
  if (value == 0)
    return invalid (error, _("The quantity must be more than zero."));
  *quantity = (gint64) value;
  return TRUE;
}

gboolean
fy_supplies_parse_milli (const char *text, gint64 *milli, GError **error)
{
  g_autofree char *normal = fy_normalize_text (text != NULL ? text : "");
  g_auto(GStrv) parts = NULL;
  guint64 whole = 0, frac = 0;
  gsize frac_len;

  if (*normal == '\0')
    {
      *milli = 0;
      return TRUE;
    }
  parts = g_strsplit (normal, ".", 3);
  frac_len = parts[1] ? strlen (parts[1]) : 0;
  if (g_strv_length (parts) > 2 || *parts[0] == '\0' || frac_len > 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 0, FY_SUPPLY_QUANTITY_MAX, &whole, NULL)
      || (parts[1] && (frac_len == 0 || !g_ascii_string_to_unsigned (parts[1], 10, 0, 999, &frac, NULL))))
    return invalid (error, _("Enter the planned use as a number with at most three decimals, e.g. 2 or 0.5."));
  for (gsize i = frac_len; i < 3; i++)
    frac *= 10;
  *milli = (gint64) (whole * 1000 + frac);
  return TRUE;
}

gboolean
fy_supplies_check_quantity (gint64 quantity, GError **error)
{
  if (quantity <= 0)
    return invalid (error, _("The quantity must be more than zero."));
  if (quantity > FY_SUPPLY_QUANTITY_MAX)
    return invalid (error, _("That quantity is too large."));
  return TRUE;
}

/* A required or optional date field in canonical form (owned), or NULL. */
char *
fy_supplies_check_day (const char *day, gboolean required, GError **error)
{
  if (day == NULL || *day == '\0')
    {
      if (required)
        {
          invalid (error, _("Enter the date."));
          return NULL;
        }
      return g_strdup ("");
    }
  return fy_validate_date (day, error);
}

gboolean
fy_supplies_check_receipt (const FySupplyReceiptInput *input, FySupplyReceiptDays *days, GError **error)
{
  g_autofree char *today = fy_today ();

  if (!fy_supplies_check_quantity (input->quantity, error))
    return FALSE;
  if ((guint) input->source >= FY_SUPPLY_N_SOURCES)
    return invalid (error, _("Choose where the goods come from."));
  if (input->unit_price_fen < -1)
    return invalid (error, _("The unit price cannot be negative."));
  days->day = fy_supplies_check_day (input->day, TRUE, error);
  if (days->day == NULL)
    return FALSE;
  if (strcmp (days->day, today) > 0)
    return invalid (error, _("A receipt cannot be dated in the future."));
  days->produced = fy_supplies_check_day (input->produced, FALSE, error);
  if (days->produced == NULL)
    return FALSE;
  days->expires = fy_supplies_check_day (input->expires, FALSE, error);
  if (days->expires == NULL)
    return FALSE;
  if (*days->produced != '\0' && strcmp (days->produced, today) > 0)
    return invalid (error, _("The production date cannot be in the future."));
  if (*days->produced != '\0' && *days->expires != '\0' && strcmp (days->expires, days->produced) <= 0)
    return invalid (error, _("The expiry date must be after the production date."));
  return TRUE;
}

void
fy_supplies_receipt_days_clear (FySupplyReceiptDays *days)
{
  g_clear_pointer (&days->day, g_free);
  g_clear_pointer (&days->produced, g_free);
  g_clear_pointer (&days->expires, g_free);
}

/* Text fields of a document: normalised, at most 64 characters (notes and
 * reasons 200). Owned. */
char *
fy_supplies_text (const char *text)
{
  return fy_normalize_text (text != NULL ? text : "");
}
