/* ind-findings.c
 *
 * The "Hallazgos" of the summary and the slides: a few sentences a
 * council member can read aloud, every figure in them taken from the
 * model. Shares and paces are computed over the programs' own rows, so
 * they add up to 100 % whatever the SUMAS line says; a SUMAS that
 * disagrees gets its own sentence.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ind-findings.h"
#include "ind-format.h"

/* Longest list spelled out in one sentence; the rest are counted. */
#define MAX_LISTED 8
/* Rows that do not add up, spelled out before "N more". */
#define MAX_MISMATCHES 5
/* The largest programs are named until they hold this share. */
#define CONCENTRATION_SHARE 75.0

static char *
format_points (double points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", points));
}

/* "a", "a and b", "a, b and c" */
static char *
join_list (GPtrArray *items)
{
  g_autoptr(GString) head = g_string_new (NULL);

  g_assert (items->len > 0);
  if (items->len == 1)
    return g_strdup (g_ptr_array_index (items, 0));

  for (guint i = 0; i + 1 < items->len; i++)
    {
      if (i > 0)
        g_string_append (head, C_("list separator", ", "));
      g_string_append (head, g_ptr_array_index (items, i));
    }
  /* Translators: the last two items of a list, e.g. "102, 103 and 104" */
  return g_strdup_printf (C_("list", "%s and %s"), head->str,
                          (char *)g_ptr_array_index (items, items->len - 1));
}

/* 104 «PROGRAMA PARA UNA DIRECCIÓN…» */
static char *
item_label (IndItem *item)
{
  const char *nombre = ind_item_get_nombre (item);

  if (nombre == NULL || *nombre == '\0')
    return g_strdup (ind_item_get_path (item));
  /* Translators: an item's key and its name */
  return g_strdup_printf (C_("item label", "%s «%s»"), ind_item_get_path (item), nombre);
}

typedef struct
{
  IndItem *item;
  gint64   modificado;
  double   gap;        /* % ejercido minus the pace, in points */
  double   ejercido;
} ProgramFigure;

static int
by_modificado_desc (gconstpointer a,
                    gconstpointer b)
{
  const ProgramFigure *pa = a, *pb = b;

  return (pa->modificado < pb->modificado) - (pa->modificado > pb->modificado);
}

static int
by_gap_asc (gconstpointer a,
            gconstpointer b)
{
  const ProgramFigure *pa = a, *pb = b;

  return (pa->gap > pb->gap) - (pa->gap < pb->gap);
}

static void
add_overall (GPtrArray *out,
             IndReport *report,
             gboolean   has_pace,
             double     pace)
{
  gint64 modificado = ind_report_sum_programs (report, IND_MONEY_MODIFICADO);
  g_autofree char *ejercido = NULL;
  g_autofree char *pagado = NULL;
  g_autofree char *pace_text = NULL;

  if (modificado <= 0)
    return;

  ejercido = ind_format_percent (100.0 * ind_report_sum_programs (report, IND_MONEY_DEVENGADO) / modificado, 1);
  pagado = ind_format_percent (100.0 * ind_report_sum_programs (report, IND_MONEY_PAGADO) / modificado, 1);
  if (!has_pace)
    {
      g_ptr_array_add (out, g_strdup_printf (_("Overall, %s of the Modificado has been spent (Devengado) and %s paid."),
                                             ejercido, pagado));
      return;
    }
  pace_text = ind_format_percent (pace, 1);
  g_ptr_array_add (out, g_strdup_printf (_("Overall, %s of the Modificado has been spent (Devengado) and %s paid, "
                                           "against an expected pace of %s for the period."),
                                         ejercido, pagado, pace_text));
}

