/* ind-types.h: enumerations shared by the model, readers and exports
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The three levels of the report's hierarchy. */
typedef enum
{
  IND_KIND_PROGRAMA,
  IND_KIND_COMPONENTE,
  IND_KIND_ACTIVIDAD,
} IndKind;

/* Money columns, held as integer centavos. */
typedef enum
{
  IND_MONEY_MODIFICADO,
  IND_MONEY_DEVENGADO,
  IND_MONEY_PAGADO,
  IND_N_MONEY
} IndMoney;

/* Percentage columns as the report prints them, in percent units. */
typedef enum
{
  IND_PERCENT_AVANCE_FINANCIERO,
  IND_PERCENT_AVANCE_FISICO,
  IND_PERCENT_PONDERADO,
  IND_N_PERCENT
} IndPercent;

/* The form the report arrived in. */
typedef enum
{
  IND_FORMAT_TEXT,
  IND_FORMAT_CSV,
  IND_FORMAT_XLSX,
  IND_FORMAT_PDF,
} IndFormat;

typedef enum
{
  IND_SEVERITY_ERROR,
  IND_SEVERITY_WARNING,
  IND_SEVERITY_INFO,
} IndSeverity;

const char *ind_kind_to_string     (IndKind     kind);
const char *ind_money_to_string    (IndMoney    column);
const char *ind_money_label        (IndMoney    column);
const char *ind_format_to_string   (IndFormat   format);
const char *ind_severity_to_string (IndSeverity severity);
const char *ind_severity_label     (IndSeverity severity);

G_END_DECLS
