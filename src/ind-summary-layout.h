/* ind-summary-layout.h: the summary document, paginated once and drawn
 * page by page on any cairo_t, for the PDF export and for printing
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ind-export-pdf.h"

G_BEGIN_DECLS

typedef struct _IndSummaryLayout IndSummaryLayout;

typedef enum
{
  IND_SUMMARY_PART_TITLE,          /* entity, title and period */
  IND_SUMMARY_PART_FIGURES,        /* the key figures */
  IND_SUMMARY_PART_HEADING,        /* a section's heading */
  IND_SUMMARY_PART_TEXT,           /* a finding, or a point of the review */
  IND_SUMMARY_PART_LEGEND,         /* what the semáforo marks mean */
  IND_SUMMARY_PART_CHART,
  IND_SUMMARY_PART_CAPTION,        /* a program's name above its table */
  IND_SUMMARY_PART_COLUMN_HEADER,
  IND_SUMMARY_PART_ROW,            /* a program, component or activity */
  IND_SUMMARY_PART_NOTE,           /* a paragraph without a bullet */
  IND_SUMMARY_PART_SUBHEADING,     /* a list's title within a section */
  IND_SUMMARY_PART_COMPARISON_CHART,
  IND_SUMMARY_PART_COMPARISON_ROW, /* a program in each period compared */
} IndSummaryPart;

typedef struct
{
  IndSummaryPart  part;
  gboolean        repeated;  /* a caption, column header or component drawn again atop a page */
  double          y;         /* top, in points from the top of the page */
  double          height;
  IndItem        *item;      /* ROW and CAPTION */
  const char     *text;      /* HEADING, TEXT, NOTE and SUBHEADING */
} IndSummaryPlacement;

IndSummaryLayout *ind_summary_layout_new           (IndReport                 *report,
                                                    const IndExportOptions    *options);
void              ind_summary_layout_free          (IndSummaryLayout          *self);
gboolean          ind_summary_layout_paginate      (IndSummaryLayout          *self,
                                                    double                     page_width,
                                                    double                     page_height,
                                                    double                     margin,
                                                    IndExportProgressFunc      progress,
                                                    gpointer                   progress_data,
                                                    GCancellable              *cancellable,
                                                    GError                   **error);
guint             ind_summary_layout_get_n_pages   (IndSummaryLayout          *self);
void              ind_summary_layout_draw_page     (IndSummaryLayout          *self,
                                                    cairo_t                   *cr,
                                                    guint                      page);
void              ind_summary_layout_get_body      (IndSummaryLayout          *self,
                                                    double                    *top,
                                                    double                    *bottom);
gboolean          ind_summary_layout_get_placement (IndSummaryLayout          *self,
                                                    guint                      page,
                                                    guint                      index,
                                                    IndSummaryPlacement       *placement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IndSummaryLayout, ind_summary_layout_free)

G_END_DECLS
