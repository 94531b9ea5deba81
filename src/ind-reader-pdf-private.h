/* ind-reader-pdf-private.h: the report as printed to PDF, read in two
 * halves
 *
 * poppler gives each page's glyphs and where they sit; the rest of the
 * reader rebuilds the table from those positions alone. The second half
 * takes a few pages at a time, so that memory holds the glyphs of those
 * alone, and can be fed glyphs no PDF would give (the fuzzer does).
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <poppler.h>

#include "ind-raw-table-private.h"

G_BEGIN_DECLS

IndRawTable *ind_read_pdf (GBytes        *bytes,
                           GCancellable  *cancellable,
                           GError       **error);

/* A glyph's box on its page, in points from the top left corner. */
typedef struct
{
  double   x1, y1, x2, y2;
  gunichar c;
} IndPdfGlyph;

typedef struct
{
  guint   number;  /* 1-based in the document */
  double  width;
  GArray *glyphs;  /* IndPdfGlyph, blanks included, in any order */
} IndPdfGlyphPage;

/* Pages ind_read_pdf() hands over at a time: a layout is learnt from the
 * first of these it is on. */
#define IND_PDF_CHUNK_PAGES 16

typedef struct _IndPdfGlyphReader IndPdfGlyphReader;

/* The first half: appends the glyphs of @ppage to @glyphs. */
void               _ind_pdf_page_get_glyphs     (PopplerPage       *ppage,
                                                 GArray            *glyphs);

/* The second half: pages are added in order, a few at a time, each
 * page's glyphs taken (left NULL); finish gives the table, or why there
 * is none, once. */
IndPdfGlyphReader *_ind_pdf_glyph_reader_new    (void);
void               _ind_pdf_glyph_reader_free   (IndPdfGlyphReader *reader);
gboolean           _ind_pdf_glyph_reader_add    (IndPdfGlyphReader *reader,
                                                 IndPdfGlyphPage   *pages,
                                                 guint              n_pages,
                                                 GError           **error);
IndRawTable       *_ind_pdf_glyph_reader_finish (IndPdfGlyphReader *reader,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndPdfGlyphReader, _ind_pdf_glyph_reader_free)

G_END_DECLS
