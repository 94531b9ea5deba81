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
#include "ind-comparison.h"
#include "ind-export-pdf.h"
#include "ind-export-pptx.h"
#include "ind-export-xlsx.h"
#include "ind-load.h"
#include "ind-project.h"
#include "ind-report-json.h"
#include "ind-report-summary.h"
#include "ind-report.h"

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
    N_("With --export-chart: ejecucion (the default), avance, composicion, or comparacion (the default with --compare)"),
    N_("KIND") },
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
  { "export-pptx", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the slides of the report FILE as an editable PowerPoint presentation OUT (.pptx) and exit"), N_("OUT") },
  { "remarks", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Put the staff's remarks saved in PROJECT on the report FILE first (with --summary, --json and the exports of documents)"),
    N_("PROJECT") },
  { "compare", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Compare the report FILE with the report OTHER of another period; may be repeated (with --summary, --export-chart and the exports of documents)"),
    N_("OTHER") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

/* What an action works on. */
typedef struct
{
  IndReport     *report;
  IndProject    *project;     /* --remarks: the report is its report */
  IndComparison *comparison;  /* --compare */
  GVariantDict  *options;
} Input;

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

/* The remarks, in the report's order, those without an item last. */
static void
append_remarks (GString    *out,
                IndProject *project)
{
  GListModel *remarks = ind_project_get_remarks (project);
  guint n = g_list_model_get_n_items (remarks);

  if (n == 0)
    return;
  g_string_append_printf (out, "\n%s (%u):\n", _("Staff remarks"), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (remarks, i);

      g_string_append_printf (out, "- %s", ind_remark_get_path (remark));
      if (ind_remark_get_orphaned (remark))
        g_string_append_printf (out, " (%s)", _("not in this report"));
      g_string_append_printf (out, ": %s\n", ind_remark_get_text (remark));
    }
}

static int
print_summary (const Input *input)
{
  GString *out = g_string_new (NULL);
  g_autofree char *summary = ind_report_to_summary (input->report);

  g_string_append (out, summary);
  if (input->project != NULL)
    append_remarks (out, input->project);
  if (input->comparison != NULL)
    {
      g_autofree char *comparison = ind_comparison_to_summary (input->comparison);

      g_string_append_printf (out, "\n%s\n", comparison);
    }
  return print_text (g_string_free (out, FALSE), FALSE);
}

static int
print_json (const Input *input)
{
  return print_text (ind_report_to_json (input->report), TRUE);
}

/* The program or component named by --program, as a chart's scope: in
 * the report, or in any period of the comparison. */
static gboolean
lookup_scope (const Input  *input,
              const char   *clave,
              const char  **scope_path)
{
  g_autofree char *path = g_ascii_strup (clave, -1);
  IndComparisonRow *row = NULL;
  IndItem *item = NULL;
  gboolean leaf;

  if (input->comparison != NULL)
    row = ind_comparison_find_row (input->comparison, path);
  else
    item = ind_report_find_item (input->report, path);
  if (item == NULL && row == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s has no program or component «%s»."),
                                                  ind_report_get_source_name (input->report), clave);
      print_error (message);
      return FALSE;
    }
  leaf = row != NULL ? ind_comparison_row_get_kind (row) == IND_KIND_ACTIVIDAD
                     : ind_item_get_n_children (item) == 0;
  *scope_path = row != NULL ? ind_comparison_row_get_path (row) : ind_item_get_path (item);
  if (leaf)
    {
      g_autofree char *message = g_strdup_printf (_("%s has nothing below it to chart."), *scope_path);
      print_error (message);
      return FALSE;
    }
  return TRUE;
}

/* Whether --chart names the comparison chart. */
static gboolean
is_comparison_chart (const char *name)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);

  return g_str_equal (folded, "comparacion") || g_str_equal (folded, "comparación");
}

