/* ind-validate.c: the arithmetic checks a careful reader would make
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ind-builder-private.h"
#include "ind-format.h"
#include "ind-validate.h"

/* How far a reported weight may be from the computed one, in points. The
 * report prints three decimals, so rounding alone stays within 0.0005. */
#define WEIGHT_TOLERANCE 0.01

static void
add (IndReport   *report,
     IndSeverity  severity,
     const char  *code,
     IndItem     *item,
     const char  *message)
{
  g_autoptr(IndDiagnostic) diagnostic =
    ind_diagnostic_new (severity, code,
                        item ? ind_item_get_path (item) : NULL,
                        item ? ind_item_get_line (item) : 0,
                        item ? ind_item_get_page (item) : 0,
                        message);

  ind_report_add_diagnostic (report, diagnostic);
}

/* A parent's figure must equal the sum of its children's, to the centavo.
 * Children without the figure (placeholders for lost headers) are left
 * out of the sum and counted in the message. */
static void
check_children_sum (IndReport *report,
                    IndItem   *parent)
{
  guint n = ind_item_get_n_children (parent);
  gboolean children_are_components;

  if (n == 0)
    return;
  children_are_components = ind_item_get_kind (ind_item_get_child (parent, 0)) == IND_KIND_COMPONENTE;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 expected, sum = 0;
      guint unknown = 0;
      g_autofree char *sum_text = NULL;
      g_autofree char *expected_text = NULL;
      g_autofree char *difference_text = NULL;
      g_autofree char *message = NULL;

      if (!ind_item_get_money (parent, m, &expected))
        continue;
      for (guint i = 0; i < n; i++)
        {
          gint64 value;

          if (ind_item_get_money (ind_item_get_child (parent, i), m, &value))
            sum += value;
          else
            unknown++;
        }
      if (sum == expected)
        continue;

      sum_text = ind_format_money (sum);
      expected_text = ind_format_money (expected);
      difference_text = ind_format_money (expected - sum);
      message = g_strdup_printf (children_are_components
                                 ? _("The components of %s add up to %s in %s, but its row says %s: a difference of %s.")
                                 : _("The activities of %s add up to %s in %s, but its row says %s: a difference of %s."),
                                 ind_item_get_path (parent), sum_text, ind_money_label (m),
                                 expected_text, difference_text);
      if (unknown > 0)
        {
          g_autofree char *extra =
            g_strdup_printf (ngettext (" %u of them has no figure (its header was lost).",
                                       " %u of them have no figure (their header was lost).", unknown),
                             unknown);
          char *joined = g_strconcat (message, extra, NULL);

          g_free (message);
          message = joined;
        }
      add (report, IND_SEVERITY_WARNING, "sum-mismatch", parent, message);
    }
}

static void
check_weight (IndReport *report,
              IndItem   *item)
{
  double reported, computed;
  g_autofree char *reported_text = NULL;
  g_autofree char *computed_text = NULL;
  g_autofree char *message = NULL;

  if (!ind_item_get_percent (item, IND_PERCENT_PONDERADO, &reported) ||
      !ind_item_get_computed_ponderado (item, &computed) ||
      fabs (reported - computed) <= WEIGHT_TOLERANCE)
    return;

  reported_text = ind_format_percent (reported, 3);
  computed_text = ind_format_percent (computed, 3);
  message = g_strdup_printf (_("The reported weight is %s, but its Modificado is %s of its program's."),
                             reported_text, computed_text);
  add (report, IND_SEVERITY_WARNING, "weight-mismatch", item, message);
}

