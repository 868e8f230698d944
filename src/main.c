/* main.c — a sub-command runs on the command line (no display needed);
 * otherwise the window opens. */
#include "config.h"

#include <locale.h>
#include <sys/stat.h>
#include <glib/gi18n.h>

#include "fy-application.h"
#include "fy-cli.h"

int
main (int argc, char **argv)
{
  const char *localedir = g_getenv ("FANGYI_LOCALEDIR");

  /* Personal data: everything we create is private to the user. */
  umask (077);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (fy_cli_wants (argc, argv))
    return fy_cli_run (argc, argv);

  g_autoptr(FyApplication) app = fy_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