/* The largest program, and how few programs hold most of the budget. */
static void
add_largest (GPtrArray *out,
             GArray    *figures)
{
  gint64 total = 0, cumulative = 0;
  g_autoptr(GPtrArray) keys = NULL;
  g_autofree char *label = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *share = NULL;
  ProgramFigure *largest;

  for (guint i = 0; i < figures->len; i++)
    total += MAX (0, g_array_index (figures, ProgramFigure, i).modificado);
  if (figures->len == 0 || total <= 0)
    return;

  g_array_sort (figures, by_modificado_desc);
  largest = &g_array_index (figures, ProgramFigure, 0);
  label = item_label (largest->item);
  amount = ind_format_money (largest->modificado);
  share = ind_format_percent (100.0 * largest->modificado / total, 1);
  g_ptr_array_add (out, g_strdup_printf (_("Program %s holds the largest budget: %s of Modificado, %s of the total."),
                                         label, amount, share));

  if (figures->len < 3)
    return;
  keys = g_ptr_array_new ();
  for (guint i = 0; i < figures->len; i++)
    {
      ProgramFigure *figure = &g_array_index (figures, ProgramFigure, i);

      cumulative += figure->modificado;
      g_ptr_array_add (keys, (char *)ind_item_get_path (figure->item));
      if (100.0 * cumulative / total >= CONCENTRATION_SHARE)
        break;
    }
  if (keys->len >= 2 && keys->len < figures->len)
    {
      g_autofree char *list = join_list (keys);
      g_autofree char *held = ind_format_percent (100.0 * cumulative / total, 1);

      g_ptr_array_add (out, g_strdup_printf (ngettext ("The %u largest program, %s, holds %s of the budget.",
                                                       "The %u largest programs, %s, hold %s of the budget.",
                                                       keys->len),
                                             keys->len, list, held));
    }
}

/* Programs behind (@behind) or ahead of the pace, furthest first. */
static void
add_pace_list (GPtrArray *out,
               GArray    *figures,
               guint      n_with_rate,
               double     pace,
               gboolean   behind)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pace_text = ind_format_percent (pace, 1);
  g_autofree char *list = NULL;
  guint n = 0;

  g_array_sort (figures, by_gap_asc);
  for (guint k = 0; k < figures->len; k++)
    {
      ProgramFigure *figure = &g_array_index (figures, ProgramFigure, behind ? k : figures->len - 1 - k);
      g_autofree char *rate = NULL;
      g_autofree char *points = NULL;

      /* A gap that rounds to 0.0 points is on pace. */
      if (isnan (figure->gap) || (behind ? figure->gap > -0.05 : figure->gap < 0.05))
        continue;
      if (++n > MAX_LISTED)
        continue;
      rate = ind_format_percent (figure->ejercido, 1);
      points = format_points (fabs (figure->gap));
      g_ptr_array_add (items, g_strdup_printf (behind ? _("%s (%s, %s points behind)")
                                                      : _("%s (%s, %s points ahead)"),
                                               ind_item_get_path (figure->item), rate, points));
    }

  if (n == 0)
    {
      if (behind && n_with_rate > 0)
        g_ptr_array_add (out, g_strdup_printf (_("No program is behind the expected pace of %s."), pace_text));
      return;
    }
  if (n > MAX_LISTED)
    g_ptr_array_add (items, g_strdup_printf (ngettext ("%u more", "%u more", n - MAX_LISTED), n - MAX_LISTED));
  list = join_list (items);
  if (behind)
    g_ptr_array_add (out, g_strdup_printf (ngettext ("%u of the %u programs is behind the expected pace of %s: %s.",
                                                     "%u of the %u programs are behind the expected pace of %s: %s.",
                                                     n),
                                           n, n_with_rate, pace_text, list));
  else
    g_ptr_array_add (out, g_strdup_printf (ngettext ("%u of the %u programs is ahead of the expected pace of %s: %s.",
                                                     "%u of the %u programs are ahead of the expected pace of %s: %s.",
                                                     n),
                                           n, n_with_rate, pace_text, list));
}

