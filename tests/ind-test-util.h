/* ind-test-util.h: what every test program shares
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "ind-builder-private.h"
#include "ind-comparison.h"
#include "ind-project.h"
#include "ind-report.h"

G_BEGIN_DECLS

void         ind_test_init_locale   (void);
void         ind_test_init          (int          *argc,
                                     char       ***argv);
const char  *ind_test_sample_path   (void);
IndReport   *ind_test_load_sample   (void);
IndReport   *ind_test_load_string   (const char   *text,
                                     GError      **error);
char        *ind_test_fixture_path  (const char   *name);
IndReport   *ind_test_load_fixture  (const char   *name);
IndRawTable *ind_test_table_from_tsv (IndFormat    format,
                                     const char   *tsv);
char        *ind_test_tmpdir        (void);
void         ind_test_date_back     (const char   *path);
char        *ind_test_run_tool      (const char * const *argv);
guint        ind_test_count_code    (IndReport    *report,
                                     const char   *code,
                                     const char   *path);
IndDiagnostic *ind_test_find_diagnostic (IndReport *report,
                                     const char   *code,
                                     const char   *path);

void         ind_test_assert_same_model (IndReport *expected,
                                     IndReport    *actual);

/* The second quarter made from the sample (fixtures/make-second-quarter.py). */
#define IND_TEST_SECOND_QUARTER "oosapat-indicadores-2024-06.txt"
#define IND_TEST_N_REMARKS 4

typedef struct
{
  const char *path;
  const char *text;
} IndTestRemark;

extern const IndTestRemark ind_test_remarks[IND_TEST_N_REMARKS];

char          *ind_test_write_remarks   (const char *dir);
IndProject    *ind_test_load_remarks_on_sample (const char *project_path);
IndComparison *ind_test_compare_with_second_quarter (IndReport *report);

G_END_DECLS