static void
check_amounts (IndReport *report,
               IndItem   *item)
{
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      known[m] = ind_item_get_money (item, m, &values[m]);
      if (known[m] && values[m] < 0)
        {
          g_autofree char *text = ind_format_money (values[m]);
          g_autofree char *message = g_strdup_printf (_("%s is negative (%s)."), ind_money_label (m), text);

          add (report, IND_SEVERITY_WARNING, "negative", item, message);
        }
    }

  if (known[IND_MONEY_PAGADO] && known[IND_MONEY_DEVENGADO] &&
      values[IND_MONEY_PAGADO] > values[IND_MONEY_DEVENGADO])
    {
      g_autofree char *pagado = ind_format_money (values[IND_MONEY_PAGADO]);
      g_autofree char *devengado = ind_format_money (values[IND_MONEY_DEVENGADO]);
      g_autofree char *message =
        g_strdup_printf (_("More was paid (%s) than was accrued (%s)."), pagado, devengado);

      add (report, IND_SEVERITY_WARNING, "pagado-exceeds-devengado", item, message);
    }

  if (known[IND_MONEY_DEVENGADO] && known[IND_MONEY_MODIFICADO] &&
      values[IND_MONEY_DEVENGADO] > values[IND_MONEY_MODIFICADO])
    {
      g_autofree char *devengado = ind_format_money (values[IND_MONEY_DEVENGADO]);
      g_autofree char *modificado = ind_format_money (values[IND_MONEY_MODIFICADO]);
      g_autofree char *message =
        g_strdup_printf (_("More was accrued (%s) than the modified budget (%s)."), devengado, modificado);

      add (report, IND_SEVERITY_WARNING, "devengado-exceeds-modificado", item, message);
    }
}

/* "REALIZAR 4 REPORTES…" with Meta 5: the name states a target too. */
static void
check_name_target (IndReport *report,
                   IndItem   *item)
{
  const char *nombre = ind_item_get_nombre (item);
  const char *space;
  gint64 meta;
  guint64 stated;
  char *end;

  if (ind_item_get_kind (item) != IND_KIND_ACTIVIDAD || nombre == NULL ||
      !ind_item_get_meta (item, &meta) || (space = strchr (nombre, ' ')) == NULL ||
      !g_ascii_isdigit (space[1]))
    return;

  stated = g_ascii_strtoull (space + 1, &end, 10);
  if (*end != ' ' || (gint64)stated == meta)
    return;

  {
    g_autofree char *stated_text = ind_format_integer ((gint64)stated);
    g_autofree char *meta_text = ind_format_integer (meta);
    g_autofree char *message =
      g_strdup_printf (_("The name speaks of %s but the target (Meta) is %s."), stated_text, meta_text);

    add (report, IND_SEVERITY_INFO, "name-target-mismatch", item, message);
  }
}

static void
check_item (IndItem  *item,
            gpointer  user_data)
{
  IndReport *report = user_data;

  if (ind_item_get_missing (item))
    {
      for (guint i = 0; i < ind_item_get_n_children (item); i++)
        add (report, IND_SEVERITY_WARNING, "orphan", ind_item_get_child (item, i),
             _("This row comes after a lost page: the header it belongs under is not in the report."));
      return;
    }

  check_children_sum (report, item);
  check_amounts (report, item);
  check_weight (report, item);
  check_name_target (report, item);
}

static void
check_totals (IndReport *report)
{
  gboolean any = FALSE;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 total, difference;
      g_autofree char *total_text = NULL;
      g_autofree char *sum_text = NULL;
      g_autofree char *difference_text = NULL;
      g_autofree char *message = NULL;

      if (!ind_report_get_totals_difference (report, m, &difference))
        continue;
      any = TRUE;
      if (difference == 0)
        continue;

      ind_report_get_total (report, m, &total);
      total_text = ind_format_money (total);
      sum_text = ind_format_money (total - difference);
      difference_text = ind_format_money (difference);
      message = g_strdup_printf (_("The programs add up to %s in %s, but SUMAS says %s: a difference of %s."),
                                 sum_text, ind_money_label (m), total_text, difference_text);
      add (report, IND_SEVERITY_WARNING, "totals-mismatch", NULL, message);
    }

  if (!any)
    add (report, IND_SEVERITY_INFO, "no-totals", NULL,
         _("The report has no SUMAS line: the totals shown are the sum of the programs."));
}

/**
 * ind_report_validate:
 *
 * Adds the diagnostics of the arithmetic checks (sums of children, totals
 * against SUMAS, weights, paid against accrued, negative amounts, names
 * against targets) and sorts all diagnostics in report order.
 */
void
ind_report_validate (IndReport *report)
{
  g_return_if_fail (IND_IS_REPORT (report));

  ind_report_foreach_item (report, check_item, report);
  check_totals (report);
  ind_report_sort_diagnostics (report);
}
