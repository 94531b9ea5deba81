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

/* The app's own sentence for why @target_path could not be written, for
 * the common causes; the system's text (often peninsular, naming only the
 * file) for the rest. */
static char *
describe_errno (const char *target_path,
                int         saved_errno)
{
  g_autofree char *dir = g_path_get_dirname (target_path);
  g_autofree char *folder = g_filename_display_name (dir);

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_strdup_printf (_("the folder %s does not exist."), folder);
      break;
    case EACCES:
    case EPERM:
      return g_strdup_printf (_("you do not have permission to write in the folder %s."), folder);
    case ENOSPC:
    case EDQUOT:
      return g_strdup_printf (_("the disk of the folder %s is full."), folder);
    case EROFS:
      return g_strdup_printf (_("the folder %s is on a read-only disk."), folder);
    case EISDIR:
      return g_strdup (_("there is a folder with that name."));
    case ENOMEM:
      return g_strdup (_("the computer does not have enough free memory."));
    default:
      break;
    }
  return g_strdup (g_strerror (saved_errno));
}

/**
 * ind_atomic_file_set_errno_error:
 * @target_path: the file that was to be written
 * @saved_errno: why it could not be
 *
 * Sets an %IND_ERROR_WRITE error naming the file and, in the app's own
 * words, what is wrong: a missing folder, no permission, a full disk, a
 * read-only disk. For any writer that has an errno.
 */
void
ind_atomic_file_set_errno_error (GError     **error,
                                 const char  *target_path,
                                 int          saved_errno)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  g_return_if_fail (target_path != NULL);

  name = g_filename_display_basename (target_path);
  reason = describe_errno (target_path, saved_errno);
  g_set_error (error, IND_ERROR, IND_ERROR_WRITE, _("%s could not be written: %s"), name, reason);
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
      ind_atomic_file_set_errno_error (error, target_path, errno);
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
      ind_atomic_file_set_errno_error (error, self->target_path, saved_errno);
      return FALSE;
    }
  close (fd);

  if (g_rename (self->temp_path, self->target_path) != 0)
    {
      ind_atomic_file_set_errno_error (error, self->target_path, errno);
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

  g_return_if_fail (self != NULL);

  dir = g_path_get_dirname (self->temp_path);
  if (statvfs (dir, &fs) == 0 && (guint64)fs.f_bavail * fs.f_frsize < NEARLY_FULL)
    {
      ind_atomic_file_set_errno_error (error, self->target_path, ENOSPC);
      return;
    }

  name = g_filename_display_basename (self->target_path);
  g_set_error (error, IND_ERROR, IND_ERROR_WRITE, _("%s could not be written: %s"), name, writer_reason);
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
