/* fuzz-builder.c: raw tables straight into the builder, skipping the
 * decoding, so the fuzzer spends its time on keys, numbers and layout
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "ind-builder-private.h"
#include "ind-validate.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(IndRawTable) table = ind_raw_table_new (IND_FORMAT_TEXT);
  g_autofree char *text = g_utf8_make_valid ((const char *)data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  IndReport *report;

  for (guint i = 0; lines[i] != NULL; i++)
    ind_raw_table_add_row_split (table, lines[i], strlen (lines[i]), '\t', i + 1, i / 40 + 1);

  report = ind_report_build (table, NULL);
  if (report != NULL)
    ind_report_validate (report);
  fuzz_use_report (report);
  return 0;
}
