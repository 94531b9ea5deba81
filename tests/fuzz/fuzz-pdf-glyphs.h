/* fuzz-pdf-glyphs.h: pages of glyphs as a few bytes each, for the fuzzer
 *
 * The input is a run of 8-byte records:
 *   byte 0     0xff starts a page; otherwise the glyph's character,
 *              GLYPH_ALPHABET[byte % its length]
 *   byte 1     an odd value in place of one number: bits 0-1 say which
 *              (x1, y1, x2, y2; a page's width for any), bits 2-4 which
 *              value (0: none; NaN, ±infinity, ±1e9, ±1e300)
 *   bytes 2-3  x1, or a page's width: signed, little-endian, in 1/8 pt
 *   bytes 4-5  y1 (the top), the same
 *   byte 6     the glyph's width, x2 - x1, in 1/8 pt
 *   byte 7     its height, y2 - y1, the same
 * Glyphs before the first page start are on a page 612 pt wide; pages
 * past GLYPH_MAX_PAGES are left out. Ranges
 * cover every print with room; the odd values reach what a hostile PDF
 * can claim.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "ind-reader-pdf-private.h"

#define GLYPH_RECORD 8
#define GLYPH_NEW_PAGE 0xff
#define GLYPH_UNIT 8.0
#define GLYPH_FIRST_WIDTH 612.0
/* Pages decoded at most: past those the reader takes at a time, so that
 * a layout learnt on one handful of pages is used on the next. */
#define GLYPH_MAX_PAGES (IND_PDF_CHUNK_PAGES + 4)

/* What the reader and the builder look at: digits, the letters of the
 * header words and the names, signs of figures, blanks, accented
 * letters, and characters at the edges of Unicode. A character of a
 * print not here becomes '?'. */
static const gunichar GLYPH_ALPHABET[] = {
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '%', '$', ',', '.', '-', '/',
  '(', ')', ':', '#', '+', '*', '&', '\'', '"', ';', '?', '!', '=', '_', '@', '|',
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P',
  'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'a', 'b', 'c', 'd', 'e', 'f',
  'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v',
  'w', 'x', 'y', 'z', ' ', '\t', 0xa0, 0xe1, 0xe9, 0xed, 0xf3, 0xfa, 0xf1, 0xfc,
  0xc1, 0xc9, 0xcd, 0xd3, 0xda, 0xd1, 0xdc, 0xbf, 0xa1, 0xb0, 0x2013, 0x2014, 0x2212, 0x301,
  0x200b, 0x3000, 0xfeff, 0xfffd, 0x1f4a7, 0x10ffff,
};

static const double GLYPH_ODD_VALUES[] = { 0, NAN, INFINITY, -INFINITY, -1e9, 1e9, -1e300, 1e300 };

static inline double
glyph_number (const guint8 *bytes)
{
  return (gint16)(bytes[0] | bytes[1] << 8) / GLYPH_UNIT;
}

static inline void
glyph_put_number (guint8 *bytes,
                  double  value)
{
  gint16 n = (gint16)CLAMP (lround (value * GLYPH_UNIT), G_MININT16, G_MAXINT16);

  bytes[0] = (guint16)n & 0xff;
  bytes[1] = (guint16)n >> 8;
}

/* The size from @from to @to, each rounded as glyph_put_number() does. */
static inline void
glyph_put_size (guint8 *byte,
                double  from,
                double  to)
{
  *byte = (guint8)CLAMP (lround (to * GLYPH_UNIT) - lround (from * GLYPH_UNIT), 0, 255);
}

static inline void
glyph_page_clear (gpointer data)
{
  g_clear_pointer (&((IndPdfGlyphPage *)data)->glyphs, g_array_unref);
}

/* Decodes @data into at most @max_pages pages. */
static inline GArray *
glyph_pages_decode (const guint8 *data,
                    gsize         size,
                    guint         max_pages)
{
  GArray *pages = g_array_new (FALSE, TRUE, sizeof (IndPdfGlyphPage));
  IndPdfGlyphPage *page = NULL;

  g_array_set_clear_func (pages, glyph_page_clear);
  for (gsize at = 0; at + GLYPH_RECORD <= size; at += GLYPH_RECORD)
    {
      const guint8 *r = data + at;
      guint odd = (r[1] >> 2) & 7;

      if (page == NULL || r[0] == GLYPH_NEW_PAGE)
        {
          if (pages->len == max_pages)
            break;
          g_array_set_size (pages, pages->len + 1);
          page = &g_array_index (pages, IndPdfGlyphPage, pages->len - 1);
          page->number = pages->len;
          page->width = pages->len == 1 && r[0] != GLYPH_NEW_PAGE ? GLYPH_FIRST_WIDTH : glyph_number (r + 2);
          page->glyphs = g_array_new (FALSE, FALSE, sizeof (IndPdfGlyph));
          if (r[0] == GLYPH_NEW_PAGE)
            {
              if (odd != 0)
                page->width = GLYPH_ODD_VALUES[odd];
              continue;
            }
        }
      {
        IndPdfGlyph glyph;
        double *numbers[] = { &glyph.x1, &glyph.y1, &glyph.x2, &glyph.y2 };

        glyph.c = GLYPH_ALPHABET[r[0] % G_N_ELEMENTS (GLYPH_ALPHABET)];
        glyph.x1 = glyph_number (r + 2);
        glyph.y1 = glyph_number (r + 4);
        glyph.x2 = glyph.x1 + r[6] / GLYPH_UNIT;
        glyph.y2 = glyph.y1 + r[7] / GLYPH_UNIT;
        if (odd != 0)
          *numbers[r[1] & 3] = GLYPH_ODD_VALUES[odd];
        g_array_append_val (page->glyphs, glyph);
      }
    }
  return pages;
}

/* The table of @pages, handed to the reader a few at a time as
 * ind_read_pdf() does. */
static inline IndRawTable *
glyph_pages_read (GArray  *pages,
                  GError **error)
{
  g_autoptr(IndPdfGlyphReader) reader = _ind_pdf_glyph_reader_new ();

  for (guint first = 0; first < pages->len; first += IND_PDF_CHUNK_PAGES)
    if (!_ind_pdf_glyph_reader_add (reader, &g_array_index (pages, IndPdfGlyphPage, first),
                                    MIN (IND_PDF_CHUNK_PAGES, pages->len - first), error))
      return NULL;
  return _ind_pdf_glyph_reader_finish (reader, error);
}

/* The record of @glyph; a character not in the alphabet becomes '?'. */
static inline void
glyph_encode (const IndPdfGlyph *glyph,
              guint8            *r)
{
  r[0] = 26;  /* '?' */
  for (guint i = 0; i < G_N_ELEMENTS (GLYPH_ALPHABET); i++)
    if (GLYPH_ALPHABET[i] == glyph->c)
      r[0] = i;
  r[1] = 0;
  glyph_put_number (r + 2, glyph->x1);
  glyph_put_number (r + 4, glyph->y1);
  glyph_put_size (r + 6, glyph->x1, glyph->x2);
  glyph_put_size (r + 7, glyph->y1, glyph->y2);
}
