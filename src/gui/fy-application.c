#include "config.h"
typedef int fy_placeholder_app;
