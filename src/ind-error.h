/* ind-error.h: why a file could not be read or written
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define IND_ERROR (ind_error_quark ())

typedef enum
{
  IND_ERROR_EMPTY,          /* nothing in the file */
  IND_ERROR_BINARY,         /* not text, nor a format we read */
  IND_ERROR_NOT_A_REPORT,   /* readable, but some other document */
  IND_ERROR_DAMAGED,        /* truncated or corrupt container */
  IND_ERROR_ENCRYPTED,      /* password-protected PDF */
  IND_ERROR_SCANNED,        /* PDF without a text layer */
  IND_ERROR_TOO_LARGE,      /* exceeds the limits we accept */
  IND_ERROR_UNSUPPORTED,    /* a format this build cannot read */
  IND_ERROR_WRITE,          /* an export could not be written */
  IND_ERROR_NOT_A_PROJECT,  /* not a remarks file, or one from a newer version */
  IND_ERROR_REPORT_MISSING, /* a remarks file whose report cannot be found */
  IND_ERROR_INCOMPATIBLE,   /* reports that cannot be compared with each other */
} IndError;

GQuark ind_error_quark (void);

G_END_DECLS
