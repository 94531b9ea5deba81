/* ind-raw-table.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ind-raw-table-private.h"

struct _IndRawTable
{
  IndFormat     format;
  GArray       *rows;     /* IndRawRow */
  GArray       *notes;    /* IndRawNote */
  GStringChunk *strings;  /* every cell's text: one free for 10⁶ cells */
};

static void
clear_row (gpointer data)
{
  IndRawRow *row = data;

  g_free (row->cells); /* the texts live in the table's string chunk */
}

static void
clear_note (gpointer data)
{
  IndRawNote *note = data;

  g_free (note->code);
  g_free (note->message);
}

IndRawTable *
ind_raw_table_new (IndFormat format)
{
  IndRawTable *table = g_new0 (IndRawTable, 1);

  table->format = format;
  table->rows = g_array_new (FALSE, FALSE, sizeof (IndRawRow));
  g_array_set_clear_func (table->rows, clear_row);
  table->notes = g_array_new (FALSE, FALSE, sizeof (IndRawNote));
  g_array_set_clear_func (table->notes, clear_note);
  table->strings = g_string_chunk_new (64 * 1024);
  return table;
}

void
ind_raw_table_free (IndRawTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  g_array_unref (table->notes);
  g_string_chunk_free (table->strings);
  g_free (table);
}

IndFormat
ind_raw_table_get_format (const IndRawTable *table)
{
  g_return_val_if_fail (table != NULL, IND_FORMAT_TEXT);
  return table->format;
}

void
ind_raw_table_set_format (IndRawTable *table,
                          IndFormat    format)
{
  g_return_if_fail (table != NULL);
  table->format = format;
}

/* Copies @len bytes of @text into the table, without surrounding blanks. */
static char *
insert_trimmed (IndRawTable *table,
                const char  *text,
                gsize        len)
{
  while (len > 0 && g_ascii_isspace (*text))
    text++, len--;
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return g_string_chunk_insert_len (table->strings, text, len);
}

static void
append_row (IndRawTable *table,
            char       **cells,
            guint        n_cells,
            guint        line,
            guint        page)
{
  IndRawRow row = { cells, n_cells, line, page };

  g_array_append_val (table->rows, row);
}

/* Takes @cells (a NULL-terminated array, may be NULL), keeping each cell
 * trimmed of surrounding blanks. */
void
ind_raw_table_add_row (IndRawTable  *table,
                       char        **cells,
                       guint         line,
                       guint         page)
{
  guint n = cells != NULL ? g_strv_length (cells) : 0;
  char **copy = g_new (char *, n + 1);

  g_return_if_fail (table != NULL);

  for (guint i = 0; i < n; i++)
    copy[i] = insert_trimmed (table, cells[i], strlen (cells[i]));
  copy[n] = NULL;
  g_strfreev (cells);
  append_row (table, copy, n, line, page);
}

/* Splits @len bytes of @text at each @separator into a row: the text
 * reader's path, with no copy of the line. */
void
ind_raw_table_add_row_split (IndRawTable *table,
                             const char  *text,
                             gsize        len,
                             char         separator,
                             guint        line,
                             guint        page)
{
  const char *end = text + len;
  guint n = 1;
  char **cells;

  g_return_if_fail (table != NULL);

  for (const char *p = text; p < end; p++)
    n += *p == separator;
  cells = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *stop = memchr (text, separator, end - text);

      if (stop == NULL)
        stop = end;
      cells[i] = insert_trimmed (table, text, stop - text);
      text = stop + 1;
    }
  cells[n] = NULL;
  append_row (table, cells, n, line, page);
}

guint
ind_raw_table_get_n_rows (const IndRawTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

const IndRawRow *
ind_raw_table_get_row (const IndRawTable *table,
                       guint              index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->rows->len, NULL);
  return &g_array_index (table->rows, IndRawRow, index);
}

