/* ind-atomic-file.c
 *
 * Writers that want a path (libxlsxwriter, cairo) write to a temporary
 * file beside the target, which is renamed over the target only once the
 * writer has finished without error. On any failure the previous file is
 * untouched and the temporary is removed.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "ind-atomic-file.h"
#include "ind-error.h"

struct _IndAtomicFile
{
  char     *target_path;
  char     *temp_path;
  gboolean  committed;
};

static void
set_write_error (GError     **error,
                 const char  *target_path,
                 int          saved_errno)
{
  g_autofree char *name = g_filename_display_basename (target_path);

  g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
               _("%s could not be written: %s"), name, g_strerror (saved_errno));
}

/**
 * ind_atomic_file_new:
 * @target_path: where the finished file should end up
 *
 * Creates an empty temporary file in the target's folder (the rename
 * must not cross file systems).
 */
IndAtomicFile *
ind_atomic_file_new (const char  *target_path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  IndAtomicFile *self;
  mode_t mask;
  int fd;

  g_return_val_if_fail (target_path != NULL, NULL);

  dir = g_path_get_dirname (target_path);
  base = g_path_get_basename (target_path);
  template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  fd = g_mkstemp (template);
  if (fd < 0)
    {
      set_write_error (error, target_path, errno);
      return NULL;
    }

  /* g_mkstemp() makes the file private; an export should get the usual
   * permissions. */
  mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0)
    g_debug ("fchmod %s: %s", template, g_strerror (errno));
  close (fd);

  self = g_new0 (IndAtomicFile, 1);
  self->target_path = g_strdup (target_path);
  self->temp_path = g_steal_pointer (&template);
  return self;
}

const char *
ind_atomic_file_get_temp_path (IndAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

/* Flushes the temporary to disk and renames it over the target. */
gboolean
ind_atomic_file_commit (IndAtomicFile  *self,
                        GError        **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  fd = g_open (self->temp_path, O_RDONLY, 0);
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      set_write_error (error, self->target_path, saved_errno);
      return FALSE;
    }
  close (fd);

  if (g_rename (self->temp_path, self->target_path) != 0)
    {
      set_write_error (error, self->target_path, errno);
      return FALSE;
    }
  self->committed = TRUE;
  return TRUE;
}

/* Below this much free space, a failed write is taken to be a full disk. */
#define NEARLY_FULL (1024 * 1024)

/**
 * ind_atomic_file_set_error:
 * @writer_reason: what the writer library said (often only "write error")
 *
 * Sets the error for a writer that failed on the temporary file. The
 * writers (cairo, libxlsxwriter) lose errno, so a full disk, the common
 * case, is recognised from the folder's free space and said plainly.
 */
void
ind_atomic_file_set_error (IndAtomicFile  *self,
                           GError        **error,
                           const char     *writer_reason)
{
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  struct statvfs fs;
  const char *reason = writer_reason;

  g_return_if_fail (self != NULL);

  dir = g_path_get_dirname (self->temp_path);
  if (statvfs (dir, &fs) == 0 && (guint64)fs.f_bavail * fs.f_frsize < NEARLY_FULL)
    reason = g_strerror (ENOSPC);

  name = g_filename_display_basename (self->target_path);
  g_set_error (error, IND_ERROR, IND_ERROR_WRITE, _("%s could not be written: %s"), name, reason);
}

/* Removes the temporary unless it was committed. */
void
ind_atomic_file_free (IndAtomicFile *self)
{
  if (self == NULL)
    return;
  if (!self->committed)
    g_unlink (self->temp_path);
  g_free (self->target_path);
  g_free (self->temp_path);
  g_free (self);
}
