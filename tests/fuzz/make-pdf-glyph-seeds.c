/* make-pdf-glyph-seeds.c: the seeds of fuzz-pdf-glyphs from PDFs
 *
 *   make-pdf-glyph-seeds OUTDIR FILE.pdf…
 * writes OUTDIR/FILE.glyphs: every page of each PDF as the reader gets
 * it from poppler, in the format of fuzz-pdf-glyphs.h. A PDF poppler
 * cannot open (encrypted, cut short) is skipped.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fuzz-pdf-glyphs.h"

static void
append_page (GByteArray  *out,
             PopplerPage *ppage)
{
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (IndPdfGlyph));
  guint8 r[GLYPH_RECORD] = { GLYPH_NEW_PAGE };
  double width;

  poppler_page_get_size (ppage, &width, NULL);
  glyph_put_number (r + 2, width);
  g_byte_array_append (out, r, sizeof r);
  _ind_pdf_page_get_glyphs (ppage, glyphs);
  for (guint i = 0; i < glyphs->len; i++)
    {
      glyph_encode (&g_array_index (glyphs, IndPdfGlyph, i), r);
      g_byte_array_append (out, r, sizeof r);
    }
}

static gboolean
write_seed (const char *dir,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *out_path = NULL;
  char *dot = strrchr (base, '.');
  PopplerDocument *document = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  if (document == NULL)
    {
      g_printerr ("%s: skipped (%s)\n", path, error->message);
      return TRUE;
    }
  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      PopplerPage *ppage = poppler_document_get_page (document, p);

      append_page (out, ppage);
      g_object_unref (ppage);
    }
  g_object_unref (document);
  if (dot != NULL)
    *dot = '\0';
  out_path = g_strconcat (dir, G_DIR_SEPARATOR_S, base, ".glyphs", NULL);
  if (!g_file_set_contents (out_path, (const char *)out->data, out->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 3)
    {
      g_printerr ("usage: %s OUTDIR FILE.pdf…\n", argv[0]);
      return 2;
    }
  for (int i = 2; i < argc; i++)
    if (!write_seed (argv[1], argv[i]))
      return 1;
  return 0;
}
