/* ind-cli.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ind-cli.h"
#include "ind-export-xlsx.h"
#include "ind-report.h"
#include "ind-report-text.h"

const GOptionEntry ind_cli_entries[] = {
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a summary of the report FILE and exit"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the report FILE as JSON and exit"), NULL },
  { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the report FILE as an Excel workbook OUT and exit"), N_("OUT") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_error (const char *message)
{
  g_printerr ("indicadores: %s\n", message);
}

static int
print_text (char *text)
{
  fputs (text, stdout);
  g_free (text);
  return fflush (stdout) == 0 ? IND_EXIT_OK : IND_EXIT_EXPORT_FAILED;
}

static int
run_summary (IndReport  *report,
             const char *argument)
{
  return print_text (ind_report_to_summary (report));
}

static int
run_json (IndReport  *report,
          const char *argument)
{
  g_autofree char *json = ind_report_to_json (report);

  return print_text (g_strconcat (json, "\n", NULL));
}

static int
run_export_xlsx (IndReport  *report,
                 const char *out)
{
  g_autoptr(GError) error = NULL;

  if (!ind_export_xlsx (report, out, NULL, NULL, &error))
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

/* One line per command-line action. @option names its entry in
 * ind_cli_entries; an entry with an argument passes it to @run. */
static const struct
{
  const char *option;
  int       (*run) (IndReport  *report,
                    const char *argument);
} actions[] = {
  { "summary", run_summary },
  { "json", run_json },
  { "export-xlsx", run_export_xlsx },
};

/* Returns -1 when no command-line action was asked for: the window opens. */
int
ind_cli_run (GVariantDict       *options,
             const char * const *files)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autofree char *argument = NULL;
  guint chosen = G_N_ELEMENTS (actions);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      if (!g_variant_dict_contains (options, actions[i].option))
        continue;
      if (chosen < G_N_ELEMENTS (actions))
        {
          g_autofree char *message =
            g_strdup_printf (_("Choose one of --%s and --%s."),
                             actions[chosen].option, actions[i].option);

          print_error (message);
          return IND_EXIT_USAGE;
        }
      chosen = i;
    }
  if (chosen == G_N_ELEMENTS (actions))
    return -1;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      print_error (_("Name exactly one report file."));
      return IND_EXIT_USAGE;
    }

  /* Filename arguments arrive as bytestrings; flags carry none. */
  value = g_variant_dict_lookup_value (options, actions[chosen].option,
                                       G_VARIANT_TYPE_BYTESTRING);
  if (value != NULL)
    argument = g_variant_dup_bytestring (value, NULL);

  file = g_file_new_for_commandline_arg (files[0]);
  report = ind_report_load (file, NULL, &error);
  if (report == NULL)
    {
      print_error (error->message);
      return IND_EXIT_UNREADABLE;
    }

  return actions[chosen].run (report, argument);
}
