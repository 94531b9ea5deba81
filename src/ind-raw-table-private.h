/* ind-raw-table-private.h: what every reader produces, before any
 * interpretation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ind-types.h"

G_BEGIN_DECLS

/* One line (text, CSV), sheet row (XLSX) or visual row (PDF), as cells of
 * text; the builder alone decides what the cells mean. */
typedef struct
{
  char  **cells;    /* NULL-terminated, never NULL; owned by the table */
  guint   n_cells;
  guint   line;     /* 1-based source line or sheet row; 0 if unknown */
  guint   page;     /* 1-based PDF page; 0 otherwise */
} IndRawRow;

/* A problem the reader met that does not stop it (a bad byte on a line). */
typedef struct
{
  IndSeverity  severity;
  char        *code;
  guint        line;
  guint        page;
  char        *message;
} IndRawNote;

typedef struct _IndRawTable IndRawTable;

IndRawTable     *ind_raw_table_new       (IndFormat           format);
void             ind_raw_table_free      (IndRawTable        *table);
IndFormat        ind_raw_table_get_format (const IndRawTable *table);
void             ind_raw_table_set_format (IndRawTable      *table,
                                          IndFormat         format);
void             ind_raw_table_add_row   (IndRawTable        *table,
                                          char              **cells,
                                          guint               line,
                                          guint               page);
void             ind_raw_table_add_row_split (IndRawTable  *table,
                                          const char         *text,
                                          gsize               len,
                                          char                separator,
                                          guint               line,
                                          guint               page);
guint            ind_raw_table_get_n_rows (const IndRawTable *table);
const IndRawRow *ind_raw_table_get_row   (const IndRawTable  *table,
                                          guint               index);
void             ind_raw_table_add_note  (IndRawTable        *table,
                                          IndSeverity         severity,
                                          const char         *code,
                                          guint               line,
                                          guint               page,
                                          const char         *message);
guint            ind_raw_table_get_n_notes (const IndRawTable *table);
const IndRawNote *ind_raw_table_get_note (const IndRawTable  *table,
                                          guint               index);

gboolean         ind_text_is_page_furniture (const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndRawTable, ind_raw_table_free)

G_END_DECLS
