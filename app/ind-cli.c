/* ind-cli.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ind-chart.h"
#include "ind-cli.h"
#include "ind-export-pdf.h"
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
  { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw a chart of the report FILE into OUT (.png, .svg or .pdf) and exit"), N_("OUT") },
  { "chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart: ejecucion (the default), avance or composicion"), N_("KIND") },
  { "program", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-chart: chart the components of a program (103) or the activities of a component (103/C01)"),
    N_("CLAVE") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export-chart: width in pixels (1920)"), N_("PIXELS") },
  { "height", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export-chart: height in pixels (1080)"), N_("PIXELS") },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the PDF summary of the report FILE to OUT and exit"), N_("OUT") },
  { "export-slides", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write 16:9 PDF slides of the report FILE to OUT and exit"), N_("OUT") },
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
print_text (char     *text,
            gboolean  newline)
{
  g_autofree char *owned = text;

  fputs (owned, stdout);
  if (newline)
    fputc ('\n', stdout);
  return fflush (stdout) == 0 ? IND_EXIT_OK : IND_EXIT_EXPORT_FAILED;
}

static int
print_summary (IndReport    *report,
               GVariantDict *options)
{
  return print_text (ind_report_to_summary (report), FALSE);
}

static int
print_json (IndReport    *report,
            GVariantDict *options)
{
  return print_text (ind_report_to_json (report), TRUE);
}

/* The program or component named by --program, as a chart's scope. */
static gboolean
lookup_scope (IndReport   *report,
              const char  *clave,
              const char **scope_path)
{
  g_autofree char *path = g_ascii_strup (clave, -1);
  IndItem *item = ind_report_find_item (report, path);

  if (item == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s has no program or component «%s»."),
                                                  ind_report_get_source_name (report), clave);
      print_error (message);
      return FALSE;
    }
  if (ind_item_get_n_children (item) == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s has nothing below it to chart."),
                                                  ind_item_get_path (item));
      print_error (message);
      return FALSE;
    }
  *scope_path = ind_item_get_path (item);
  return TRUE;
}

static int
export_chart (IndReport    *report,
              GVariantDict *options)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = NULL, *clave = NULL;
  IndChartKind kind = IND_CHART_EJECUCION;
  int width = IND_CHART_PRESENTATION_WIDTH, height = IND_CHART_PRESENTATION_HEIGHT;
  IndChartOptions chart_options;

  ind_chart_options_init (&chart_options);
  g_variant_dict_lookup (options, "export-chart", "^ay", &out);
  if (g_variant_dict_lookup (options, "chart", "&s", &name) &&
      !ind_chart_kind_from_string (name, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("There is no chart «%s»: choose ejecucion, avance or composicion."),
                                                  name);
      print_error (message);
      return IND_EXIT_USAGE;
    }
  g_variant_dict_lookup (options, "width", "i", &width);
  g_variant_dict_lookup (options, "height", "i", &height);
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      print_error (_("The width and height must be between 1 and 20,000 pixels."));
      return IND_EXIT_USAGE;
    }
  if (g_variant_dict_lookup (options, "program", "&s", &clave) &&
      !lookup_scope (report, clave, &chart_options.scope_path))
    return IND_EXIT_USAGE;

  chart_options.text_scale = ind_chart_text_scale_for_size (width, height);
  if (!ind_chart_save (report, kind, width, height, &chart_options, out, &error))
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

static int
export_xlsx (IndReport    *report,
             GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_variant_dict_lookup (options, "export-xlsx", "^ay", &out);
  if (!ind_export_xlsx (report, out, NULL, NULL, &error))
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

static int
export_pdf (IndReport      *report,
            GVariantDict   *options,
            const char     *option,
            IndPdfDocument  document)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) generated = NULL;
  IndExportPdfOptions pdf_options;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gboolean ok;

  g_variant_dict_lookup (options, option, "^ay", &out);
  ind_export_pdf_options_init (&pdf_options);
  /* The reproducible-builds convention: the same date, the same file. */
  if (epoch != NULL && (generated = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10))) != NULL)
    pdf_options.generated = generated;
  ok = document == IND_PDF_SLIDES
       ? ind_export_pdf_slides (report, out, &pdf_options, NULL, &error)
       : ind_export_pdf_summary (report, out, &pdf_options, NULL, &error);
  if (!ok)
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

static int
export_pdf_summary (IndReport    *report,
                    GVariantDict *options)
{
  return export_pdf (report, options, "export-pdf", IND_PDF_SUMMARY);
}

static int
export_pdf_slides (IndReport    *report,
                   GVariantDict *options)
{
  return export_pdf (report, options, "export-slides", IND_PDF_SLIDES);
}

/* Each action is asked for by one option and works on one report. */
static const struct
{
  const char *option;
  int       (*run) (IndReport    *report,
                    GVariantDict *options);
} actions[] = {
  { "summary", print_summary },
  { "json", print_json },
  { "export-xlsx", export_xlsx },
  { "export-chart", export_chart },
  { "export-pdf", export_pdf_summary },
  { "export-slides", export_pdf_slides },
};

static char *
list_actions (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_string_append_printf (list, "%s--%s", i > 0 ? ", " : "", actions[i].option);
  return g_string_free (list, FALSE);
}

/* Returns -1 when no command-line action was asked for: the window opens. */
int
ind_cli_run (GVariantDict       *options,
             const char * const *files)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int chosen = -1;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      if (!g_variant_dict_contains (options, actions[i].option))
        continue;
      if (chosen >= 0)
        {
          g_autofree char *list = list_actions ();
          g_autofree char *message = g_strdup_printf (_("Choose only one of %s."), list);

          print_error (message);
          return IND_EXIT_USAGE;
        }
      chosen = i;
    }
  if (chosen < 0)
    return -1;

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
  return actions[chosen].run (report, options);
}
