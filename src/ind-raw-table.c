/* ind-raw-table.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-raw-table.h"

struct _IndRawTable
{
  IndFormat  format;
  GArray    *rows;   /* IndRawRow */
  GArray    *notes;  /* IndRawNote */
};

static void
clear_row (gpointer data)
{
  IndRawRow *row = data;

  g_strfreev (row->cells);
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
  return table;
}

void
ind_raw_table_free (IndRawTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  g_array_unref (table->notes);
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

/* Takes ownership of @cells (a NULL-terminated array, may be NULL). Each
 * cell is trimmed of surrounding blanks. */
void
ind_raw_table_add_row (IndRawTable  *table,
                       char        **cells,
                       guint         line,
                       guint         page)
{
  IndRawRow row;

  g_return_if_fail (table != NULL);

  row.cells = cells != NULL ? cells : g_new0 (char *, 1);
  row.n_cells = g_strv_length (row.cells);
  for (guint i = 0; i < row.n_cells; i++)
    g_strstrip (row.cells[i]);
  row.line = line;
  row.page = page;
  g_array_append_val (table->rows, row);
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
