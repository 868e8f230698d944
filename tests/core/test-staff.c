#include "config.h"
#include "fy-test-support.h"
int main (int argc, char **argv) { fy_test_init (&argc, &argv, NULL); return g_test_run (); }
