/* fuzz-pdf-glyphs.c: pages of glyphs through the PDF reader's geometry,
 * then the builder
 *
 * fuzz-pdf.c spends its time in poppler (fuzzed upstream); this one
 * skips it and hands the reader glyphs where any bytes put them
 * (fuzz-pdf-glyphs.h), thousands of times faster: lines, headers,
 * column bounds, furniture, rows. The seeds (make-pdf-glyph-seeds) are
 * the glyphs of the fixture prints.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "fuzz-pdf-glyphs.h"
#include "ind-builder-private.h"
#include "ind-validate.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GArray) pages = glyph_pages_decode (data, size, GLYPH_MAX_PAGES);
  g_autoptr(IndRawTable) table = glyph_pages_read (pages, NULL);
  IndReport *report = table ? ind_report_build (table, NULL) : NULL;

  if (report != NULL)
    ind_report_validate (report);
  fuzz_use_report (report);
  return 0;
}
