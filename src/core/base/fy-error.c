/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fy-error.h"

G_DEFINE_QUARK (fy-error-quark, fy_error)