void
ind_raw_table_add_note (IndRawTable *table,
                        IndSeverity  severity,
                        const char  *code,
                        guint        line,
                        guint        page,
                        const char  *message)
{
  IndRawNote note;

  g_return_if_fail (table != NULL);
  g_return_if_fail (code != NULL && message != NULL);

  note.severity = severity;
  note.code = g_strdup (code);
  note.line = line;
  note.page = page;
  note.message = g_strdup (message);
  g_array_append_val (table->notes, note);
}

guint
ind_raw_table_get_n_notes (const IndRawTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->notes->len;
}

const IndRawNote *
ind_raw_table_get_note (const IndRawTable *table,
                        guint              index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->notes->len, NULL);
  return &g_array_index (table->notes, IndRawNote, index);
}

/* Pieces of a line that a print puts on every page, matched on the text
 * folded to upper-case ASCII: page numbers, the print's date and time,
 * who printed it, "Continúa…". A date spelled out counts only after a
 * label, so that a title line "31 DE MARZO DE 2024" is not taken, and
 * a user's name only after "Usuario:", so that a name wrapped onto a
 * line starting "USUARIOS …" is not. */
#define MONTHS "(?:ENERO|FEBRERO|MARZO|ABRIL|MAYO|JUNIO|JULIO|AGOSTO|SEPTIEMBRE|SETIEMBRE|OCTUBRE|NOVIEMBRE|DICIEMBRE)"
#define LABEL "(?:FECHA(?:\\s+(?:DE\\s+)?(?:IMPRESION|EMISION|ELABORACION|REPORTE|CONSULTA))?|IMPRESO(?:\\s+EL)?|EMITIDO(?:\\s+EL)?|GENERADO(?:\\s+EL)?|HORA(?:\\s+DE\\s+IMPRESION)?)\\s*:?"
#define PIECE \
  "(?:(?:PAGINA|PAG\\.?|HOJA)\\s*(?:NO\\.?\\s*)?:?\\s*\\d+(?:\\s*(?:DE|/)\\s*\\d+)?" \
  "|\\d+\\s*(?:DE|/)\\s*\\d+|-\\s*\\d+\\s*-" \
  "|" LABEL "(?:\\s*\\d{1,2}\\s+DE\\s+" MONTHS "\\s+DEL?\\s+\\d{4})?" \
  "|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}" \
  "|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[AP]\\.?\\s?M\\.?|HRS?\\.?))?" \
  "|(?:USUARIO|IMPRESO\\s+POR|ELABORADO\\s+POR|ELABORO|GENERADO\\s+POR)\\s*:\\s*[A-Z0-9._@]+(?:\\s+[A-Z0-9._@]+)*" \
  "|CONTINUA(?:\\s+EN\\s+LA\\s+(?:SIGUIENTE|PROXIMA)\\s+(?:PAGINA|HOJA))?\\s*\\.*" \
  "|\\(\\s*CONTINUACION\\s*\\)|CONTINUACION\\s*\\.*)"

/**
 * ind_text_is_page_furniture:
 * @text: a printed line, or the text of a row
 *
 * Whether @text is made only of what a print repeats on every page
 * besides the table ("Página 3 de 12", "Fecha de impresión: 05/12/2026
 * 10:31", "Usuario: MGARCIA", "Continúa…"), so that readers and the
 * builder keep it out of the rows.
 */
gboolean
ind_text_is_page_furniture (const char *text)
{
  static GRegex *regex;
  g_autofree char *ascii = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Cheap tests first: builders ask it of every name line. Every piece
   * but "Continúa" and "Usuario: …" has a digit. */
  if (strlen (text) < 3 || strlen (text) > 200 ||
      (strpbrk (text, "0123456789:") == NULL && g_strstr_len (text, -1, "ontin") == NULL &&
       g_strstr_len (text, -1, "ONTIN") == NULL))
    return FALSE;
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^\\s*" PIECE "(?:[\\s|,;-]*" PIECE ")*[\\s|,;.]*$",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  ascii = g_str_to_ascii (text, "C");
  folded = g_ascii_strup (ascii, -1);
  return g_regex_match (regex, folded, 0, NULL);
}
