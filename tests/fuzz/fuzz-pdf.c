/* fuzz-pdf.c: any bytes through the PDF reader, then the builder
 *
 * poppler reads the PDF from memory; a PDF of more than two pages is
 * refused at the page limit before any page is read, so that each
 * execution is fast and the fuzzer spends its time on what one page can
 * hold. The seeds (tests/fuzz/make-pdf-seeds) are the fixture prints cut
 * to their first pages, uncompressed, without embedded fonts.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poppler.h>

#include "fuzz-common.h"
#include "ind-builder-private.h"
#include "ind-limits-private.h"
#include "ind-reader-pdf-private.h"
#include "ind-validate.h"

#define FUZZ_PAGES 2

/* poppler-glib builds its global tables (fonts, encodings) with the
 * first document alive and drops them with the last: this one, held for
 * the whole run, spares each execution that cost. */
static const char tiny_pdf[] =
  "%PDF-1.4\n"
  "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
  "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
  "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>> endobj\n"
  "trailer <</Root 1 0 R>>\n"
  "%%EOF\n";
static PopplerDocument *keep_alive;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  IndLimits limits = *ind_limits_get ();
  g_autoptr(GBytes) tiny = g_bytes_new_static (tiny_pdf, sizeof tiny_pdf - 1);

  limits.pages = FUZZ_PAGES;
  _ind_limits_override (&limits);
  keep_alive = poppler_document_new_from_bytes (tiny, NULL, NULL);
  g_assert (keep_alive != NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(IndRawTable) table = ind_read_pdf (bytes, NULL, NULL);
  IndReport *report = table ? ind_report_build (table, NULL) : NULL;

  if (report != NULL)
    ind_report_validate (report);
  fuzz_use_report (report);
  return 0;
}
