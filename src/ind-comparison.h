/* ind-comparison.h: reports of one entity for several periods, side by side
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ind-report.h"

G_BEGIN_DECLS

/* How an item changed across the periods; an item can be both added
 * and vanished when it is missing from a period in the middle. */
typedef enum
{
  IND_CHANGE_NONE     = 0,
  IND_CHANGE_ADDED    = 1 << 0,  /* absent from a period, present in a later one */
  IND_CHANGE_VANISHED = 1 << 1,  /* present in a period, absent from a later one */
  IND_CHANGE_RENAMED  = 1 << 2,  /* same path, another nombre in a later period */
} IndChange;

/* One item path, with its item in each period. */
#define IND_TYPE_COMPARISON_ROW (ind_comparison_row_get_type ())
G_DECLARE_FINAL_TYPE (IndComparisonRow, ind_comparison_row, IND, COMPARISON_ROW, GObject)

const char *ind_comparison_row_get_path      (IndComparisonRow *self);
IndKind     ind_comparison_row_get_kind      (IndComparisonRow *self);
const char *ind_comparison_row_get_nombre    (IndComparisonRow *self);
gboolean    ind_comparison_row_get_missing   (IndComparisonRow *self);
IndChange   ind_comparison_row_get_changes   (IndComparisonRow *self);
guint       ind_comparison_row_get_n_periods (IndComparisonRow *self);
IndItem    *ind_comparison_row_get_item      (IndComparisonRow *self,
                                              guint             period);
gboolean    ind_comparison_row_get_money     (IndComparisonRow *self,
                                              guint             period,
                                              IndMoney          column,
                                              gint64           *centavos);
gboolean    ind_comparison_row_get_ejercido  (IndComparisonRow *self,
                                              guint             period,
                                              double           *percent);
gboolean    ind_comparison_row_find_change   (IndComparisonRow *self,
                                              IndChange         change,
                                              guint            *period);

#define IND_TYPE_COMPARISON (ind_comparison_get_type ())
G_DECLARE_FINAL_TYPE (IndComparison, ind_comparison, IND, COMPARISON, GObject)

IndComparison *ind_comparison_new           (IndReport     **reports,
                                             guint           n_reports,
                                             GError        **error);
guint          ind_comparison_get_n_periods (IndComparison  *self);
IndReport     *ind_comparison_get_report    (IndComparison  *self,
                                             guint           period);
GListModel    *ind_comparison_get_rows      (IndComparison  *self);
GListModel    *ind_comparison_get_programs  (IndComparison  *self);
GListModel    *ind_comparison_get_added     (IndComparison  *self);
GListModel    *ind_comparison_get_vanished  (IndComparison  *self);
GListModel    *ind_comparison_get_renamed   (IndComparison  *self);
IndComparisonRow *ind_comparison_find_row   (IndComparison  *self,
                                             const char     *path);
char          *ind_comparison_to_summary    (IndComparison  *self);

G_END_DECLS
