/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fy-file-toast.h — the toast after a file was written (an export): its
 * name, with "Open" and "Show in Folder". */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast saying `text` with two buttons acting on `path`. */
AdwToast *fy_file_toast_new (const char *text,
                             const char *path);

G_END_DECLS
