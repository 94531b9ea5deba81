/* ind-reader-private.h: what the readers share
 *
 * Each reader turns the bytes of one file format into an IndRawTable and
 * has its own header: ind-reader-text-private.h, ind-reader-pdf-private.h
 * and ind-reader-xlsx-private.h; ind-load.c picks the one for a file.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Largest file accepted: a state-level report of 10⁵ rows is ~30 MB. */
#define IND_READER_MAX_BYTES (512u * 1024 * 1024)

G_END_DECLS
