/* ind-report.h: a whole "Indicadores de Resultados" report
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-diagnostic.h"
#include "ind-item.h"
#include "ind-types.h"

G_BEGIN_DECLS

#define IND_TYPE_REPORT (ind_report_get_type ())
G_DECLARE_FINAL_TYPE (IndReport, ind_report, IND, REPORT, GObject)

typedef void (*IndItemFunc) (IndItem *item,
                             gpointer user_data);

IndReport     *ind_report_new               (IndFormat     format);

IndFormat      ind_report_get_format        (IndReport    *self);
const char    *ind_report_get_entity        (IndReport    *self);
void           ind_report_set_entity        (IndReport    *self,
                                             const char   *entity);
const char    *ind_report_get_title         (IndReport    *self);
void           ind_report_set_title         (IndReport    *self,
                                             const char   *title);
const GDate   *ind_report_get_period_end    (IndReport    *self);
void           ind_report_set_period_end    (IndReport    *self,
                                             const GDate  *date);
guint          ind_report_get_quarter       (IndReport    *self);
gboolean       ind_report_get_expected_pace (IndReport    *self,
                                             double       *percent);
const char    *ind_report_get_source_name   (IndReport    *self);
void           ind_report_set_source_name   (IndReport    *self,
                                             const char   *name);
const char    *ind_report_get_source_checksum (IndReport  *self);
void           ind_report_set_source_checksum (IndReport  *self,
                                             const char   *checksum);
const char    *ind_report_get_source_etag   (IndReport    *self);
void           ind_report_set_source_etag   (IndReport    *self,
                                             const char   *etag);

GListModel    *ind_report_get_programs      (IndReport    *self);
guint          ind_report_get_n_programs    (IndReport    *self);
IndItem       *ind_report_get_program       (IndReport    *self,
                                             guint         position);
void           ind_report_append_program    (IndReport    *self,
                                             IndItem      *program);
IndItem       *ind_report_find_item         (IndReport    *self,
                                             const char   *path);
void           ind_report_foreach_item      (IndReport    *self,
                                             IndItemFunc   func,
                                             gpointer      user_data);
guint          ind_report_count_items       (IndReport    *self,
                                             IndKind       kind);
void           ind_report_hold_notes        (IndReport    *self);
void           ind_report_release_notes     (IndReport    *self);
gboolean       ind_report_get_notes_held    (IndReport    *self);

gboolean       ind_report_get_total         (IndReport    *self,
                                             IndMoney      column,
                                             gint64       *centavos);
void           ind_report_set_total         (IndReport    *self,
                                             IndMoney      column,
                                             gint64        centavos);
gint64         ind_report_sum_programs      (IndReport    *self,
                                             IndMoney      column);
gboolean       ind_report_get_totals_difference (IndReport *self,
                                             IndMoney      column,
                                             gint64       *difference);

GListModel    *ind_report_get_diagnostics   (IndReport    *self);
void           ind_report_add_diagnostic    (IndReport    *self,
                                             IndDiagnostic *diagnostic);
void           ind_report_sort_diagnostics  (IndReport    *self);
GPtrArray     *ind_report_get_item_diagnostics (IndReport *self,
                                             const char   *path);
guint          ind_report_count_diagnostics (IndReport    *self,
                                             IndSeverity   severity);

G_END_DECLS