static int
export_chart (const Input *input)
{
  GVariantDict *options = input->options;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = NULL, *clave = NULL;
  IndChartKind kind = IND_CHART_EJECUCION;
  int width = IND_CHART_PRESENTATION_WIDTH, height = IND_CHART_PRESENTATION_HEIGHT;
  IndChartOptions chart_options;
  gboolean ok;

  ind_chart_options_init (&chart_options);
  g_variant_dict_lookup (options, "export-chart", "^ay", &out);
  g_variant_dict_lookup (options, "chart", "&s", &name);
  if (name != NULL && is_comparison_chart (name) && input->comparison == NULL)
    {
      print_error (_("The chart comparacion needs the report of another period: add --compare OTHER."));
      return IND_EXIT_USAGE;
    }
  if (name != NULL && !is_comparison_chart (name) && input->comparison != NULL)
    {
      print_error (_("With --compare, the chart is comparacion."));
      return IND_EXIT_USAGE;
    }
  if (name != NULL && input->comparison == NULL && !ind_chart_kind_from_string (name, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("There is no chart «%s»: choose ejecucion, avance, composicion or comparacion."),
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
      !lookup_scope (input, clave, &chart_options.scope_path))
    return IND_EXIT_USAGE;

  chart_options.text_scale = ind_chart_text_scale_for_size (width, height);
  if (input->comparison != NULL)
    ok = ind_chart_save_comparison (input->comparison, width, height, &chart_options, out, &error);
  else
    ok = ind_chart_save (input->report, kind, width, height, &chart_options, out, &error);
  if (!ok)
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

/* Every export, from the command line: the report with its remarks
 * and comparison, written to the file given to @option. */
static int
export_to_file (const Input   *input,
                const char    *option,
                IndExportFunc  write)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) generated = NULL;
  IndExportOptions options;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  g_variant_dict_lookup (input->options, option, "^ay", &out);
  ind_export_options_init (&options);
  options.project = input->project;
  options.comparison = input->comparison;
  /* The reproducible-builds convention: the same date, the same file. */
  if (epoch != NULL && (generated = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10))) != NULL)
    options.generated = generated;
  if (!write (input->report, out, &options, NULL, &error))
    {
      print_error (error->message);
      return IND_EXIT_EXPORT_FAILED;
    }
  return IND_EXIT_OK;
}

static int
export_xlsx (const Input *input)
{
  return export_to_file (input, "export-xlsx", ind_export_xlsx);
}

static int
export_pdf_summary (const Input *input)
{
  return export_to_file (input, "export-pdf", ind_export_pdf_summary);
}

static int
export_pdf_slides (const Input *input)
{
  return export_to_file (input, "export-slides", ind_export_pdf_slides);
}

static int
export_pptx (const Input *input)
{
  return export_to_file (input, "export-pptx", ind_export_pptx);
}

/* The options that go with some actions only. */
typedef enum
{
  TAKES_REMARKS = 1 << 0,
  TAKES_COMPARE = 1 << 1,
  TAKES_CHART   = 1 << 2,
} Takes;

static const struct
{
  const char *option;
  Takes       takes;
} modifiers[] = {
  { "remarks", TAKES_REMARKS },
  { "compare", TAKES_COMPARE },
  { "chart", TAKES_CHART },
  { "program", TAKES_CHART },
  { "width", TAKES_CHART },
  { "height", TAKES_CHART },
};

/* Each action is asked for by one option and works on one report, with
 * the options it takes. */
static const struct
{
  const char *option;
  int       (*run) (const Input *input);
  Takes       takes;
} actions[] = {
  { "summary", print_summary, TAKES_REMARKS | TAKES_COMPARE },
  { "json", print_json, TAKES_REMARKS },
  { "export-xlsx", export_xlsx, TAKES_REMARKS | TAKES_COMPARE },
  { "export-chart", export_chart, TAKES_COMPARE | TAKES_CHART },
  { "export-pdf", export_pdf_summary, TAKES_REMARKS | TAKES_COMPARE },
  { "export-slides", export_pdf_slides, TAKES_REMARKS | TAKES_COMPARE },
  { "export-pptx", export_pptx, TAKES_REMARKS | TAKES_COMPARE },
};

/* "--summary, --json…": the actions that take all of @takes. */
static char *
list_actions (Takes takes)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if ((actions[i].takes & takes) == takes)
      g_string_append_printf (list, "%s--%s", list->len > 0 ? ", " : "", actions[i].option);
  return g_string_free (list, FALSE);
}

/* Whether every option given goes with the chosen action (@takes what
 * it takes; none when the window is to open); a usage error otherwise,
 * not an option silently ignored. */
