/* ind-window-private.h: what the window's own files share
 *
 * Only ind-window.c and ind-window-actions.c include it: the widgets the
 * window holds know nothing of it, and the GUI tests reach the window's
 * parts through the test-only getters of ind-window.h.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-window.h"

G_BEGIN_DECLS

struct _IndWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  GtkStack             *main_stack;      /* "empty", "loading" or "report" */
  GtkLabel             *loading_label;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  IndSummaryBand       *summary_band;
  AdwViewStack         *view_stack;      /* "table", "observations", "charts", "comparison" */
  IndReportTable       *table;
  IndObservations      *observations;
  IndChartView         *charts;
  AdwFlap              *flap;            /* the detail pane's, folded on a narrow window */
  IndDetailPane        *detail_pane;
  AdwViewStackPage     *comparison_page;
  IndComparisonView    *comparison_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkLabel             *match_label;
  GtkWidget            *spinner;
  GtkWidget            *cancel_button;   /* stops the reads, beside the spinner */
  GtkRevealer          *changed_banner;  /* offers to read the changed file again */
  GtkWidget            *report_buttons;
  GtkWidget            *export_button;
  IndExportFlow        *export_flow;
  GMenu                *export_section;
  GMenu                *recent_section;
  GtkListBox           *recent_list;
  GtkWidget            *recent_group;

  GSettings            *settings;
  IndProject           *project;         /* the remarks on the report */
  IndReport            *report;
  GFile                *file;            /* where the report was read from */
  GCancellable         *loading;         /* the read in progress, or NULL */
  GCancellable         *opening;         /* the reads for new windows */
  guint                 n_opening;
  IndComparison        *comparison;      /* with other periods, or NULL */
  GCancellable         *comparing;       /* the comparison being made, or NULL */
  GError               *autosave_error;  /* the last autosave failed, and nothing changed since */
  gboolean              close_confirmed; /* closing although the remarks could not be saved */
  gboolean              close_after_save;
  GListStore           *recent_files;    /* GFile, most recent first */
  GMenu                *recent_menu;
  gboolean              show_details;
  GFileMonitor         *monitor;         /* on the report's file, or NULL */
  guint                 changed_source;  /* waits for the writer of the file to finish */
  guint                 n_reads;         /* reads of reports not returned yet, cancelled or not */
  gboolean              rereading;       /* "loading" reads the report's file again */
};

void _ind_window_show_search    (IndWindow     *self);
void _ind_window_show_remark    (IndWindow     *self,
                                 const char    *path);
void _ind_window_show_error     (IndWindow     *self,
                                 const char    *heading,
                                 const char    *message);
void _ind_window_set_comparison (IndWindow     *self,
                                 IndComparison *comparison);
void _ind_window_reread         (IndWindow     *self);
void _ind_window_cancel_reading (IndWindow     *self);

G_END_DECLS
