/* test-advice.c: every kind of problem the app can report has its advice
 * and its section of the user guide
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-advice.h"
#include "ind-report-summary.h"
#include "ind-test-util.h"

/* The codes the sources can emit: every diagnostic is made by a call that
 * passes a severity and then the code as a literal ("add (report,
 * IND_SEVERITY_WARNING, "orphan", …", "ind_raw_table_add_note (table,
 * IND_SEVERITY_WARNING, "bad-encoding", …"). */
static GPtrArray *
emitted_codes (void)
{
  static const char *dirs[] = { "src", "app" };
  g_autoptr(GRegex) regex =
    g_regex_new ("IND_SEVERITY_(?:ERROR|WARNING|INFO),\\s*\"([a-z][a-z-]*)\"", 0, 0, NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (path, name, NULL);
          g_autofree char *text = NULL;
          g_autoptr(GMatchInfo) match = NULL;

          if (!g_str_has_suffix (name, ".c"))
            continue;
          g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
          for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
               g_match_info_next (match, NULL))
            {
              char *code = g_match_info_fetch (match, 1);

              if (g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
                g_free (code);
              else
                g_ptr_array_add (codes, code);
            }
        }
    }
  return codes;
}

/* The ids of the sections of the guide's page @page. */
static GPtrArray *
guide_sections (const char *page)
{
  g_autofree char *name = g_strconcat (page, ".page", NULL);
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "help", "C", name, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<section\\s+id=\"([^\"]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *text = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_ptr_array_add (ids, g_match_info_fetch (match, 1));
  return ids;
}

static gboolean
contains (GPtrArray  *strings,
          const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* The grep itself must work: a pattern that found nothing would pass. */
static void
test_codes_found (void)
{
  g_autoptr(GPtrArray) codes = emitted_codes ();

  g_assert_true (contains (codes, "missing-header"));  /* builder */
  g_assert_true (contains (codes, "sum-mismatch"));    /* validation */
  g_assert_true (contains (codes, "bad-encoding"));    /* text reader */
  g_assert_true (contains (codes, "no-totals"));       /* an Aviso */
  g_assert_cmpuint (codes->len, >=, 17);
}

/* Every code the app can emit has its advice, in Spanish, and no advice
 * is left for a code that is gone. */
static void
test_every_code_has_advice (void)
{
  g_autoptr(GPtrArray) codes = emitted_codes ();
  g_auto(GStrv) advised = ind_advice_dup_codes ();

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = codes->pdata[i];
      const char *parts[] = {
        ind_advice_get_meaning (code), ind_advice_get_stake (code), ind_advice_get_action (code),
      };

      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        if (parts[p] == NULL || *parts[p] == '\0')
          g_error ("the code «%s» has no advice (src/ind-advice.c)", code);
      /* the one-line advice is a sentence of its own */
      g_assert_null (strchr (ind_advice_get_action (code), '\n'));
      g_assert_true (g_str_has_suffix (ind_advice_get_action (code), "."));
    }
  for (guint i = 0; advised[i] != NULL; i++)
    if (!contains (codes, advised[i]))
      g_error ("advice for «%s», a code no source emits", advised[i]);

  g_assert_null (ind_advice_get_action ("no-such-code"));
  g_assert_cmpstr (ind_advice_get_action ("missing-header"), ==,
                   "Pida a Contabilidad el informe completo, con todas sus páginas, y vuelva a abrirlo.");
}

/* The window links each problem to the section of the guide whose id is
 * its code: every one must be there. */
static void
test_every_code_has_a_section (void)
{
  g_autoptr(GPtrArray) codes = emitted_codes ();
  g_autoptr(GPtrArray) sections = guide_sections ("revision");

  for (guint i = 0; i < codes->len; i++)
    if (!contains (sections, codes->pdata[i]))
      g_error ("the code «%s» has no section in help/C/revision.page", (char *)codes->pdata[i]);
}

static void
test_help_uri (void)
{
  g_autofree char *index = ind_help_dup_uri (NULL, NULL);
  g_autofree char *page = ind_help_dup_uri ("revision", NULL);
  g_autofree char *section = ind_help_dup_uri ("revision", "missing-header");

  g_assert_cmpstr (index, ==, "help:mx.oosapat.Indicadores");
  g_assert_cmpstr (page, ==, "help:mx.oosapat.Indicadores/revision");
  g_assert_cmpstr (section, ==, "help:mx.oosapat.Indicadores/revision#missing-header");
}

/* The summary of the command line gives each problem of the sample its
 * one line of advice, right below it. */
static void
test_summary_advice (void)
{
  g_autoptr(IndReport) report = ind_test_load_sample ();
  g_autofree char *summary = ind_report_to_summary (report);
  GListModel *diagnostics = ind_report_get_diagnostics (report);
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);
  guint n = g_list_model_get_n_items (diagnostics), found = 0;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_autoptr(IndDiagnostic) d = NULL;
      g_autofree char *expected = NULL;

      if (!g_str_has_prefix (lines[i], "- [") || found >= n)
        continue;
      d = g_list_model_get_item (diagnostics, found++);
      g_assert_true (g_str_has_suffix (lines[i], ind_diagnostic_get_message (d)));
      expected = g_strconcat ("  Qué hacer: ", ind_advice_get_action (ind_diagnostic_get_code (d)), NULL);
      g_assert_cmpstr (lines[i + 1], ==, expected);
    }
  g_assert_cmpuint (found, ==, n);
  g_assert_nonnull (strstr (summary, "  Qué hacer: Pida a Contabilidad el informe completo"));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/advice/codes-found", test_codes_found);
  g_test_add_func ("/advice/every-code-has-advice", test_every_code_has_advice);
  g_test_add_func ("/advice/every-code-has-a-section", test_every_code_has_a_section);
  g_test_add_func ("/advice/help-uri", test_help_uri);
  g_test_add_func ("/advice/summary", test_summary_advice);
  return g_test_run ();
}
