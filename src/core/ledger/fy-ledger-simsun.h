/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-ledger-simsun.h — how many lines a spreadsheet cell's text takes in
 * 宋体 (SimSun), the font the .xlsx asks for, computed from SimSun's fixed
 * advances instead of a stand-in font: ASCII half an em, everything else
 * (CJK, full-width punctuation, symbols) one em. Never fewer lines than
 * Excel, WPS or LibreOffice break it into with SimSun. Core only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lines of `text` (explicit '\n' start a new line) wrapped to `width`
 * points at an em of `em` points: Latin words move whole to the next line
 * (broken only when longer than a line), CJK breaks between characters,
 * and a closing punctuation mark (，。）…) never starts a line — it takes
 * the character before it along, as the viewers' line breaking does. */
guint fy_ledger_simsun_lines (const char *text,
                              double      width,
                              double      em);

G_END_DECLS
