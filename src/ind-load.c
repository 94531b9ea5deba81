/* ind-load.c: file → reader (chosen by content) → builder → validation
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>

#include "ind-builder-private.h"
#include "ind-error.h"
#include "ind-limits.h"
#include "ind-load-private.h"
#include "ind-load.h"
#include "ind-reader-pdf-private.h"
#include "ind-reader-text-private.h"
#include "ind-reader-xlsx-private.h"
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

  /* The builder and the checks take no cancellable: a cancel is heard
   * between the steps too, not only once the whole report is built. */
  table = read_any (bytes, cancellable, &local_error);
  if (table != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    report = ind_report_build (table, &local_error);
  if (report == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  ind_report_set_source_name (report, display_name);
  ind_report_set_source_checksum (report, checksum);
  ind_report_validate (report);
  return g_steal_pointer (&report);
}

/* What a file that is not a regular one is, in a clerk's words. */
static const char *
describe_special (GFileInfo *info)
{
  guint32 mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return _("It is a folder, not a file.");
  if (S_ISFIFO (mode))
    return _("It is a pipe, not a file.");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("It is a device, not a file.");
  if (S_ISSOCK (mode))
    return _("It is a socket, not a file.");
  return _("It is not a regular file.");
}

/* Looks at the file before reading it: only a regular file (links
 * followed) of at most @max_bytes, then reads at most one byte more, so
 * that a file that grows while it is read is refused too. Nothing is
 * read of a pipe, a device or a file too large to be a report. A refusal
 * of its own carries its reason in the app's words; a failure of the
 * system keeps GIO's code for the caller to put in words. @etag gets the
 * file's entity tag as it was before the reading began: a file changed
 * since has another. */
static GBytes *
read_regular_file (GFile         *file,
                   guint64        max_bytes,
                   char         **etag,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint64 size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE "," G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, describe_special (info));
      return NULL;
    }
  size = g_file_info_get_size (info);
  if (!ind_limits_check_size (size, max_bytes, error))
    return NULL;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk,
                                      MIN (sizeof chunk, max_bytes + 1 - data->len), cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, chunk, n);
      if (data->len > max_bytes)
        {
          g_set_error_literal (error, IND_ERROR, IND_ERROR_TOO_LARGE,
                               _("It grew while it was read, past the size a report can have."));
          return NULL;
        }
    }
  if (etag != NULL)
    *etag = g_strdup (g_file_info_get_etag (info));
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The reason of a failure of the system, in the app's words: GIO's own
 * messages repeat the whole path, and some ("Dirección incorrecta")
 * mean nothing to a clerk. */
static const char *
describe_io_error (const GError *error)
{
  if (error->domain == IND_ERROR ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    return error->message;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _("The file does not exist.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("You are not allowed to read it.");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return _("It is a folder, not a file.");
  return _("It could not be read from the disk.");
}

/**
 * _ind_load_file_bytes_at_most:
 * @etag: (out) (optional): the file's entity tag when its reading began
 *
 * The file's bytes, or an error naming the file with a plain reason.
 */
GBytes *
_ind_load_file_bytes_at_most (GFile         *file,
                              guint64        max_bytes,
                              char         **etag,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = read_regular_file (file, max_bytes, etag, cancellable, &local_error);
  if (bytes != NULL)
    return bytes;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  name = g_file_get_basename (file);
  g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, describe_io_error (local_error));
  return NULL;
}

GBytes *
_ind_load_file_bytes (GFile         *file,
                      char         **etag,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return _ind_load_file_bytes_at_most (file, ind_limits_get ()->bytes, etag, cancellable, error);
}

/**
 * _ind_load_report_bytes:
 * @etag: the file's entity tag, as _ind_load_file_bytes() gave it
 *
 * The report in @bytes, read from @file: named after the file, with the
 * tag that tells a later change of it.
 */
IndReport *
_ind_load_report_bytes (GBytes        *bytes,
                        GFile         *file,
                        const char    *etag,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *name = g_file_get_basename (file);
  IndReport *report = ind_report_load_bytes (bytes, name, cancellable, error);

  if (report != NULL)
    ind_report_set_source_etag (report, etag);
  return report;
}

IndReport *
ind_report_load (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *etag = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = _ind_load_file_bytes (file, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return _ind_load_report_bytes (bytes, file, etag, cancellable, error);
}
