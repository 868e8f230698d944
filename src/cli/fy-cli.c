#include "config.h"
#include "fy-cli.h"
gboolean fy_cli_wants (int argc, char **argv) { return FALSE; }
int fy_cli_run (int argc, char **argv) { return 2; }
