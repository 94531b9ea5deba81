/* ind-error.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-error.h"

G_DEFINE_QUARK (ind-error-quark, ind_error)
