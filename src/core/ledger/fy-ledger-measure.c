/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-measure.c — wrapped text heights for ledger cells, cached.
 *
 * Pango shaping is the slow part of laying out a ledger (about 10 ms per
 * printed page), and most cells are short: a name, a code, a department.
 * A cell is measured by Pango only when it could wrap: no newline and at
 * most one em per character within the width means one line. The rest is
 * cached by (width, weight, shape of the text: see append_shape), so the
 * same long remark in a thousand rows, or every name of three characters,
 * is shaped once. The cache is bounded: it starts again when full. */
#include "config.h"

#include <string.h>

#include "fy-ledger-measure.h"

#define CACHE_MAX 8192

typedef struct
{
  float  height;
  guint  lines;
} Measured;

struct _FyLedgerMeasure
{
  PangoContext         *context;
  PangoLayout          *layout;
  PangoFontDescription *font[2];      /* regular, bold */
  double                em[2];        /* font size in points */
  double                ascii[2];     /* the widest printable ASCII character */
  double                one_line[2];  /* height of one line */
  GHashTable           *cache;        /* "width:bold:text" → Measured */
  GString              *key;
};

PangoContext *
fy_ledger_measure_context_new (void)
{
  /* A per-thread font map (pango >= 1.32.6), so an export thread is safe. */
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static double
layout_height (FyLedgerMeasure *self, guint weight, const char *text, double width, guint *lines)
{
  int h = 0;

  pango_layout_set_font_description (self->layout, self->font[weight]);
  pango_layout_set_width (self->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (self->layout, text, -1);
  pango_layout_get_size (self->layout, NULL, &h);
  if (lines)
    *lines = (guint) pango_layout_get_line_count (self->layout);
  return (double) h / PANGO_SCALE;
}

FyLedgerMeasure *
fy_ledger_measure_new (PangoContext *context, const PangoFontDescription *regular, const PangoFontDescription *bold)
{
  FyLedgerMeasure *self = g_new0 (FyLedgerMeasure, 1);

  self->context = g_object_ref (context);
  self->layout = pango_layout_new (context);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  self->font[0] = pango_font_description_copy (regular);
  self->font[1] = pango_font_description_copy (bold);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->key = g_string_new (NULL);
  for (guint w = 0; w < 2; w++)
    {
      self->em[w] = (double) pango_font_description_get_size (self->font[w]) / PANGO_SCALE;
      /* Latin and CJK: the taller of the fonts a cell may fall back on. */
      self->one_line[w] = layout_height (self, w, "Ag\xe5\x9b\xbd", -1, NULL);
      self->ascii[w] = 0;
      for (char c = ' '; c < 127; c++)
        {
          char one[2] = { c, 0 };
          int width = 0;
          pango_layout_set_width (self->layout, -1);
          pango_layout_set_text (self->layout, one, 1);
          pango_layout_get_size (self->layout, &width, NULL);
          self->ascii[w] = MAX (self->ascii[w], (double) width / PANGO_SCALE);
        }
    }
  return self;
}

void
fy_ledger_measure_free (FyLedgerMeasure *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->layout);
  g_object_unref (self->context);
  pango_font_description_free (self->font[0]);
  pango_font_description_free (self->font[1]);
  g_hash_table_unref (self->cache);
  g_string_free (self->key, TRUE);
  g_free (self);
}

double
fy_ledger_measure_line_height (FyLedgerMeasure *self)
{
  return self->one_line[0];
}

/* TRUE when `text` cannot be wider than `width` on one line: no newline,
 * and the widest printable ASCII character for each ASCII one, an em and
 * a bit for any other (CJK glyphs are one em), still fit. */
static gboolean
surely_one_line (FyLedgerMeasure *self, guint weight, const char *text, double width)
{
  double other = self->em[weight] * 1.05, used = 0;

  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      if (*p < 0x80)
        {
          if (*p < ' ')
            return FALSE;   /* a newline, a tab */
          used += self->ascii[weight];
        }
      else if ((*p & 0xC0) != 0x80)   /* the first byte of a character */
        used += other;
      if (used > width)
        return FALSE;
    }
  return TRUE;
}

/* The text as far as wrapping can tell: every digit is "0" and every CJK
 * ideograph is "一". Digits share one advance in the fonts of forms
 * (tabular figures) and one line-break class, and so do ideographs (one em,
 * a break allowed around each): "员工00017" wraps exactly like "员工00342",
 * and every three-character name like every other. So the cache holds
 * shapes, and most cells of a ledger are a cache hit. */
static void
append_shape (GString *key, const char *text)
{
  for (const char *p = text; *p;)
    {
      guchar c = (guchar) *p;

      if (g_ascii_isdigit (c))
        {
          g_string_append_c (key, '0');
          p++;
        }
      else if (c < 0x80)
        {
          g_string_append_c (key, (char) c);
          p++;
        }
      else
        {
          gunichar u = g_utf8_get_char (p);
          const char *next = g_utf8_next_char (p);

          if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
            g_string_append (key, "\xe4\xb8\x80");   /* 一 */
          else
            g_string_append_len (key, p, next - p);
          p = next;
        }
    }
}

double
fy_ledger_measure_text (FyLedgerMeasure *self, const char *text, double width, gboolean bold, guint *lines)
{
  guint weight = bold ? 1 : 0;
  Measured *found;
  guint n = 1;
  double h;

  if (text == NULL || *text == '\0' || width <= 0 || surely_one_line (self, weight, text, width))
    {
      if (lines)
        *lines = 1;
      return self->one_line[weight];
    }

  /* The key: weight, width in 1/64 pt (digits, reversed), text. Built by
   * hand: printf per cell would cost more than the lookup. */
  g_string_truncate (self->key, 0);
  g_string_append_c (self->key, weight ? 'b' : 'r');
  for (guint32 w64 = (guint32) (width * 64); w64 > 0; w64 /= 10)
    g_string_append_c (self->key, (char) ('0' + w64 % 10));
  g_string_append_c (self->key, ':');
  append_shape (self->key, text);
  found = g_hash_table_lookup (self->cache, self->key->str);
  if (found == NULL)
    {
      if (g_hash_table_size (self->cache) >= CACHE_MAX)
        g_hash_table_remove_all (self->cache);
      h = layout_height (self, weight, text, width, &n);
      found = g_new (Measured, 1);
      /* Never shorter than the one-line height the fast path answers. */
      found->height = (float) MAX (h, self->one_line[weight] * n);
      found->lines = n;
      g_hash_table_insert (self->cache, g_strdup (self->key->str), found);
    }
  if (lines)
    *lines = found->lines;
  return found->height;
}
