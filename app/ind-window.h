/* ind-window.h
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ind-application.h"
#include "ind-chart-view.h"
#include "ind-comparison-view.h"
#include "ind-detail-pane.h"
#include "ind-export-flow.h"
#include "ind-observations.h"
#include "ind-project.h"
#include "ind-report-table.h"
#include "ind-report.h"
#include "ind-summary-band.h"

G_BEGIN_DECLS

#define IND_TYPE_WINDOW (ind_window_get_type ())
G_DECLARE_FINAL_TYPE (IndWindow, ind_window, IND, WINDOW, AdwApplicationWindow)

IndWindow *ind_window_new         (IndApplication *application);
void       ind_window_open        (IndWindow      *self,
                                   GFile          *file);
void       ind_window_open_beside (IndWindow      *self,
                                   GFile          *file);
gboolean   ind_window_is_loading  (IndWindow      *self);
gboolean   ind_window_has_report  (IndWindow      *self);
IndReport *ind_window_get_report  (IndWindow      *self);

/* For ind-window-actions.c, and the GUI tests call them too. */
gboolean _ind_window_save_project_to (IndWindow  *self,
                                      GFile      *file);
void     _ind_window_compare_with    (IndWindow  *self,
                                      GFile     **files,
                                      guint       n_files);

/* Test-only: the window's parts and state the GUI tests look at; its
 * struct is for the window's own two files alone. */
IndReportTable       *_ind_window_get_table           (IndWindow *self);
GtkEditable          *_ind_window_get_search_entry    (IndWindow *self);
const char           *_ind_window_get_visible_page    (IndWindow *self);
IndProject           *_ind_window_get_project         (IndWindow *self);
GtkLabel             *_ind_window_get_match_label     (IndWindow *self);
AdwViewSwitcherTitle *_ind_window_get_switcher_title  (IndWindow *self);
AdwToastOverlay      *_ind_window_get_toast_overlay   (IndWindow *self);
IndSummaryBand       *_ind_window_get_summary_band    (IndWindow *self);
IndObservations      *_ind_window_get_observations    (IndWindow *self);
IndChartView         *_ind_window_get_charts          (IndWindow *self);
AdwFlap              *_ind_window_get_flap            (IndWindow *self);
IndDetailPane        *_ind_window_get_detail_pane     (IndWindow *self);
AdwViewStackPage     *_ind_window_get_comparison_page (IndWindow *self);
IndComparisonView    *_ind_window_get_comparison_view (IndWindow *self);
IndComparison        *_ind_window_get_comparison      (IndWindow *self);
gboolean              _ind_window_is_comparing        (IndWindow *self);
GtkWidget            *_ind_window_get_export_button   (IndWindow *self);
GMenuModel           *_ind_window_get_export_section  (IndWindow *self);
IndExportFlow        *_ind_window_get_export_flow     (IndWindow *self);
GListModel           *_ind_window_get_recent_files    (IndWindow *self);
GtkStack             *_ind_window_get_main_stack      (IndWindow *self);
GtkWidget            *_ind_window_get_cancel_button   (IndWindow *self);
GtkRevealer          *_ind_window_get_changed_banner  (IndWindow *self);
gboolean              _ind_window_is_monitoring       (IndWindow *self);
gboolean              _ind_window_offers_reread       (IndWindow *self);
gboolean              _ind_window_will_offer_reread   (IndWindow *self);
guint                 _ind_window_get_n_reads         (IndWindow *self);

G_END_DECLS
