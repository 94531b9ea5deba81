/* ind-report-summary.c: a plain-text summary for the terminal
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-report-summary.h"

#include "ind-advice.h"
#include "ind-format.h"

#define NAME_WIDTH  42
#define MONEY_WIDTH 17
#define RATE_WIDTH  10

/* Pads by characters, not bytes, so accented names line up. */
static void
append_cell (GString    *out,
             const char *text,
             guint       width,
             gboolean    right)
{
  glong len = g_utf8_strlen (text, -1);
  g_autofree char *cut = NULL;

  if (len > (glong)width)
    {
      g_autofree char *head = g_utf8_substring (text, 0, width - 1);

      text = cut = g_strconcat (head, "…", NULL);
      len = width;
    }
  if (right)
    for (glong i = len; i < (glong)width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (glong i = len; i < (glong)width; i++)
      g_string_append_c (out, ' ');
}

static void
append_money (GString  *out,
              gboolean  known,
              gint64    centavos)
{
  g_autofree char *text = known ? ind_format_money (centavos) : g_strdup ("—");

  g_string_append_c (out, ' ');
  append_cell (out, text, MONEY_WIDTH, TRUE);
}

static void
append_rate (GString  *out,
             gboolean  known,
             double    percent)
{
  g_autofree char *text = known ? ind_format_percent (percent, 1) : g_strdup ("—");

  g_string_append_c (out, ' ');
  append_cell (out, text, RATE_WIDTH, TRUE);
}

static void
append_row (GString    *out,
            const char *label,
            gint64      values[IND_N_MONEY],
            gboolean    known[IND_N_MONEY])
{
  double ejercido = 0;
  gboolean has_rate = known[IND_MONEY_MODIFICADO] && known[IND_MONEY_DEVENGADO] &&
                      values[IND_MONEY_MODIFICADO] != 0;

  if (has_rate)
    ejercido = 100.0 * values[IND_MONEY_DEVENGADO] / values[IND_MONEY_MODIFICADO];

  append_cell (out, label, NAME_WIDTH, FALSE);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    append_money (out, known[m], values[m]);
  append_rate (out, has_rate, ejercido);
  g_string_append_c (out, '\n');
}

static void
append_diagnostics (GString   *out,
                    IndReport *report)
{
  GListModel *diagnostics = ind_report_get_diagnostics (report);
  guint n = g_list_model_get_n_items (diagnostics);

  g_string_append_c (out, '\n');
  if (n == 0)
    {
      g_string_append_printf (out, "%s\n", _("No observations."));
      return;
    }
  g_string_append_printf (out, ngettext ("%u observation:\n", "%u observations:\n", n), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);
      g_autofree char *where = ind_diagnostic_dup_location (d);
      const char *path = ind_diagnostic_get_path (d);
      const char *action = ind_advice_get_action (ind_diagnostic_get_code (d));

      g_string_append_printf (out, "- [%s]", ind_severity_label (ind_diagnostic_get_severity (d)));
      if (*where != '\0')
        g_string_append_printf (out, " %s", where);
      if (path != NULL)
        g_string_append_printf (out, " · %s", path);
      g_string_append_printf (out, ": %s\n", ind_diagnostic_get_message (d));
      if (action != NULL)
        g_string_append_printf (out, _("  What to do: %s\n"), action);
    }
}

/**
 * ind_report_to_summary:
 *
 * Returns: (transfer full): entity, period, one line per program with
 *   Modificado, Devengado, Pagado and % ejercido, the totals and the
 *   diagnostics, as plain text
 */
char *
ind_report_to_summary (IndReport *report)
{
  GString *out = g_string_new (NULL);
  g_autofree char *period = NULL;
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];
  gboolean any_total = FALSE, totals_match = TRUE;
  guint n;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  period = ind_format_period (ind_report_get_period_end (report));
  if (ind_report_get_entity (report) != NULL)
    g_string_append_printf (out, "%s\n", ind_report_get_entity (report));
  if (ind_report_get_title (report) != NULL)
    g_string_append_printf (out, "%s\n", ind_report_get_title (report));
  g_string_append_printf (out, _("Period: %s\n\n"), period);

  append_cell (out, _("Program"), NAME_WIDTH, FALSE);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      g_string_append_c (out, ' ');
      append_cell (out, ind_money_label (m), MONEY_WIDTH, TRUE);
    }
  g_string_append_c (out, ' ');
  /* xgettext:no-c-format */
  append_cell (out, _("% spent"), RATE_WIDTH, TRUE);
  g_string_append_c (out, '\n');

  n = ind_report_get_n_programs (report);
  for (guint i = 0; i < n; i++)
    {
      IndItem *program = ind_report_get_program (report, i);
      g_autofree char *label =
        g_strdup_printf ("%s %s", ind_item_get_path (program),
                         ind_item_get_nombre (program) ? ind_item_get_nombre (program) : "");

      for (IndMoney m = 0; m < IND_N_MONEY; m++)
        known[m] = ind_item_get_money (program, m, &values[m]);
      append_row (out, label, values, known);
    }

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 difference;

      values[m] = ind_report_sum_programs (report, m);
      known[m] = TRUE;
      if (ind_report_get_totals_difference (report, m, &difference))
        {
          any_total = TRUE;
          totals_match &= difference == 0;
        }
    }
  append_row (out, _("Total"), values, known);

  if (!any_total)
    g_string_append_printf (out, "%s\n", _("The report has no SUMAS line."));
  else if (totals_match)
    g_string_append_printf (out, "%s\n", _("The totals match the report's SUMAS line to the centavo."));
  else
    g_string_append_printf (out, "%s\n", _("The totals do NOT match the report's SUMAS line (see the observations)."));

  append_diagnostics (out, report);
  return g_string_free (out, FALSE);
}
