/* ind-limits.c: refusing a file past the limits, in the user's words
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-error.h"
#include "ind-format.h"
#include "ind-limits-private.h"

#define DEFAULTS { IND_LIMIT_BYTES, IND_LIMIT_PAGES, IND_LIMIT_ROWS, IND_LIMIT_ROW_CELLS, \
                   IND_LIMIT_CELLS, IND_LIMIT_PART_BYTES, IND_LIMIT_INFLATED_BYTES, IND_LIMIT_PARTS }

static const IndLimits defaults = DEFAULTS;
static IndLimits current = DEFAULTS;

const IndLimits *
ind_limits_get (void)
{
  return &current;
}

void
_ind_limits_override (const IndLimits *limits)
{
  current = limits != NULL ? *limits : defaults;
}

/* "3.0 GB", "512 MB": a size as the limits are written. */
static char *
format_size (guint64 bytes)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (bytes >= 1024 * 1024 * 1024)
    return g_strdup_printf ("%s GB", g_ascii_formatd (number, sizeof number, "%.1f",
                                                      bytes / (1024.0 * 1024 * 1024)));
  if (bytes >= 1024 * 1024)
    return g_strdup_printf ("%s MB", g_ascii_formatd (number, sizeof number, "%.0f", bytes / (1024.0 * 1024)));
  return g_strdup_printf ("%s KB", g_ascii_formatd (number, sizeof number, "%.0f", bytes / 1024.0));
}

/**
 * ind_limits_check_size:
 *
 * Refuses a file (or, with its own limit, a part of one) of @size bytes
 * past @limit: "Pesa 3.0 GB; el límite es 512 MB."
 */
gboolean
ind_limits_check_size (guint64   size,
                       guint64   limit,
                       GError  **error)
{
  g_autofree char *weight = NULL;
  g_autofree char *most = NULL;

  if (size <= limit)
    return TRUE;
  weight = format_size (size);
  most = format_size (limit);
  g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE, _("It weighs %s; the limit is %s."), weight, most);
  return FALSE;
}

/**
 * ind_limits_check_part:
 * @inflated: what the workbook's reading has inflated so far, to which
 *   @size is added
 *
 * Refuses a part of an XLSX that would inflate to @size bytes past the
 * limit of a part, or take the reading past the limit of all its parts,
 * before anything is inflated.
 */
gboolean
ind_limits_check_part (const char  *name,
                       guint64      size,
                       guint64     *inflated,
                       GError     **error)
{
  g_autofree char *weight = NULL;
  g_autofree char *most = NULL;

  if (size > current.part_bytes)
    {
      weight = format_size (size);
      most = format_size (current.part_bytes);
      g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE,
                   _("The workbook's part «%s» weighs %s unpacked; the limit is %s."), name, weight, most);
      return FALSE;
    }
  /* *inflated never passes the limit, so the subtraction cannot wrap */
  if (size > current.inflated_bytes - *inflated)
    {
      most = format_size (current.inflated_bytes);
      g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE,
                   _("Unpacked, the workbook weighs more than the limit of %s."), most);
      return FALSE;
    }
  *inflated += size;
  return TRUE;
}

/* Refuses @n past @most with @message, which takes the two as text
 * ("El PDF tiene 20,001 páginas; el límite es 20,000."). */
static gboolean
check_count (guint64      n,
             guint64      most,
             const char  *message,
             GError     **error)
{
  g_autofree char *n_text = NULL;
  g_autofree char *most_text = NULL;

  if (n <= most)
    return TRUE;
  n_text = ind_format_integer (n);
  most_text = ind_format_integer (most);
  g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE, message, n_text, most_text);
  return FALSE;
}

gboolean
ind_limits_check_parts (guint64   n_parts,
                        GError  **error)
{
  return check_count (n_parts, current.parts, _("The workbook has %s parts; the limit is %s."), error);
}

gboolean
ind_limits_check_pages (guint    n_pages,
                        GError **error)
{
  return check_count (n_pages, current.pages, _("The PDF has %s pages; the limit is %s."), error);
}

/**
 * ind_limits_count_row:
 * @n_cells: of the row about to be added
 *
 * Counts a row in @tally before the reader adds it, refusing the row
 * that would pass a limit: the reader stops there, having held no more
 * than the limits allow.
 */
gboolean
ind_limits_count_row (IndTally  *tally,
                      gsize      n_cells,
                      GError   **error)
{
  g_autofree char *most = NULL;

  if (n_cells > current.row_cells)
    {
      most = ind_format_integer (current.row_cells);
      g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE, _("A row has more cells than the limit of %s."), most);
      return FALSE;
    }
  if (tally->rows >= current.rows)
    {
      most = ind_format_integer (current.rows);
      g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE, _("The file has more rows than the limit of %s."), most);
      return FALSE;
    }
  if (tally->cells + n_cells > current.cells)
    {
      most = ind_format_integer (current.cells);
      g_set_error (error, IND_ERROR, IND_ERROR_TOO_LARGE, _("The file has more cells than the limit of %s."), most);
      return FALSE;
    }
  tally->rows++;
  tally->cells += n_cells;
  return TRUE;
}
