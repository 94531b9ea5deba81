/* ind-cli.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ind-cli.h"
#include "ind-report.h"
#include "ind-report-text.h"

const GOptionEntry ind_cli_entries[] = {
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a summary of the report FILE and exit"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the report FILE as JSON and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_error (const char *message)
{
  g_printerr ("indicadores: %s\n", message);
}

/* Returns -1 when no command-line action was asked for: the window opens. */
int
ind_cli_run (GVariantDict       *options,
             const char * const *files)
{
  gboolean summary = g_variant_dict_contains (options, "summary");
  gboolean json = g_variant_dict_contains (options, "json");
  g_autoptr(GFile) file = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!summary && !json)
    return -1;

  if (summary && json)
    {
      print_error (_("Choose one of --summary and --json."));
      return IND_EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      print_error (_("Name exactly one report file."));
      return IND_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (files[0]);
  report = ind_report_load (file, NULL, &error);
  if (report == NULL)
    {
      print_error (error->message);
      return IND_EXIT_UNREADABLE;
    }

  text = summary ? ind_report_to_summary (report) : ind_report_to_json (report);
  fputs (text, stdout);
  if (json)
    fputc ('\n', stdout);
  return fflush (stdout) == 0 ? IND_EXIT_OK : IND_EXIT_EXPORT_FAILED;
}
