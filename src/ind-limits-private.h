/* ind-limits-private.h: smaller limits, for tests and the fuzzers only
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-limits.h"

G_BEGIN_DECLS

/* Replaces the limits until called again; NULL restores the defaults.
 * Not thread-safe: call it before any file is read. */
void _ind_limits_override (const IndLimits *limits);

G_END_DECLS