static void
add_sumas (GPtrArray *out,
           IndReport *report)
{
  gboolean any = FALSE, all_match = TRUE;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 total, sum;
      g_autofree char *total_text = NULL;
      g_autofree char *sum_text = NULL;
      g_autofree char *difference = NULL;

      if (!ind_report_get_total (report, m, &total))
        continue;
      any = TRUE;
      sum = ind_report_sum_programs (report, m);
      if (sum == total)
        continue;
      all_match = FALSE;
      sum_text = ind_format_money (sum);
      total_text = ind_format_money (total);
      difference = ind_format_money (total - sum);
      g_ptr_array_add (out, g_strdup_printf (_("The programs add up to %s of %s, but the report's SUMAS line says %s: a difference of %s."),
                                             sum_text, ind_money_label (m), total_text, difference));
    }
  if (any && all_match)
    g_ptr_array_add (out, g_strdup (_("The programs add up to the report's SUMAS line to the centavo.")));
}

typedef struct
{
  IndItem *item;
  gint64   own;
  gint64   children;
} Mismatch;

typedef struct
{
  GArray *mismatches;
  GArray *lost;       /* placeholders of lost headers */
} DoubtScan;

static void
scan_item (IndItem  *item,
           gpointer  user_data)
{
  DoubtScan *scan = user_data;
  Mismatch mismatch = { item, 0, 0 };
  guint n = ind_item_get_n_children (item);

  if (ind_item_get_missing (item))
    {
      g_array_append_val (scan->lost, item);
      return;
    }
  if (n == 0 || !ind_item_get_money (item, IND_MONEY_MODIFICADO, &mismatch.own))
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 value;

      if (ind_item_get_money (ind_item_get_child (item, i), IND_MONEY_MODIFICADO, &value))
        mismatch.children += value;
    }
  if (mismatch.children != mismatch.own)
    g_array_append_val (scan->mismatches, mismatch);
}

static int
by_difference_desc (gconstpointer a,
                    gconstpointer b)
{
  const Mismatch *ma = a, *mb = b;
  gint64 da = ABS (ma->own - ma->children), db = ABS (mb->own - mb->children);

  return (da < db) - (da > db);
}

static char *
describe_mismatch (const Mismatch *m)
{
  g_autofree char *children = ind_format_money (m->children);
  g_autofree char *own = ind_format_money (m->own);
  g_autofree char *difference = ind_format_money (ABS (m->own - m->children));
  const char *path = ind_item_get_path (m->item);
  gboolean program = ind_item_get_kind (m->item) == IND_KIND_PROGRAMA;

  if (m->children < m->own)
    return g_strdup_printf (program
                            ? _("The components of program %s add up to %s, but the program's Modificado is %s: "
                                "%s is not accounted for by any component shown.")
                            : _("The activities of %s add up to %s, but its Modificado is %s: "
                                "%s is not accounted for by any activity shown."),
                            path, children, own, difference);
  return g_strdup_printf (program
                          ? _("The components of program %s add up to %s, %s more than the program's Modificado of %s.")
                          : _("The activities of %s add up to %s, %s more than its Modificado of %s."),
                          path, children, difference, own);
}

/* Rows whose figures are in doubt, and the money they put at stake. */
static void
add_doubts (GPtrArray *out,
            IndReport *report)
{
  DoubtScan scan = {
    g_array_new (FALSE, FALSE, sizeof (Mismatch)),
    g_array_new (FALSE, FALSE, sizeof (IndItem *)),
  };

  ind_report_foreach_item (report, scan_item, &scan);

  g_array_sort (scan.mismatches, by_difference_desc);
  for (guint i = 0; i < MIN (scan.mismatches->len, MAX_MISMATCHES); i++)
    g_ptr_array_add (out, describe_mismatch (&g_array_index (scan.mismatches, Mismatch, i)));
  if (scan.mismatches->len > MAX_MISMATCHES)
    {
      guint rest = scan.mismatches->len - MAX_MISMATCHES;

      g_ptr_array_add (out, g_strdup_printf (ngettext ("%u more row does not add up to its children; see the observations.",
                                                       "%u more rows do not add up to their children; see the observations.",
                                                       rest),
                                             rest));
    }

  for (guint i = 0; i < scan.lost->len; i++)
    {
      IndItem *placeholder = g_array_index (scan.lost, IndItem *, i);
      guint n = ind_item_get_n_children (placeholder);
      g_autofree char *held = NULL;
      gint64 sum = 0;

      if (n == 0)
        continue;
      for (guint k = 0; k < n; k++)
        {
          gint64 value;

          if (ind_item_get_money (ind_item_get_child (placeholder, k), IND_MONEY_MODIFICADO, &value))
            sum += value;
        }
      held = ind_format_money (sum);
      g_ptr_array_add (out, g_strdup_printf (ngettext ("%u row of program %s follows a lost page, under a header that is missing; "
                                                       "it holds %s of Modificado.",
                                                       "%u rows of program %s follow a lost page, under a header that is missing; "
                                                       "they hold %s of Modificado.",
                                                       n),
                                             n, ind_item_get_path (ind_item_get_program (placeholder)), held));
    }

  g_array_unref (scan.mismatches);
  g_array_unref (scan.lost);
}

