/* fy-ledger-registry.c — work in progress */
#include "config.h"
typedef int fy_placeholder_fy_ledger_registry;
