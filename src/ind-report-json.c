/* ind-report-json.c: the whole model as JSON, for scripts and tests
 *
 * Money is in integer centavos, percentages in percent units, null where
 * the source has nothing.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ind-report-json.h"

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gboolean     known,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  if (known)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_double (JsonBuilder *builder,
            const char  *member,
            gboolean     known,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (known)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_item (JsonBuilder *builder,
          IndItem     *item)
{
  static const char *percent_members[IND_N_PERCENT] = { "avance_financiero", "avance_fisico", "ponderado" };
  gint64 integer;
  double percent;

  json_builder_begin_object (builder);
  add_string (builder, "kind", ind_kind_to_string (ind_item_get_kind (item)));
  add_string (builder, "clave", ind_item_get_clave (item));
  add_string (builder, "path", ind_item_get_path (item));
  add_string (builder, "nombre", ind_item_get_nombre (item));
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gboolean known = ind_item_get_money (item, m, &integer);
      add_int (builder, ind_money_to_string (m), known, integer);
    }
  for (IndPercent p = 0; p < IND_N_PERCENT; p++)
    {
      gboolean known = ind_item_get_percent (item, p, &percent);
      add_double (builder, percent_members[p], known, percent);
    }
  {
    gboolean known = ind_item_get_ejercido (item, &percent);
    add_double (builder, "ejercido", known, percent);
  }
  {
    gboolean known = ind_item_get_meta (item, &integer);
    add_int (builder, "meta", known, integer);
  }
  {
    gboolean known = ind_item_get_alcanzado (item, &integer);
    add_int (builder, "alcanzado", known, integer);
  }
  add_string (builder, "unidad", ind_item_get_unidad (item));
  json_builder_set_member_name (builder, "missing");
  json_builder_add_boolean_value (builder, ind_item_get_missing (item));
  add_int (builder, "line", ind_item_get_line (item) > 0, ind_item_get_line (item));
  if (ind_item_get_page (item) > 0)
    add_int (builder, "page", TRUE, ind_item_get_page (item));
  if (ind_item_get_note (item) != NULL)
    add_string (builder, "note", ind_item_get_note (item));

  json_builder_set_member_name (builder, "children");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    add_item (builder, ind_item_get_child (item, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_totals (JsonBuilder *builder,
            IndReport   *report)
{
  gboolean any = FALSE;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    any |= ind_report_get_total (report, m, NULL);

  json_builder_set_member_name (builder, "totals");
  if (!any)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 value;
      gboolean known = ind_report_get_total (report, m, &value);

      add_int (builder, ind_money_to_string (m), known, value);
    }
  json_builder_end_object (builder);
}

static void
add_diagnostics (JsonBuilder *builder,
                 IndReport   *report)
{
  GListModel *diagnostics = ind_report_get_diagnostics (report);

  json_builder_set_member_name (builder, "diagnostics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);

      json_builder_begin_object (builder);
      add_string (builder, "severity", ind_severity_to_string (ind_diagnostic_get_severity (d)));
      add_string (builder, "code", ind_diagnostic_get_code (d));
      add_string (builder, "path", ind_diagnostic_get_path (d));
      add_int (builder, "line", ind_diagnostic_get_line (d) > 0, ind_diagnostic_get_line (d));
      if (ind_diagnostic_get_page (d) > 0)
        add_int (builder, "page", TRUE, ind_diagnostic_get_page (d));
      add_string (builder, "message", ind_diagnostic_get_message (d));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * ind_report_to_json:
 *
 * Returns: (transfer full): the report as pretty-printed JSON
 */
char *
ind_report_to_json (IndReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const GDate *period;
  GListModel *programs;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", ind_format_to_string (ind_report_get_format (report)));
  add_string (builder, "entity", ind_report_get_entity (report));
  add_string (builder, "title", ind_report_get_title (report));

  period = ind_report_get_period_end (report);
  if (g_date_valid (period))
    {
      char iso[16];

      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", period);
      add_string (builder, "period_end", iso);
    }
  else
    add_string (builder, "period_end", NULL);

  add_totals (builder, report);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  programs = ind_report_get_programs (report);
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    add_item (builder, ind_report_get_program (report, i));
  json_builder_end_array (builder);

  add_diagnostics (builder, report);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