/**
 * ind_findings_count_observations:
 *
 * Returns: (transfer full): "1 error", "11 warnings", "1 note", leaving
 *   out the kinds there are none of
 */
char **
ind_findings_count_observations (guint errors,
                                 guint warnings,
                                 guint notes)
{
  GPtrArray *parts = g_ptr_array_new ();

  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes));
  g_ptr_array_add (parts, NULL);
  return (char **)g_ptr_array_free (parts, FALSE);
}

static void
add_observation_count (GPtrArray *out,
                       IndReport *report)
{
  guint n = g_list_model_get_n_items (ind_report_get_diagnostics (report));
  g_auto(GStrv) counts = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (n == 0)
    {
      g_ptr_array_add (out, g_strdup (_("No observations were recorded while reading the report: every figure adds up.")));
      return;
    }
  counts = ind_findings_count_observations (ind_report_count_diagnostics (report, IND_SEVERITY_ERROR),
                                            ind_report_count_diagnostics (report, IND_SEVERITY_WARNING),
                                            ind_report_count_diagnostics (report, IND_SEVERITY_INFO));
  for (guint i = 0; counts[i] != NULL; i++)
    g_ptr_array_add (parts, counts[i]);
  list = join_list (parts);
  g_ptr_array_add (out, g_strdup_printf (ngettext ("%u observation was recorded while reading the report (%s).",
                                                   "%u observations were recorded while reading the report (%s).",
                                                   n),
                                         n, list));
}

/**
 * ind_findings_build:
 *
 * Returns: (transfer full): the findings, one sentence each: the overall
 *   execution against the pace, the largest programs and their share,
 *   the programs behind and ahead of the pace by how many points, the
 *   SUMAS check, the rows that do not add up with the money at stake,
 *   rows after a lost page, and the count of observations
 */
char **
ind_findings_build (IndReport *report)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (ProgramFigure));
  guint n_programs, n_with_rate = 0;
  gboolean has_pace;
  double pace = 0;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  has_pace = ind_report_get_expected_pace (report, &pace);
  n_programs = ind_report_get_n_programs (report);
  for (guint i = 0; i < n_programs; i++)
    {
      ProgramFigure figure = { ind_report_get_program (report, i), 0, NAN, NAN };

      if (!ind_item_get_money (figure.item, IND_MONEY_MODIFICADO, &figure.modificado))
        continue;
      if (ind_item_get_ejercido (figure.item, &figure.ejercido))
        {
          n_with_rate++;
          if (has_pace)
            figure.gap = figure.ejercido - pace;
        }
      g_array_append_val (figures, figure);
    }

  add_overall (out, report, has_pace, pace);
  add_largest (out, figures);
  if (has_pace)
    {
      add_pace_list (out, figures, n_with_rate, pace, TRUE);
      add_pace_list (out, figures, n_with_rate, pace, FALSE);
    }
  add_sumas (out, report);
  add_doubts (out, report);
  add_observation_count (out, report);

  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/**
 * ind_findings_build_review:
 *
 * Returns: (transfer full): what the review of the report found, in
 *   sentences for the council
 */
char **
ind_findings_build_review (IndReport *report)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  add_observation_count (out, report);
  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&out), FALSE);
}
