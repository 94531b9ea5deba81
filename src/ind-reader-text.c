/* ind-reader-text.c: the report as text, either the tab-separated dump
 * pulled from the PDF (the sample's form) or CSV with comma or semicolon
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ind-error.h"
#include "ind-limits.h"
#include "ind-reader-text-private.h"

/* Lines scanned for the header row when choosing the delimiter. */
#define HEADER_SEARCH_LINES 200
/* Bad-byte lines reported one by one before they are only counted. */
#define MAX_ENCODING_NOTES 10

/* A valid two-to-four byte sequence anywhere means the file was written
 * as UTF-8, even if a few of its bytes are damaged. */
static gboolean
has_utf8_multibyte (const char *data,
                    gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = data[i];
      gsize n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;

      if (n > 0 && i + n <= len && g_utf8_validate_len (data + i, n, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Damaged UTF-8: says on which lines the bad bytes are, the first
 * MAX_ENCODING_NOTES one by one and the rest as a count, and returns
 * what is readable with the bad bytes as U+FFFD. */
static char *
salvage_utf8 (const char  *data,
              gsize        len,
              IndRawTable *table)
{
  guint line = 1, noted = 0, bad_lines = 0;
  const char *p = data, *end = data + len;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      gsize n = (eol ? eol : end) - p;

      if (!g_utf8_validate_len (p, n, NULL))
        {
          bad_lines++;
          if (noted++ < MAX_ENCODING_NOTES)
            ind_raw_table_add_note (table, IND_SEVERITY_WARNING, "bad-encoding", line, 0,
                                    _("The line has bytes that are not valid text; they are shown as �."));
        }
      line++;
      p += n + 1;
    }
  if (bad_lines > MAX_ENCODING_NOTES)
    {
      g_autofree char *message =
        g_strdup_printf (ngettext ("%u more line has bytes that are not valid text.",
                                   "%u more lines have bytes that are not valid text.",
                                   bad_lines - MAX_ENCODING_NOTES),
                         bad_lines - MAX_ENCODING_NOTES);
      ind_raw_table_add_note (table, IND_SEVERITY_WARNING, "bad-encoding", 0, 0, message);
    }
  return g_utf8_make_valid (data, len);
}

/* The text as UTF-8, its encoding detected: UTF-8 (with or without
 * BOM), UTF-16 with BOM (Excel's "Unicode text"), or Windows-1252
 * (Excel's CSV on Windows). UTF-8 with a few damaged bytes is kept as
 * UTF-8, its bad lines noted in @table. */
static char *
to_utf8 (GBytes       *bytes,
         IndRawTable  *table,
         GError      **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  char *utf8 = NULL;

  if (len >= 2 && ((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE))
    utf8 = g_convert (data + 2, len - 2, "UTF-8", "UTF-16LE", NULL, NULL, NULL);
  else if (len >= 2 && ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF))
    utf8 = g_convert (data + 2, len - 2, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
  else
    {
      if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          len -= 3;
        }

      if (memchr (data, '\0', len) != NULL)
        {
          g_set_error_literal (error, IND_ERROR, IND_ERROR_BINARY,
                               _("It is a binary file, not a text or CSV report."));
          return NULL;
        }

      if (g_utf8_validate_len (data, len, NULL))
        utf8 = g_strndup (data, len);
      else if (!has_utf8_multibyte (data, len))
        utf8 = g_convert (data, len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

      if (utf8 == NULL)
        utf8 = salvage_utf8 (data, len, table);
    }

  if (utf8 == NULL)
    g_set_error_literal (error, IND_ERROR, IND_ERROR_BINARY,
                         _("The text encoding could not be recognised."));
  return utf8;
}

/* CRLF and lone CR become LF; takes @text. */
static char *
to_lf (char *text)
{
  g_autofree char *owned = text;
  GString *out;

  if (strchr (text, '\r') == NULL)
    return g_steal_pointer (&owned);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Returns the text as UTF-8 with LF line ends, whatever encoding and
 * line ends it came in. */
static char *
decode (GBytes       *bytes,
        IndRawTable  *table,
        GError      **error)
{
  char *utf8 = to_utf8 (bytes, table, error);

  return utf8 != NULL ? to_lf (utf8) : NULL;
}

static gboolean
contains_ascii_casefold (const char *haystack,
                         gsize       len,
                         const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (g_ascii_strncasecmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_char (const char *line,
            gsize       len,
            char        c)
{
  guint count = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == c && !quoted)
        count++;
    }
  return count;
}

/* The delimiter is the one that splits the header row ("Clave … Nombre …")
 * into the most cells; the tab-separated dump is the default. */
static char
detect_delimiter (const char *text)
{
  const char *p = text;

  for (guint n = 0; *p && n < HEADER_SEARCH_LINES; n++)
    {
      const char *eol = strchr (p, '\n');
      gsize len = eol ? (gsize)(eol - p) : strlen (p);

      if (contains_ascii_casefold (p, len, "clave") &&
          contains_ascii_casefold (p, len, "nombre"))
        {
          guint tabs = count_char (p, len, '\t');
          guint semicolons = count_char (p, len, ';');
          guint commas = count_char (p, len, ',');

          if (tabs >= semicolons && tabs >= commas)
            return '\t';
          return semicolons >= commas ? ';' : ',';
        }
      if (!eol)
        break;
      p = eol + 1;
    }
  return '\t';
}

static gsize
count_cells (const char *text,
             gsize       len)
{
  gsize n = 1;

  for (gsize i = 0; i < len; i++)
    n += text[i] == '\t';
  return n;
}

static gboolean
split_tabs (IndRawTable  *table,
            const char   *text,
            GError      **error)
{
  IndTally tally = { 0, 0 };
  guint line = 1;

  for (const char *p = text; *p; line++)
    {
      const char *eol = strchr (p, '\n');
      gsize len = eol ? (gsize)(eol - p) : strlen (p);
      gsize feeds = 0;

      /* A form feed (pdftotext's page break) starts a new page: a blank
       * row, as between the pages of the sample. */
      while (feeds < len && p[feeds] == '\f')
        feeds++;
      if (feeds > 0)
        {
          if (!ind_limits_count_row (&tally, 0, error))
            return FALSE;
          ind_raw_table_add_row (table, NULL, line, 0);
        }
      if (!ind_limits_count_row (&tally, count_cells (p + feeds, len - feeds), error))
        return FALSE;
      ind_raw_table_add_row_split (table, p + feeds, len - feeds, '\t', line, 0);
      if (!eol)
        break;
      p = eol + 1;
    }
  return TRUE;
}

/* RFC 4180: quoted fields may hold the delimiter, doubled quotes and line
 * breaks; a record keeps the line it starts on. */
static gboolean
split_csv (IndRawTable  *table,
           const char   *text,
           char          delimiter,
           GError      **error)
{
  IndTally tally = { 0, 0 };
  gboolean ok = TRUE;
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  gboolean quoted = FALSE;
  guint line = 1, record_line = 1;
  const char *p = text;

  for (;; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            quoted = FALSE; /* unterminated: close it at the end */
          else if (c == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
              continue;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              continue;
            }
          else
            {
              if (c == '\n')
                {
                  line++;
                  c = ' '; /* a line break inside a name is a wrap */
                }
              g_string_append_c (cell, c);
              continue;
            }
        }

      if (c == '"' && cell->len == 0)
        quoted = TRUE;
      else if (c == delimiter)
        {
          g_ptr_array_add (cells, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          /* refused here, before the row is whole */
          if (cells->len > ind_limits_get ()->row_cells && !(ok = ind_limits_count_row (&tally, cells->len, error)))
            break;
        }
      else if (c == '\n' || c == '\0')
        {
          if (c == '\0' && cells->len == 0 && cell->len == 0)
            break;
          g_ptr_array_add (cells, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          if (!(ok = ind_limits_count_row (&tally, cells->len, error)))
            break;
          g_ptr_array_add (cells, NULL);
          ind_raw_table_add_row (table, (char **)g_ptr_array_free (cells, FALSE), record_line, 0);
          cells = g_ptr_array_new_with_free_func (g_free);
          if (c == '\0')
            break;
          record_line = ++line;
        }
      else
        g_string_append_c (cell, c);
    }

  g_ptr_array_free (cells, TRUE);
  g_string_free (cell, TRUE);
  return ok;
}

/**
 * ind_read_text:
 *
 * Reads the tab-separated dump or a CSV file into raw rows, one per
 * source line (a CSV record spanning lines keeps its first line).
 */
IndRawTable *
ind_read_text (GBytes        *bytes,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(IndRawTable) table = NULL;
  g_autofree char *text = NULL;
  char delimiter;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!ind_limits_check_size (g_bytes_get_size (bytes), ind_limits_get ()->bytes, error))
    return NULL;

  table = ind_raw_table_new (IND_FORMAT_TEXT);
  text = decode (bytes, table, error);
  if (text == NULL)
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  delimiter = detect_delimiter (text);
  if (delimiter == '\t')
    {
      if (!split_tabs (table, text, error))
        return NULL;
    }
  else
    {
      ind_raw_table_set_format (table, IND_FORMAT_CSV);
      if (!split_csv (table, text, delimiter, error))
        return NULL;
    }

  return g_steal_pointer (&table);
}
