/* ind-diagnostic.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-diagnostic.h"

/* Immutable once made: the validator creates them, everything else reads. */
struct _IndDiagnostic
{
  GObject      parent_instance;
  IndSeverity  severity;
  char        *code;
  char        *path;
  char        *message;
  guint        line;
  guint        page;
};

G_DEFINE_FINAL_TYPE (IndDiagnostic, ind_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_PATH,
  PROP_LINE,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ind_diagnostic_finalize (GObject *object)
{
  IndDiagnostic *self = (IndDiagnostic *)object;

  g_free (self->code);
  g_free (self->path);
  g_free (self->message);

  G_OBJECT_CLASS (ind_diagnostic_parent_class)->finalize (object);
}

static void
ind_diagnostic_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  IndDiagnostic *self = IND_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_diagnostic_class_init (IndDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ind_diagnostic_finalize;
  object_class->get_property = ind_diagnostic_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL,
                      IND_SEVERITY_ERROR, IND_SEVERITY_INFO, IND_SEVERITY_INFO,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ind_diagnostic_init (IndDiagnostic *self)
{
}

/**
 * ind_diagnostic_new:
 * @code: a stable identifier ("sum-mismatch"), for tests and filters
 * @path: the item it concerns, or %NULL
 * @line: 1-based source line, or 0
 * @page: 1-based PDF page, or 0
 * @message: a sentence for the user
 */
IndDiagnostic *
ind_diagnostic_new (IndSeverity  severity,
                    const char  *code,
                    const char  *path,
                    guint        line,
                    guint        page,
                    const char  *message)
{
  IndDiagnostic *self;

  g_return_val_if_fail (severity <= IND_SEVERITY_INFO, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (IND_TYPE_DIAGNOSTIC, NULL);
  self->severity = severity;
  self->code = g_strdup (code);
  self->path = g_strdup (path);
  self->line = line;
  self->page = page;
  self->message = g_strdup (message);
  return self;
}

IndSeverity
ind_diagnostic_get_severity (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), IND_SEVERITY_INFO);
  return self->severity;
}

const char *
ind_diagnostic_get_code (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), NULL);
  return self->code;
}

const char *
ind_diagnostic_get_path (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), NULL);
  return self->path;
}

guint
ind_diagnostic_get_line (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), 0);
  return self->line;
}

guint
ind_diagnostic_get_page (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), 0);
  return self->page;
}

const char *
ind_diagnostic_get_message (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), NULL);
  return self->message;
}

/* "página 3, línea 109", "línea 109", or "" when the source is unknown. */
char *
ind_diagnostic_dup_location (IndDiagnostic *self)
{
  g_return_val_if_fail (IND_IS_DIAGNOSTIC (self), NULL);

  if (self->page > 0 && self->line > 0)
    return g_strdup_printf (_("page %u, line %u"), self->page, self->line);
  if (self->page > 0)
    return g_strdup_printf (_("page %u"), self->page);
  if (self->line > 0)
    return g_strdup_printf (_("line %u"), self->line);
  return g_strdup ("");
}
