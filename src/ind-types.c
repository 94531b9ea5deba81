/* ind-types.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ind-types.h"

const char *
ind_kind_to_string (IndKind kind)
{
  static const char *names[] = { "programa", "componente", "actividad" };

  g_return_val_if_fail (kind <= IND_KIND_ACTIVIDAD, NULL);
  return names[kind];
}

const char *
ind_money_to_string (IndMoney column)
{
  static const char *names[] = { "modificado", "devengado", "pagado" };

  g_return_val_if_fail (column < IND_N_MONEY, NULL);
  return names[column];
}

/* The column's name as the report prints it; an accounting term, so it is
 * the same in every language. */
const char *
ind_money_label (IndMoney column)
{
  static const char *labels[] = { "Modificado", "Devengado", "Pagado" };

  g_return_val_if_fail (column < IND_N_MONEY, NULL);
  return labels[column];
}

const char *
ind_format_to_string (IndFormat format)
{
  static const char *names[] = { "text", "csv", "xlsx", "pdf" };

  g_return_val_if_fail (format <= IND_FORMAT_PDF, NULL);
  return names[format];
}

const char *
ind_severity_to_string (IndSeverity severity)
{
  static const char *names[] = { "error", "warning", "info" };

  g_return_val_if_fail (severity <= IND_SEVERITY_INFO, NULL);
  return names[severity];
}

const char *
ind_severity_label (IndSeverity severity)
{
  g_return_val_if_fail (severity <= IND_SEVERITY_INFO, NULL);

  switch (severity)
    {
    case IND_SEVERITY_ERROR:
      return _("Error");
    case IND_SEVERITY_WARNING:
      return _("Warning");
    case IND_SEVERITY_INFO:
    default:
      return _("Note");
    }
}
