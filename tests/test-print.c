/* test-print.c: printing goes through the same pages as the PDF summary
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "ind-print.h"
#include "ind-summary-layout.h"
#include "ind-test-util.h"

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The print operation, exported to a file instead of a printer, gives
 * the summary's pages at the printable size of Letter landscape. */
static void
test_print_to_file (void)
{
  g_autoptr(IndReport) sample = ind_test_load_sample ();
  g_autoptr(GtkPrintOperation) operation = ind_print_operation_new (sample, NULL);
  g_autoptr(IndSummaryLayout) layout = ind_summary_layout_new (sample, NULL);
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "impreso.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  /* 11 × 8.5 in less half an inch all round */
  g_assert_true (ind_summary_layout_paginate (layout, 720, 540, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  pages = g_strdup_printf ("Pages:           %u\n", ind_summary_layout_get_n_pages (layout));

  info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "Page size:       792 x 612 pts (letter)"));

  text = run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "$168,837,476.42"));
  g_assert_nonnull (strstr (text, "$109,247,224.41"));
  /* the review of the report in words, as the PDF summary has it */
  g_assert_nonnull (strstr (text, "Revisión del informe"));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/print/to-file", test_print_to_file);
  return g_test_run ();
}
