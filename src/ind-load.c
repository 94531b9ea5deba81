/* ind-load.c: file → reader (chosen by content) → builder → validation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ind-builder.h"
#include "ind-error.h"
#include "ind-load-private.h"
#include "ind-reader.h"
#include "ind-report.h"
#include "ind-validate.h"

static gboolean
starts_with (GBytes     *bytes,
             const char *magic,
             gsize       magic_len)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return len >= magic_len && memcmp (data, magic, magic_len) == 0;
}

/* The format comes from the content, never from the file name. */
static IndRawTable *
read_any (GBytes        *bytes,
          GCancellable  *cancellable,
          GError       **error)
{
  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }
  if (starts_with (bytes, "%PDF-", 5))
    return ind_read_pdf (bytes, cancellable, error);
  if (starts_with (bytes, "PK\003\004", 4))
    return ind_read_xlsx (bytes, cancellable, error);
  if (starts_with (bytes, "\xD0\xCF\x11\xE0", 4))
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_UNSUPPORTED,
                           _("It is an Excel 97–2003 (.xls) workbook, which cannot be read: save it as .xlsx or CSV."));
      return NULL;
    }
  return ind_read_text (bytes, cancellable, error);
}

/**
 * ind_report_load_bytes:
 * @display_name: the file's name, for messages
 *
 * Reads, builds and validates a report. Errors name the file.
 */
IndReport *
ind_report_load_bytes (GBytes        *bytes,
                       const char    *display_name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(IndRawTable) table = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *checksum = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  table = read_any (bytes, cancellable, &local_error);
  if (table != NULL)
    report = ind_report_build (table, &local_error);
  if (report == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  ind_report_set_source_name (report, display_name);
  ind_report_set_source_checksum (report, checksum);
  ind_report_validate (report);
  return g_steal_pointer (&report);
}

/* The file's bytes, or an error naming the file with a plain reason:
 * GIO's own messages repeat the whole path. */
GBytes *
_ind_load_file_bytes (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  const char *reason;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes != NULL)
    return bytes;

  reason = local_error->message;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("The file does not exist.");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("You are not allowed to read it.");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("It is a folder, not a file.");
  name = g_file_get_basename (file);
  g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, reason);
  return NULL;
}

IndReport *
ind_report_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = _ind_load_file_bytes (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_basename (file);
  return ind_report_load_bytes (bytes, name, cancellable, error);
}
