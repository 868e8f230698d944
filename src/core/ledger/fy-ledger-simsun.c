/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-simsun.c — line counting at SimSun's advances for the .xlsx row
 * heights (fy-ledger-simsun.h). A stand-in monospace font (0.6 em Latin)
 * over-counted: rows came out taller than the text and page counts grew
 * when a spreadsheet was printed. SimSun's widths are simple enough to add
 * up without Pango: half an em for ASCII, one em for the rest. */
#include "config.h"

#include "fy-ledger-simsun.h"

/* Marks that may not begin a line (行首禁则): the breaker pulls the
 * character before them down with them. */
static gboolean
no_line_start (gunichar c)
{
  return c != 0 && g_utf8_strchr ("，。、；：？！）」』】》〉’”…%,.;:?!)]}", -1, c) != NULL;
}

static double
advance (gunichar c, double em)
{
  return c < 0x80 ? em / 2 : em;
}

typedef struct
{
  double width;
  double em;
  double used;        /* points on the current line */
  double last;        /* advance of the last character placed on it */
  guint  lines;
} Breaker;

static void
new_line (Breaker *b)
{
  b->lines++;
  b->used = 0;
  b->last = 0;
}

/* One CJK (or other one-em) character: a break is allowed before it. */
static void
place_char (Breaker *b, gunichar c)
{
  double w = advance (c, b->em);

  if (b->used > 0 && b->used + w > b->width)
    {
      double carried = no_line_start (c) ? b->last : 0;
      new_line (b);
      b->used = carried;
    }
  b->used += w;
  b->last = w;
}

/* A run of ASCII without spaces: whole on a line when it fits on one,
 * else broken wherever the line is full. */
static void
place_word (Breaker *b, const char *word, gsize len)
{
  double w = len * b->em / 2;

  if (b->used > 0 && b->used + w > b->width && w <= b->width)
    new_line (b);
  for (gsize i = 0; i < len; i++)
    place_char (b, (guchar) word[i]);
}

guint
fy_ledger_simsun_lines (const char *text, double width, double em)
{
  Breaker b = { .width = MAX (width, em), .em = em, .lines = 1 };
  const char *p = text ? text : "";

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          new_line (&b);
          p++;
        }
      else if (c == ' ')
        {
          /* A space at the end of a line hangs; it never wraps alone. */
          if (b.used + em / 2 <= b.width)
            b.used += em / 2;
          p++;
        }
      else if (c < 0x80)
        {
          const char *end = p;
          while (*end && *end != ' ' && *end != '\n' && (guchar) *end < 0x80)
            end++;
          place_word (&b, p, end - p);
          p = end;
        }
      else
        {
          place_char (&b, c);
          p = g_utf8_next_char (p);
        }
    }
  return b.lines;
}
