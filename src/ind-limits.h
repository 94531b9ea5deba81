/* ind-limits.h: how much of a file the readers accept
 *
 * Every limit in one place, each far above what a real report needs: the
 * sample has 66 activities in 131 lines, 5 pages of PDF; a state-level
 * report of 100,000 activities is about 200,000 lines (names wrap),
 * 1.5 M cells, 1,600 pages of PDF and 30 MB of text. Past a limit the
 * reader stops and says which one, so that a hostile or mistaken file
 * cannot take the computer's memory.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 17 times the 30 MB of a state-level report as text; its PDF is smaller. */
#define IND_LIMIT_BYTES      (512u * 1024 * 1024)
/* 12 times the 1,600 pages of a state-level report's PDF. */
#define IND_LIMIT_PAGES      20000
/* 10 times the 200,000 lines of a state-level report. */
#define IND_LIMIT_ROWS       2000000
/* A report has 11 columns; 90 times that still refuses a line of tabs. */
#define IND_LIMIT_ROW_CELLS  1000
/* 13 times the 1.5 M cells of a state-level report. */
#define IND_LIMIT_CELLS      20000000
/* 5.7 times the 45 MB sheet of a state-level report: a part is inflated
 * whole into memory, so the margin is narrower than the others'. */
#define IND_LIMIT_PART_BYTES (256u * 1024 * 1024)
/* 18 times the 60 MB a state-level workbook inflates to. Parts are read
 * one at a time, so this bounds the reading's time, not its memory: a
 * workbook that lists one sheet a thousand times, or a thousand sheets of
 * blanks, stops here. */
#define IND_LIMIT_INFLATED_BYTES (1024ull * 1024 * 1024)
/* A report's workbook holds about 10 parts (sheets, styles, strings). */
#define IND_LIMIT_PARTS      10000

typedef struct
{
  guint64 bytes;          /* of the file */
  guint   pages;          /* of a PDF */
  guint   rows;           /* of the table read, blank rows included */
  guint   row_cells;      /* cells of one row */
  guint64 cells;          /* cells of the whole table */
  guint64 part_bytes;     /* one part of an XLSX, inflated */
  guint64 inflated_bytes; /* every part an XLSX's reading inflates, together */
  guint   parts;          /* entries in an XLSX's zip */
} IndLimits;

/* What a reader has made so far, to be checked against the limits. */
typedef struct
{
  guint   rows;
  guint64 cells;
} IndTally;

const IndLimits *ind_limits_get (void);

gboolean ind_limits_check_size  (guint64      size,
                                 guint64      limit,
                                 GError     **error);
gboolean ind_limits_check_part  (const char  *name,
                                 guint64      size,
                                 guint64     *inflated,
                                 GError     **error);
gboolean ind_limits_check_parts (guint64      n_parts,
                                 GError     **error);
gboolean ind_limits_check_pages (guint        n_pages,
                                 GError     **error);
gboolean ind_limits_count_row   (IndTally    *tally,
                                 gsize        n_cells,
                                 GError     **error);

G_END_DECLS
