/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — a sub-command runs on the command line (no display needed);
 * otherwise the window opens. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n.h>

#include "fy-application.h"
#include "fy-atomic-file.h"
#include "fy-cli.h"

/* LANG=zh_CN.UTF-8 on a machine where that locale was never generated:
 * setlocale fails and everything would be English. Keep UTF-8 and ask
 * gettext for the language through LANGUAGE, which it honours under C.UTF-8. */
static void
use_language_without_locale (void)
{
  const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *lang = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (vars) && lang == NULL; i++)
    if (g_getenv (vars[i]) && *g_getenv (vars[i]))
      lang = g_getenv (vars[i]);
  g_unsetenv ("LC_ALL");
  setlocale (LC_ALL, "C.UTF-8");
  if (lang && (g_getenv ("LANGUAGE") == NULL || *g_getenv ("LANGUAGE") == '\0'))
    {
      g_autofree char *code = g_strndup (lang, strcspn (lang, ".@"));
      g_setenv ("LANGUAGE", code, TRUE);
    }
}

/* Where the translations are: $FANGYI_LOCALEDIR; else, for a binary run
 * from its build tree (build/src/fangyi, as `meson devenv` would), the
 * catalogues built next to it, which match it, unless that tree has none;
 * else the installed ones. */
static const char *
pick_localedir (void)
{
  static char *chosen;
  const char *env = g_getenv ("FANGYI_LOCALEDIR");
  g_autofree char *exe = NULL;
  g_autofree char *root = NULL;
  g_autofree char *mo = NULL;

  if (env && *env)
    return env;
  if (chosen)
    return chosen;
  exe = g_file_read_link ("/proc/self/exe", NULL);
  root = g_strconcat (BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);
  mo = g_build_filename (BUILD_PO_DIR, "zh_CN", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  chosen = exe && g_str_has_prefix (exe, root) && g_file_test (mo, G_FILE_TEST_IS_REGULAR)
           ? g_strdup (BUILD_PO_DIR) : g_strdup (LOCALEDIR);
  return chosen;
}

int
main (int argc, char **argv)
{
  const char *localedir = pick_localedir ();

  /* Personal data: everything we create is private to the user. */
  umask (077);
  /* Past a file-size limit (ulimit -f) a write should fail with EFBIG and
   * be reported, not kill the program halfway through a file. */
  fy_atomic_file_catch_size_limit ();

  if (setlocale (LC_ALL, "") == NULL)
    use_language_without_locale ();
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (fy_cli_wants (argc, argv))
    return fy_cli_run (argc, argv);

  g_autoptr(FyApplication) app = fy_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
