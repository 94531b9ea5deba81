/* ind-reader-private.h: what the readers share
 *
 * Each reader turns the bytes of one file format into an IndRawTable:
 * ind-reader-text.c, ind-reader-pdf.c and ind-reader-xlsx.c, each with
 * its own header; ind-load.c picks the one for a file.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-raw-table-private.h"

G_BEGIN_DECLS

/* Largest file accepted: a state-level report of 10⁵ rows is ~30 MB. */
#define IND_READER_MAX_BYTES (512u * 1024 * 1024)

G_END_DECLS
