/* fuzz-xlsx.c: any bytes through the XLSX reader, then the builder
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "ind-builder-private.h"
#include "ind-reader-xlsx-private.h"
#include "ind-validate.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(IndRawTable) table = ind_read_xlsx (bytes, NULL, NULL);
  IndReport *report = table ? ind_report_build (table, NULL) : NULL;

  if (report != NULL)
    ind_report_validate (report);
  fuzz_use_report (report);
  return 0;
}