static gboolean
check_modifiers (GVariantDict *options,
                 Takes         takes)
{
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    {
      g_autofree char *list = NULL;
      g_autofree char *message = NULL;

      if ((takes & modifiers[i].takes) != 0 ||
          !g_variant_dict_contains (options, modifiers[i].option))
        continue;
      list = list_actions (modifiers[i].takes);
      /* Translators: an option, then the options it goes with */
      message = g_strdup_printf (_("--%s goes only with %s."), modifiers[i].option, list);
      print_error (message);
      return FALSE;
    }
  return TRUE;
}

/* Remarks whose item is gone are exported apart: a line says so. */
static void
warn_orphans (IndProject *project)
{
  guint n = g_list_model_get_n_items (ind_project_get_orphans (project));
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (n == 0)
    return;
  name = g_file_get_basename (ind_project_get_file (project));
  message = g_strdup_printf (ngettext ("%s: %u remark is about an item that this report does not have; it is listed apart.",
                                       "%s: %u remarks are about items that this report does not have; they are listed apart.",
                                       n),
                             name, n);
  print_error (message);
}

/* The report of FILE, with the remarks of --remarks on it. FILE is read
 * once into memory, and everything after (checks, documents, the
 * checksum the remarks are kept by) works on that snapshot, even if the
 * file is written meanwhile (tests/test-reading.c). */
static IndReport *
load_report (GFile        *file,
             const char   *remarks,
             IndProject  **project)
{
  g_autoptr(GError) error = NULL;
  IndReport *report;

  if (remarks == NULL)
    report = ind_report_load (file, NULL, &error);
  else
    {
      g_autoptr(GFile) project_file = g_file_new_for_commandline_arg (remarks);

      *project = ind_project_load (project_file, file, NULL, &error);
      report = *project != NULL ? g_object_ref (ind_project_get_report (*project)) : NULL;
      if (*project != NULL)
        warn_orphans (*project);
    }
  if (report == NULL)
    print_error (error->message);
  return report;
}

/* @report beside the reports of --compare. */
static IndComparison *
load_comparison (IndReport          *report,
                 const char * const *others)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  IndComparison *comparison;

  g_ptr_array_add (reports, g_object_ref (report));
  for (guint i = 0; others[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (others[i]);
      IndReport *other = ind_report_load (file, NULL, &error);

      if (other == NULL)
        {
          print_error (error->message);
          return NULL;
        }
      g_ptr_array_add (reports, other);
    }
  comparison = ind_comparison_new ((IndReport **)reports->pdata, reports->len, &error);
  if (comparison == NULL)
    print_error (error->message);
  return comparison;
}

/* Returns -1 when no command-line action was asked for: the window opens. */
int
ind_cli_run (GVariantDict       *options,
             const char * const *files)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(IndProject) project = NULL;
  g_autoptr(IndComparison) comparison = NULL;
  g_autofree char *remarks = NULL;
  g_auto(GStrv) others = NULL;
  Input input = { NULL, NULL, NULL, options };
  int chosen = -1;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      if (!g_variant_dict_contains (options, actions[i].option))
        continue;
      if (chosen >= 0)
        {
          g_autofree char *list = list_actions (0);
          g_autofree char *message = g_strdup_printf (_("Choose only one of %s."), list);

          print_error (message);
          return IND_EXIT_USAGE;
        }
      chosen = i;
    }
  if (!check_modifiers (options, chosen >= 0 ? actions[chosen].takes : 0))
    return IND_EXIT_USAGE;
  if (chosen < 0)
    return -1;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      print_error (_("Name exactly one report file."));
      return IND_EXIT_USAGE;
    }
  g_variant_dict_lookup (options, "remarks", "^ay", &remarks);
  g_variant_dict_lookup (options, "compare", "^aay", &others);

  file = g_file_new_for_commandline_arg (files[0]);
  report = load_report (file, remarks, &project);
  if (report == NULL)
    return IND_EXIT_UNREADABLE;
  if (others != NULL && others[0] != NULL)
    {
      comparison = load_comparison (report, (const char * const *)others);
      if (comparison == NULL)
        return IND_EXIT_UNREADABLE;
    }

  input.report = report;
  input.project = project;
  input.comparison = comparison;
  return actions[chosen].run (&input);
}
