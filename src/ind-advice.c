/* ind-advice.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-advice.h"

/* One entry per diagnostic code the readers, the builder and the
 * validation can emit; tests/test-advice.c fails on a code without one.
 * The guide's page "revision" has a section whose id is the code. */
typedef struct
{
  const char *code;
  const char *meaning;  /* what it means, in plain words */
  const char *stake;    /* what money is at stake */
  const char *action;   /* what to ask, and of whom: one line */
} Advice;

static const Advice advice[] = {
  { "missing-header",
    N_("A program or component header row is not in the file, most often because a page was lost when the report was printed or copied. The rows after it are kept under a stand-in marked with «?»."),
    N_("The lost header's own Modificado, Devengado and Pagado are unknown, so its program's parts do not add up to the program's figures."),
    N_("Ask Accounting for the complete report, with every page, and open it again.") },
  { "orphan",
    N_("This row was read after a lost page. It is kept, with its figures, under a stand-in for the header it belongs to."),
    N_("Its own figures are sound, but which component they belong to is inferred from the numbering, and that component's totals are unknown."),
    N_("Find the row in the printed report and ask Accounting for the page that is missing before it.") },
  { "unplaced-row",
    N_("A row has figures but no key (program, Componente or Actividad) that says where it belongs."),
    N_("Its amounts are in no total of the window or of the documents made from it."),
    N_("Look for the row at the line given in the original report and ask Accounting which program it belongs to.") },
  { "stray-text",
    N_("A line of text belongs to no row: usually the end of a name whose row was on a lost page."),
    N_("No amount is lost with the text itself, but it is a sign that a page of figures may be missing."),
    N_("Compare the pages with the printed report and, if one is missing, ask Accounting for it.") },
  { "ambiguous-rows",
    N_("The print does not show whether a name that wraps over several lines belongs to the key above it or to the one below it; the app chose the reading that fits the page best."),
    N_("No amount changes: only which row the lines of a wrapped name go with."),
    N_("Check the names of the rows that wrap against the printed report; if in doubt, ask Accounting for the report as a spreadsheet or text.") },
  { "bad-number",
    N_("A cell that should hold a figure holds text that cannot be read as a number, so the figure is left empty."),
    N_("That amount is missing from its row, and the sums of its program or component are off by it."),
    N_("Check the cell in the original report; if it is damaged, ask Accounting for a new copy in PDF or Excel.") },
  { "duplicate-key",
    N_("The same program key appears twice. The second one is kept apart, with its line number added to the key."),
    N_("If it is the same program printed twice, its money is counted twice in the totals."),
    N_("Ask Accounting whether the report was generated twice into one file or the program really has two rows.") },
  { "bad-encoding",
    N_("Some bytes of the file are not valid text, so some letters (accents, Ñ) are shown as �."),
    N_("Usually none: names lose letters but figures are read as usual; a damaged figure is reported on its own."),
    N_("Open the PDF or Excel version of the report instead, or save the text file again as UTF-8.") },
  { "no-title",
    N_("The title «INDICADORES DE RESULTADOS AL …» was not found above the column headers."),
    N_("No amount, but without the title the documents lack the entity and the period, and the expected pace is unknown."),
    N_("Check that this is the right file; if the title was cut when copying, open the original PDF or ask Accounting for it.") },
  { "no-period",
    N_("The title does not say the date the report covers («AL 31 DE MARZO DE 2024»)."),
    /* xgettext:no-c-format */
    N_("Without the date the expected pace (25, 50, 75 or 100% of the year) is unknown, so the traffic light cannot judge delays."),
    N_("Ask Accounting for the report with its full title, or check that the title was not cut.") },
  { "sum-mismatch",
    N_("A program's or component's figure is not the sum of its components' or activities' figures."),
    N_("The difference given, in the column named: money the report assigns to the whole that its parts do not account for, or the reverse."),
    N_("Ask Accounting to explain the difference; often a page is missing or an amount was recorded at the wrong level.") },
  { "totals-mismatch",
    N_("The programs do not add up to the SUMAS line at the end of the report."),
    N_("The difference given: the report's grand total and its programs state different amounts."),
    N_("Ask Accounting which figure is right before the total is presented to the council.") },
  { "no-totals",
    N_("The report has no SUMAS line, so its grand totals cannot be checked."),
    N_("The totals shown are the sum of the programs, with nothing printed to compare them with."),
    N_("Check that the last page was not lost; if it was, ask Accounting for it.") },
  { "weight-mismatch",
    N_("The printed weight (Ponderado) is not the row's share of its program's Modificado."),
    N_("No amount directly, but weighted progress uses that weight, so the program's progress is misstated."),
    N_("Ask Accounting whether the weights were updated after the last budget modification.") },
  { "negative",
    N_("An amount is negative."),
    N_("The amount itself: a negative Devengado or Pagado is usually a cancellation or a reclassification that lowers the total."),
    N_("Ask Accounting what was cancelled or reclassified, and explain it to the council if it is large.") },
  { "pagado-exceeds-devengado",
    N_("More was paid than was accrued: Pagado is greater than Devengado."),
    N_("The difference: payments with no accrued expense behind them, which an auditor would question."),
    N_("Ask Accounting whether it is an advance payment or an error in the records.") },
  { "devengado-exceeds-modificado",
    N_("More was accrued than the modified budget allows: Devengado is greater than Modificado (overspending)."),
    N_("The difference: spending without budget authorization."),
    N_("Ask Finance whether a budget modification is pending approval; the council must be told.") },
  { "name-target-mismatch",
    N_("The activity's name states a number («REALIZAR 4 REPORTES») that differs from its target (Meta)."),
    N_("No money: physical progress is measured against the Meta, so one of the two figures is wrong."),
    N_("Ask the area in charge of the activity which figure is right.") },
};

static const Advice *
lookup (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (advice); i++)
    if (g_str_equal (advice[i].code, code))
      return &advice[i];
  return NULL;
}

/**
 * ind_advice_dup_codes:
 *
 * Returns: (transfer full): the codes that have advice
 */
char **
ind_advice_dup_codes (void)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **codes;

  for (guint i = 0; i < G_N_ELEMENTS (advice); i++)
    g_strv_builder_add (builder, advice[i].code);
  codes = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return codes;
}

/* Each returns the translated text, or %NULL for a code without advice. */
const char *
ind_advice_get_meaning (const char *code)
{
  const Advice *entry = lookup (code);

  return entry != NULL ? _(entry->meaning) : NULL;
}

const char *
ind_advice_get_stake (const char *code)
{
  const Advice *entry = lookup (code);

  return entry != NULL ? _(entry->stake) : NULL;
}

const char *
ind_advice_get_action (const char *code)
{
  const Advice *entry = lookup (code);

  return entry != NULL ? _(entry->action) : NULL;
}

/**
 * ind_help_dup_uri:
 * @page: (nullable): a page of the guide ("revision"), or %NULL for its index
 * @section: (nullable): a section of @page: for a diagnostic, its code
 *
 * Returns: (transfer full): "help:mx.oosapat.Indicadores/revision#orphan"
 */
char *
ind_help_dup_uri (const char *page,
                  const char *section)
{
  g_return_val_if_fail (section == NULL || page != NULL, NULL);

  if (page == NULL)
    return g_strdup ("help:" APP_ID);
  if (section == NULL)
    return g_strconcat ("help:" APP_ID "/", page, NULL);
  return g_strconcat ("help:" APP_ID "/", page, "#", section, NULL);
}
