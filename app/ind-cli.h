/* ind-cli.h: the command line, which needs no display
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
enum
{
  IND_EXIT_OK = 0,
  IND_EXIT_USAGE = 1,
  IND_EXIT_UNREADABLE = 2,
  IND_EXIT_EXPORT_FAILED = 3,
};

extern const GOptionEntry ind_cli_entries[];

int ind_cli_run (GVariantDict       *options,
                 const char * const *files);

G_END_DECLS
